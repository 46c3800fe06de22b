"""Command line of the narratives step (registered by `narrative_pipeline.cli`).

narrative-pipeline narratives shard   ...   statements and framing of one shard
narrative-pipeline narratives gather  ...   join shard tables
narrative-pipeline narratives corpus  ...   narratives, actor edges, timeline, relations (gathering the
                                             shards' statements and framing first when given them)
narrative-pipeline evaluate-statements --results DIR --gold FILE...   score against gold sentences
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

FLOOR_PREFIX = "statement_"


def _log(message: str, started: float) -> None:
    print(f"[narratives] {message} ({time.perf_counter() - started:.2f} s)", file=sys.stderr, flush=True)


def cmd_shard(a) -> int:
    from ..provenance import step_provenance
    from ..tables import stamped
    from .statements import COMPONENT
    from .steps import run_shard

    t = time.perf_counter()
    with stamped(step_provenance("narratives", COMPONENT, ("plover", a.lexicon))):
        n_statements, n_framing = run_shard(
            a.texts,
            a.sentences,
            a.tokens,
            a.mentions,
            a.claims,
            a.lexicon,
            a.out_statements,
            a.out_framing,
            a.cache_dir,
            a.failures,
            a.out_failures,
            a.gender_lexicon,
        )
    _log(f"{a.texts}: {n_statements} statements, {n_framing} framing rows", t)
    return 0


def cmd_gather(a) -> int:
    from .steps import gather

    t = time.perf_counter()
    n = gather(a.kind, [Path(p) for p in a.shards], Path(a.out))
    _log(f"gather {a.kind}: {n} rows from {len(a.shards)} shards", t)
    return 0


def cmd_corpus(a) -> int:
    from .steps import run_corpus

    t = time.perf_counter()
    if a.statement_shards is not None or a.framing_shards is not None:  # gather first, in the same process
        from ..catalogue import table
        from ..tables import gather, write_table

        for name, shards, out in (
            ("statements", a.statement_shards, a.statements),
            ("framing", a.framing_shards, a.framing),
        ):
            if shards is None or out is None:
                raise SystemExit(f"narratives corpus: --{name} names the gathered table of the given shards")
            gathered = gather(table(name), [Path(p) for p in shards])
            write_table(Path(out), gathered)
            _log(f"gather {name}: {gathered.num_rows} rows from {len(shards)} shards", t)
    counts = run_corpus(
        a.statements, a.claims, a.articles, a.registry, a.out_narratives, a.out_edges, a.out_timeline, a.out_relations
    )
    _log(", ".join(f"{n} {k}" for k, n in counts.items()), t)
    return 0


def cmd_evaluate_statements(a) -> int:
    import yaml

    from .evaluation import below_floors, evaluate_results, format_report
    from .scoring import gold_folder, load_gold, write_inputs

    golds = [Path(p) for p in a.gold]
    problems = [f"gold file {str(p)!r} does not exist" for p in golds if not p.exists()]
    if not a.write_inputs and not (Path(a.results) / "ingest/articles.parquet").is_file():
        problems.append(f"{a.results!r} holds no results of a run: run `snakemake --cores 2` first, or pass --results")
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    if problems:
        return 2
    if a.write_inputs:
        for path in golds:
            write_inputs(
                load_gold(path), Path(a.write_inputs) / gold_folder(path), Path(a.corpus) if a.corpus else None
            )
        return 0
    result = evaluate_results(Path(a.results), golds, Path(a.corpus) if a.corpus else None)
    print(format_report(result, errors=a.errors))
    if a.json:
        Path(a.json).write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    failed = bool(result["missing"])
    if result["missing"]:
        print(f"gold sentences not found in results: {len(result['missing'])}", file=sys.stderr)
    if a.floors:
        for message in below_floors(result, yaml.safe_load(Path(a.floors).read_text(encoding="utf-8")) or {}):
            print(message, file=sys.stderr)
            failed = True
    return 1 if failed else 0


def add_parsers(sub) -> None:
    """Register `narratives` (with shard / gather / corpus) and `evaluate-statements`."""
    from ..cli.common import add_shard_step_args

    p = sub.add_parser("narratives", help="statements, framing and narratives (shard, gather, corpus)")
    steps = p.add_subparsers(dest="narratives_command", required=True)

    s = steps.add_parser("shard", help="statements and framing rows of one shard")
    for name in ("texts", "sentences", "tokens", "mentions", "claims", "lexicon", "out-statements", "out-framing"):
        s.add_argument(f"--{name}", required=True)
    s.add_argument(
        "--gender-lexicon", help="the claims lexicon, whose titles and first names give a person's gender (narr27)"
    )
    s.add_argument("--cache-dir", help="folder of the per-article cache (unchanged articles are not read again)")
    add_shard_step_args(s, "claims")
    s.set_defaults(func=cmd_shard)

    s = steps.add_parser("gather", help="join shard tables of statements or framing rows")
    s.add_argument("--kind", required=True, choices=["statements", "framing"])
    s.add_argument("--out", required=True)
    s.add_argument("shards", nargs="*")
    s.set_defaults(func=cmd_gather)

    s = steps.add_parser("corpus", help="narratives, actor edges, timeline and registry relations")
    s.add_argument(
        "--statement-shards",
        nargs="*",
        help="shard tables of statements: gathered into --statements first (read from there otherwise)",
    )
    s.add_argument("--framing-shards", nargs="*", help="shard tables of framing rows: gathered into --framing first")
    s.add_argument("--framing", help="with --framing-shards: the gathered framing table to write")
    s.add_argument(
        "--claims",
        nargs="*",
        required=True,
        help="the claims table, or its shard tables (read as one: the job need not wait for the gathered table; none "
        "for a corpus without shards)",
    )
    for name in (
        "statements",
        "articles",
        "registry",
        "out-narratives",
        "out-edges",
        "out-timeline",
        "out-relations",
    ):
        s.add_argument(f"--{name}", required=True)
    s.set_defaults(func=cmd_corpus)

    s = sub.add_parser("evaluate-statements", help="score statements against gold sentences (JSONL)")
    s.add_argument("--results", default="results", help="results folder of a run over the written gold sentences")
    s.add_argument("--gold", nargs="+", required=True, help="gold JSONL files")
    s.add_argument("--json", help="also write the scores to this file")
    s.add_argument(
        "--floors",
        help=f"YAML of minimum scores ({FLOOR_PREFIX!r} keys for the own sets, 'blind_{FLOOR_PREFIX}' keys for the "
        "blind ones, *.blind*.jsonl); exit 1 below one",
    )
    s.add_argument("--errors", action="store_true", help="list the statements that differ from the gold")
    s.add_argument("--write-inputs", help="only write the gold sentences as articles under this folder")
    s.add_argument("--corpus", help="corpus the quoted sentences come from: analyse them in their source articles")
    s.set_defaults(func=cmd_evaluate_statements)


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - used through narrative_pipeline.cli
    parser = argparse.ArgumentParser(prog="narratives")
    add_parsers(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args) or 0)
