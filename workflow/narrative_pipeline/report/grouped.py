"""Rows of a table grouped by a key column, turned into Python dicts only for the keys a page needs.

The report renders pages in chunks of a few hundred articles or actors; holding every row of every
table as dicts at once cost more memory than the tables themselves (and grew with the corpus), so
only the positions of each key's rows are kept, and a chunk's rows are converted when it is rendered.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

T = TypeVar("T")

CHUNK = 400
CHUNK_ROWS = 4000  # a chunk of actor pages also ends once its actors' rows reach this (`bounded_chunks`)
# an update's actor pages, when they fit in one chunk of actors, end a chunk at this many rows: each chunk loads
# its rows with a dozen table lookups, and an added article's 178 pages on BBC (30,000 rows, held as dicts about
# 18 MB more than in 4,000-row chunks) took ten chunks (speed57: 0.18-0.21 -> 0.09-0.10 CPU s)
UPDATE_ROWS = 40_000


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def bounded_chunks(
    items: Sequence[T], weights: Sequence[int], size: int = CHUNK, total: int = CHUNK_ROWS
) -> Iterator[Sequence[T]]:
    """`chunks`, a chunk also ending once its items' weights (the rows each loads) reach `total`: an
    actor's rows grow with the corpus, and a chunk of the largest actors held them all at once."""
    start, held = 0, 0
    for i, w in enumerate(weights):
        if i > start and (i - start >= size or held + w > total):
            yield items[start:i]
            start, held = i, 0
        held += w
    if start < len(items):
        yield items[start:]


def mapping(df: pd.DataFrame, key: str, value: str) -> dict:
    """`dict(zip(df[key], df[value]))`, through whole-column lists (iterating an Arrow-backed column
    converts one value at a time)."""
    return dict(zip(df[key].tolist(), df[value].tolist(), strict=True))


def text_array(column: pd.Series | None) -> pa.Array | None:
    """A column of text (or nulls) as one Arrow array of large strings, without a Python object per
    value (pandas' strings are Arrow's: no copy); None when it holds anything else."""
    if column is None:
        return None
    try:
        arr = pa.array(column)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, TypeError, ValueError):
        return None
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type) or pa.types.is_null(arr.type)):
        return None
    return arr.cast(pa.large_string())


def last_positions(values: pa.Array, keys: pa.Array) -> np.ndarray:
    """For each of `values`, the position of the last of `keys` equal to it, -1 where none is or the
    value is null: `dict(zip(keys, range(len(keys)))).get(value, -1)` for a column at a time, with no
    Python object per key (a dict of 80,000 ids and their articles held 35 MB of the doubled corpus's
    pages job; Arrow's hash table is made for the call and dropped). Both large strings
    (`text_array`). A few values among many keys (an actor page chunk's sentences among the corpus's:
    `FEW`) are looked for the other way round (`_last_positions_of_few`: the same positions)."""
    n = len(keys)
    if not len(values) or not n:
        return np.full(len(values), -1, dtype=np.int64)
    if len(values) * FEW <= n:
        return _last_positions_of_few(values, keys)
    backwards = keys.take(pa.array(np.arange(n - 1, -1, -1, dtype=np.int64)))  # (the first of these: the last key)
    at = pc.index_in(values, value_set=backwards, skip_nulls=True).fill_null(-1).to_numpy().astype(np.int64)
    return np.where(at >= 0, n - 1 - at, -1)


FEW = 4  # `last_positions` looks the keys up among the values when there are this many times more keys


def _last_positions_of_few(values: pa.Array, keys: pa.Array) -> np.ndarray:
    """`last_positions` for values far fewer than the keys: each key looked up among the distinct values (a
    hash table of the few values, not of every key, and no reversed copy of the keys; speed57: 5.4 -> 1.6 ms
    for 3,000 sentence ids among BBC's 41,000), the last key row of each value kept, each value given its
    own's. Nulls match nothing on either side (`skip_nulls`), as in `last_positions`."""
    wanted = pc.drop_null(pc.unique(values))
    found = pc.index_in(keys, value_set=wanted, skip_nulls=True).fill_null(-1).to_numpy().astype(np.int64)
    rows = np.flatnonzero(found >= 0)
    last = np.full(len(wanted), -1, dtype=np.int64)
    np.maximum.at(last, found[rows], rows)
    code = pc.index_in(values, value_set=wanted, skip_nulls=True).fill_null(-1).to_numpy().astype(np.int64)
    return np.where(code >= 0, last[np.maximum(code, 0)], -1) if len(last) else np.full(len(values), -1, np.int64)


class ByKey:
    """`mapping(df, key, value)` kept as the table's own columns (no Python object per row: the
    sentences' texts by id held 19 MB of the doubled corpus's pages job); values are looked up a column
    of keys at a time, the last row of a key winning as in a dict. `of` gives the dict itself when the
    keys are not text."""

    def __init__(self, ids: pa.Array, values: pd.Series):
        self.ids = ids
        self.values = values

    @classmethod
    def of(cls, df: pd.DataFrame, key: str, value: str) -> ByKey | dict:
        ids = text_array(df[key])
        return cls(ids, df[value]) if ids is not None else mapping(df, key, value)

    def positions(self, keys: pd.Series | Sequence) -> np.ndarray:
        """Each key's row (-1: none)."""
        found = text_array(keys if isinstance(keys, pd.Series) else pd.Series(list(keys), dtype=object))
        if found is None:  # (keys that are not text are in no table of text ids)
            return np.full(len(keys), -1, dtype=np.int64)
        return last_positions(found, self.ids)

    def subset(self, keys: Iterable) -> dict:
        """The entries of `keys` (those present), as a dict."""
        wanted = list(dict.fromkeys(k for k in keys if type(k) is str))
        at = self.positions(wanted)
        rows = at[at >= 0]
        values = self.values.iloc[rows].tolist() if len(rows) else []
        return dict(zip([k for k, i in zip(wanted, at.tolist(), strict=True) if i >= 0], values, strict=True))


def records(df: pd.DataFrame) -> list[dict]:
    """`df.to_dict("records")` with the same Python values, five times faster (a column at a time)."""
    cols = list(df.columns)
    values = [df[c].tolist() for c in cols]
    if not cols:
        return [{} for _ in range(len(df))]
    return [dict(zip(cols, row, strict=True)) for row in zip(*values, strict=True)]


class Positions(Mapping):
    """Row positions by key, each a slice of one array (made when asked for: a table of 30,000 claims
    has 30,000 keys, and making an array of each cost more than the rest of the grouping)."""

    def __init__(self, by_code: np.ndarray, starts: np.ndarray, index: dict[Hashable, int]):
        self._by_code = by_code
        self._bounds = np.append(starts, len(by_code)).tolist()
        self._index = index

    def __getitem__(self, key: Hashable) -> np.ndarray:
        i = self._index[key]
        return self._by_code[self._bounds[i] : self._bounds[i + 1]]

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def larger_than(self, n: int) -> list[Hashable]:
        """The keys of more than `n` rows (a count per key in one pass)."""
        big = np.flatnonzero(np.diff(np.asarray(self._bounds)) > n)
        if not len(big):
            return []
        keys = list(self._index)  # (in code order: the dict was made so)
        return [keys[i] for i in big.tolist()]

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


def positions_by_key(column: pd.Series) -> Mapping[Hashable, np.ndarray]:
    """`column`'s row positions by value, nulls left out, in order of first appearance: what
    `groupby(sort=False, dropna=True).indices` gives, without its per-group indexing of Arrow-backed
    columns (0.27 -> 0.10 s for the ten groupings of the BBC report)."""
    codes, uniques = pd.factorize(column, sort=False, use_na_sentinel=True)
    if not len(uniques):
        return {}
    rows = np.flatnonzero(codes >= 0)
    kept = codes[rows]
    by_code = rows[np.argsort(kept, kind="stable")]
    starts = np.concatenate([[0], np.cumsum(np.bincount(kept, minlength=len(uniques)))[:-1]])
    return Positions(by_code, starts, dict(zip(uniques.tolist(), range(len(uniques)), strict=True)))


def shown(df: pd.DataFrame | None, columns: Sequence[str]) -> pd.DataFrame | None:
    """The columns of `df` among `columns` (those it has), in table order: a page's rows are made into
    dicts of the columns it shows only."""
    return None if df is None else df[[c for c in df.columns if c in columns]]


class Grouped:
    """Positions of the rows of each key (null keys left out); `load` gives the rows of some keys as
    dicts, each key's rows in table order (as iterating the whole table would)."""

    def __init__(self, df: pd.DataFrame | None, key: str):
        self.df = df
        self.key = key
        self.groups: Mapping[Hashable, np.ndarray] = {}
        if df is not None and key in df.columns and len(df):
            self.groups = positions_by_key(df[key])

    def count(self, key: Hashable) -> int:
        return len(self.groups[key]) if key in self.groups else 0

    def larger_than(self, n: int) -> list[Hashable]:
        """The keys of more than `n` rows."""
        groups = self.groups
        if isinstance(groups, Positions):
            return groups.larger_than(n)
        return [k for k in groups if len(groups[k]) > n]

    def load(self, keys: Iterable[Hashable]) -> dict[Hashable, list[dict]]:
        parts = [self.groups[k] for k in dict.fromkeys(keys) if k in self.groups]
        out: dict[Hashable, list[dict]] = defaultdict(list)
        if not parts or self.df is None:
            return out
        positions = np.sort(np.concatenate(parts))
        for row in records(self.df.take(positions)):
            out[row[self.key]].append(row)
        return out
