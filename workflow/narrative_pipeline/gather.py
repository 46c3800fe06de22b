"""Gather: join the shard tables of a step into the corpus-level artifacts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa

from .records import (
    ActorRecord,
    ArticleRecord,
    ClaimActorRecord,
    ClaimRecord,
    MentionRecord,
    SentenceRecord,
)
from .tables import arrow_schema, concat_tables, read_records, to_table, write_table

TABLES: dict[str, tuple[type, list[str]]] = {
    "articles": (ArticleRecord, ["source_path"]),
    "sentences": (SentenceRecord, ["article_id", "sentence_index"]),
    "mentions": (MentionRecord, ["article_id", "mention_id"]),
    "claims": (ClaimRecord, ["article_id", "claim_id"]),
    "claim_actors": (ClaimActorRecord, ["claim_id", "role", "actor_id", "mention_id"]),
}


def gather_table(kind: str, shard_paths: Sequence[Path]) -> pa.Table:
    model, keys = TABLES[kind]
    return concat_tables([Path(p) for p in shard_paths], model, keys)


def merge_actors(shard_actors: Sequence[list[ActorRecord]]) -> list[ActorRecord]:
    """One row per actor id across shards: mentions summed, the same name chosen everywhere."""
    merged: dict[str, ActorRecord] = {}
    for rows in shard_actors:
        for row in rows:
            have = merged.get(row.actor_id)
            if have is None:
                merged[row.actor_id] = row
                continue
            name = max(have.name, row.name, key=lambda n: (len(n), n))
            aliases = sorted(set(have.aliases) | set(row.aliases)) if row.source == "discovered" else have.aliases
            merged[row.actor_id] = have.model_copy(update={"n_mentions": have.n_mentions + row.n_mentions, "name": name, "aliases": aliases})
    return [merged[k] for k in sorted(merged)]


def run(kind: str, shard_paths: Sequence[Path], out: Path) -> int:
    if kind == "actors":
        rows = merge_actors([read_records(Path(p), ActorRecord) for p in shard_paths])
        table = to_table(rows, ActorRecord)
    else:
        table = gather_table(kind, shard_paths)
    write_table(Path(out), table.replace_schema_metadata(arrow_schema(TABLES.get(kind, (ActorRecord, []))[0]).metadata))
    return table.num_rows
