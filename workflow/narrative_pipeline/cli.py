"""Command line: one subcommand per step. It only parses arguments and calls the step."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def _settings(text: str | None):
    from .settings import PipelineConfig

    return PipelineConfig.model_validate(json.loads(text) if text else {})


def _log(step: str, message: str, started: float) -> None:
    print(f"[{step}] {message} ({time.perf_counter() - started:.2f} s)", file=sys.stderr, flush=True)


def cmd_ingest(a) -> int:
    from . import ingest

    t = time.perf_counter()
    seen, analysed = ingest.run(Path(a.input_dir), a.shard, _settings(a.settings), Path(a.out_articles), Path(a.out_texts))
    _log("ingest", f"shard {a.shard}: {seen} files, {analysed} articles to analyse", t)
    return 0


def cmd_normalize(a) -> int:
    from . import normalize

    t = time.perf_counter()
    n_articles, n_sents, n_toks = normalize.run(Path(a.texts), _settings(a.settings), Path(a.out_sentences), Path(a.out_tokens))
    _log("normalize", f"{a.texts}: {n_articles} articles, {n_sents} sentences, {n_toks} tokens", t)
    return 0


def cmd_actors(a) -> int:
    from . import actors

    t = time.perf_counter()
    n_mentions, n_actors = actors.run(a.texts, a.sentences, a.tokens, a.registry, a.fuzzy_threshold, a.out_mentions, a.out_actors)
    _log("actors", f"{a.texts}: {n_mentions} mentions of {n_actors} actors", t)
    return 0


def cmd_claims(a) -> int:
    from . import claims

    t = time.perf_counter()
    n_claims, n_roles = claims.run(a.texts, a.sentences, a.tokens, a.mentions, a.lexicon, a.out_claims, a.out_roles)
    _log("claims", f"{a.texts}: {n_claims} claims, {n_roles} actor roles", t)
    return 0


def cmd_export(a) -> int:
    from . import export

    t = time.perf_counter()
    n = export.run(a.articles, a.sentences, a.mentions, a.claims, a.roles, a.shard, a.n_shards, a.out_dir, a.out_index, a.statements, a.framing)
    _log("export", f"shard {a.shard}: {n} article documents", t)
    return 0


def cmd_gather(a) -> int:
    from . import gather

    t = time.perf_counter()
    n = gather.run(a.kind, [Path(p) for p in a.shards], Path(a.out))
    _log("gather", f"{a.kind}: {n} rows from {len(a.shards)} shards", t)
    return 0


def cmd_validate_shard(a) -> int:
    from . import validate

    t = time.perf_counter()
    paths = dict(articles=a.articles, texts=a.texts, sentences=a.sentences, tokens=a.tokens, mentions=a.mentions, actors=a.actors, claims=a.claims, roles=a.roles)
    paths.update({k: v for k, v in (("statements", a.statements), ("framing", a.framing)) if v})
    result = validate.run_shard(a.input_dir, paths, a.articles_dir, a.index, a.out)
    _log("validate", f"{result.scope}: {'passed' if result.passed else 'FAILED'}, {result.n_violations} violations", t)
    return 0


def cmd_validate(a) -> int:
    from . import validate

    t = time.perf_counter()
    gathered = {
        "articles": a.shard_articles,
        "sentences": a.shard_sentences,
        "mentions": a.shard_mentions,
        "actors": a.shard_actors,
        "claims": a.shard_claims,
        "claim_actors": a.shard_roles,
        "statements": a.shard_statements,
        "framing": a.shard_framing,
    }
    result = validate.run_corpus(a.input_dir, a.results, a.shard_reports, gathered, a.out)
    _log("validate", f"corpus: {'passed' if result.passed else 'FAILED'}, {result.n_violations} violations", t)
    for check in result.checks:
        for v in check.violations[:20]:
            print(f"  {v.check}: {v.file} row {v.row} field {v.field}: {v.message}", file=sys.stderr)
    return 0


def cmd_manifest(a) -> int:
    from . import actors, claims
    from .hashing import canonical_json_hash, step_fingerprint
    from .manifest import ValidationFailed, build_manifest, write_manifest
    from .narratives.statements import COMPONENT as NARRATIVES_COMPONENT
    from .nlp import model_version
    from .registry import registry_hash

    settings = _settings(a.settings)
    components = {
        "actors": actors.COMPONENT,
        "claims": claims.COMPONENT,
        "narratives": NARRATIVES_COMPONENT,
        **{f"code:{step}": step_fingerprint(step) for step in ("ingest", "normalize", "actors", "claims", "narratives", "export", "validate")},
    }
    try:
        manifest = build_manifest(
            Path(a.results),
            canonical_json_hash(settings.model_dump(mode="json")),
            registry_hash(Path(settings.actor_registry)),
            settings.spacy_model,
            model_version(settings.spacy_model),
            components,
        )
    except ValidationFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    write_manifest(Path(a.out), manifest)
    return 0


def cmd_runinfo(a) -> int:
    from .manifest import run_info
    from .tables import write_json

    write_json(Path(a.out), run_info(a.started, Path(a.benchmarks)))
    return 0


def cmd_evaluate(a) -> int:
    import yaml

    from .evaluate import below_floors, evaluate, gold_files

    result = evaluate(Path(a.results), gold_files([Path(p) for p in a.gold]))
    total = result["total"]
    print(f"{'file':45} {'mentF1':>7} {'actorF1':>7} {'claimF1':>7} {'type':>6} {'cert':>6} {'claimer':>7}")
    for name, s in result["files"].items():
        print(f"{name:45} {s['linked_mention_f1']:7.3f} {s['actor_set_f1']:7.3f} {s['claim_f1']:7.3f} {s['claim_type_accuracy']:6.3f} {s['certainty_accuracy']:6.3f} {s['claimer_accuracy']:7.3f}")
    print(f"{'TOTAL (micro)':45} {total['linked_mention_f1']:7.3f} {total['actor_set_f1']:7.3f} {total['claim_f1']:7.3f} {total['claim_type_accuracy']:6.3f} {total['certainty_accuracy']:6.3f} {total['claimer_accuracy']:7.3f}")
    if result["missing_articles"]:
        print(f"gold articles not found in results: {', '.join(result['missing_articles'])}", file=sys.stderr)
    if a.json:
        Path(a.json).write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    failed = bool(result["missing_articles"])
    if a.floors:
        floors = yaml.safe_load(Path(a.floors).read_text(encoding="utf-8")) or {}
        floors = {k: v for k, v in floors.items() if not k.startswith("statement_")}  # evaluate-statements keeps those
        problems = below_floors(total, {k: float(v) for k, v in floors.items()})
        for p in problems:
            print(f"below floor: {p}", file=sys.stderr)
        failed = failed or bool(problems)
    return 1 if failed else 0


def cmd_schemas(a) -> int:
    from .schemas import SCHEMA_DIR, write_all, write_default_config

    for path in write_all(Path(a.dir) if a.dir else SCHEMA_DIR):
        print(path)
    print(write_default_config(Path(a.config)))
    return 0


def cmd_build_registry(a) -> int:
    from .registry_build import build_states, render_states

    text = render_states(build_states(Path(a.overlay)))
    if a.check:
        same = Path(a.out).exists() and Path(a.out).read_text(encoding="utf-8") == text
        print("up to date" if same else f"{a.out} differs from a fresh generation", file=sys.stderr)
        return 0 if same else 1
    Path(a.out).write_text(text, encoding="utf-8")
    return 0


def cmd_fingerprint(a) -> int:
    from .hashing import step_fingerprint

    print(step_fingerprint(a.step))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="narrative-pipeline", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)

    s = sub.add_parser("ingest", help="list one shard's files and decode its articles")
    s.add_argument("--input-dir", required=True)
    s.add_argument("--shard", type=int, required=True)
    s.add_argument("--settings", help="configuration as JSON (PipelineConfig fields)")
    s.add_argument("--out-articles", required=True)
    s.add_argument("--out-texts", required=True)
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("normalize", help="normalize and parse one shard's articles")
    s.add_argument("--texts", required=True)
    s.add_argument("--settings")
    s.add_argument("--out-sentences", required=True)
    s.add_argument("--out-tokens", required=True)
    s.set_defaults(func=cmd_normalize)

    s = sub.add_parser("actors", help="find and link actor mentions of one shard")
    for name in ("texts", "sentences", "tokens", "registry", "out-mentions", "out-actors"):
        s.add_argument(f"--{name}", required=True)
    s.add_argument("--fuzzy-threshold", type=float, default=92.0)
    s.set_defaults(func=cmd_actors)

    s = sub.add_parser("claims", help="extract the claims of one shard")
    for name in ("texts", "sentences", "tokens", "mentions", "lexicon", "out-claims", "out-roles"):
        s.add_argument(f"--{name}", required=True)
    s.set_defaults(func=cmd_claims)

    s = sub.add_parser("export", help="write one JSON document per article of a shard")
    for name in ("articles", "sentences", "mentions", "claims", "roles", "out-dir", "out-index"):
        s.add_argument(f"--{name}", required=True)
    s.add_argument("--statements", help="the shard's statements (narratives step)")
    s.add_argument("--framing", help="the shard's framing rows (narratives step)")
    s.add_argument("--shard", type=int, required=True)
    s.add_argument("--n-shards", type=int, required=True)
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("gather", help="join shard tables into one corpus table")
    s.add_argument("--kind", required=True, choices=["articles", "sentences", "mentions", "actors", "claims", "claim_actors"])
    s.add_argument("--out", required=True)
    s.add_argument("shards", nargs="*")
    s.set_defaults(func=cmd_gather)

    s = sub.add_parser("validate-shard", help="check one shard's artifacts")
    for name in ("input-dir", "articles", "texts", "sentences", "tokens", "mentions", "actors", "claims", "roles", "articles-dir", "index", "out"):
        s.add_argument(f"--{name}", required=True)
    s.add_argument("--statements")
    s.add_argument("--framing")
    s.set_defaults(func=cmd_validate_shard)

    s = sub.add_parser("validate", help="corpus-level validation; writes validation/report.json")
    s.add_argument("--input-dir", required=True)
    s.add_argument("--results", required=True)
    s.add_argument("--out", required=True)
    for name in ("shard-reports", "shard-articles", "shard-sentences", "shard-mentions", "shard-actors", "shard-claims", "shard-roles", "shard-statements", "shard-framing"):
        s.add_argument(f"--{name}", nargs="*", default=[])
    s.set_defaults(func=cmd_validate)

    s = sub.add_parser("manifest", help="write manifest.json (fails when validation failed)")
    s.add_argument("--results", required=True)
    s.add_argument("--settings")
    s.add_argument("--out", required=True)
    s.set_defaults(func=cmd_manifest)

    s = sub.add_parser("runinfo", help="write run.json")
    s.add_argument("--started", required=True)
    s.add_argument("--benchmarks", required=True)
    s.add_argument("--out", required=True)
    s.set_defaults(func=cmd_runinfo)

    s = sub.add_parser("evaluate", help="score results against gold annotation files")
    s.add_argument("--results", default="results")
    s.add_argument("--gold", nargs="+", required=True, help="gold JSON files or folders of them")
    s.add_argument("--json", help="also write the scores to this file")
    s.add_argument("--floors", help="YAML of minimum scores; exit 1 when one is not met")
    s.set_defaults(func=cmd_evaluate)

    s = sub.add_parser("schemas", help="write the JSON Schemas and the default config generated from the models")
    s.add_argument("--dir")
    s.add_argument("--config", default="config/config.yaml")
    s.set_defaults(func=cmd_schemas)

    s = sub.add_parser("build-registry", help="generate the states registry from data packages")
    s.add_argument("--overlay", default="config/states_overlay.yaml")
    s.add_argument("--out", default="config/actors_states.yaml")
    s.add_argument("--check", action="store_true", help="only check the committed file is up to date")
    s.set_defaults(func=cmd_build_registry)

    from .narratives.cli import add_parsers as add_narratives_parsers

    add_narratives_parsers(sub)

    s = sub.add_parser("fingerprint", help="print the code fingerprint of a step")
    s.add_argument("step")
    s.set_defaults(func=cmd_fingerprint)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
