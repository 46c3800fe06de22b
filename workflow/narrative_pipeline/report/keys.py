"""Row hashes of the report's tables, computed once per table without turning rows into Python
objects: pandas' vectorised 64-bit row hash, a column at a time, list values by their repr. The page
keys (`signatures`) are made from them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

_MADE: dict[tuple[str, int], tuple[pd.DataFrame, Hashed]] = {}  # (name, id of the table) -> (table, hashes)


def list_columns(df: pd.DataFrame) -> list[str]:
    """The columns holding lists (arrays), decided by the first non-null value of the whole table."""
    out = []
    for c in df.columns:
        col = df[c]
        first = col.first_valid_index() if col.dtype == object else None
        if first is not None and (hasattr(col[first], "tolist") or isinstance(col[first], list)):
            out.append(c)
    return out


def _hashable(df: pd.DataFrame, lists: list) -> pd.DataFrame:
    """The table with the values of its list columns `lists` as their repr, which pandas can hash."""
    out = {}
    for c in df.columns:
        col = df[c]
        if c in lists:
            shown = [repr(v.tolist()) if hasattr(v, "tolist") else repr(v) for v in col.tolist()]  # (no `map`)
            col = pd.Series(shown, index=col.index, dtype=object)
        out[c] = col
    return pd.DataFrame(out, index=df.index)


def row_hashes(df: pd.DataFrame, lists: list) -> np.ndarray:
    """Each row's 64-bit hash (a row's hash does not depend on the other rows of `df`)."""
    if not len(df):
        return np.zeros(0, dtype=np.uint64)
    return pd.util.hash_pandas_object(_hashable(df, lists), index=False).to_numpy(dtype=np.uint64)


def key_hashes(df: pd.DataFrame, keys: list[str]) -> np.ndarray:
    """Each row's 64-bit hash of its `keys` columns (which decides where a listing's pages end: `rows.cut_hashes`;
    a row's hash does not depend on the other rows of `df`)."""
    return pd.util.hash_pandas_object(df[keys], index=False).to_numpy(dtype=np.uint64)


def kept_key_hashes(name: str, df: pd.DataFrame, keys: list[str]) -> np.ndarray:
    """`key_hashes`, taken for the chunks of rows the last build hashed (`keep_hashes`), under the chunk's
    digest and the key columns' names."""
    kept = _KEPT[0].rows(name, df, lambda rows, _: key_hashes(rows, keys), repr(keys)) if _KEPT and len(df) else None
    return kept if kept is not None else key_hashes(df, keys)


_KEPT: list = []  # the build's `rowcache.RowCache`, when it has one (`keep_hashes`)


def keep_hashes(cache) -> None:
    """Take row hashes from `cache` (a `rowcache.RowCache`) for the tables it knows, until `forget_hashes`."""
    _KEPT[:] = [cache]


class Hashed:
    """A table's row hashes."""

    def __init__(self, name: str, df: pd.DataFrame | None):
        self.name = name
        self.rows = np.zeros(0, dtype=np.uint64)
        if df is not None and len(df):
            kept = _KEPT[0].rows(name, df, row_hashes) if _KEPT else None
            self.rows = kept if kept is not None else row_hashes(df, list_columns(df))

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


def forget_table(name: str) -> None:
    """Drop the hashes of table `name` kept by `Hashed.of` (with the reference to its DataFrame)."""
    for key in [k for k in _MADE if k[0] == name]:
        del _MADE[key]


def forget_hashes() -> None:
    """Drop the tables hashed by `Hashed.of` (at the end of a build)."""
    _MADE.clear()
    _KEPT.clear()


def plain(row: dict) -> dict:
    """A row with array values as lists (whose repr is never abbreviated)."""
    return {k: v.tolist() if hasattr(v, "tolist") else v for k, v in row.items()}
