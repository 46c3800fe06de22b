"""Helpers of the command line: settings from JSON, log lines, name=path arguments."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

CODE_HELP = (
    "the step's code fingerprint as the Snakefile computed it (narrative_pipeline.hashing.step_fingerprint), "
    "so the job need not compute it again; without it the job computes it"
)


def add_shard_step_args(parser: Any, earlier: str | None) -> None:
    """The arguments every cached shard step takes: the failures of the step before (`earlier`; none for the
    first), where to write the failures so far, and the code fingerprint the Snakefile computed."""
    if earlier is not None:
        parser.add_argument(
            "--failures", help=f"the {earlier} step's failures of the shard (those articles are left out)"
        )
    parser.add_argument("--out-failures", help="write the articles that failed (this step or earlier) here, as JSON")
    parser.add_argument("--code", help=CODE_HELP)


def results_folder(text: str) -> Path:
    """An argparse type: a results folder of a run (it holds ingest/articles.parquet), so a command
    pointed at the wrong folder says so instead of failing deep inside with a traceback."""
    import argparse

    path = Path(text)
    if not (path / "ingest/articles.parquet").is_file():
        what = "does not exist" if not path.exists() else "holds no results of a run (no ingest/articles.parquet)"
        raise argparse.ArgumentTypeError(
            f"{text!r} {what}: run `snakemake --cores 2` first, or pass the results folder of a run"
        )
    return path


def existing_path(text: str) -> Path:
    """An argparse type: a file or folder that exists."""
    import argparse

    if not Path(text).exists():
        raise argparse.ArgumentTypeError(f"{text!r} does not exist")
    return Path(text)


def settings_of(text: str | None):
    from ..settings import PipelineConfig

    return PipelineConfig.model_validate(json.loads(text) if text else {})


def log(step: str, message: str, started: float) -> None:
    print(f"[{step}] {message} ({time.perf_counter() - started:.2f} s)", file=sys.stderr, flush=True)


def named_paths(pairs: list[str]) -> dict[str, Path]:
    """`name=path` arguments as a mapping; names must be tables of the catalogue."""
    from ..catalogue import table

    out = {}
    for pair in pairs:
        name, sep, path = pair.partition("=")
        if not sep:
            raise SystemExit(f"error: --table wants NAME=PATH, got {pair!r}")
        table(name)
        out[name] = Path(path)
    return out


def documents_of(docs_dir: str, articles: Path) -> list[Path]:
    """The article documents that belong to the article rows of a table."""
    from ..catalogue import document_path
    from ..tables import read_parquet

    if not articles.exists():
        return []
    try:
        rows = read_parquet(articles, columns=["article_id", "candidate"]).to_pylist()
        ids = sorted({r["article_id"] for r in rows if r["candidate"]})
    except Exception:  # reported by validation itself
        return []
    return [Path(docs_dir).parent / document_path(i) for i in ids]
