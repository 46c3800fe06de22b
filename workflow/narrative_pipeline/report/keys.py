"""Keys of the page cache, computed from row hashes without turning rows into Python objects.

Each table's rows are hashed once, a column at a time (pandas' vectorised 64-bit row hash, list
values by their repr); a page's key is the SHA-256 of the positions-ordered hashes of exactly the
rows its renderer reads, of the names of every actor those rows refer to, and of the few other
values it shows (texts, months, edges). Column names and types are part of each table's salt, so a
new column changes every key. `ArticlePages.render` and `ActorPages.render` read nothing else: a test
changes one row and checks that its pages, and only those, are made again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from .actors import ActorPages
from .articles import ArticlePages
from .grouped import Grouped

_EMPTY = np.zeros(0, dtype=np.int64)
_MADE: dict[tuple[str, int], tuple[pd.DataFrame, Hashed]] = {}  # (name, id of the table) -> (table, hashes)


def _hashable(df: pd.DataFrame) -> pd.DataFrame:
    """The table with list values (arrays) as their repr, which pandas can hash."""
    out = {}
    for c in df.columns:
        col = df[c]
        first = col.first_valid_index() if col.dtype == object else None
        if first is not None and (hasattr(col[first], "tolist") or isinstance(col[first], list)):  # a list column
            col = col.map(lambda v: repr(v.tolist() if hasattr(v, "tolist") else v))
        out[c] = col
    return pd.DataFrame(out, index=df.index)


class Hashed:
    """A table's row hashes, its salt (column names and types) and the values of its actor columns."""

    def __init__(self, name: str, df: pd.DataFrame | None):
        self.name = name
        self.rows = np.zeros(0, dtype=np.uint64)
        self.salt = name.encode()
        self.actor_columns: list[np.ndarray] = []
        if df is not None:
            if len(df):
                self.rows = pd.util.hash_pandas_object(_hashable(df), index=False).to_numpy(dtype=np.uint64)
            self.salt += repr([(c, str(t)) for c, t in df.dtypes.items()]).encode()
            self.actor_columns = [
                _strings(df[c].to_numpy(dtype=object)) for c in df.columns if str(c).endswith("actor_id")
            ]

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

    def update(self, digest, positions: np.ndarray, ids: set[str | None]) -> None:
        digest.update(self.salt + b"\0" + str(len(positions)).encode() + b"\0")
        digest.update(self.rows[positions].tobytes())
        for values in self.actor_columns:  # None where a row names no actor: `finish` leaves it out
            ids.update(values[positions])


def forget_hashes() -> None:
    """Drop the tables hashed by `Hashed.of` (at the end of a build)."""
    _MADE.clear()


def plain(row: dict) -> dict:
    """A row with array values as lists (whose repr is never abbreviated)."""
    return {k: v.tolist() if hasattr(v, "tolist") else v for k, v in row.items()}


def positions(grouped: Grouped, keys: Iterable) -> np.ndarray:
    parts = [grouped.groups[k] for k in keys if k in grouped.groups]
    return np.concatenate(parts) if parts else _EMPTY


def _strings(values: np.ndarray) -> np.ndarray:
    """The strings of an object column, None in place of anything else (nulls, NaN)."""
    return np.array([v if isinstance(v, str) else None for v in values.tolist()], dtype=object)


def finish(digest, ids: set[str | None], names: dict[str, str], extra: object = None) -> str:
    ids.discard(None)
    digest.update(repr(sorted((i, names.get(i)) for i in ids)).encode())
    digest.update(repr(extra).encode())
    return digest.hexdigest()


class ArticleKeys:
    """What an article page shows: its articles rows, text, claims (with their roles and statements),
    mentions and framing labels, and the names of the actors in them."""

    def __init__(self, tables: dict[str, pd.DataFrame], salt: str, pages: ArticlePages):
        self.salt = salt.encode()
        self.claims, self.mentions, self.framing = pages._claims, pages._mentions, pages._framing
        self.roles, self.statements = pages._roles, pages._statements
        self.hashed = {
            name: Hashed.of(name, tables.get(name))
            for name in ("claims", "mentions", "claim_actors", "statements", "framing")
        }
        claims = tables.get("claims")
        self.claim_ids = claims["claim_id"].to_numpy(dtype=object) if claims is not None else np.zeros(0, object)

    def key(self, rel: str, rows: list[dict], text: str | None, problem: str | None, names: dict[str, str]) -> str:
        digest = hashlib.sha256(self.salt + b"\0" + rel.encode() + b"\0")
        digest.update(repr([plain(r) for r in rows]).encode())
        article_id = rows[0]["article_id"]
        ids: set[str | None] = set()
        claims = positions(self.claims, [article_id])
        claim_ids = self.claim_ids[claims]
        for name, pos in (
            ("claims", claims),
            ("claim_actors", positions(self.roles, claim_ids)),
            ("statements", positions(self.statements, claim_ids)),
            ("mentions", positions(self.mentions, [article_id])),
            ("framing", positions(self.framing, [article_id])),
        ):
            self.hashed[name].update(digest, pos, ids)
        return finish(digest, ids, names, (text, problem))


class ActorKeys:
    """What an actor page shows: its record, mentions (with their sentences and months), the claims it
    makes and those it has a role in, its labels, relations and edges, and the names in them."""

    def __init__(self, tables: dict[str, pd.DataFrame], salt: str, pages: ActorPages):
        self.salt = salt.encode()
        self.sentences, self.months = pages.sentences, pages.months
        self.mentions, self.claimed, self.claims = pages._mentions, pages._claimed, pages._claims
        self.roles, self.labels = pages._roles, pages._labels
        self.hashed = {
            name: Hashed.of(name, tables.get(name)) for name in ("mentions", "claims", "claim_actors", "framing")
        }
        mentions = tables.get("mentions")
        self.mention_cols = (
            (mentions["sentence_id"].to_numpy(dtype=object), mentions["article_id"].to_numpy(dtype=object))
            if mentions is not None
            else (np.zeros(0, object), np.zeros(0, object))
        )
        roles = tables.get("claim_actors")
        self.role_cols = (
            (roles["claim_id"].to_numpy(dtype=object), roles["role"].to_numpy(dtype=object))
            if roles is not None
            else (np.zeros(0, object), np.zeros(0, object))
        )

    def key(self, rel: str, actor: dict, relations: list[dict], edges: Sequence[tuple], names: dict[str, str]) -> str:
        actor_id = actor["actor_id"]
        digest = hashlib.sha256(self.salt + b"\0" + rel.encode() + b"\0")
        digest.update(repr(plain(actor)).encode())
        ids: set[str | None] = {actor_id}
        mentions = positions(self.mentions, [actor_id])
        roles = positions(self.roles, [actor_id])
        role_claims = [
            c for c, r in zip(self.role_cols[0][roles], self.role_cols[1][roles], strict=True) if r != "claimer"
        ]
        for name, pos in (
            ("mentions", mentions),
            ("claims", positions(self.claimed, [actor_id])),
            ("claim_actors", roles),
            ("claims", positions(self.claims, role_claims)),
            ("framing", positions(self.labels, [actor_id])),
        ):
            self.hashed[name].update(digest, pos, ids)
        sentence_ids, article_ids = self.mention_cols[0][mentions], self.mention_cols[1][mentions]
        shown = (
            [self.sentences.get(s, "") for s in sentence_ids],
            [self.months.get(a) for a in article_ids],
            [plain(r) for r in relations],
            list(edges),
        )
        for r in relations:
            ids.update(v for k, v in r.items() if k.endswith("actor_id") and isinstance(v, str))
        for e in edges:
            ids.update((e[0], e[2]))
        return finish(digest, ids, names, shown)
