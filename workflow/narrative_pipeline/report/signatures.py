"""What each page shows, as a digest made a table at a time (no Python loop over rows), so that a
rebuild finds the pages whose data changed without looking at each page's rows one by one.

A row's value is its 64-bit pandas row hash (`keys.Hashed`) mixed with what the row shows but does
not hold: the names of the actors its `*actor_id` columns name, and where its claim and mention ids
link (the article of the claim or mention). Rows are summed into groups (an article's claims, an
actor's mentions) with their rank in the group, in two independent 64-bit lanes: a group's sum moves
when a row of it is added, removed, changed or moved. A page's key is the BLAKE2 digest of its
groups' sums and the few values it shows besides (texts, relations, edges), and of the salt (the
report's code fingerprint and every table's column names).
"""

from __future__ import annotations

import hashlib
from collections.abc import Hashable, Mapping, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa

from .grouped import ByKey, last_positions, text_array
from .keys import Hashed, plain

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
SEEDS = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xD6E8FEB86659FD93))
_NONE = np.uint64(0x5BD1E9955BD1E995)  # an id with no name, or a link to nowhere


def mix(x: np.ndarray, seed: np.uint64) -> np.ndarray:
    """SplitMix64's finaliser of `x + seed` (uint64, wrapping): a strong 64-bit mix, vectorised."""
    with np.errstate(over="ignore"):
        z = np.asarray(x, dtype=np.uint64) + seed
        z = (z ^ (z >> np.uint64(30))) * _M1
        z = (z ^ (z >> np.uint64(27))) * _M2
        return z ^ (z >> np.uint64(31))


def string_hashes(values: Sequence) -> np.ndarray:
    """64-bit hashes of strings (None and non-strings hash to the same constant)."""
    strings = np.array([isinstance(v, str) for v in values], dtype=bool)
    s = pd.Series(values, dtype=object).where(strings, None)
    out = pd.util.hash_pandas_object(s, index=False).to_numpy(dtype=np.uint64) if len(s) else s.to_numpy(np.uint64)
    return np.where(strings, out, _NONE).astype(np.uint64)


def lookup(keys: np.ndarray, table: dict[Hashable, int] | pd.Series) -> np.ndarray:
    """`table[key]` for each key (uint64), `_NONE` where the key is missing or null."""
    series = table if isinstance(table, pd.Series) else pd.Series(table, dtype=np.uint64)
    if not len(keys):
        return np.zeros(0, dtype=np.uint64)
    at = series.index.get_indexer(pd.Index(keys, dtype=object)) if len(series) else np.full(len(keys), -1)
    values = series.to_numpy(dtype=np.uint64)
    return np.where(at >= 0, values[np.maximum(at, 0)] if len(values) else _NONE, _NONE).astype(np.uint64)


def at_positions(positions: np.ndarray, hashes: np.ndarray) -> np.ndarray:
    """`hashes[position]` for each position, `_NONE` where it is -1."""
    if not len(hashes):
        return np.full(len(positions), _NONE, dtype=np.uint64)
    return np.where(positions >= 0, hashes[np.maximum(positions, 0)], _NONE).astype(np.uint64)


def unique_index(keys: Sequence, values: np.ndarray) -> pd.Series:
    """`values` by key, the last value of a repeated key winning (as `dict(zip(keys, values))`)."""
    s = pd.Series(np.asarray(values, dtype=np.uint64), index=pd.Index(list(keys), dtype=object))
    return s[~s.index.duplicated(keep="last")]


class RowValues:
    """Each table's row values: row hash, the names of its actors, the articles its ids link to."""

    def __init__(self, tables: dict[str, pd.DataFrame], names: dict[str, str]):
        self.tables = tables
        self.name_of = unique_index(list(names), string_hashes(list(names.values())))
        claims, mentions = tables.get("claims"), tables.get("mentions")
        # where claim and mention ids link: the ids as Arrow arrays and the hash of each row's article
        # (a Series by id held a Python string per claim and mention: 21 MB of the doubled corpus)
        self.links: dict[str, tuple[pa.Array | None, pd.Series | np.ndarray]] = {}
        for column, df in (("claim_id", claims), ("mention_id", mentions)):
            if df is not None and {column, "article_id"} <= set(df.columns):
                ids = text_array(df[column])
                hashes = string_hashes(df["article_id"].tolist())
                self.links[column] = (
                    (ids, hashes) if ids is not None else (None, unique_index(df[column].tolist(), hashes))
                )
        self._values: dict[str, tuple[int, np.ndarray]] = {}

    def of(self, name: str) -> np.ndarray:
        df = self.tables[name]
        held = self._values.get(name)
        if held is not None and held[0] == id(df):
            return held[1]
        value = Hashed.of(name, df).rows.copy() if len(df) else np.zeros(0, dtype=np.uint64)
        for i, column in enumerate(df.columns):
            column = str(column)
            if column.endswith("actor_id"):
                seen = lookup(df[column].to_numpy(dtype=object), self.name_of)
            elif column in self.links:
                seen = self.linked(column, df[column])
            else:
                continue
            value = mix(value ^ mix(seen, SEEDS[0] + np.uint64(i)), SEEDS[1])
        self._values[name] = (id(df), value)
        return value

    def linked(self, column: str, values: pd.Series) -> np.ndarray:
        """The hash of the article each claim or mention id of `values` links to (`_NONE`: none), as
        `lookup` in a Series of hashes by id (the last row of an id winning) gives it."""
        ids, hashes = self.links[column]
        found = text_array(values) if ids is not None else None
        if ids is None or found is None:
            table = hashes if ids is None else unique_index(ids.to_pylist(), hashes)
            return lookup(values.to_numpy(dtype=object), table)
        return at_positions(last_positions(found, ids), hashes)

    def salt(self) -> bytes:
        """Every table's name and columns: a new column changes every page's key. (Not the columns'
        types: a nullable integer column is loaded as integers or as objects depending on whether a
        row is null; a value hashed as another type changes its row's hash, and so its pages' keys.)"""
        return repr(sorted((n, [str(c) for c in df.columns]) for n, df in self.tables.items())).encode()


def group_sums(keys: np.ndarray, values: np.ndarray) -> dict[Hashable, tuple[int, int]]:
    """For each non-null key, two 64-bit sums of its rows' values mixed with their rank in the group
    (the rows' order in the table): a group's sums change when a row is added, removed, changed or
    moved."""
    if not len(keys):
        return {}
    codes, uniques = pd.factorize(pd.Series(keys, dtype=object), sort=False, use_na_sentinel=True)
    rows = np.flatnonzero(codes >= 0)
    if not len(rows):
        return {}
    order = rows[np.argsort(codes[rows], kind="stable")]
    sorted_codes = codes[order]
    starts = np.flatnonzero(np.r_[True, sorted_codes[1:] != sorted_codes[:-1]])
    rank = (np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))).astype(np.uint64)
    lanes = []
    for seed in SEEDS:
        with np.errstate(over="ignore"):
            lanes.append(np.add.reduceat(mix(values[order] ^ mix(rank, ~seed), seed), starts).tolist())
    groups = uniques[sorted_codes[starts]].tolist()
    return dict(zip(groups, zip(*lanes, strict=True), strict=True))


def sentence_hashes(ids: pd.Series, sentences: dict[str, str] | ByKey) -> np.ndarray:
    """The hash of the text of each sentence id (`_NONE`: no such sentence, or no text)."""
    if isinstance(sentences, dict):
        return lookup(
            ids.to_numpy(dtype=object), unique_index(list(sentences), string_hashes(list(sentences.values())))
        )
    at = sentences.positions(ids)
    used = np.unique(at[at >= 0])  # (only the texts of sentences with a mention are hashed)
    hashes = np.full(len(sentences.ids), _NONE, dtype=np.uint64)
    if len(used):
        hashes[used] = string_hashes(sentences.values.iloc[used].tolist())
    return at_positions(at, hashes)


def digest(salt: bytes, rel: str, parts: object) -> str:
    return hashlib.blake2b(salt + b"\0" + rel.encode() + b"\0" + repr(parts).encode(), digest_size=20).hexdigest()


class ArticleSignatures:
    """An article page's key: its articles rows, text, claims, their roles and statements, mentions and
    framing labels (each row with the names of its actors)."""

    def __init__(self, tables: dict[str, pd.DataFrame], values: RowValues, salt: bytes):
        self.salt = salt
        self.groups: list[dict] = []
        claims = tables.get("claims")
        article_of = (
            unique_index(claims["claim_id"].tolist(), np.arange(len(claims), dtype=np.uint64))
            if claims is not None
            else None
        )
        for name, column in (
            ("articles", "article_id"),
            ("claims", "article_id"),
            ("claim_actors", "claim_id"),
            ("statements", "claim_id"),
            ("mentions", "article_id"),
            ("framing", "article_id"),
        ):
            df = tables.get(name)
            if df is None or column not in df.columns:
                self.groups.append({})
                continue
            keys = df[column].to_numpy(dtype=object)
            if column == "claim_id":  # by the article of the claim
                if article_of is None:
                    self.groups.append({})
                    continue
                at = article_of.index.get_indexer(pd.Index(keys, dtype=object))
                articles = claims["article_id"].to_numpy(dtype=object)
                keys = np.where(at >= 0, articles[np.maximum(at, 0)], None) if len(articles) else keys[:0]
            self.groups.append(group_sums(keys, values.of(name)))

    def key(self, rel: str, article_id: str, text: str | None, problem: str | None) -> str:
        text_digest = hashlib.blake2b(text.encode(), digest_size=16).hexdigest() if text is not None else None
        return digest(self.salt, rel, ([g.get(article_id) for g in self.groups], text_digest, problem))


class ActorSignatures:
    """An actor page's key: its record, mentions (with their sentences and months), the claims it makes
    and those it has a role in, its labels, narratives, relations and edges, with the names of the actors in them."""

    def __init__(
        self,
        tables: dict[str, pd.DataFrame],
        values: RowValues,
        salt: bytes,
        sentences: dict[str, str] | ByKey,
        months: dict[str, str],
    ):
        self.salt = salt
        self.values = values
        self.groups: list[dict] = []
        specs: list[tuple[str, str, np.ndarray | None]] = [("actors", "actor_id", None)]
        mentions = tables.get("mentions")
        if mentions is not None and {"sentence_id", "article_id"} <= set(mentions.columns):
            shown = mix(
                sentence_hashes(mentions["sentence_id"], sentences)
                ^ mix(
                    lookup(
                        mentions["article_id"].to_numpy(dtype=object),
                        unique_index(list(months), string_hashes(list(months.values()))),
                    ),
                    SEEDS[1],
                ),
                SEEDS[0],
            )
            specs.append(("mentions", "actor_id", shown))
        else:
            specs.append(("mentions", "actor_id", None))
        specs.append(("claims", "claimer_actor_id", None))
        claims, roles = tables.get("claims"), tables.get("claim_actors")
        if claims is not None and roles is not None and "claim_id" in roles.columns:
            claim_values = unique_index(claims["claim_id"].tolist(), values.of("claims"))
            specs.append(("claim_actors", "actor_id", lookup(roles["claim_id"].to_numpy(dtype=object), claim_values)))
        else:
            specs.append(("claim_actors", "actor_id", None))
        specs.append(("framing", "actor_id", None))
        # the narratives it is agent or patient of (its page's "What it does and undergoes")
        specs.append(("narratives", "agent_actor_id", None))
        specs.append(("narratives", "patient_actor_id", None))
        for name, column, extra in specs:
            df = tables.get(name)
            if df is None or column not in df.columns:
                self.groups.append({})
                continue
            row = values.of(name) if extra is None else mix(values.of(name) ^ extra, SEEDS[1])
            self.groups.append(group_sums(df[column].to_numpy(dtype=object), row))

    def keys(
        self,
        rels: Sequence[str],
        actor_ids: Sequence[str],
        relations: Mapping[str, list[dict]],
        edges: Mapping[str, Sequence[tuple]],
        names: dict[str, str],
    ) -> list[str]:
        """The key of each actor's page `rels[i]` (`actor_ids[i]`; `relations` and `edges` by actor, the edges
        as its page shows them), made in one pass: the actors' group sums laid out as one array (a row of
        `len(groups)` x (present, lane 1, lane 2) each), each key the BLAKE2 digest of the salt, the path, its
        row's bytes and, for the few actors with relations or edges, `extra`'s bytes. The same pages get the same
        keys, and a change of any part changes the key of that page (speed48: before, a `repr` of each actor's
        parts digested one actor at a time; another form of key, so a report made with those is made again once)."""
        n = len(actor_ids)
        laid = np.zeros((n, 3 * len(self.groups)), dtype=np.uint64)
        for j, g in enumerate(self.groups):
            found = [g.get(a) for a in actor_ids]
            present = np.fromiter((f is not None for f in found), dtype=bool, count=n)
            if present.any():
                lanes = np.array([f for f in found if f is not None], dtype=np.uint64).reshape(-1, 2)
                laid[present, 3 * j] = 1
                laid[present, 3 * j + 1 : 3 * j + 3] = lanes
        blob = np.ascontiguousarray(laid, dtype="<u8").tobytes()
        width = laid.shape[1] * 8
        head = self.salt + b"\0actor-page\0"
        out = []
        for i, (rel, actor_id) in enumerate(zip(rels, actor_ids, strict=True)):
            extra = b""
            shown, related = edges.get(actor_id), relations.get(actor_id)
            if shown or related:
                extra = self.extra(related or [], shown or [], names)
            out.append(
                hashlib.blake2b(
                    head + rel.encode() + b"\0" + blob[i * width : (i + 1) * width] + extra, digest_size=20
                ).hexdigest()
            )
        return out

    @staticmethod
    def extra(relations: list[dict], edges: Sequence[tuple], names: dict[str, str]) -> bytes:
        """What an actor's page shows besides its rows' groups: its relations, edges and the names of the
        actors in them."""
        ids = {v for r in relations for k, v in r.items() if k.endswith("actor_id") and isinstance(v, str)}
        ids.update(i for e in edges for i in (e[0], e[2]))
        named = sorted((i, names.get(i)) for i in ids)
        return b"\0" + repr(([plain(r) for r in relations], list(edges), named)).encode()
