"""Validation of one shard: every table, the archived sources, the article documents."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any

from ..catalogue import table
from ..records import ArticleFailure, ArticleRecord, ValidationReport, Violation
from .archive import archived_texts
from .checks import (
    Checker,
    SpanTally,
    failure_entries,
    plain_rows,
    read_arrow,
    references,
    report,
    span_checks,
    typed_rows,
    unique_keys,
    violation,
    within_claims,
    within_sentences,
)
from .passed import FORMAT, KEYED_TABLES, Passed, article_keys, read_passed, write_passed

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
    rows: Mapping[str, list[Any]],
    docs: Mapping[str, Path],
    index: Mapping[str, str] | None,
    checker: Checker,
    stored: Mapping[str, bytes] | None = None,
    known: Collection[str] = (),
) -> set[str]:
    """Each declared article document equals the one rebuilt from the tables and has the sha256 the
    export index gives it; the first of the shard is also checked against the JSON Schema (the rest
    are the same model's bytes). `stored`: the documents' bytes where the caller read them already;
    `known`: articles whose document is known to equal its rebuild (`validate.passed`), not rebuilt
    (the first of the shard always is). Returns the articles whose document is wrong."""
    from ..documents import documents
    from ..schemas import article_validator
    from ..tables import json_bytes

    v: list[Violation] = []
    ids = sorted({a.article_id for a in rows["articles"] if a.candidate})  # the documents `documents` makes
    skipped = set(known) - set(ids[:1])
    expected = documents(
        [a for a in rows["articles"] if a.article_id not in skipped],
        rows["sentences"],
        rows["mentions"],
        rows["claims"],
        rows["claim_actors"],
        rows.get("statements", []),
        rows.get("framing", []),
    )
    by_id = {d.article.article_id: d for d in expected}
    for article_id in sorted(set(docs) - set(ids)):
        v.append(
            violation("document", f"articles/{article_id}.json", None, None, "declared document has no article row")
        )
    wrong: set[str] = set()
    for position, article_id in enumerate(ids):
        label = f"articles/{article_id}.json"
        before = len(v)
        data = _document_bytes(article_id, docs, stored)
        if data is None:
            v.append(violation("document", label, None, None, "article document is missing"))
        elif index is not None and index.get(article_id) != hashlib.sha256(data).hexdigest():
            v.append(violation("document", label, None, None, "sha256 differs from the export index"))
        if data is not None and article_id not in skipped:
            v.extend(_document_problems(data, json_bytes(by_id[article_id]), label, position == 0, article_validator))
        if len(v) > before:
            wrong.add(article_id)
    checker.record("document:articles", len(ids), v)
    return wrong


def _document_bytes(article_id: str, docs: Mapping[str, Path], stored: Mapping[str, bytes] | None) -> bytes | None:
    """A declared document's bytes (None: not declared, or not there)."""
    if stored is not None:
        return stored.get(article_id)
    path = docs.get(article_id)
    return path.read_bytes() if path is not None and path.exists() else None


def _document_problems(
    data: bytes, rebuilt: bytes, label: str, schema_too: bool, validator: Callable[[], Any]
) -> list[Violation]:
    """A document's violations against its rebuild from the tables; its JSON Schema is checked when
    `schema_too` or when it differs."""
    if data == rebuilt and not schema_too:
        return []
    try:
        obj = json.loads(data)
    except ValueError as exc:
        return [violation("document", label, None, None, f"not valid JSON: {exc}")]
    v = [
        violation("document", label, None, "/".join(str(p) for p in err.absolute_path) or None, err.message)
        for err in validator().iter_errors(obj)
    ]
    if data != rebuilt:
        v.append(violation("document", label, None, None, "document differs from the tables"))
    return v


def validate_shard(
    input_dir: Path,
    paths: Mapping[str, Path],
    docs: Mapping[str, Path],
    scope: str,
    index: Mapping[str, str] | None = None,
    failures: list[ArticleFailure] | None = None,
    strict: bool = False,
    kept: Path | None = None,
) -> ValidationReport:
    """Check one shard's artifacts (`paths`: catalogue table name -> shard file); `failures`: the
    articles that failed in a step (the export step's failures file), None where not known; `kept`:
    the file of the articles' checks that passed (`validate.passed`), read and written again, or None
    to check everything. With `kept`, the rows of the articles whose checks are kept are not typed again
    (`_untyped`); where that cannot give the report of a validation that types them (a row of another article
    is not valid, a kept article's text was not read back), the shard is checked again typing every row."""
    if kept is not None:
        found = _checked(input_dir, paths, docs, scope, index, failures, strict, kept, untyped_too=True)
        if found is not None:
            return found
    report = _checked(input_dir, paths, docs, scope, index, failures, strict, kept, untyped_too=False)
    assert report is not None  # (every row typed: never given up)
    return report


# the tables whose rows, each of one article, are not typed again for an article whose checks are kept (the articles
# are always typed: they are few, and the archive check, the coverage and the report read every field of them)
UNTYPED_TABLES = tuple(name for name in KEYED_TABLES if name != "articles")


def _checked(
    input_dir: Path,
    paths: Mapping[str, Path],
    docs: Mapping[str, Path],
    scope: str,
    index: Mapping[str, str] | None,
    failures: list[ArticleFailure] | None,
    strict: bool,
    kept: Path | None,
    untyped_too: bool,
) -> ValidationReport | None:
    """`validate_shard`; with `untyped_too`, the rows of the kept articles are not typed (None when the report
    needs them typed)."""
    checker = Checker(scope)
    failed = {f.article_id for f in failures or []}
    base = _base(input_dir, paths, docs, scope, strict) if kept is not None else ""
    documents = _read_documents(docs) if kept is not None else None
    read = {name: read_arrow(path, table(name), f"{table(name).step}/{name}") for name, path in paths.items()}
    untyped: set[str] = set()
    if untyped_too:
        # the tables as read whose Arrow schema is as declared: the key of an article (`validate.passed`) covers each
        # of them, and a check was kept only while every row of each was valid (a table with a row that is not is
        # named unread in the keys): the rows of a kept article were typed, with the same bytes and code, before
        readable = {name: t for name, (t, v) in read.items() if t is not None and not v and name != "tokens"}
        keys, known = _known(kept, base, readable, documents)
        untyped = _untyped(readable, known, failed)
    rows: dict[str, list[Any]] = {}
    data: dict[str, Any] = {}  # the Arrow tables the rows were read from
    for name, (read_as, v) in read.items():
        spec = table(name)
        label = f"{spec.step}/{name}"
        loaded: list[Any] = []
        if read_as is not None and not v and name != "tokens":
            if untyped and name in UNTYPED_TABLES:
                loaded, v = _partly_typed(read_as, spec, label, untyped)
            else:
                loaded, v = typed_rows(read_as, spec, label)
            if v and untyped_too:
                return None  # the table is not read: the keys must name it so (checked again, every row typed)
        checker.record(f"schema:{label}", read_as.num_rows if read_as is not None else 0, v)
        if read_as is not None and not v and name != "tokens":
            rows[name], data[name] = loaded, read_as
            unique_keys(loaded, spec, checker)
    if not untyped_too:
        keys, known = _known(kept, base, data, documents)
    references({k: v for k, v in rows.items() if k != "texts"}, checker)
    within_sentences(rows, checker)
    within_claims(rows, checker)
    articles = rows.get("articles", [])
    stored = {t.article_id: t.text for t in rows.get("texts", [])}
    texts = archived_texts(input_dir, articles, stored, checker)
    known = {a: p for a, p in known.items() if a in texts and a not in failed}
    if not untyped <= known.keys():
        return None  # a kept article whose text was not read back: its spans and document are checked again
    inconsistent = consistency(rows, texts, checker)
    spans: dict[str, SpanTally] = {}
    for name, table_rows in rows.items():
        if table(name).spans:
            counts = {a: p.spans.get(name, 0) for a, p in known.items()}
            spans[name] = span_checks(table_rows, table(name), texts, checker, counts)
    if failures is not None:
        coverage(rows, failures, strict, checker)
    wrong_documents = None
    if all(k in rows for k in ("articles", "sentences", "mentions", "claims", "claim_actors")):
        # a failed article's document holds its article row alone
        shown = dict(rows)
        for name in STEP_TABLES if failed else ():
            shown[name] = [r for r in rows.get(name, []) if _article_of(r) not in failed]
        same = [a for a, p in known.items() if p.document]
        wrong_documents = article_documents(shown, docs, index, checker, documents, same)
    if kept is not None:
        passed = _passed(keys, known, spans, wrong_documents, set(texts) - failed - inconsistent)
        write_passed(kept, base, passed)
    return report(checker, articles, failure_entries(failures or [], articles))


def consistency(rows: Mapping[str, list[Any]], texts: Mapping[str, str], checker: Checker) -> set[str]:
    """The narratives' own row checks (`narratives.checks`), where the shard has statements or labels; returns the
    articles with a wrong row, whose checks are not kept (`_passed`)."""
    from ..narratives.checks import framing_consistency, statement_consistency

    mentions, results = rows.get("mentions", []), []
    if "statements" in rows:
        results.append(("statements", statement_consistency(rows["statements"], mentions)))
    if "framing" in rows:
        results.append(("framing", framing_consistency(rows["framing"], rows.get("claims", []), mentions, texts)))
    wrong: set[str] = set()
    for name, (check, n, violations) in results:
        checker.record(check, n, violations)
        wrong |= {rows[name][v.row].article_id for v in violations if v.row is not None}
    return wrong


def _untyped(readable: Mapping[str, Any], known: Mapping[str, Passed], failed: Collection[str]) -> set[str]:
    """The kept articles whose rows need not be typed: their document was found equal to its rebuild (so it is not
    rebuilt now, which needs the typed rows), not failed in a step, and not the shard's first document (always
    rebuilt: `article_documents`)."""
    if "articles" not in readable:
        return set()
    articles = readable["articles"]
    ids = articles.column("article_id").to_pylist()
    candidates = [a for a, c in zip(ids, articles.column("candidate").to_pylist(), strict=True) if c]
    first = set(sorted(set(candidates))[:1])
    return {a for a, p in known.items() if p.document} - set(failed) - first


def _partly_typed(data: Any, spec: Any, label: str, untyped: Collection[str]) -> tuple[list[Any], list[Violation]]:
    """The rows of a table, typed (`typed_rows`) but those of the `untyped` articles, which are read as they are
    (`plain_rows`: the columns the shard's checks read of them). A violation: some typed row is not valid."""
    import pyarrow as pa

    from .passed import article_of_rows

    owners = article_of_rows(spec.name, data)
    typed_at = [k for k, a in enumerate(owners) if a not in untyped]
    out = plain_rows(data, spec)
    if typed_at:
        typed, v = typed_rows(data.take(pa.array(typed_at, type=pa.int64())), spec, label)
        if v:
            return [], v
        for k, row in zip(typed_at, typed, strict=True):
            out[k] = row
    return out, []


def _read_documents(docs: Mapping[str, Path]) -> dict[str, bytes]:
    """The bytes of every declared document that is there."""
    found = {}
    for article_id, path in docs.items():
        try:
            found[article_id] = path.read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            continue
    return found


def _base(input_dir: Path, paths: Mapping[str, Path], docs: Mapping[str, Path], scope: str, strict: bool) -> str:
    """What every kept check of the shard depends on besides the article's own bytes: the validation code and the
    libraries it builds documents and normalizes text with, the settings, and each file's path as the artifacts
    record it (`settings.recorded_path`: relative to the project root, the folder the run starts in), so another
    `results` or input_dir never finds an entry and the file has the same bytes in every copy of a project laid out
    beside the same inputs, as the rest of the results)."""
    import sys
    import unicodedata

    import pyarrow
    import pydantic

    from ..cache import cache_key
    from ..hashing import step_fingerprint
    from ..settings import recorded_path

    libraries = f"python {sys.version_info[:3]} unicode {unicodedata.unidata_version}"
    libraries += f" pydantic {pydantic.VERSION} pyarrow {pyarrow.__version__}"
    root = Path.cwd()
    where = sorted({recorded_path(str(p.parent), root) for p in docs.values()})
    files = sorted(f"{name}={recorded_path(str(path), root)}" for name, path in paths.items())
    folder = recorded_path(str(input_dir), root)
    return cache_key(FORMAT, step_fingerprint("validate"), libraries, scope, strict, folder, *files, *where)


def _known(
    kept: Path | None, base: str, data: Mapping[str, Any], documents: Mapping[str, bytes] | None
) -> tuple[dict[str, str], dict[str, Passed]]:
    """Each article's key, and the kept checks of those whose key is kept (none without a kept file)."""
    if kept is None or documents is None:
        return {}, {}
    shas = {a: hashlib.sha256(b).hexdigest() for a, b in documents.items()}
    keys = article_keys(base, data, shas)
    entries = read_passed(kept, base)
    return keys, {a: entries[key] for a, key in keys.items() if key in entries}


def _passed(
    keys: Mapping[str, str],
    known: Mapping[str, Passed],
    spans: Mapping[str, SpanTally],
    wrong_documents: set[str] | None,
    checkable: set[str],
) -> dict[str, Passed]:
    """The entries to keep: every article whose spans were checked (its text was read back, it did not fail in a
    step) and none was wrong, with its counts and whether its document was checked and right."""
    out: dict[str, Passed] = {}
    for a in sorted(checkable & keys.keys()):
        if any(a in tally.wrong for tally in spans.values()):
            continue
        counts = known[a].spans if a in known else {name: tally.counts.get(a, 0) for name, tally in spans.items()}
        out[keys[a]] = Passed(counts, wrong_documents is not None and a not in wrong_documents)
    return out


def run_shard(
    input_dir: Path,
    paths: Mapping[str, Path],
    docs: list[Path],
    scope: str,
    out: Path,
    index: Path | None = None,
    failures: Path | None = None,
    strict: bool = False,
    cache_dir: Path | None = None,
) -> ValidationReport:
    """`validate_shard` of files, its report written to `out`; with `cache_dir`, the articles' checks that
    passed are kept there (`validate.passed`: a file named as the report)."""
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
        Path(cache_dir) / Path(out).name if cache_dir is not None else None,
    )
    write_json(Path(out), result)
    return result
