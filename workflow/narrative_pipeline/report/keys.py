"""Row hashes of the report's tables, computed once per table without turning rows into Python
objects: pandas' vectorised 64-bit row hash, a column at a time, list values by their repr. The page
keys (`signatures`) are made from them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

_MADE: dict[tuple[str, int], tuple[pd.DataFrame, Hashed]] = {}  # (name, id of the table) -> (table, hashes)


def _hashable(df: pd.DataFrame) -> pd.DataFrame:
    """The table with list values (arrays) as their repr, which pandas can hash."""
    out = {}
    for c in df.columns:
        col = df[c]
        first = col.first_valid_index() if col.dtype == object else None
        if first is not None and (hasattr(col[first], "tolist") or isinstance(col[first], list)):  # a list column
            shown = [repr(v.tolist()) if hasattr(v, "tolist") else repr(v) for v in col.tolist()]  # (no `map`)
            col = pd.Series(shown, index=col.index, dtype=object)
        out[c] = col
    return pd.DataFrame(out, index=df.index)


class Hashed:
    """A table's row hashes."""

    def __init__(self, name: str, df: pd.DataFrame | None):
        self.name = name
        self.rows = np.zeros(0, dtype=np.uint64)
        if df is not None and len(df):
            self.rows = pd.util.hash_pandas_object(_hashable(df), index=False).to_numpy(dtype=np.uint64)

    @classmethod
    def of(cls, name: str, df: pd.DataFrame | None) -> Hashed:
        """The hashes of a table, computed once per table object (article pages, actor pages and row
        listings hash the same tables)."""
        if df is None:
            return cls(name, None)
        held = _MADE.get((name, id(df)))
        if held is None or held[0] is not df:
            held = _MADE[(name, id(df))] = (df, cls(name, df))
        return held[1]


def forget_hashes() -> None:
    """Drop the tables hashed by `Hashed.of` (at the end of a build)."""
    _MADE.clear()


def plain(row: dict) -> dict:
    """A row with array values as lists (whose repr is never abbreviated)."""
    return {k: v.tolist() if hasattr(v, "tolist") else v for k, v in row.items()}
