"""Validate: check every artifact and report each violation with its file, row and field.

Everything is re-derived from the artifacts and the archived files, never taken from another
step's code. Per shard, for every table of the catalogue: its Arrow schema and record model, unique
keys, references to the tables it points at, spans (normalizing the archived text at a row's offsets
gives the row's text), the archived files (their sha256 still matches and they decode to the stored
text), and the article documents (rebuilt from the tables, byte for byte; a sample against their
JSON Schema). For the corpus: the shard reports, the gathered tables against their shards, every
file under input_dir listed, and no document left over from articles that are gone.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from pydantic import ValidationError

from .catalogue import Table, corpus_only, gathered, table
from .records import SCHEMA_VERSION, ArticleRecord, CheckResult, ValidationReport, Violation
from .textnorm import normalize_text

MAX_VIOLATIONS_PER_CHECK = 200
_IDENTITY_BREAKERS = (" (", " [", "  ")


class Checker:
    """Collects check results; each check records what it looked at and what was wrong."""

    def __init__(self, scope: str) -> None:
        self.scope = scope
        self.results: list[CheckResult] = []
        self.warnings: list[str] = []

    def record(self, check: str, n_checked: int, violations: list[Violation]) -> None:
        kept = violations[:MAX_VIOLATIONS_PER_CHECK]
        self.results.append(
            CheckResult(check=check, scope=self.scope, passed=not violations, n_checked=n_checked, violations=kept)
        )


def _v(check: str, file: str, row: int | None, field: str | None, message: str) -> Violation:
    return Violation(check=check, file=file, row=row, field=field, message=message)


def _label(spec: Table) -> str:
    return f"{spec.step}/{spec.name}"


def load_table(
    path: Path, spec: Table, checker: Checker, label: str | None = None, rows_too: bool = True
) -> list[Any] | None:
    """Read a Parquet table, checking its Arrow schema and every row against the record model.

    With rows_too=False only the Arrow schema is checked (the token table: no constraint beyond its
    Arrow types and nullability) and no rows are returned."""
    from .tables import arrow_schema

    label = label or _label(spec)
    check = f"schema:{label}"
    if not path.exists():
        checker.record(check, 0, [_v("schema", label, None, None, "artifact is missing")])
        return None
    try:
        data = pq.read_table(path)
    except Exception as exc:  # a truncated or corrupt file
        checker.record(check, 0, [_v("schema", label, None, None, f"not a readable Parquet file: {exc}")])
        return None
    expected = arrow_schema(spec.model)
    violations = []
    for field in expected:
        if field.name not in data.schema.names:
            violations.append(_v("schema", label, None, field.name, "column is missing"))
            continue
        got = data.schema.field(field.name)
        if not got.type.equals(field.type):
            violations.append(
                _v("schema", label, None, field.name, f"type {got.type} differs from declared {field.type}")
            )
        if not field.nullable and data.column(field.name).null_count:
            violations.append(_v("schema", label, None, field.name, "nulls in a non-nullable column"))
    for name in data.schema.names:
        if name not in expected.names:
            violations.append(_v("schema", label, None, name, "column is not declared by the record model"))
    rows = []
    if not violations and rows_too:
        for k, row in enumerate(data.to_pylist()):
            try:
                rows.append(spec.model.model_validate(row))
            except ValidationError as exc:
                for err in exc.errors():
                    violations.append(_v("schema", label, k, ".".join(str(x) for x in err["loc"]), err["msg"]))
    checker.record(check, data.num_rows, violations)
    return None if violations else rows


def unique_keys(rows: list[Any], spec: Table, checker: Checker, label: str | None = None) -> None:
    label = label or _label(spec)
    keys = [tuple(getattr(r, k) for k in spec.key) for r in rows]
    counts = Counter(keys)
    shown = ",".join(spec.key)
    violations = [
        _v("unique", label, k, shown, f"{key!r} appears {counts[key]} times")
        for k, key in enumerate(keys)
        if counts[key] > 1
    ]
    checker.record(f"unique:{label}:{shown}", len(rows), violations)


def references(rows_by_table: Mapping[str, list[Any]], checker: Checker) -> None:
    """Every reference column of the catalogue points at an existing row of its target table."""
    violations: list[Violation] = []
    n = 0
    for name, rows in rows_by_table.items():
        for ref in table(name).references:
            if ref.table not in rows_by_table:
                continue
            targets = {getattr(r, ref.target) for r in rows_by_table[ref.table]}
            for k, row in enumerate(rows):
                value = getattr(row, ref.column)
                n += 1
                if value is None and ref.nullable:
                    continue
                if value not in targets:
                    violations.append(
                        _v(
                            "reference",
                            _label(table(name)),
                            k,
                            ref.column,
                            f"{value} is not in {ref.table}.{ref.target}",
                        )
                    )
    checker.record("reference", n, violations)


def within_sentences(rows_by_table: Mapping[str, list[Any]], checker: Checker) -> None:
    """Rows that name a sentence lie inside it (their first span) and belong to its article."""
    sentences = {s.sentence_id: s for s in rows_by_table.get("sentences", [])}
    violations: list[Violation] = []
    n = 0
    for name, rows in rows_by_table.items():
        spec = table(name)
        if name == "sentences" or not spec.spans or "sentence_id" not in spec.model.model_fields:
            continue
        span = spec.spans[0]
        for k, row in enumerate(rows):
            sent = sentences.get(row.sentence_id)
            n += 1
            if sent is None:
                continue  # reported by the reference check
            start, end = getattr(row, span.start), getattr(row, span.end)
            if sent.article_id != row.article_id:
                violations.append(_v("reference", _label(spec), k, "article_id", "differs from its sentence's article"))
            elif not (sent.start <= start and end <= sent.end):
                message = f"span [{start}, {end}) is outside its sentence"
                violations.append(_v("reference", _label(spec), k, span.start, message))
    checker.record("within-sentence", n, violations)


def span_matches(raw: str, start: int, end: int, text: str) -> bool:
    """normalize(raw[start:end]) == text, with a fast path where normalization is the identity
    (printable ASCII, single spaces, no bracket after a space, nothing to trim)."""
    piece = raw[start:end]
    identity = text.isascii() and text.isprintable() and text == text.strip()
    if piece == text and identity and not any(b in text for b in _IDENTITY_BREAKERS):
        return True
    return normalize_text(piece) == text


def span_checks(rows: Iterable[Any], spec: Table, texts: Mapping[str, str], checker: Checker) -> None:
    """Every span of every row of the table re-derives its text from the archived text."""
    label = _label(spec)
    violations = []
    n = 0
    for k, row in enumerate(rows):
        raw = texts.get(row.article_id)
        if raw is None:
            continue
        for span in spec.spans:
            start, end, text = getattr(row, span.start), getattr(row, span.end), getattr(row, span.text)
            if start is None and end is None and text is None:
                continue
            n += 1
            if start is None or end is None or text is None:
                violations.append(_v("span", label, k, span.start, "offsets and text must be all set or all null"))
            elif not (0 <= start < end <= len(raw)):
                violations.append(
                    _v("span", label, k, span.start, f"[{start}, {end}) is outside the text (length {len(raw)})")
                )
            elif not span_matches(raw, start, end, text):
                got = normalize_text(raw[start:end])
                violations.append(
                    _v("span", label, k, span.text, f"raw_text[{start}:{end}] normalizes to {got!r}, not {text!r}")
                )
    checker.record(f"span:{label}", n, violations)


def reread_source(input_dir: Path, article: ArticleRecord, sample: bool) -> tuple[str | None, str | None]:
    """The archived source of an analysed row read again: for plain text, its decoded text; for a page,
    record or row, the text when `sample` asks to extract it again, else None. Second value: the problem."""
    import hashlib

    from .decoding import reread
    from .sources import SourceSettings, digest_like, read_record, read_source, read_warc_item

    if article.extractor in (None, "plain") and not article.locator:
        return reread(input_dir, article.source_path, article.sha256)
    path = Path(input_dir) / article.source_path
    if path.is_symlink() or not path.is_file():
        return None, "archived file is missing"
    if article.locator.startswith("warc:"):
        try:
            payload = read_record(path, article.warc_offset or 0)
        except Exception as exc:  # a WarcReadError, or a file that changed under us
            return None, f"record at byte {article.warc_offset} cannot be read again: {exc}"
        if hashlib.sha256(payload).hexdigest() != article.sha256:
            return None, f"record at byte {article.warc_offset}: its payload sha256 no longer matches"
        if article.payload_digest and digest_like(payload, article.payload_digest) != article.payload_digest:
            return None, f"record at byte {article.warc_offset}: its payload digest no longer matches"
        item = read_warc_item(path, article.warc_offset or 0, SourceSettings()) if sample else None
        return (item.text if item else None), None
    if article.locator:
        item = next(
            (i for i in read_source(path, article.source_path, SourceSettings()) if i.locator == article.locator), None
        )
        if item is None or item.raw_sha256 != article.sha256:
            return None, f"row {article.locator} is no longer in the file as it was"
        return item.text, None
    if hashlib.sha256(path.read_bytes()).hexdigest() != article.sha256:
        return None, "archived file changed: its sha256 no longer matches"
    item = next(read_source(path, article.source_path, SourceSettings())) if sample else None
    return (item.text if item else None), None


def archived_texts(
    input_dir: Path, articles: list[ArticleRecord], stored: Mapping[str, str], checker: Checker
) -> dict[str, str]:
    """Every analysed article's source is read again (sha256, WARC digest at its offset); plain texts are
    decoded again and one extracted text per shard is extracted again; each must equal the stored text,
    whose sha256 must be the row's text_sha256. Returns the texts spans are checked against."""
    import hashlib

    texts: dict[str, str] = {}
    violations = []
    analysed = [(k, a) for k, a in enumerate(articles) if a.analysed]
    sampled = False
    for k, article in analysed:
        extracted = article.extractor not in (None, "plain") or bool(article.locator)
        text, problem = reread_source(input_dir, article, sample=extracted and not sampled)
        sampled = sampled or (extracted and text is not None)
        label = f"{article.source_path}{'#' + article.locator if article.locator else ''}"
        if problem:
            violations.append(_v("archive", "ingest/articles", k, "sha256", f"{label}: {problem}"))
            continue
        have = stored.get(article.article_id)
        if text is not None and have != text:
            message = f"stored text of {article.article_id} differs from the archived source"
            violations.append(_v("archive", "ingest/texts", None, "text", message))
        if have is None or hashlib.sha256(have.encode("utf-8")).hexdigest() != article.text_sha256:
            message = f"text of {article.article_id} does not have the row's text_sha256"
            violations.append(_v("archive", "ingest/texts", None, "text_sha256", message))
            continue
        texts[article.article_id] = have
    checker.record("archive:sha256", len(analysed), violations)
    return texts


def article_documents(rows: Mapping[str, list[Any]], docs: Mapping[str, Path], checker: Checker) -> None:
    """Each declared article document equals the one rebuilt from the tables; the first of the shard
    is also checked against the JSON Schema (the rest are the same model's bytes)."""
    from .documents import documents
    from .schemas import article_validator
    from .tables import json_bytes

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
        v.append(_v("document", f"articles/{article_id}.json", None, None, "declared document has no article row"))
    for position, doc in enumerate(expected):
        label = f"articles/{doc.article.article_id}.json"
        path = docs.get(doc.article.article_id)
        if path is None or not path.exists():
            v.append(_v("document", label, None, None, "article document is missing"))
            continue
        data = path.read_bytes()
        if data == json_bytes(doc) and position > 0:
            continue
        try:
            obj = json.loads(data)
        except ValueError as exc:
            v.append(_v("document", label, None, None, f"not valid JSON: {exc}"))
            continue
        for err in article_validator().iter_errors(obj):
            v.append(_v("document", label, None, "/".join(str(p) for p in err.absolute_path) or None, err.message))
        if data != json_bytes(doc):
            v.append(_v("document", label, None, None, "document differs from the tables"))
    checker.record("document:articles", len(expected), v)


def validate_shard(
    input_dir: Path, paths: Mapping[str, Path], docs: Mapping[str, Path], scope: str
) -> ValidationReport:
    """Check one shard's artifacts (`paths`: catalogue table name -> shard file)."""
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
    if all(k in rows for k in ("articles", "sentences", "mentions", "claims", "claim_actors")):
        article_documents(rows, docs, checker)
    return report(checker, articles)


def report(checker: Checker, articles: list[ArticleRecord]) -> ValidationReport:
    not_analysed = [
        {
            "source_path": a.source_path,
            "article_id": a.article_id,
            "status": a.status,
            "reason": a.error or a.skip_reason or "",
        }
        for a in sorted(articles, key=lambda a: a.source_path)
        if not a.analysed
    ]
    return ValidationReport(
        schema_version=SCHEMA_VERSION,
        scope=checker.scope,
        passed=all(r.passed for r in checker.results),
        n_violations=sum(len(r.violations) for r in checker.results),
        articles_not_analysed=not_analysed,
        warnings=sorted(checker.warnings),
        checks=checker.results,
    )


def validate_corpus(
    input_dir: Path,
    shard_reports: list[Path],
    corpus_tables: Mapping[str, Path],
    shard_tables: Mapping[str, list[Path]],
    docs_dir: Path,
) -> ValidationReport:
    """Corpus-level check: shard reports, gathered tables equal their shards, every file listed."""
    from .discovery import list_paths
    from .schemas import report_validator
    from .tables import gather, read_json

    checker = Checker("corpus")
    v: list[Violation] = []
    for path in shard_reports:
        data = read_json(path)
        errors = list(report_validator().iter_errors(data))
        for err in errors:
            v.append(_v("shard-report", path.name, None, "/".join(map(str, err.absolute_path)) or None, err.message))
        if not errors:
            shard = ValidationReport.model_validate(data)
            checker.results.extend(shard.checks)
            checker.warnings.extend(shard.warnings)
    checker.record("shard-reports", len(shard_reports), v)
    articles: list[ArticleRecord] = []
    for spec in gathered():
        path = corpus_tables.get(spec.name)
        if path is None:
            continue
        rows = load_table(path, spec, checker, label=spec.path)
        if rows is None:
            continue
        unique_keys(rows, spec, checker, label=spec.path)
        if spec.name == "articles":
            articles = rows
        expected = gather(spec, shard_tables.get(spec.name, []))
        got = pq.read_table(path)
        same = got.num_rows == expected.num_rows and got.select(expected.schema.names).equals(expected)
        checker.record(
            f"gathered:{spec.path}",
            got.num_rows,
            [] if same else [_v("gathered", spec.path, None, None, "differs from its shards")],
        )
    corpus_rows = {}
    for spec in corpus_only():
        path = corpus_tables.get(spec.name)
        if path is not None and (rows := load_table(path, spec, checker, label=spec.path)) is not None:
            unique_keys(rows, spec, checker, label=spec.path)
            corpus_rows[spec.name] = rows
    narrative_recomputation(corpus_tables, corpus_rows, articles, checker)
    listed = {a.source_path for a in articles}
    seen = set(list_paths(Path(input_dir)))
    v = [
        _v("coverage", "ingest/articles.parquet", None, "source_path", f"{p} is under input_dir but not listed")
        for p in sorted(seen - listed)
    ]
    v += [
        _v("coverage", "ingest/articles.parquet", None, "source_path", f"{p} is listed but no longer under input_dir")
        for p in sorted(listed - seen)
    ]
    checker.record("coverage:input_dir", len(seen), v)
    ids = {a.article_id for a in articles if a.candidate}
    for path in sorted(Path(docs_dir).glob("*.json")) if Path(docs_dir).is_dir() else []:
        if path.stem not in ids:
            checker.warnings.append(
                f"articles/{path.name}: left over from an article no longer in input_dir (the manifest step removes it)"
            )
    return report(checker, articles)


def narrative_recomputation(
    corpus_tables: Mapping[str, Path],
    corpus_rows: Mapping[str, list[Any]],
    articles: list[ArticleRecord],
    checker: Checker,
) -> None:
    """Narratives, actor edges and timeline equal their recomputation from the gathered statements,
    claims and articles (the aggregation is a pure function of those tables)."""
    from .narratives.checks import corpus_checks
    from .tables import read_records

    needed = ("narratives", "actor_edges", "timeline")
    if not all(n in corpus_rows for n in needed) or "statements" not in corpus_tables or "claims" not in corpus_tables:
        return
    statements = read_records(corpus_tables["statements"], table("statements").model)
    columns = ["claim_id", "certainty", "claimer_kind", "claimer_actor_id", "claimer_text"]
    claims = pq.read_table(corpus_tables["claims"], columns=columns).to_pylist()
    actor_ids = set(pq.read_table(corpus_tables["actors"], columns=["actor_id"]).column("actor_id").to_pylist())
    rows = [a.model_dump() for a in articles]
    narratives, edges, timeline = (corpus_rows[n] for n in needed)
    for check, n, violations in corpus_checks(narratives, edges, timeline, statements, claims, rows, actor_ids):
        checker.record(check, n, violations[:MAX_VIOLATIONS_PER_CHECK])


# --- I/O edge ----------------------------------------------------------------------------------


def run_shard(input_dir: Path, paths: Mapping[str, Path], docs: list[Path], scope: str, out: Path) -> ValidationReport:
    from .tables import write_json

    result = validate_shard(
        Path(input_dir), {k: Path(p) for k, p in paths.items()}, {Path(p).stem: Path(p) for p in docs}, scope
    )
    write_json(Path(out), result)
    return result


def run_corpus(
    input_dir: Path,
    shard_reports: list[Path],
    corpus_tables: Mapping[str, Path],
    shard_tables: Mapping[str, list[Path]],
    docs_dir: Path,
    out: Path,
) -> ValidationReport:
    from .tables import write_json

    result = validate_corpus(
        Path(input_dir), [Path(p) for p in shard_reports], corpus_tables, shard_tables, Path(docs_dir)
    )
    write_json(Path(out), result)
    return result
