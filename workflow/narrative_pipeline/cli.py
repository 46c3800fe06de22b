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
    cache = Path(a.cache_dir) if a.cache_dir else None
    seen, analysed = ingest.run(
        Path(a.input_dir), a.shard, _settings(a.settings), Path(a.out_articles), Path(a.out_texts), cache
    )
    _log("ingest", f"shard {a.shard}: {seen} files, {analysed} articles to analyse", t)
    return 0


def cmd_normalize(a) -> int:
    from . import normalize

    t = time.perf_counter()
    cache = Path(a.cache_dir) if a.cache_dir else None
    n_articles, n_parsed, n_toks = normalize.run(
        Path(a.texts), _settings(a.settings), Path(a.out_sentences), Path(a.out_tokens), cache
    )
    _log("normalize", f"{a.texts}: {n_articles} articles ({n_parsed} parsed now, the rest cached), {n_toks} tokens", t)
    return 0


def cmd_actors(a) -> int:
    from . import actors

    t = time.perf_counter()
    settings = _settings(a.settings)
    n_mentions, n_actors = actors.run(
        a.texts, a.sentences, a.tokens, a.registry, settings.fuzzy_threshold, a.out_mentions, a.out_actors, a.lexicon
    )
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
    paths = {
        "articles": a.articles,
        "sentences": a.sentences,
        "mentions": a.mentions,
        "claims": a.claims,
        "claim_actors": a.roles,
    }
    n = export.run({k: Path(v) for k, v in paths.items()}, Path(a.out_dir))
    _log("export", f"{a.articles}: {n} article documents", t)
    return 0


def cmd_gather(a) -> int:
    from .catalogue import table
    from .tables import gather, write_table

    t = time.perf_counter()
    result = gather(table(a.table), [Path(p) for p in a.shards])
    write_table(Path(a.out), result)
    _log("gather", f"{a.table}: {result.num_rows} rows from {len(a.shards)} shards", t)
    return 0


def _named_paths(pairs: list[str]) -> dict[str, Path]:
    """`name=path` arguments as a mapping; names must be tables of the catalogue."""
    from .catalogue import table

    out = {}
    for pair in pairs:
        name, sep, path = pair.partition("=")
        if not sep:
            raise SystemExit(f"error: --table wants NAME=PATH, got {pair!r}")
        table(name)
        out[name] = Path(path)
    return out


def cmd_validate_shard(a) -> int:
    from . import validate

    t = time.perf_counter()
    paths = _named_paths(a.table)
    docs = _documents(a.docs_dir, paths["articles"]) if "articles" in paths else []
    result = validate.run_shard(Path(a.input_dir), paths, docs, f"shard {a.shard}", Path(a.out))
    _log("validate", f"{result.scope}: {'passed' if result.passed else 'FAILED'}, {result.n_violations} violations", t)
    return 0


def _documents(docs_dir: str, articles: Path) -> list[Path]:
    """The article documents that belong to the article rows of a table."""
    import pyarrow.parquet as pq

    from .catalogue import document_path

    if not articles.exists():
        return []
    try:
        rows = pq.read_table(articles, columns=["article_id", "candidate"]).to_pylist()
        ids = sorted({r["article_id"] for r in rows if r["candidate"]})
    except Exception:  # reported by validation itself
        return []
    return [Path(docs_dir).parent / document_path(i) for i in ids]


def cmd_validate(a) -> int:
    from . import validate

    t = time.perf_counter()
    shards: dict[str, list[Path]] = {}
    for group in a.shards_of:
        shards[group[0]] = [Path(p) for p in group[1:]]
    result = validate.run_corpus(
        Path(a.input_dir),
        [Path(p) for p in a.shard_reports],
        _named_paths(a.table),
        shards,
        Path(a.docs_dir),
        Path(a.out),
    )
    _log("validate", f"corpus: {'passed' if result.passed else 'FAILED'}, {result.n_violations} violations", t)
    for check in result.checks:
        for v in check.violations[:20]:
            print(f"  {v.check}: {v.file} row {v.row} field {v.field}: {v.message}", file=sys.stderr)
    return 0


def cmd_manifest(a) -> int:
    from . import actors, claims
    from .hashing import canonical_json_hash, sha256_file, step_fingerprint
    from .manifest import ValidationFailed, build_manifest, remove_leftover_documents, write_manifest
    from .nlp import model_version
    from .registry import registry_hash

    settings = _settings(a.settings)
    components = {
        "actors": actors.COMPONENT,
        "claims": claims.COMPONENT,
        **{
            f"code:{step}": step_fingerprint(step)
            for step in ("ingest", "normalize", "actors", "claims", "export", "validate")
        },
        "lexicon:actors": sha256_file(Path(settings.actors_lexicon)),
        "lexicon:claims": sha256_file(Path(settings.claims_lexicon)),
    }
    for name in remove_leftover_documents(Path(a.results)):
        print(f"removed articles/{name}: its article is no longer in input_dir", file=sys.stderr)
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


def _score_line(name: str, s: dict) -> str:
    scores = (
        f"{s['linked_mention_f1']:7.3f} {s['actor_set_f1']:7.3f} {s['claim_f1']:7.3f} "
        f"{s['claim_type_accuracy']:6.3f} {s['certainty_accuracy']:6.3f} {s['claimer_accuracy']:7.3f}"
    )
    return f"{name:45} {scores}"


def cmd_evaluate(a) -> int:
    import yaml

    from .evaluate import below_floors, evaluate, gold_files

    result = evaluate(Path(a.results), gold_files([Path(p) for p in a.gold]))
    total = result["total"]
    print(f"{'file':45} {'mentF1':>7} {'actorF1':>7} {'claimF1':>7} {'type':>6} {'cert':>6} {'claimer':>7}")
    for name, s in result["files"].items():
        print(_score_line(name, s))
    print(_score_line("TOTAL (micro)", total))
    if result["missing_articles"]:
        print(f"gold articles not found in results: {', '.join(result['missing_articles'])}", file=sys.stderr)
    if a.json:
        Path(a.json).write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    failed = bool(result["missing_articles"])
    if a.floors:
        floors = yaml.safe_load(Path(a.floors).read_text(encoding="utf-8")) or {}
        floors.pop("judged", None)  # the judged samples' floors (workflow/scripts/score_mentions.py)
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


def cmd_report(a) -> int:
    from .report import build

    t = time.perf_counter()
    out = Path(a.out or Path(a.results) / "report")
    overview = Path(a.overview) if a.overview else None
    stats = build(Path(a.results), out, Path(a.input_dir) if a.input_dir else None, overview=overview)
    _log("report", f"{stats['pages']} pages, overview {stats['overview_bytes']:,} bytes", t)
    return 0


def cmd_datapackage(a) -> int:
    from .datapackage import datapackage
    from .tables import write_json

    write_json(Path(a.out), datapackage(Path(a.results)))
    return 0


def cmd_rocrate(a) -> int:
    from .rocrate import crate
    from .tables import write_json

    settings = _settings(a.settings).model_dump(mode="json")
    files = {
        "workflow": a.workflow,
        "actor_registry": settings["actor_registry"],
        "claims_lexicon": settings["claims_lexicon"],
    }
    write_json(Path(a.out), crate(Path(a.results), settings, files, a.outputs))
    return 0


def cmd_changes(a) -> int:
    from .changes import run

    changes = run(Path(a.results), Path(a.out))
    files = changes["files"]
    summary = "first run" if changes["first_run"] else ", ".join(f"{k} {v['n']}" for k, v in files.items())
    print(f"[changes] files: {summary}", file=sys.stderr)
    return 0


def cmd_query(a) -> int:
    from .query import query

    sys.stdout.write(query(Path(a.results), a.sql, a.format, a.max_rows))
    return 0


def cmd_show(a) -> int:
    from .query import show

    try:
        sys.stdout.write(show(Path(a.results), a.kind, a.id, Path(a.input_dir) if a.input_dir else None))
    except KeyError as exc:
        print(f"error: {exc.args[0]}", file=sys.stderr)
        return 1
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
    s.add_argument("--cache-dir", help="folder for the cached index of archive and export files")
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser("normalize", help="normalize and parse one shard's articles")
    s.add_argument("--texts", required=True)
    s.add_argument("--settings")
    s.add_argument("--out-sentences", required=True)
    s.add_argument("--out-tokens", required=True)
    s.add_argument("--cache-dir", help="folder of the parse cache (articles parsed before are not parsed again)")
    s.set_defaults(func=cmd_normalize)

    s = sub.add_parser("actors", help="find and link actor mentions of one shard")
    for name in ("texts", "sentences", "tokens", "registry", "out-mentions", "out-actors"):
        s.add_argument(f"--{name}", required=True)
    s.add_argument("--lexicon", help="actors lexicon (default: the checkout's config/actors_lexicon.yaml)")
    s.add_argument("--settings", help="configuration as JSON (PipelineConfig fields)")
    s.set_defaults(func=cmd_actors)

    s = sub.add_parser("claims", help="extract the claims of one shard")
    for name in ("texts", "sentences", "tokens", "mentions", "lexicon", "out-claims", "out-roles"):
        s.add_argument(f"--{name}", required=True)
    s.add_argument("--settings", help="configuration as JSON (PipelineConfig fields)")
    s.set_defaults(func=cmd_claims)

    s = sub.add_parser("export", help="write one JSON document per article of a shard")
    for name in ("articles", "sentences", "mentions", "claims", "roles", "out-dir"):
        s.add_argument(f"--{name}", required=True)
    s.set_defaults(func=cmd_export)

    s = sub.add_parser("gather", help="join shard tables into one corpus table")
    s.add_argument("--table", required=True, help="name of a gathered table of the catalogue")
    s.add_argument("--out", required=True)
    s.add_argument("shards", nargs="*")
    s.set_defaults(func=cmd_gather)

    s = sub.add_parser("validate-shard", help="check one shard's artifacts")
    s.add_argument("--input-dir", required=True)
    s.add_argument("--shard", required=True)
    s.add_argument("--table", action="append", default=[], metavar="NAME=PATH", help="a shard table of the catalogue")
    s.add_argument("--docs-dir", required=True, help="folder of the article documents")
    s.add_argument("--out", required=True)
    s.set_defaults(func=cmd_validate_shard)

    s = sub.add_parser("validate", help="corpus-level validation; writes validation/report.json")
    s.add_argument("--input-dir", required=True)
    s.add_argument("--shard-reports", nargs="*", default=[])
    s.add_argument(
        "--table", action="append", default=[], metavar="NAME=PATH", help="a gathered table of the catalogue"
    )
    s.add_argument(
        "--shards-of",
        nargs="+",
        action="append",
        default=[],
        metavar="NAME PATH",
        help="a table's name, then its shard files",
    )
    s.add_argument("--docs-dir", required=True)
    s.add_argument("--out", required=True)
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

    s = sub.add_parser("fingerprint", help="print the code fingerprint of a step")
    s.add_argument("step")
    s.set_defaults(func=cmd_fingerprint)

    s = sub.add_parser("report", help="write the static HTML report of a results folder")
    s.add_argument("--results", default="results")
    s.add_argument("--out", help="report folder (default RESULTS/report)")
    s.add_argument("--input-dir", help="archived files, to re-read texts when the results hold no texts table")
    s.add_argument("--overview", help="also write the overview as one file here (beside the report folder)")
    s.set_defaults(func=cmd_report)

    s = sub.add_parser("datapackage", help="write the Frictionless Data Package of a results folder")
    s.add_argument("--results", default="results")
    s.add_argument("--out", required=True)
    s.set_defaults(func=cmd_datapackage)

    s = sub.add_parser("rocrate", help="write the Workflow Run RO-Crate of a run")
    s.add_argument("--results", required=True)
    s.add_argument("--settings", help="configuration as JSON (PipelineConfig fields)")
    s.add_argument("--workflow", default="Snakefile")
    s.add_argument("--out", required=True)
    s.add_argument("outputs", nargs="*", help="outputs of the run, relative to the results folder")
    s.set_defaults(func=cmd_rocrate)

    s = sub.add_parser("changes", help="write what changed since the previous run in a results folder")
    s.add_argument("--results", required=True)
    s.add_argument("--out", required=True)
    s.set_defaults(func=cmd_changes)

    s = sub.add_parser("query", help="run SQL (DuckDB) over the result tables, each a view named after its table")
    s.add_argument("sql")
    s.add_argument("--results", default="results")
    s.add_argument("--format", choices=("table", "csv", "json"), default="table")
    s.add_argument("--max-rows", type=int, default=100, help="rows shown in table format (0: all)")
    s.set_defaults(func=cmd_query)

    s = sub.add_parser("show", help="a claim, article or actor with its text, context and related rows")
    s.add_argument("kind", choices=("claim", "article", "actor"))
    s.add_argument("id")
    s.add_argument("--results", default="results")
    s.add_argument("--input-dir", help="archived files, to re-read texts when the results hold no texts table")
    s.set_defaults(func=cmd_show)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
