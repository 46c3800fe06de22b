"""Validation of one shard: every table, the archived sources, the article documents."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..catalogue import table
from ..records import ArticleFailure, ArticleRecord, ValidationReport, Violation
from .archive import archived_texts
from .checks import (
    Checker,
    failure_entries,
    load_table,
    references,
    report,
    span_checks,
    unique_keys,
    violation,
    within_sentences,
)

# the tables of the steps that may fail, in step order: a failed article has no rows in its step's tables nor in
# any later step's (its rows of an earlier step stay)
STEP_OUTPUTS = {
    "normalize": ("sentences",),
    "actors": ("mentions",),
    "claims": ("claims", "claim_actors"),
    "narratives": ("statements", "framing"),
    "export": (),
}
STEP_TABLES = tuple(name for names in STEP_OUTPUTS.values() for name in names)


def coverage(rows: Mapping[str, list[Any]], failures: list[ArticleFailure], strict: bool, checker: Checker) -> None:
    """Every analysed article is analysed or failed in a step: it has sentences or a failure record (an
    article with neither went missing silently); a failed article is an analysed one of the shard and
    has no rows in the tables of the steps (no claims without their mentions); with `strict`
    (config fail_on_article_errors) a failure is itself a violation."""
    articles: list[ArticleRecord] = rows.get("articles", [])
    analysed = {a.article_id for a in articles if a.analysed}
    failed = {f.article_id: f for f in failures}
    parsed = {s.article_id for s in rows.get("sentences", [])}
    v = [
        violation("coverage", "normalize/sentences", None, "article_id", f"{a} has no rows and no failure record")
        for a in sorted(analysed - parsed - set(failed))
    ]
    for f in failures:
        if f.article_id not in analysed:
            v.append(violation("coverage", f"{f.step}/failures", None, "article_id", f"{f.article_id} is not analysed"))
        if strict:
            message = f"{f.article_id} failed in {f.step}: {f.error_type}: {f.message} (fail_on_article_errors)"
            v.append(violation("coverage", f"{f.step}/failures", None, "article_id", message))
    steps = list(STEP_OUTPUTS)
    for name in STEP_TABLES:
        for k, row in enumerate(rows.get(name, [])):
            f = failed.get(_article_of(row))
            if f is not None and f.step in STEP_OUTPUTS and steps.index(f.step) <= steps.index(_step_of(name)):
                message = f"a row of {f.article_id}, which failed in {f.step}"
                v.append(violation("coverage", table(name).path, k, "article_id", message))
    checker.record("coverage:articles", len(analysed), v)


def _step_of(name: str) -> str:
    return next(step for step, names in STEP_OUTPUTS.items() if name in names)


def _article_of(row: Any) -> str:
    """A row's article id (a claim's actor role: from its claim id, `<article_id>:c0000`)."""
    return row.article_id if hasattr(row, "article_id") else row.claim_id.rsplit(":", 1)[0]


def article_documents(
    rows: Mapping[str, list[Any]], docs: Mapping[str, Path], index: Mapping[str, str] | None, checker: Checker
) -> None:
    """Each declared article document equals the one rebuilt from the tables and has the sha256 the
    export index gives it; the first of the shard is also checked against the JSON Schema (the rest
    are the same model's bytes)."""
    from ..documents import documents
    from ..schemas import article_validator
    from ..tables import json_bytes

    v: list[Violation] = []
    expected = documents(
        rows["articles"],
        rows["sentences"],
        rows["mentions"],
        rows["claims"],
        rows["claim_actors"],
        rows.get("statements", []),
        rows.get("framing", []),
    )
    by_id = {d.article.article_id: d for d in expected}
    for article_id in sorted(set(docs) - set(by_id)):
        v.append(
            violation("document", f"articles/{article_id}.json", None, None, "declared document has no article row")
        )
    for position, doc in enumerate(expected):
        label = f"articles/{doc.article.article_id}.json"
        path = docs.get(doc.article.article_id)
        if path is None or not path.exists():
            v.append(violation("document", label, None, None, "article document is missing"))
            continue
        data = path.read_bytes()
        if index is not None and index.get(doc.article.article_id) != hashlib.sha256(data).hexdigest():
            v.append(violation("document", label, None, None, "sha256 differs from the export index"))
        if data == json_bytes(doc) and position > 0:
            continue
        try:
            obj = json.loads(data)
        except ValueError as exc:
            v.append(violation("document", label, None, None, f"not valid JSON: {exc}"))
            continue
        for err in article_validator().iter_errors(obj):
            v.append(
                violation("document", label, None, "/".join(str(p) for p in err.absolute_path) or None, err.message)
            )
        if data != json_bytes(doc):
            v.append(violation("document", label, None, None, "document differs from the tables"))
    checker.record("document:articles", len(expected), v)


def validate_shard(
    input_dir: Path,
    paths: Mapping[str, Path],
    docs: Mapping[str, Path],
    scope: str,
    index: Mapping[str, str] | None = None,
    failures: list[ArticleFailure] | None = None,
    strict: bool = False,
) -> ValidationReport:
    """Check one shard's artifacts (`paths`: catalogue table name -> shard file); `failures`: the
    articles that failed in a step (the export step's failures file), None where not known."""
    checker = Checker(scope)
    rows: dict[str, list[Any]] = {}
    for name, path in paths.items():
        spec = table(name)
        loaded = load_table(path, spec, checker, rows_too=name != "tokens")
        if loaded is not None and name != "tokens":
            rows[name] = loaded
            unique_keys(loaded, spec, checker)
    references({k: v for k, v in rows.items() if k != "texts"}, checker)
    within_sentences(rows, checker)
    articles = rows.get("articles", [])
    stored = {t.article_id: t.text for t in rows.get("texts", [])}
    texts = archived_texts(input_dir, articles, stored, checker)
    for name, table_rows in rows.items():
        if table(name).spans:
            span_checks(table_rows, table(name), texts, checker)
    if failures is not None:
        coverage(rows, failures, strict, checker)
    failed = {f.article_id for f in failures or []}
    if all(k in rows for k in ("articles", "sentences", "mentions", "claims", "claim_actors")):
        # a failed article's document holds its article row alone
        kept = dict(rows)
        for name in STEP_TABLES if failed else ():
            kept[name] = [r for r in rows.get(name, []) if _article_of(r) not in failed]
        article_documents(kept, docs, index, checker)
    return report(checker, articles, failure_entries(failures or [], articles))


def run_shard(
    input_dir: Path,
    paths: Mapping[str, Path],
    docs: list[Path],
    scope: str,
    out: Path,
    index: Path | None = None,
    failures: Path | None = None,
    strict: bool = False,
) -> ValidationReport:
    from ..failures import read_failures
    from ..tables import read_json, write_json

    shas = read_json(index)["articles"] if index is not None and Path(index).is_file() else None
    failed = read_failures(failures) if failures is not None else None
    result = validate_shard(
        Path(input_dir),
        {k: Path(p) for k, p in paths.items()},
        {Path(p).stem: Path(p) for p in docs},
        scope,
        shas,
        failed,
        strict,
    )
    write_json(Path(out), result)
    return result
