"""The actor registry's relations as a table (`actors/relations.parquet`)."""

from __future__ import annotations

from ..records import RelationRecord
from ..registry import RegistryEntry


def relation_records(entries: list[RegistryEntry]) -> list[RelationRecord]:
    """One row per relation of every registry entry, sorted for stable bytes."""
    rows = [
        RelationRecord(actor_id=e.id, relation=r.type, other_actor_id=r.target, since=r.since, until=r.until)
        for e in entries
        for r in e.relations
    ]
    return sorted(rows, key=lambda r: (r.actor_id, r.relation, r.other_actor_id, r.since or "", r.until or ""))
