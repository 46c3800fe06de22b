"""Validation of the corpus: the shard reports, gathered tables against their shards, corpus tables
against their recomputation, every file listed; documents left over are named in the log."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..catalogue import Table, corpus_only, gathered
from ..manifest import document_names
from ..narratives.inputs import claim_texts, claims_named, statement_rows
from ..narratives.stories import stories
from ..provenance import agreed_provenance
from ..records import ArticleRecord, ValidationReport, Violation
from ..tables import TypeVotes, read_parquet
from .checks import (
    MAX_VIOLATIONS_PER_CHECK,
    Checker,
    read_table,
    report,
    unique_key_columns,
    violation,
)

if TYPE_CHECKING:
    import pyarrow as pa


def validate_corpus(
    input_dir: Path,
    shard_reports: list[Path],
    corpus_tables: Mapping[str, Path],
    shard_tables: Mapping[str, list[Path]],
    docs_dir: Path,
    read: dict[str, pa.Table] | None = None,
    shard_cache: Path | None = None,
    keep: Mapping[str, list[str]] | None = None,
) -> tuple[ValidationReport, list[str]]:
    """Corpus-level check: shard reports, gathered tables equal their shards, every file listed; and the
    documents left over in `docs_dir` (`leftover_documents`). `read`, when given, receives each table read whole
    and found as declared (name -> Arrow table; only the columns `keep` names for it, when it names any), for the
    changes staged in the same job (`run_corpus`); `shard_cache`: where the shard tables are kept as read
    (`shardcache`), none: each read from its file."""
    from ..discovery import list_paths
    from ..schemas import report_validator
    from ..tables import read_json

    checker = Checker("corpus")
    failed: list[dict[str, str]] = []  # the articles that failed in a step, as the shard reports list them
    v: list[Violation] = []
    for path in shard_reports:
        data = read_json(path)
        errors = list(report_validator().iter_errors(data))
        for err in errors:
            v.append(
                violation("shard-report", path.name, None, "/".join(map(str, err.absolute_path)) or None, err.message)
            )
        if not errors:
            shard = ValidationReport.model_validate(data)
            checker.results.extend(shard.checks)
            checker.warnings.extend(shard.warnings)
            failed += [e for e in shard.articles_not_analysed if e["status"] == "failed"]
    checker.record("shard-reports", len(shard_reports), v)
    # what made the shard tables (review57 1): one code, rule set and lexicon per table, named in the manifest
    provenance, v = agreed_provenance(shard_tables)
    checker.record("provenance", sum(len(paths) for paths in shard_tables.values()), v)
    articles: list[ArticleRecord] = []
    specs = [spec for spec in gathered() if corpus_tables.get(spec.name) is not None]
    # Each gathered table, once its rows are checked, is compared with its shards gathered again in a thread beside
    # the checks of the next tables (Parquet reads, concatenation and sorts release the GIL), from the table as its
    # checks read it (not read again); the results take their places in the report as if made one after another.
    # A table is held until its comparison is made, and then only the columns `keep` names (none without `read`);
    # one comparison at a time is in the thread's hands (the next table's checks beside it), so that no more tables
    # are held at once than before (speed46: the job's peak memory).
    with ThreadPoolExecutor(max_workers=1) as pool:
        compared = {}
        places = []
        for spec in specs:
            tables: dict[str, pa.Table] = {}
            if (place := typed_check(spec, corpus_tables[spec.name], checker, articles, tables)) is None:
                continue
            places.append((place, spec))
            got = tables.pop(spec.name)
            for made in compared.values():
                made.result()  # (the one before, if still being made)
            mention_shards = shard_tables.get("mentions", []) if spec.name == "actors" else []  # (its types' votes)
            compared[spec.name] = pool.submit(
                equal_to_shards, spec, got, shard_tables.get(spec.name, []), shard_cache, mention_shards
            )
            _keep(read, keep, spec.name, got)
            del got
        corpus_rows = {}
        for spec in corpus_only():
            path = corpus_tables.get(spec.name)
            if path is None:
                continue
            data, rows = read_table(path, spec, checker, label=spec.path)
            if rows is not None:
                unique_key_columns(path, spec, checker, label=spec.path, data=data)
                corpus_rows[spec.name] = rows
                _keep(read, keep, spec.name, data)
        narrative_recomputation(corpus_tables, corpus_rows, articles, checker)
        for place, spec in reversed(places):  # from the last: the earlier places stay where they are
            n_rows, equal = compared[spec.name].result()
            v = [] if equal else [violation("gathered", spec.path, None, None, "differs from its shards")]
            checker.insert(place, f"gathered:{spec.path}", n_rows, v)
    listed = {a.source_path for a in articles}
    seen = set(list_paths(Path(input_dir)))
    v = [
        violation("coverage", "ingest/articles.parquet", None, "source_path", f"{p} is under input_dir but not listed")
        for p in sorted(seen - listed)
    ]
    v += [
        violation(
            "coverage", "ingest/articles.parquet", None, "source_path", f"{p} is listed but no longer under input_dir"
        )
        for p in sorted(listed - seen)
    ]
    checker.record("coverage:input_dir", len(seen), v)
    return report(checker, articles, failed, provenance), leftover_documents(Path(docs_dir), articles)


def leftover_documents(docs_dir: Path, articles: list[ArticleRecord]) -> list[str]:
    """The documents of articles no longer in input_dir, which the publish job removes. Named in the job's log,
    not in the report: the report of a run whose folder held an earlier run would otherwise differ from the
    report of the same inputs in an empty folder, and with it the manifest and the RO-Crate (trial32)."""
    ids = {a.article_id for a in articles if a.candidate}
    return [f"articles/{name}" for name in document_names(docs_dir) if name[: -len(".json")] not in ids]


def typed_check(
    spec: Table, path: Path, checker: Checker, articles: list[ArticleRecord], tables: dict[str, pa.Table]
) -> int | None:
    """A gathered table's schema and keys (its rows too for `articles`, added to `articles`); where its
    comparison with its shards goes among the checks, or None when it is not readable as declared. The table as
    read goes into `tables` (for its comparison with its shards)."""
    # A concatenated table equal to its shards holds rows the shard validation typed already: its
    # schema and keys are checked here, its rows only when needed (articles) or built here (actors).
    typed = spec.name == "articles" or spec.gather != "concat"
    data, rows = read_table(path, spec, checker, label=spec.path, rows_too=typed)
    if rows is None:
        return None
    # (the typed rows' keys, as read: found in Arrow)
    unique_key_columns(path, spec, checker, label=spec.path, data=data)
    if spec.name == "articles":
        articles.extend(rows)
    tables[spec.name] = data
    return len(checker.results)


def gathered_again(
    spec: Table, shard_paths: list[Path], cache: Path | None = None, mention_shards: Sequence[Path] = ()
) -> tuple[pa.Table, int]:
    """A gathered table's shards gathered again (`tables.gather`; the actors' with the mentions' shards, whose types
    they are voted from), and how many of them were kept copies: with `cache`, a concatenated table's shards are read
    through `shardcache` (each shard file read as Parquet only when its bytes changed since)."""
    from ..tables import gather

    if cache is not None and spec.gather == "merge_actors" and mention_shards:
        votes, copies = mention_votes_cached(mention_shards, cache)
        return gather(spec, shard_paths, votes=votes), copies
    if cache is None or spec.gather != "concat":
        return gather(spec, shard_paths, mention_shards), 0
    from .shardcache import gather_cached

    return gather_cached(spec, shard_paths, cache)


def mention_votes_cached(mention_shards: Sequence[Path], cache: Path) -> tuple[TypeVotes, int]:
    """The actors' type votes (`tables.table_type_votes`) from the mention shards read through `shardcache` (the
    copies the mentions' own comparison kept: no shard file read again, speed46), and how many were kept copies."""
    from ..records import MentionRecord
    from ..tables import arrow_schema, table_type_votes
    from .shardcache import shard_table

    schema = arrow_schema(MentionRecord)
    read = [shard_table(cache, Path(p), schema) for p in mention_shards]
    return table_type_votes(t for t, _ in read), sum(kept for _, kept in read)


def _keep(read: dict[str, pa.Table] | None, keep: Mapping[str, list[str]] | None, name: str, data: pa.Table) -> None:
    """Into `read` (when the caller asked for the tables read), `data` as read, or only the columns `keep` names for
    it (none named: the whole table)."""
    if read is None:
        return
    columns = None if keep is None else keep.get(name)
    read[name] = data if columns is None else data.select(columns)


def equal_to_shards(
    spec: Table, got: pa.Table, shard_paths: list[Path], cache: Path | None, mention_shards: Sequence[Path] = ()
) -> tuple[int, bool]:
    """The rows of a gathered table as read, and whether they equal its shards gathered again (`gathered_again`,
    through `cache` when given; a difference found while some shard came from its kept copy is looked for again
    in the shards' files alone: the kept copies never decide a violation)."""
    expected, copies = gathered_again(spec, shard_paths, cache, mention_shards)
    equal = same_rows(got, expected)
    if not equal and copies:
        equal = same_rows(got, gathered_again(spec, shard_paths, None, mention_shards)[0])
    return got.num_rows, equal


def same_rows(got: pa.Table, expected: pa.Table) -> bool:
    """Whether a gathered table as read holds the rows of its shards gathered again, in their order."""
    return got.num_rows == expected.num_rows and got.select(expected.schema.names).equals(expected)


def narrative_recomputation(
    corpus_tables: Mapping[str, Path],
    corpus_rows: Mapping[str, list[Any]],
    articles: list[ArticleRecord],
    checker: Checker,
) -> None:
    """Narratives, actor edges and timeline equal their recomputation from the gathered statements,
    claims and articles (the aggregation is a pure function of those tables)."""
    from ..narratives.checks import corpus_checks

    needed = ("narratives", "actor_edges", "timeline")
    if not all(n in corpus_rows for n in needed) or "statements" not in corpus_tables or "claims" not in corpus_tables:
        return
    statements = statement_rows(corpus_tables["statements"])
    claims = claims_named(corpus_tables["claims"], [s.claim_id for s in statements])
    story_of = stories(claim_texts(corpus_tables["claims"]))
    actor_ids = set(read_parquet(corpus_tables["actors"], columns=["actor_id"]).column("actor_id").to_pylist())
    rows = [a.model_dump() for a in articles]
    narratives, edges, timeline = (corpus_rows[n] for n in needed)
    for check, n, violations in corpus_checks(
        narratives, edges, timeline, statements, claims, rows, actor_ids, story_of
    ):
        checker.record(check, n, violations[:MAX_VIOLATIONS_PER_CHECK])


def run_corpus(
    input_dir: Path,
    shard_reports: list[Path],
    corpus_tables: Mapping[str, Path],
    shard_tables: Mapping[str, list[Path]],
    docs_dir: Path,
    out: Path,
    cache_dir: Path | None = None,
    changes: tuple[Path, Path] | None = None,
) -> ValidationReport:
    """`validate_corpus`, its report written to `out`; `cache_dir`: where the shard tables are kept as read
    (`shardcache`); `changes` (the results folder and a folder to stage in): the changes the tables decide staged
    there too (`changes.stage`), from the tables as this job read them (speed46: the job reads every public table
    already; the `changes` job of its own was a served job's start and its reads more on the add-one's last branch)."""
    import sys

    from ..changes import columns_read
    from ..tables import write_json

    read: dict[str, pa.Table] = {}
    shard_cache = Path(cache_dir) / "gathered" if cache_dir is not None else None
    result, leftover = validate_corpus(
        Path(input_dir),
        [Path(p) for p in shard_reports],
        corpus_tables,
        shard_tables,
        Path(docs_dir),
        read=read,
        shard_cache=shard_cache,
        keep=columns_read(),  # (held until the changes are staged: the keys, not the tables)
    )
    write_json(Path(out), result)
    for name in leftover:
        print(f"{name}: left over from an article no longer in input_dir (the publish job removes it)", file=sys.stderr)
    if changes is not None:
        from ..changes import stage

        results, folder = changes
        staged = stage(Path(results), Path(folder), _as_read(Path(results), corpus_tables, read))
        files = staged["files"]
        summary = "first run" if staged["first_run"] else ", ".join(f"{k} {v['n']}" for k, v in files.items())
        print(f"[changes] staged in {folder}; files: {summary}", file=sys.stderr)
    return result


def _as_read(results: Path, corpus_tables: Mapping[str, Path], read: Mapping[str, pa.Table]) -> dict[str, pa.Table]:
    """The tables read whole by this job that are the files `changes` reads (its catalogue path in `results`)."""
    from ..catalogue import table

    out = {}
    for name, data in read.items():
        path = corpus_tables.get(name)
        if path is not None and Path(path).resolve() == (Path(results) / table(name).path).resolve():
            out[name] = data
    return out
