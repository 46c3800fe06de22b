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


# How the console line names each `ArticleRecord.rejection` kind.
_KIND_WORDS = {"not_article": "not an article", "unsupported": "unsupported ending", "unreadable": "unreadable"}
DUPLICATE_REASONS = ("duplicate of", "same text as")  # how `ingest` opens a duplicate's `skip_reason`
RECORD_LOCATORS = ("warc:", "line:")  # an item inside a container (a file whose name is not UTF-8 has a locator too)
_BY_DESIGN = "sidecars, WARC requests, redirects and the like"


def _plural(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def not_analysed_summary(articles: Path) -> list[str]:
    """The one line the end of a run prints about the inputs it did not analyse (none when it analysed them
    all), from `ingest/articles.parquet`: rejected rows by `rejection` kind, the rows that are no article by design
    (`not_article`) apart from them (fix81, review71 8: "38 rejected" read as 38 failures), then the skipped ones
    (duplicates, other languages). Before it, a binary `.txt` or a copy of an article ended a run with rc 0 and no
    word on the console (review59 4)."""
    from collections import Counter

    from .tables import read_parquet

    if not Path(articles).is_file():
        return []
    rows = read_parquet(Path(articles), columns=["status", "rejection", "analysed", "skip_reason", "locator"])
    rows = rows.to_pylist()
    every_rejected = [r for r in rows if r["status"] == "rejected"]
    rejected = [r for r in every_rejected if r["rejection"] != "not_article"]
    by_design = len(every_rejected) - len(rejected)
    skipped = [r for r in rows if r["status"] == "ok" and not r["analysed"]]
    if not every_rejected and not skipped:
        return []
    parts = []
    if rejected:
        kinds = Counter(_KIND_WORDS.get(r["rejection"], "rejected") for r in rejected)
        what = ", ".join(f"{n:,} {kind}" if len(kinds) > 1 else kind for kind, n in sorted(kinds.items()))
        records = any(r["locator"].startswith(RECORD_LOCATORS) for r in rejected)
        noun = ("file or record", "files or records") if records else ("file", "files")
        parts.append(f"{_plural(len(rejected), *noun)} rejected ({what})")
    if by_design:  # counted apart: a sidecar applied to its text or a WARC's request record is no failure (review71 8)
        parts.append(f"{by_design:,} not {'an article' if by_design == 1 else 'articles'} by design ({_BY_DESIGN})")
    reasons = [r["skip_reason"] or "" for r in skipped]
    duplicates = sum(1 for why in reasons if why.startswith(DUPLICATE_REASONS))
    if duplicates:
        parts.append(f"{_plural(duplicates, 'duplicate', 'duplicates')} skipped")
    others = Counter(
        "other language" if why.startswith("language") else "other"
        for why in reasons
        if not why.startswith(DUPLICATE_REASONS)
    )
    parts += [f"{n:,} skipped ({why})" for why, n in sorted(others.items())]
    return [", ".join(parts) + ": see validation/report.json (articles_not_analysed)"]
