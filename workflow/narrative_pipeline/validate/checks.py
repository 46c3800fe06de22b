"""Checks every table of the catalogue gets: Arrow schema and record model, unique keys, references,
rows inside their sentence, spans re-derived from the archived text; and the report they make."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from pydantic import ValidationError

from ..catalogue import Table, table
from ..discovery import position
from ..records import SCHEMA_VERSION, ArticleFailure, ArticleRecord, CheckResult, ValidationReport, Violation
from ..tables import read_parquet, validate_rows
from ..textnorm import normalize_text

if TYPE_CHECKING:
    import pyarrow as pa

MAX_VIOLATIONS_PER_CHECK = 200


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

    def insert(self, place: int, check: str, n_checked: int, violations: list[Violation]) -> None:
        """`record`, with the result put at `place` among the results (a check made out of turn)."""
        self.record(check, n_checked, violations)
        self.results.insert(place, self.results.pop())


def violation(check: str, file: str, row: int | None, field: str | None, message: str) -> Violation:
    return Violation(check=check, file=file, row=row, field=field, message=message)


def _label(spec: Table) -> str:
    return f"{spec.step}/{spec.name}"


def load_table(
    path: Path, spec: Table, checker: Checker, label: str | None = None, rows_too: bool = True
) -> list[Any] | None:
    """Read a Parquet table, checking its Arrow schema and every row against the record model.

    With rows_too=False only the Arrow schema is checked (the token table: no constraint beyond its
    Arrow types and nullability) and no rows are returned."""
    return read_table(path, spec, checker, label, rows_too)[1]


def read_table(
    path: Path, spec: Table, checker: Checker, label: str | None = None, rows_too: bool = True
) -> tuple[pa.Table | None, list[Any] | None]:
    """`load_table`, and the Arrow table its rows were read from (None where they were not returned)."""
    label = label or _label(spec)
    data, violations = read_arrow(path, spec, label)
    rows = []
    if data is not None and not violations and rows_too:
        rows, violations = typed_rows(data, spec, label)
    checker.record(f"schema:{label}", data.num_rows if data is not None else 0, violations)
    return (None, None) if violations else (data, rows)


def read_arrow(path: Path, spec: Table, label: str) -> tuple[pa.Table | None, list[Violation]]:
    """A Parquet table as read and its Arrow schema's violations against the record model (the table is None
    when it is missing or cannot be read); its rows are not typed (`typed_rows`)."""
    from ..tables import arrow_schema

    if not path.exists():
        return None, [violation("schema", label, None, None, "artifact is missing")]
    try:
        data = read_parquet(path)
    except Exception as exc:  # a truncated or corrupt file
        return None, [violation("schema", label, None, None, f"not a readable Parquet file: {exc}")]
    expected = arrow_schema(spec.model)
    violations = []
    for field in expected:
        if field.name not in data.schema.names:
            violations.append(violation("schema", label, None, field.name, "column is missing"))
            continue
        got = data.schema.field(field.name)
        if not got.type.equals(field.type):
            violations.append(
                violation("schema", label, None, field.name, f"type {got.type} differs from declared {field.type}")
            )
        if not field.nullable and data.column(field.name).null_count:
            violations.append(violation("schema", label, None, field.name, "nulls in a non-nullable column"))
    for name in data.schema.names:
        if name not in expected.names:
            violations.append(violation("schema", label, None, name, "column is not declared by the record model"))
    return data, violations


def typed_rows(data: pa.Table, spec: Table, label: str) -> tuple[list[Any], list[Violation]]:
    """Every row of a table whose Arrow schema is as declared, typed by the record model; each row that is not
    valid is reported (by its place in the table and its field), and no rows are returned then."""
    values = data.to_pylist()
    try:
        return validate_rows(spec.model, values), []  # every row at once; a table with a bad row is read row by row
    except ValidationError:
        pass
    violations = []
    for k, row in enumerate(values):
        try:
            spec.model.model_validate(row)
        except ValidationError as exc:
            for err in exc.errors():
                violations.append(violation("schema", label, k, ".".join(str(x) for x in err["loc"]), err["msg"]))
    return [], violations


def plain_rows(data: pa.Table, spec: Table) -> list[Any]:
    """Each row of a table as read, not typed: a tuple of the columns the shard's checks read of a row of an article
    whose checks are kept (`validate.shard`): its key, its references and what other tables' references point at,
    its first span's offsets, its article, sentence and claim, a text's text and a sentence's offsets."""
    fields = _plain_fields(spec.name)
    return list(map(_plain_row(spec.name)._make, zip(*(data.column(name).to_pylist() for name in fields), strict=True)))


@cache
def _plain_fields(name: str) -> tuple[str, ...]:
    from ..catalogue import TABLES

    spec = table(name)
    wanted = set(spec.key) | {ref.column for ref in spec.references} | {"article_id", "sentence_id", "claim_id"}
    wanted |= {ref.target for other in TABLES for ref in other.references if ref.table == name}
    if spec.spans:
        wanted |= {spec.spans[0].start, spec.spans[0].end}
    wanted |= {"texts": {"text"}, "sentences": {"start", "end"}}.get(name, set())
    return tuple(f for f in spec.model.model_fields if f in wanted)


@cache
def _plain_row(name: str) -> Any:
    from collections import namedtuple

    return namedtuple(f"Plain{table(name).model.__name__}", _plain_fields(name))


def unique_keys(rows: list[Any], spec: Table, checker: Checker, label: str | None = None) -> None:
    """Each row's key (the tuple of its `spec.key` attributes) is unique (an `attrgetter` over the rows instead of a
    generator a row; speed64)."""
    if len(spec.key) > 1:
        keys = list(map(attrgetter(*spec.key), rows))  # a tuple of the attributes, in the key's order
    elif spec.key:
        keys = [(value,) for value in map(attrgetter(spec.key[0]), rows)]
    else:
        keys = [() for _ in rows]
    _unique(keys, spec, checker, label)


def unique_key_columns(
    path: Path, spec: Table, checker: Checker, label: str | None = None, data: pa.Table | None = None
) -> None:
    """`unique_keys` read from the key columns alone (for a table whose rows were typed elsewhere); from `data`,
    the table as already read from `path`, when given."""
    data = read_parquet(path, columns=list(spec.key)) if data is None else data.select(list(spec.key))
    if _distinct(data):  # the usual case, found in Arrow: the same record as `_unique` makes then
        checker.record(f"unique:{label or _label(spec)}:{','.join(spec.key)}", data.num_rows, [])
        return
    _unique(list(zip(*(data.column(k).to_pylist() for k in spec.key), strict=True)), spec, checker, label)


def _distinct(data: Any) -> bool:
    """Whether no row of `data` repeats another, where every column holds strings or integers (whose
    equality is the same in Arrow and Python; nulls are equal to each other in both). False also means
    "not known": `_unique` counts the keys in Python then, and reports each repeat."""
    import pyarrow as pa
    import pyarrow.compute as pc  # here: the shard validation (which imports this module) needs neither

    if not all(
        pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_integer(t) for t in data.schema.types
    ):
        return False
    if data.num_rows < 2:
        return True
    if data.num_columns == 1:
        return pc.count_distinct(data.column(0), mode="all").as_py() == data.num_rows
    by_all = pc.sort_indices(data, sort_keys=[(name, "ascending") for name in data.column_names])
    return not _repeats_a_neighbour(data.take(by_all))


def _repeats_a_neighbour(data: Any) -> bool:
    """Whether some row of `data` (sorted by all its columns, so equal rows are neighbours) equals the row
    before it, nulls equal to each other. Arrow kernels on arrays only: `Table.group_by` imports Acero and
    pyarrow.dataset (which try pandas, refused in this step: `tables.arrow_without_pandas`), and a Python
    number made an Arrow scalar (an operand of `pc.multiply`) tries pandas too. 0.02-0.07 CPU s less than
    the grouping on the BBC corpus's claim roles (speed37)."""
    import pyarrow.compute as pc

    n = data.num_rows
    repeated = None
    for column in data.columns:
        values = column.combine_chunks()
        after, before = values.slice(1), values.slice(0, n - 1)
        same = pc.coalesce(pc.equal(after, before), pc.and_(pc.is_null(after), pc.is_null(before)))
        repeated = same if repeated is None else pc.and_(repeated, same)
    return repeated is not None and bool(pc.any(repeated).as_py())


def _unique(keys: list[tuple], spec: Table, checker: Checker, label: str | None) -> None:
    label = label or _label(spec)
    counts = Counter(keys)
    shown = ",".join(spec.key)
    violations = [
        violation("unique", label, k, shown, f"{key!r} appears {counts[key]} times")
        for k, key in enumerate(keys)
        if counts[key] > 1
    ]
    checker.record(f"unique:{label}:{shown}", len(keys), violations)


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
                        violation(
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
                violations.append(
                    violation("reference", _label(spec), k, "article_id", "differs from its sentence's article")
                )
            elif not (sent.start <= start and end <= sent.end):
                message = f"span [{start}, {end}) is outside its sentence"
                violations.append(violation("reference", _label(spec), k, span.start, message))
    checker.record("within-sentence", n, violations)


def within_claims(rows_by_table: Mapping[str, list[Any]], checker: Checker) -> None:
    """A statement's action lies inside the claim its `claim_id` names (ARTIFACTS.md: statements inside claims)."""
    claims = {c.claim_id: c for c in rows_by_table.get("claims", [])}
    statements = rows_by_table.get("statements", [])
    violations: list[Violation] = []
    n = 0
    for k, row in enumerate(statements):
        claim = claims.get(row.claim_id)
        if claim is None:
            continue  # reported by the reference check
        n += 1
        if not (claim.start <= row.action_start and row.action_end <= claim.end):
            message = f"action [{row.action_start}, {row.action_end}) is outside its claim [{claim.start}, {claim.end})"
            violations.append(violation("reference", _label(table("statements")), k, "action_start", message))
    checker.record("within-claim", n, violations)


def span_matches(raw: str, start: int, end: int, text: str) -> bool:
    """normalize(raw[start:end]) == text (textnorm's fast path skips slices normalization leaves as they
    are)."""
    return normalize_text(raw[start:end]) == text


class SpanTally(NamedTuple):
    """What `span_checks` checked now: each article's number of spans, and the articles with a wrong one."""

    counts: dict[str, int]
    wrong: set[str]


def span_checks(
    rows: Iterable[Any], spec: Table, texts: Mapping[str, str], checker: Checker, known: Mapping[str, int] | None = None
) -> SpanTally:
    """Every span of every row of the table re-derives its text from the archived text; `known`: articles whose
    spans of this table are known to do so (`validate.passed`) and how many they are, counted, not checked again."""
    label = _label(spec)
    known = known or {}
    violations = []
    n = sum(known.values())
    counts: dict[str, int] = {}
    wrong: set[str] = set()
    for k, row in enumerate(rows):
        raw = texts.get(row.article_id)
        if raw is None or row.article_id in known:
            continue
        counts.setdefault(row.article_id, 0)
        before = len(violations)
        for span in spec.spans:
            start, end, text = getattr(row, span.start), getattr(row, span.end), getattr(row, span.text)
            if start is None and end is None and text is None:
                continue
            n += 1
            counts[row.article_id] += 1
            if start is None or end is None or text is None:
                violations.append(
                    violation("span", label, k, span.start, "offsets and text must be all set or all null")
                )
            elif not (0 <= start < end <= len(raw)):
                violations.append(
                    violation("span", label, k, span.start, f"[{start}, {end}) is outside the text (length {len(raw)})")
                )
            elif not span_matches(raw, start, end, text):
                got = normalize_text(raw[start:end])
                violations.append(
                    violation(
                        "span", label, k, span.text, f"raw_text[{start}:{end}] normalizes to {got!r}, not {text!r}"
                    )
                )
        if len(violations) > before:
            wrong.add(row.article_id)
    checker.record(f"span:{label}", n, violations)
    return SpanTally(counts, wrong)


def failure_entries(failures: Iterable[ArticleFailure], articles: list[ArticleRecord]) -> list[dict[str, str]]:
    """The `articles_not_analysed` entries of articles that failed in a step: status `failed`, the
    reason `<step>: <exception type>: <message>`."""
    where = {a.article_id: a for a in sorted(articles, key=lambda a: (a.source_path, position(a.locator)))[::-1]}
    entries = []
    for f in failures:
        article = where.get(f.article_id)
        entries.append(
            {
                "source_path": f.source_path or (article.source_path if article else ""),
                "locator": article.locator if article else "",
                "article_id": f.article_id,
                "status": "failed",
                "reason": f"{f.step}: {f.error_type}: {f.message}",
            }
        )
    return entries


def report(
    checker: Checker,
    articles: list[ArticleRecord],
    failed: Iterable[dict[str, str]] = (),
    provenance: Mapping[str, str] | None = None,
) -> ValidationReport:
    """The report of the checks; the articles not analysed are those ingest kept out and those that failed
    in a step (`failed`: `failure_entries`); `provenance`: what made the shard tables
    (`provenance.agreed_provenance`)."""
    not_analysed = [
        {
            "source_path": a.source_path,
            "locator": a.locator,
            "article_id": a.article_id,
            "status": a.status,
            "reason": a.error or a.skip_reason or "",
        }
        for a in sorted(articles, key=lambda a: (a.source_path, position(a.locator)))
        if not a.analysed
    ]
    not_analysed = sorted([*not_analysed, *failed], key=lambda e: (e["source_path"], position(e["locator"])))
    return ValidationReport(
        schema_version=SCHEMA_VERSION,
        scope=checker.scope,
        passed=all(r.passed for r in checker.results),
        n_violations=sum(len(r.violations) for r in checker.results),
        articles_not_analysed=not_analysed,
        warnings=sorted(checker.warnings),
        checks=checker.results,
        provenance=dict(provenance or {}),
    )
