"""The rows `aggregate` reads, read from the tables as plain rows: the statements' ten columns as named tuples,
and the claims the statements name (five columns). Used by the narratives corpus job and by the corpus
validation's recomputation alike.

The statements are not typed again by their record model: every row was typed when its shard was written
(the narratives shard job writes them through `StatementRecord`), and the gathered table is those rows
concatenated. Typing 15,000 rows again was about 0.11-0.13 of the corpus job's 0.4 CPU s on BBC, on the
add-one's serial chain (speed43; the validation did without it since speed38).
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..tables import read_parquet

# The columns of a statement that `aggregate` reads
AggregatedStatement = namedtuple(
    "AggregatedStatement",
    [
        "statement_id",
        "article_id",
        "claim_id",
        "agent_actor_id",
        "action_class",
        "quad_class",
        "patient_actor_id",
        "negated",
        "agent_as",
        "patient_as",
    ],
)
# the columns of a claim that `aggregate` reads
AGGREGATED_CLAIM_COLUMNS = ["claim_id", "certainty", "claimer_kind", "claimer_actor_id", "claimer_text", "text"]


def statement_rows(path: Path) -> list[AggregatedStatement]:
    """The statements' rows as `aggregate` reads them, in the table's order, without typing each row again."""
    data = read_parquet(path, columns=AggregatedStatement._fields)
    columns = (data.column(c).to_pylist() for c in AggregatedStatement._fields)
    return list(map(AggregatedStatement._make, zip(*columns, strict=True)))


def claims_named(paths: Path | Iterable[Path], claim_ids: Iterable[str]) -> list[dict[str, Any]]:
    """The rows of the claims table (the columns `aggregate` reads; `paths`: the table, or its shard tables one
    after another) whose id is among `claim_ids`, in the tables' order: `aggregate` looks up no other claim
    (about 11,000 of BBC's 41,500 claims)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    rows: list[dict[str, Any]] = []
    wanted = None
    for path in [paths] if isinstance(paths, str | Path) else paths:
        data = read_parquet(Path(path), columns=AGGREGATED_CLAIM_COLUMNS)
        if wanted is None:
            wanted = pa.array(sorted(set(claim_ids)), type=data.schema.field("claim_id").type)
        rows += data.filter(pc.is_in(data.column("claim_id"), value_set=wanted)).to_pylist()
    return rows


def claim_texts(paths: Path | Iterable[Path]) -> list[tuple[str, str | None]]:
    """(article_id, text) of every claim (`paths`: the claims table, or its shard tables): what `stories` compares."""
    out: list[tuple[str, str | None]] = []
    for path in [paths] if isinstance(paths, str | Path) else paths:
        data = read_parquet(Path(path), columns=["article_id", "text"])
        out += zip(data.column("article_id").to_pylist(), data.column("text").to_pylist(), strict=True)
    return out
