"""I/O edges of the narratives step: one shard (statements, framing), gathering, the corpus tables.

Inputs are artifacts only: a shard's texts, sentences and tokens (through `parsed.load_shard`),
its mentions and claims; for the corpus, the gathered statements, framing and claims, the
articles table and the actor registry.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..parsed import load_shard
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
from ..tables import concat_tables, read_parquet, read_records, write_records, write_table
from .lexicon import load_lexicon

GATHER: dict[str, tuple[type, list[str]]] = {
    "statements": (StatementRecord, ["article_id", "statement_id"]),
    "framing": (FramingRecord, ["article_id", "framing_id"]),
}


def run_shard(texts, sentences, tokens, mentions, claims, lexicon, out_statements, out_framing) -> tuple[int, int]:
    """Statements and framing rows of one shard."""
    from .framing import extract_framing
    from .statements import extract_statements

    lex = load_lexicon(Path(lexicon))
    articles = load_shard(Path(texts), Path(sentences), Path(tokens))
    mention_rows = read_records(Path(mentions), MentionRecord)
    claim_rows = read_records(Path(claims), ClaimRecord)
    statements = extract_statements(articles, mention_rows, claim_rows, lex)
    framing = extract_framing(articles, mention_rows, claim_rows, lex)
    return (
        write_records(Path(out_statements), statements, StatementRecord),
        write_records(Path(out_framing), framing, FramingRecord),
    )


def gather(kind: str, shard_paths: Sequence[Path], out: Path) -> int:
    model, keys = GATHER[kind]
    table = concat_tables([Path(p) for p in shard_paths], model, keys)
    write_table(Path(out), table)
    return table.num_rows


def run_corpus(
    statements, claims, articles, registry, out_narratives, out_edges, out_timeline, out_relations
) -> dict[str, int]:
    """The corpus tables: narratives, actor edges, timeline, and the registry's relations."""
    from ..registry import load_entries
    from .aggregate import aggregate
    from .relations import relation_records

    statement_rows = read_records(Path(statements), StatementRecord)
    claim_cols = ["claim_id", "certainty", "claimer_kind", "claimer_actor_id", "claimer_text"]
    claim_rows = read_parquet(Path(claims), columns=claim_cols).to_pylist()
    article_table = read_parquet(Path(articles))
    wanted = [
        c
        for c in ("article_id", "source_path", "published_at", "archived_at", "outlet", "status")
        if c in article_table.schema.names
    ]
    article_rows = article_table.select(wanted).to_pylist()
    narratives, edges, timeline = aggregate(statement_rows, claim_rows, article_rows)
    relations = relation_records(load_entries(Path(registry)))
    return {
        "narratives": write_records(Path(out_narratives), narratives, NarrativeRecord),
        "actor_edges": write_records(Path(out_edges), edges, ActorEdgeRecord),
        "timeline": write_records(Path(out_timeline), timeline, TimelineRecord),
        "relations": write_records(Path(out_relations), relations, RelationRecord),
    }
