"""What made each shard table: its step's rule set (component), code fingerprint and lexicon hashes, stamped in
the table's Parquet metadata by the step's job (`tables.stamped`), checked to agree across a table's shards by the
corpus validation and taken from there into the manifest (review57 1: a checkout changed during a run must not
lend its versions to rows the earlier code made)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import pyarrow.parquet as pq

from .records import Violation
from .tables import PROVENANCE_KEY


def step_provenance(step: str, component: str | None = None, lexicon: tuple[str, Path] | None = None) -> dict[str, str]:
    """The provenance a step's job stamps on its shard tables: its code fingerprint (the one its cache keys rows
    by), its rule set's version and the sha256 of the lexicon it read (named as the manifest names them)."""
    from .hashing import sha256_file, step_fingerprint

    out = {f"code:{step}": step_fingerprint(step)}
    if component is not None:
        out[step] = component
    if lexicon is not None:
        out[f"lexicon:{lexicon[0]}"] = sha256_file(Path(lexicon[1]))
    return out


def shard_provenance(path: Path) -> dict[str, str] | None:
    """The provenance stamped on a Parquet file (its footer only), or None when it carries none."""
    metadata = pq.read_schema(path).metadata or {}
    stamp = metadata.get(PROVENANCE_KEY)
    return None if stamp is None else json.loads(stamp)


def _describe(provenance: Mapping[str, str] | None, keys: Sequence[str]) -> str:
    """The values of `keys` (those that differ between a table's shards) a shard's provenance gives."""
    if provenance is None:
        return "no provenance recorded"
    return ", ".join(f"{k} {provenance.get(k, '(none)')}" for k in keys)


def agreed_provenance(shard_tables: Mapping[str, Sequence[Path]]) -> tuple[dict[str, str], list[Violation]]:
    """What made the shard tables, one value per key, and a violation for each table whose shards were made by
    different code, rule sets or lexicons (naming the shards and what each carries), or for a key two tables name
    differently. Tables none of whose shards carry provenance (made outside a step's job) name nothing."""
    agreed: dict[str, str] = {}
    named_by: dict[str, str] = {}
    violations: list[Violation] = []
    for name, paths in sorted(shard_tables.items()):
        if not paths:
            continue
        found = {Path(p): shard_provenance(Path(p)) for p in paths}
        distinct = {json.dumps(v, sort_keys=True) for v in found.values()}
        if len(distinct) > 1:
            # the keys whose values differ between the shards (a shard with no stamp differs on every key)
            stamps = [v or {} for v in found.values()]
            keys = sorted({k for v in stamps for k in v if len({w.get(k) for w in stamps}) > 1})
            groups: dict[str, list[str]] = {}
            for p, v in found.items():
                groups.setdefault(_describe(v, keys), []).append(p.name)
            parts = "; ".join(f"{', '.join(sorted(files))}: {what}" for what, files in sorted(groups.items()))
            violations.append(
                Violation(
                    check="provenance",
                    file=name,
                    row=None,
                    field=None,
                    message=f"the shards of {name} were made by different code or lexicons ({parts}); the checkout "
                    "changed during the run: run the workflow again to remake the stale shards",
                )
            )
            continue
        first = next(iter(found.values()))
        for key, value in (first or {}).items():
            if key in agreed and agreed[key] != value:
                violations.append(
                    Violation(
                        check="provenance",
                        file=name,
                        row=None,
                        field=key,
                        message=f"{name}'s shards name {key} {value}, {named_by[key]}'s name {agreed[key]}",
                    )
                )
                continue
            agreed.setdefault(key, value)
            named_by.setdefault(key, name)
    return dict(sorted(agreed.items())), violations
