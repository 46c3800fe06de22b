"""Validate: check every artifact and report each violation with its file, row and field.

Per shard: the declared Arrow schema and pydantic model of every table, unique ids, referential
integrity (claims, mentions and roles point at existing sentences, articles, mentions and actors),
span round-trips (normalizing the archived text at a row's offsets gives the row's text, and the
archived file's sha256 still matches), and the article JSON documents against their JSON Schema
and the tables. For the corpus: the gathered tables equal their shards, every file under
input_dir is listed, and the shard reports passed.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from pydantic import BaseModel, ValidationError

from .hashing import sha256_bytes
from .records import (
    SCHEMA_VERSION,
    ActorRecord,
    ArticleRecord,
    ArticleText,
    CheckResult,
    ClaimActorRecord,
    ClaimRecord,
    MentionRecord,
    SentenceRecord,
    TokenRecord,
    ValidationReport,
    Violation,
)
from .tables import arrow_schema, read_json
from .textnorm import normalize_text

MAX_VIOLATIONS_PER_CHECK = 200


class Checker:
    """Collects check results; each check records what it looked at and what was wrong."""

    def __init__(self, scope: str) -> None:
        self.scope = scope
        self.results: list[CheckResult] = []

    def record(self, check: str, n_checked: int, violations: list[Violation]) -> None:
        self.results.append(
            CheckResult(check=check, scope=self.scope, passed=not violations, n_checked=n_checked, violations=violations[:MAX_VIOLATIONS_PER_CHECK])
        )


def _v(check: str, file: str, row: int | None, field: str | None, message: str) -> Violation:
    return Violation(check=check, file=file, row=row, field=field, message=message)


def load_table(path: Path, model: type[BaseModel], label: str, checker: Checker, rows_too: bool = True) -> list[Any] | None:
    """Read a Parquet table, checking its Arrow schema and every row against the model.

    With rows_too=False (the token table: no Literal or cross-field constraints beyond its Arrow
    types and nullability) only the schema is checked and no rows are returned."""
    check = "schema"
    if not path.exists():
        checker.record(f"{check}:{label}", 0, [_v(check, label, None, None, "artifact is missing")])
        return None
    try:
        table = pq.read_table(path)
    except Exception as exc:  # a truncated or corrupt file
        checker.record(f"{check}:{label}", 0, [_v(check, label, None, None, f"not a readable Parquet file: {exc}")])
        return None
    expected = arrow_schema(model)
    violations = []
    for field in expected:
        if field.name not in table.schema.names:
            violations.append(_v(check, label, None, field.name, "column is missing"))
            continue
        got = table.schema.field(field.name)
        if not got.type.equals(field.type):
            violations.append(_v(check, label, None, field.name, f"type {got.type} differs from declared {field.type}"))
        if not field.nullable and table.column(field.name).null_count:
            violations.append(_v(check, label, None, field.name, "nulls in a non-nullable column"))
    extra = [n for n in table.schema.names if n not in expected.names]
    for name in extra:
        violations.append(_v(check, label, None, name, "column is not declared by the record model"))
    rows = []
    if not violations and rows_too:
        for k, row in enumerate(table.to_pylist()):
            try:
                rows.append(model.model_validate(row))
            except ValidationError as exc:
                for err in exc.errors():
                    violations.append(_v(check, label, k, ".".join(str(x) for x in err["loc"]), err["msg"]))
    checker.record(f"{check}:{label}", table.num_rows, violations)
    return None if violations else rows


def unique_ids(rows: list[Any], key: str, label: str, checker: Checker) -> None:
    counts = Counter(getattr(r, key) for r in rows)
    violations = [
        _v("unique", label, k, key, f"{getattr(r, key)!r} appears {counts[getattr(r, key)]} times")
        for k, r in enumerate(rows)
        if counts[getattr(r, key)] > 1
    ]
    checker.record(f"unique:{label}:{key}", len(rows), violations)


def decoded_text(input_dir: Path, record: ArticleRecord) -> tuple[str | None, str | None]:
    """The archived article's text as ingest decoded it, or the reason it cannot be re-read."""
    path = input_dir / record.source_path
    try:
        resolved = path.resolve()
        resolved.relative_to(input_dir.resolve())
    except (OSError, ValueError):
        return None, "source_path leaves input_dir"
    if path.is_symlink() or not path.is_file():
        return None, "archived file is missing"
    data = path.read_bytes()
    if sha256_bytes(data) != record.sha256:
        return None, "archived file changed: its sha256 no longer matches"
    from .ingest import decode_bytes

    try:
        return decode_bytes(data)[0], None
    except ValueError as exc:
        return None, f"archived file no longer decodes: {exc}"


def span_checks(rows: Iterable[Any], label: str, texts: dict[str, str], checker: Checker, fields: list[tuple[str, str, str]]) -> None:
    """normalize(raw[start:end]) == text for each (start, end, text) field triple of each row."""
    violations = []
    n = 0
    for k, row in enumerate(rows):
        raw = texts.get(row.article_id)
        if raw is None:
            continue
        for start_f, end_f, text_f in fields:
            start, end, text = getattr(row, start_f), getattr(row, end_f), getattr(row, text_f)
            if start is None and end is None and text is None:
                continue
            n += 1
            if start is None or end is None or text is None:
                violations.append(_v("span", label, k, start_f, "offsets and text must be all set or all null"))
            elif not (0 <= start < end <= len(raw)):
                violations.append(_v("span", label, k, start_f, f"[{start}, {end}) is outside the text (length {len(raw)})"))
            elif normalize_text(raw[start:end]) != text:
                violations.append(_v("span", label, k, text_f, f"raw_text[{start}:{end}] normalizes to {normalize_text(raw[start:end])!r}, not {text!r}"))
    checker.record(f"span:{label}", n, violations)


def validate_shard(
    input_dir: Path,
    paths: dict[str, Path],
    articles_dir: Path,
    index_path: Path,
) -> ValidationReport:
    """Check one shard's artifacts."""
    checker = Checker(f"shard {paths['articles'].stem.split('.')[0]}")
    articles = load_table(paths["articles"], ArticleRecord, "ingest/articles", checker) or []
    texts_rows = load_table(paths["texts"], ArticleText, "ingest/texts", checker) or []
    sentences = load_table(paths["sentences"], SentenceRecord, "normalize/sentences", checker) or []
    load_table(paths["tokens"], TokenRecord, "normalize/tokens", checker, rows_too=False)
    mentions = load_table(paths["mentions"], MentionRecord, "actors/mentions", checker) or []
    actors = load_table(paths["actors"], ActorRecord, "actors/actors", checker) or []
    claims = load_table(paths["claims"], ClaimRecord, "claims/claims", checker) or []
    roles = load_table(paths["roles"], ClaimActorRecord, "claims/claim_actors", checker) or []
    unique_ids(sentences, "sentence_id", "normalize/sentences", checker)
    unique_ids(mentions, "mention_id", "actors/mentions", checker)
    unique_ids(claims, "claim_id", "claims/claims", checker)
    unique_ids(actors, "actor_id", "actors/actors", checker)
    referential(articles, sentences, mentions, actors, claims, roles, checker)
    texts: dict[str, str] = {}
    violations = []
    analysed = {a.article_id: a for a in articles if a.analysed}
    for k, article in enumerate(articles):
        if article.article_id not in analysed or analysed[article.article_id] is not article:
            continue
        text, problem = decoded_text(input_dir, article)
        if problem:
            violations.append(_v("archive", "ingest/articles", k, "sha256", f"{article.source_path}: {problem}"))
        else:
            texts[article.article_id] = text
    stored = {t.article_id: t.text for t in texts_rows}
    for article_id, text in texts.items():
        if stored.get(article_id) != text:
            violations.append(_v("archive", "ingest/texts", None, "text", f"stored text of {article_id} differs from the archived file"))
    checker.record("archive:sha256", len(analysed), violations)
    span_checks(sentences, "normalize/sentences", texts, checker, [("start", "end", "text")])
    span_checks(mentions, "actors/mentions", texts, checker, [("start", "end", "text")])
    span_checks(
        claims,
        "claims/claims",
        texts,
        checker,
        [("start", "end", "text"), ("claimer_start", "claimer_end", "claimer_text"), ("type_cue_start", "type_cue_end", "type_cue"), ("certainty_cue_start", "certainty_cue_end", "certainty_cue"), ("claimer_cue_start", "claimer_cue_end", "claimer_cue")],
    )
    statements, framing = narrative_shard(paths, claims, mentions, sentences, actors, texts, checker)
    article_documents(articles, sentences, mentions, claims, roles, articles_dir, index_path, checker, statements, framing)
    return report(checker, articles)


def narrative_shard(paths, claims, mentions, sentences, actors, texts, checker: Checker) -> tuple[list, list]:
    """The shard's statements and framing rows: schema, ids, references and spans (narratives.checks)."""
    from .narratives.checks import framing_checks, statement_checks
    from .records import FramingRecord, StatementRecord

    if "statements" not in paths:
        return [], []
    statements = load_table(paths["statements"], StatementRecord, "narratives/statements", checker) or []
    framing = load_table(paths["framing"], FramingRecord, "narratives/framing", checker) or []
    actor_ids = {a.actor_id for a in actors}
    for check, n, violations in statement_checks(statements, claims, mentions, sentences, actor_ids, texts) + framing_checks(framing, claims, mentions, sentences, actor_ids, texts):
        checker.record(check, n, violations[:MAX_VIOLATIONS_PER_CHECK])
    return statements, framing


def referential(articles, sentences, mentions, actors, claims, roles, checker: Checker) -> None:
    article_ids = {a.article_id for a in articles if a.analysed}
    sent_by_id = {s.sentence_id: s for s in sentences}
    actor_ids = {a.actor_id for a in actors}
    mention_ids = {m.mention_id for m in mentions}
    claim_ids = {c.claim_id for c in claims}
    v: list[Violation] = []
    for k, s in enumerate(sentences):
        if s.article_id not in article_ids:
            v.append(_v("reference", "normalize/sentences", k, "article_id", f"{s.article_id} is not an analysed article"))
    for label, rows in (("actors/mentions", mentions), ("claims/claims", claims)):
        for k, row in enumerate(rows):
            sent = sent_by_id.get(row.sentence_id)
            if sent is None:
                v.append(_v("reference", label, k, "sentence_id", f"{row.sentence_id} is not a sentence"))
            elif sent.article_id != row.article_id:
                v.append(_v("reference", label, k, "article_id", "differs from its sentence's article"))
            elif not (sent.start <= row.start and row.end <= sent.end):
                v.append(_v("reference", label, k, "start", f"span [{row.start}, {row.end}) is outside its sentence"))
    for k, m in enumerate(mentions):
        if m.actor_id is not None and m.actor_id not in actor_ids:
            v.append(_v("reference", "actors/mentions", k, "actor_id", f"{m.actor_id} is not in actors"))
    for k, c in enumerate(claims):
        if c.claimer_actor_id is not None and c.claimer_actor_id not in actor_ids:
            v.append(_v("reference", "claims/claims", k, "claimer_actor_id", f"{c.claimer_actor_id} is not in actors"))
    for k, r in enumerate(roles):
        if r.claim_id not in claim_ids:
            v.append(_v("reference", "claims/claim_actors", k, "claim_id", f"{r.claim_id} is not a claim"))
        if r.actor_id not in actor_ids:
            v.append(_v("reference", "claims/claim_actors", k, "actor_id", f"{r.actor_id} is not in actors"))
        if r.mention_id is not None and r.mention_id not in mention_ids:
            v.append(_v("reference", "claims/claim_actors", k, "mention_id", f"{r.mention_id} is not a mention"))
    checker.record("reference", len(sentences) + len(mentions) + len(claims) + len(roles), v)


def article_documents(articles, sentences, mentions, claims, roles, articles_dir: Path, index_path: Path, checker: Checker, statements=(), framing=()) -> None:
    """Each article's JSON document is valid against its schema and equals the tables."""
    from .export import documents
    from .schemas import article_validator
    from .tables import json_bytes

    v: list[Violation] = []
    expected = documents(articles, sentences, mentions, claims, roles, list(statements), list(framing))
    validator = article_validator()
    index = read_json(index_path) if index_path.exists() else {"articles": {}}
    if not index_path.exists():
        v.append(_v("document", str(index_path.name), None, None, "export index is missing"))
    for doc in expected:
        label = f"articles/{doc.article.article_id}.json"
        path = Path(articles_dir) / f"{doc.article.article_id}.json"
        if not path.exists():
            v.append(_v("document", label, None, None, "article document is missing"))
            continue
        data = path.read_bytes()
        try:
            obj = json.loads(data)
        except ValueError as exc:
            v.append(_v("document", label, None, None, f"not valid JSON: {exc}"))
            continue
        for err in validator.iter_errors(obj):
            v.append(_v("document", label, None, "/".join(str(p) for p in err.absolute_path) or None, err.message))
        if data != json_bytes(doc):
            v.append(_v("document", label, None, None, "document differs from the tables"))
        if index["articles"].get(doc.article.article_id) != sha256_bytes(data):
            v.append(_v("document", label, None, None, "sha256 differs from the export index"))
    checker.record("document:articles", len(expected), v)


def report(checker: Checker, articles: list[ArticleRecord]) -> ValidationReport:
    not_analysed = [
        {"source_path": a.source_path, "article_id": a.article_id, "status": a.status, "reason": a.error or a.skip_reason or ""}
        for a in sorted(articles, key=lambda a: a.source_path)
        if not a.analysed
    ]
    n = sum(len(r.violations) for r in checker.results)
    return ValidationReport(
        schema_version=SCHEMA_VERSION,
        scope=checker.scope,
        passed=all(r.passed for r in checker.results),
        n_violations=n,
        articles_not_analysed=not_analysed,
        checks=checker.results,
    )


def validate_corpus(input_dir: Path, results: Path, shard_reports: list[Path], gathered: dict[str, list[Path]]) -> ValidationReport:
    """Corpus-level check: shard reports, gathered tables equal their shards, every file listed."""
    from .gather import TABLES, gather_table, merge_actors
    from .ingest import discover
    from .schemas import report_validator
    from .tables import read_records, to_table

    checker = Checker("corpus")
    v: list[Violation] = []
    validator = report_validator()
    for path in shard_reports:
        data = read_json(path)
        errors = list(validator.iter_errors(data))
        for err in errors:
            v.append(_v("shard-report", path.name, None, "/".join(map(str, err.absolute_path)) or None, err.message))
        if not errors:
            shard = ValidationReport.model_validate(data)
            checker.results.extend(shard.checks)
    checker.record("shard-reports", len(shard_reports), v)
    files = {
        "articles": "ingest/articles.parquet",
        "sentences": "normalize/sentences.parquet",
        "mentions": "actors/mentions.parquet",
        "claims": "claims/claims.parquet",
        "claim_actors": "claims/claim_actors.parquet",
    }
    articles: list[ArticleRecord] = []
    for kind, rel in files.items():
        model = TABLES[kind][0]
        rows = load_table(results / rel, model, rel, checker)
        if rows is None:
            continue
        if kind == "articles":
            articles = rows
        expected = gather_table(kind, gathered[kind])
        got = pq.read_table(results / rel)
        ok = got.num_rows == expected.num_rows and got.select(expected.schema.names).equals(expected)
        checker.record(f"gathered:{rel}", got.num_rows, [] if ok else [_v("gathered", rel, None, None, "differs from the concatenation of its shards")])
    actors_rows = load_table(results / "actors/actors.parquet", ActorRecord, "actors/actors.parquet", checker)
    if actors_rows is not None:
        expected_actors = to_table(merge_actors([read_records(p, ActorRecord) for p in gathered["actors"]]), ActorRecord)
        ok = to_table(actors_rows, ActorRecord).equals(expected_actors)
        checker.record("gathered:actors/actors.parquet", len(actors_rows), [] if ok else [_v("gathered", "actors/actors.parquet", None, None, "differs from the merged shard actors")])
        unique_ids(actors_rows, "actor_id", "actors/actors.parquet", checker)
    if gathered.get("statements"):
        narrative_corpus(results, gathered, articles, checker)
    listed = {a.source_path for a in articles}
    seen = {e.rel_path for e in discover(Path(input_dir))}
    missing = sorted(seen - listed)
    extra = sorted(listed - seen)
    v = [_v("coverage", "ingest/articles.parquet", None, "source_path", f"{p} is under input_dir but not listed") for p in missing]
    v += [_v("coverage", "ingest/articles.parquet", None, "source_path", f"{p} is listed but no longer under input_dir") for p in extra]
    checker.record("coverage:input_dir", len(seen), v)
    return report(checker, articles)


def narrative_corpus(results: Path, gathered: dict[str, list[Path]], articles: list[ArticleRecord], checker: Checker) -> None:
    """Gathered statements and framing equal their shards; narratives, edges and timeline equal
    their recomputation; relations have the declared schema."""
    from .narratives.checks import corpus_checks
    from .narratives.steps import GATHER
    from .records import ActorEdgeRecord, NarrativeRecord, RelationRecord, TimelineRecord
    from .tables import concat_tables

    loaded = {}
    for kind in ("statements", "framing"):
        model, keys = GATHER[kind]
        rel = f"narratives/{kind}.parquet"
        loaded[kind] = load_table(results / rel, model, rel, checker)
        if loaded[kind] is None:
            continue
        expected = concat_tables(gathered[kind], model, keys)
        got = pq.read_table(results / rel)
        ok = got.num_rows == expected.num_rows and got.select(expected.schema.names).equals(expected)
        checker.record(f"gathered:{rel}", got.num_rows, [] if ok else [_v("gathered", rel, None, None, "differs from the concatenation of its shards")])
    tables = {}
    for rel, model in (("narratives/narratives.parquet", NarrativeRecord), ("narratives/actor_edges.parquet", ActorEdgeRecord), ("narratives/timeline.parquet", TimelineRecord), ("actors/relations.parquet", RelationRecord)):
        tables[rel] = load_table(results / rel, model, rel, checker)
    if loaded["statements"] is None or any(tables[rel] is None for rel in list(tables)[:3]):
        return
    claims = pq.read_table(results / "claims/claims.parquet", columns=["claim_id", "certainty", "claimer_kind", "claimer_actor_id", "claimer_text"]).to_pylist()
    actor_ids = set(pq.read_table(results / "actors/actors.parquet", columns=["actor_id"]).column("actor_id").to_pylist())
    rows = [a.model_dump() for a in articles]
    narratives, edges, timeline = (tables[rel] for rel in list(tables)[:3])
    for check, n, violations in corpus_checks(narratives, edges, timeline, loaded["statements"], claims, rows, actor_ids):
        checker.record(check, n, violations)


# --- I/O edge ----------------------------------------------------------------------------------


def run_shard(input_dir, paths: dict[str, Path], articles_dir, index_path, out) -> ValidationReport:
    from .tables import write_json

    result = validate_shard(Path(input_dir), {k: Path(p) for k, p in paths.items()}, Path(articles_dir), Path(index_path))
    write_json(Path(out), result)
    return result


def run_corpus(input_dir, results, shard_reports, gathered, out) -> ValidationReport:
    from .tables import write_json

    result = validate_corpus(Path(input_dir), Path(results), [Path(p) for p in shard_reports], {k: [Path(p) for p in v] for k, v in gathered.items()})
    write_json(Path(out), result)
    return result
