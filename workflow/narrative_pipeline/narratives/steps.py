"""I/O edges of the narratives step: one shard (statements, framing), gathering, the corpus tables.

Inputs are artifacts only: a shard's texts, sentences and tokens (through `parsed.load_shard`),
its mentions and claims; for the corpus, the gathered statements and framing, the claims (gathered or
their shard tables), the articles table and the actor registry.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..records import (
    ActorEdgeRecord,
    ClaimRecord,
    FramingRecord,
    MentionRecord,
    NarrativeRecord,
    RelationRecord,
    StatementRecord,
    TimelineRecord,
)
from ..tables import concat_tables, read_parquet, write_records, write_table
from .lexicon import load_lexicon

GATHER: dict[str, tuple[type, list[str]]] = {
    "statements": (StatementRecord, ["article_id", "statement_id"]),
    "framing": (FramingRecord, ["article_id", "framing_id"]),
}


def run_shard(
    texts, sentences, tokens, mentions, claims, lexicon, out_statements, out_framing, cache_dir=None,
    failures_in=None, out_failures=None, gender_lexicon=None,
) -> tuple[int, int]:  # fmt: skip
    """Statements and framing rows of one shard (with a cache folder, an article whose input rows,
    lexicon and code are unchanged takes its rows from it). The articles of `failures_in` (the claims
    step's failures) are left out; they and the articles whose extraction raises go to `out_failures`.
    `gender_lexicon`: the claims lexicon, whose gender lists the `lone-person` rule reads (narr27)."""
    import pyarrow as pa

    from ..articlecache import by_article_id, run_by_article
    from ..cache import cache_key
    from ..failures import failed_ids, read_failures, write_failures
    from ..hashing import canonical_json_hash, sha256_file, step_fingerprint
    from ..parsed import articles_from_tables, read_shard_tables
    from ..tables import arrow_schema, read_parquet, to_table, validate_rows
    from .framing import extract_framing
    from .statements import extract_statements
    from .stateparts import with_parts

    lex = load_lexicon(Path(lexicon), Path(gender_lexicon) if gender_lexicon else None)
    text_table, sentence_table, token_table = read_shard_tables(Path(texts), Path(sentences), Path(tokens))
    inputs = {
        "texts": (text_table, by_article_id),
        "sentences": (sentence_table, by_article_id),
        "tokens": (token_table, by_article_id),
        "mentions": (read_parquet(Path(mentions), schema=arrow_schema(MentionRecord)), by_article_id),
        "claims": (read_parquet(Path(claims), schema=arrow_schema(ClaimRecord)), by_article_id),
    }

    def compute(tables: dict[str, pa.Table]) -> dict[str, pa.Table]:
        articles = articles_from_tables(tables["texts"], tables["sentences"], tables["tokens"])
        mention_rows = validate_rows(MentionRecord, tables["mentions"].to_pylist())
        claim_rows = validate_rows(ClaimRecord, tables["claims"].to_pylist())
        return {
            "statements": to_table(
                with_parts(extract_statements(articles, mention_rows, claim_rows, lex), articles, mention_rows, lex),
                StatementRecord,
            ),
            "framing": to_table(extract_framing(articles, mention_rows, claim_rows, lex), FramingRecord),
        }

    # the claims lexicon's lists the step reads (narr27's gender lists, narr31's that-clause verbs), not the whole file
    genders = (
        f"{lex.genders.digest()}:{canonical_json_hash(sorted(lex.that_clause_verbs))}"
        if gender_lexicon
        else "no-genders"
    )
    base = cache_key("narratives", step_fingerprint("narratives"), sha256_file(Path(lexicon)), genders)
    earlier = read_failures(Path(failures_in) if failures_in else None)
    tables, _, failures = run_by_article(
        Path(cache_dir) if cache_dir else None,
        base,
        sorted(text_table.column("article_id").to_pylist()),  # both extractors go by article id
        inputs,
        compute,
        {
            "statements": (arrow_schema(StatementRecord), by_article_id),
            "framing": (arrow_schema(FramingRecord), by_article_id),
        },
        step="narratives",
        skip=failed_ids(earlier),
        pack=Path(out_statements).name,
    )
    if out_failures is not None:
        write_failures(Path(out_failures), earlier + failures)
    write_table(Path(out_statements), tables["statements"])
    write_table(Path(out_framing), tables["framing"])
    return tables["statements"].num_rows, tables["framing"].num_rows


def gather(kind: str, shard_paths: Sequence[Path], out: Path) -> int:
    model, keys = GATHER[kind]
    table = concat_tables([Path(p) for p in shard_paths], model, keys)
    write_table(Path(out), table)
    return table.num_rows


def run_corpus(
    statements, claims, articles, registry, out_narratives, out_edges, out_timeline, out_relations
) -> dict[str, int]:
    """The corpus tables: narratives, actor edges, timeline, and the registry's relations. `claims`: the claims
    table, or a list of its shard tables (the rows of them all: the same tables, claims being looked up by id)."""
    from ..registry import load_entries
    from .aggregate import aggregate
    from .inputs import claim_texts, claims_named
    from .inputs import statement_rows as read_statement_rows
    from .relations import relation_records
    from .stories import stories

    # the rows `aggregate` reads, untyped (each was typed when its shard was written) and only the claims the
    # statements name: the same lookups, about 0.13 CPU s less on BBC (speed43; `inputs`)
    statement_rows = read_statement_rows(Path(statements))
    claim_paths = [claims] if isinstance(claims, str | Path) else claims
    claim_rows = claims_named([Path(p) for p in claim_paths], [s.claim_id for s in statement_rows])
    article_table = read_parquet(Path(articles))
    wanted = [
        c
        for c in ("article_id", "source_path", "published_at", "archived_at", "outlet", "status")
        if c in article_table.schema.names
    ]
    article_rows = article_table.select(wanted).to_pylist()
    story_of = stories(claim_texts([Path(p) for p in claim_paths]))
    narratives, edges, timeline = aggregate(statement_rows, claim_rows, article_rows, story_of)
    relations = relation_records(load_entries(Path(registry)))
    return {
        "narratives": write_records(Path(out_narratives), narratives, NarrativeRecord),
        "actor_edges": write_records(Path(out_edges), edges, ActorEdgeRecord),
        "timeline": write_records(Path(out_timeline), timeline, TimelineRecord),
        "relations": write_records(Path(out_relations), relations, RelationRecord),
    }
