"""Articles a shard step could not compute: read and written as `<step>/shards/<shard>.failures.json`
(a JSON list of `ArticleFailure`, sorted by article id; `[]` when every article went through). Each
step's file repeats the failures of the steps before it, so the last one (export's) lists them all."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .records import ArticleFailure


def read_failures(path: Path | None) -> list[ArticleFailure]:
    if path is None:
        return []
    from .jsonio import read_json

    return [ArticleFailure.model_validate(r) for r in read_json(Path(path))]


def write_failures(path: Path, failures: Iterable[ArticleFailure]) -> None:
    from .jsonio import write_json

    write_json(Path(path), [f.model_dump(mode="json") for f in sorted(failures, key=lambda f: (f.article_id, f.step))])


def summary(report: Path) -> list[str]:
    """The lines the end of a run prints about the articles that failed in a step (none when none did),
    from the validation report."""
    from .jsonio import read_json

    if not Path(report).is_file():
        return []
    failed = [e for e in read_json(Path(report)).get("articles_not_analysed", []) if e.get("status") == "failed"]
    if not failed:
        return []
    head = f"{len(failed)} article(s) failed in a step and are left out of the analysis (validation/report.json):"
    return [head, *(f"  {e['source_path']} ({e['article_id']}): {e['reason']}" for e in failed)]


def failed_ids(failures: Iterable[ArticleFailure]) -> set[str]:
    return {f.article_id for f in failures}
