"""Row listings: the rows behind every number of the report, as paged HTML tables.

Each table's rows are rendered once (ids become links to the article or actor pages); a listing is
a selection of those pre-rendered rows, written as `rows/<name>.html` (and `-2`, `-3`, ... for its
further pages). Columns come from the table itself, so new columns appear without code changes.

Pages end where the rows say, not every so many rows (`page_starts`): a row whose key hashes to a
cut value starts a new page, so adding an article inserts rows into one page of each listing and
leaves the others as they were. A page does not show the listing's row count (the number that links
to it does): a rebuild with the page cache makes again only the page the new rows fall on, not every
page after them.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from .grouped import last_positions, mapping, text_array
from .markup import actor_href, article_href, esc, esc_strings, is_null, link, page, slug

PAGE = 1000  # about this many rows a page on average (between MIN_PAGE and MAX_PAGE)
MIN_PAGE = 200
MAX_PAGE = 3000
CUT = 750  # a row starts a page when its key's hash is divisible by CUT (and no such row is among the MIN_PAGE before)
MISSING = object()  # (an id of no claim or mention)
_ASK = object()  # (an id's article not given: looked up)
_EMPTY = pa.array([], type=pa.large_string())
HIDDEN = re.compile(r"^(.+_(start|end)|head_i|shard|sha256|language_score|text_sha256|sentence_id|.+_cue)$")


def page_starts(hashes: np.ndarray) -> list[int]:
    """Where each page of a listing starts (row indexes, the first 0), decided by the rows' key hashes
    so that inserting or removing rows moves only the pages near them. A row starts a page when its
    hash is divisible by CUT, at least MIN_PAGE rows lie before it and after it, and no other such
    row is among the MIN_PAGE rows before it (a decision that looks only at nearby rows); a stretch
    longer than MAX_PAGE rows is then cut into equal pages."""
    n = len(hashes)
    marked = np.flatnonzero(np.asarray(hashes, dtype=np.uint64) % np.uint64(CUT) == 0)
    cuts = [
        int(c)
        for i, c in enumerate(marked)
        if MIN_PAGE <= c <= n - MIN_PAGE and (i == 0 or c - marked[i - 1] > MIN_PAGE)
    ]
    starts: list[int] = []
    for a, b in zip([0, *cuts], [*cuts, n], strict=True):
        k = max(1, -(-(b - a) // MAX_PAGE))
        starts.extend(a + (j * (b - a)) // k for j in range(k))
    return starts


def page_path(base: str, p: int) -> str:
    """The path of page `p` (from 0) of the listing `base`, from the report root."""
    return f"rows/{base}.html" if p == 0 else f"rows/{base}-{p + 1}.html"


class Listings:
    """Pre-rendered rows of every table and the listing pages made from them."""

    def __init__(self, tables: dict[str, pd.DataFrame], names: dict[str, str]):
        self.tables = tables
        self.names = names
        # where claim and mention ids link: each id column as an Arrow array, and its article_id column
        # (no Python object per row; the dicts of `claim_article` are made only when a single id is
        # looked up without its article, which `rows_html` never does)
        self._ids: dict[str, tuple[pa.Array, pd.Series] | None] = {}
        for column, source in (("claim_id", "claims"), ("mention_id", "mentions")):
            df = tables.get(source)
            pair = None
            if df is not None and {column, "article_id"} <= set(df.columns):
                ids = text_array(df[column])
                pair = (ids, df["article_id"]) if ids is not None else None  # (its values as `tolist` gives them)
            self._ids[column] = pair if df is not None else (_EMPTY, pd.Series([], dtype=object))
        self._dicts: dict[str, dict] = {}
        self._links: dict[tuple[str, str], np.ndarray] = {}  # (table, id column) -> each row's position in its source
        self._html: dict[str, np.ndarray] = {}  # each table's rendered `<tr>` by row position, None until needed
        self._cut_hashes: dict[str, np.ndarray] = {}
        self.sink: Callable[[str, str], None] = lambda path, html: None  # set by the builder: writes a page
        self.reuse: Any = None  # set by the builder: the last report (`incremental.Base`), or None
        self.release: Callable[[], None] = lambda: None  # set by the builder: freed memory back to the system
        self.written: set[str] = set()
        self.kept: Any = None  # set by the builder: the last report's listing rows (`listingcache.KeptListings`)
        self.page_values: dict[str, tuple[str, np.ndarray]] = {}  # each listing page's key and row values
        # None: each listing page is written when asked for; a list (set by the builder): the pages
        # wait there until `flush`, which makes them a table at a time
        self.deferred: list[tuple] | None = None

    def _id_dict(self, column: str, source: str) -> dict:
        if column not in self._dicts:
            df = self.tables.get(source)
            self._dicts[column] = mapping(df, column, "article_id") if df is not None else {}
        return self._dicts[column]

    @property
    def claim_article(self) -> dict:
        """Each claim id's article (the last row's, as `dict(zip(...))`)."""
        return self._id_dict("claim_id", "claims")

    @property
    def mention_article(self) -> dict:
        return self._id_dict("mention_id", "mentions")

    def articles_of(self, name: str, column: str, positions: np.ndarray) -> list | None:
        """The article each claim or mention id of table `name`'s `column` links to, at row `positions`
        (`MISSING` for an id of no claim or mention), as `claim_article` and `mention_article` give
        them; None when the columns are not text (then `cell` looks them up one by one)."""
        pair = self._ids.get(column)
        if pair is None:
            return None
        key = (name, column)
        at = self._links.get(key)
        if at is None:
            values = text_array(self.tables[name][column])
            if values is None:
                return None
            at = self._links[key] = last_positions(values, pair[0]).astype(np.int32)
        chosen = at[positions]
        found = chosen >= 0
        if not len(pair[1]):
            return [MISSING] * len(chosen)
        taken = pair[1].iloc[np.where(found, chosen, 0)].tolist()
        return [a if f else MISSING for a, f in zip(taken, found.tolist(), strict=True)]

    def columns(self, name: str) -> list[str]:
        return [c for c in self.tables[name].columns if not HIDDEN.match(c)]

    def cell(self, column: str, value, prefix: str, article: Any = _ASK) -> str:
        """A value's cell; `article`: for a claim or mention id, the article it links to when already
        known (`MISSING`: none), else it is looked up."""
        if is_null(value):
            return ""
        if column == "article_id":
            return link(article_href(value, prefix), value)
        if column.endswith("actor_id"):
            if value not in self.names:  # a registry actor the corpus never mentions (relations) has no page
                return f'<span class="actor-id">{esc(value)}</span>'
            return link(actor_href(value, prefix), self.names[value])
        if column in ("claim_id", "mention_id"):
            if article is _ASK:
                article = (self.claim_article if column == "claim_id" else self.mention_article).get(value, MISSING)
            if article is not MISSING:
                return link(f"{article_href(article, prefix)}#{value}", value)
        if isinstance(value, list | tuple) or hasattr(value, "tolist"):
            value = ", ".join(str(v) for v in list(value))
        return esc(value)

    def column_cells(self, column: str, values: list, prefix: str, articles: list | None = None) -> list[str]:
        """`<td>` cells of one column: the renderer is chosen once per column, not per cell. `articles`:
        for a column of claim or mention ids, the article of each (`articles_of`), else looked up."""
        if column in {"article_id", "claim_id", "mention_id"} and all(type(v) is str for v in values):
            cells = self.id_cells(column, values, esc(prefix), articles)
            if cells is not None:
                return cells
        if column in {"article_id", "claim_id", "mention_id"} or column.endswith("actor_id"):
            memo: dict = {}  # ids repeat (an article's rows, an actor's mentions): each link is made once
            out = []
            for i, v in enumerate(values):
                html = memo.get(v) if type(v) is str else None
                if html is None:
                    html = f"<td>{self.cell(column, v, prefix, articles[i] if articles is not None else _ASK)}</td>"
                    if type(v) is str:
                        memo[v] = html
                out.append(html)
            return out
        strings = [v for v in values if type(v) is str]
        escaped = esc_strings(strings)
        if len(strings) == len(values):  # a column of text without nulls
            return [f"<td>{s}</td>" for s in escaped]
        next_escaped = iter(escaped).__next__
        out = []
        for v in values:
            if type(v) is str:
                out.append(f"<td>{next_escaped()}</td>")
            elif type(v) is int or type(v) is bool or type(v) is float and v == v:  # a number's text needs no escape
                out.append(f"<td>{v}</td>")
            elif v is None or type(v) is float:  # null, NaN
                out.append("<td></td>")
            elif type(v) is np.ndarray or type(v) is list:  # list columns (evidence, authors, warnings)
                out.append(f"<td>{esc(', '.join(str(x) for x in v))}</td>")
            else:
                out.append(f"<td>{self.cell(column, v, prefix)}</td>")
        return out

    def id_cells(self, column: str, values: list[str], prefix: str, given: list | None = None) -> list[str] | None:
        """The cells of a column of article, claim or mention ids, each a link to its article page (as
        `cell` makes them: escaping is character by character, so the escaped parts of a link are the
        escaped link), the ids and their articles escaped a column at a time; None when some id links
        nowhere (`cell` then shows it as text). `prefix` is escaped."""
        ids = esc_strings(values)
        if column == "article_id":
            return [f'<td><a href="{prefix}article/{i}.html">{i}</a></td>' for i in ids]
        if given is not None:
            articles = [None if a is MISSING else a for a in given]
        else:
            where = self.claim_article if column == "claim_id" else self.mention_article
            articles = [where.get(v) for v in values]
        if not all(type(a) is str for a in articles):
            return None
        return [
            f'<td><a href="{prefix}article/{a}.html#{i}">{i}</a></td>'
            for a, i in zip(esc_strings(articles), ids, strict=True)
        ]

    def _rendered(self, name: str) -> np.ndarray:
        """Table `name`'s rendered `<tr>` by row position (None: not rendered yet)."""
        html = self._html.get(name)
        if html is None:
            html = self._html[name] = np.full(len(self.tables[name]), None, dtype=object)
        return html

    def take_rows(self, name: str, path: str, positions: np.ndarray, base: str | None = None) -> None:
        """The `<tr>` of the rows at `positions` of table `name` not rendered yet, taken from the last
        report's page `path` where it showed them, or else from another page of its listing `base` (a
        row moved to the next page; `listingcache`: the same bytes as rendering them)."""
        if self.kept is None or self.reuse is None or not len(positions):
            return
        html = self._rendered(name)
        todo = positions[np.equal(html[positions], None)]
        if not len(todo):
            return
        values = self.reuse.values.of(name)
        for old in (self.kept.rows(path), None):
            if old is None:  # (rows left: the listing's other pages that showed them)
                if base is None:
                    return
                old = self.kept.moved_rows(base, page_path, path, values[todo])
            if old:
                left = []
                for at, value in zip(todo.tolist(), values[todo].tolist(), strict=True):
                    row = old.get(value)
                    if row is not None:
                        html[at] = row
                        self.kept.taken += 1
                    else:
                        left.append(at)
                todo = np.asarray(left, dtype=np.int64)
            if not len(todo):
                return

    def rows_html(self, name: str, positions: np.ndarray) -> list[str]:
        """The `<tr>` of each row position of table `name`, rendered once (only rows some page shows)."""
        df = self.tables[name]
        html = self._rendered(name)
        todo = positions[np.equal(html[positions], None)] if len(positions) else positions
        if len(todo):
            sub = df.iloc[todo]
            cells = [
                self.column_cells(
                    c, sub[c].tolist(), "../", self.articles_of(name, c, todo) if c in self._ids else None
                )
                for c in self.columns(name)
            ]
            html[todo] = ["<tr>" + "".join(row) + "</tr>" for row in zip(*cells, strict=True)] if cells else ""
        return html[positions].tolist()

    def page_key(self, name: str, path: str, head: str, positions: np.ndarray) -> str:
        """What a listing page shows: its path and head (title, count, pager) and its rows (their row
        values: the row, the names of the actors in it, where its claim and mention ids link); the
        table's columns are in the salt."""
        values = self.reuse.values.of(name)
        digest = hashlib.blake2b(f"{self.reuse.salt.decode()}\0{path}\0{head}\0{name}\0".encode(), digest_size=20)
        digest.update(np.ascontiguousarray(values[positions]).tobytes())
        return digest.hexdigest()

    def cut_hashes(self, name: str) -> np.ndarray:
        """A 64-bit hash of each row's key (the catalogue's key columns; every column for a table the
        catalogue does not name), which decides where the pages of its listings end."""
        if name not in self._cut_hashes:
            from ..catalogue import TABLES

            df = self.tables[name]
            keys = next((list(t.key) for t in TABLES if t.name == name and set(t.key) <= set(df.columns)), None)
            if keys is None:
                from .keys import Hashed

                hashes = Hashed.of(name, df).rows
            else:
                from .keys import kept_key_hashes

                hashes = kept_key_hashes(name, df, keys)
            self._cut_hashes[name] = hashes
        return self._cut_hashes[name]

    def listing(
        self,
        name: str,
        key: str,
        title: str,
        mask: pd.Series | Sequence[bool] | None = None,
        at: np.ndarray | None = None,
    ) -> str:
        """Write the listing of the rows of table `name` selected by `mask` (or at the ascending row positions
        `at`); its href from the report root. With the page cache, a page whose key is there is taken from
        it instead of being made."""
        base = key if key == name else f"{name}-{slug(key)}"
        href = page_path(base, 0)
        if href in self.written:
            return href
        self.written.add(href)
        df = self.tables[name]
        if at is not None:
            positions = np.asarray(at, dtype=np.int64)
        elif mask is None:
            positions = np.arange(len(df))
        else:
            chosen = pd.Series(mask, index=df.index).fillna(False).astype(bool).to_numpy()
            positions = np.flatnonzero(chosen)
        n_rows = len(positions)
        starts = page_starts(self.cut_hashes(name)[positions]) if n_rows > 2 * MIN_PAGE else [0]
        ends = [*starts[1:], n_rows]
        n_pages = len(starts)
        for p in range(n_pages):
            path = page_path(base, p)
            shown = positions[starts[p] : ends[p]]
            head = (title, n_pages, p)
            if self.reuse is not None:
                key = self.page_key(name, path, repr(head), shown)
                self.page_values[path] = (key, self.reuse.values.of(name)[shown])
                if self.reuse.place(path, key):
                    continue
            if self.deferred is not None:
                self.deferred.append((name, path, title, base, p, n_pages, shown))
            else:
                self.sink(path, self.listing_page(name, title, base, p, n_pages, shown))
        return href

    def listing_page(self, name: str, title: str, base: str, p: int, n_pages: int, shown: np.ndarray) -> str:
        """Page `p` of the `n_pages` pages of a listing, showing the rows at positions `shown`."""
        nav = ""
        if n_pages > 1:
            nav = (
                '<p class="pager">'
                + " ".join(
                    f"<b>{q + 1}</b>" if q == p else link(f"{base}.html" if q == 0 else f"{base}-{q + 1}.html", q + 1)
                    for q in range(n_pages)
                )
                + "</p>"
            )
        cols_head = "".join(f"<th>{esc(c)}</th>" for c in self.columns(name))
        count = f"rows of <code>{esc(name)}</code>" + (f", page {p + 1} of {n_pages}" if n_pages > 1 else "")
        self.take_rows(name, page_path(base, p), shown, base)
        body = (
            f'<p class="count">{count}</p>{nav}'
            f'<table class="rows"><thead><tr>{cols_head}</tr></thead><tbody>\n'
            + "\n".join(self.rows_html(name, shown))
            + "\n</tbody></table>"
        )
        return page(title, body, prefix="../")

    def flush(self, last: bool = False) -> None:
        """Make the listing pages asked for since `deferred` was set, a table at a time, each table's
        rendered rows dropped once its pages are written (held all at once, the rendered rows of every
        table grew with the corpus: 94 MB of the BBC report's pages job). `last`: the tables are not
        needed after this: the smaller tables' pages are made first and each table is dropped once its
        pages are written (the largest table's rendered rows are then made beside it alone)."""
        pending, self.deferred = self.deferred or [], None  # (a listing asked for later is made at once)
        by_table: dict[str, list[tuple]] = {}
        for item in pending:
            by_table.setdefault(item[0], []).append(item)
        pending.clear()
        names = list(by_table)
        if last:
            names.sort(key=lambda n: len(self.tables[n]) * max(len(self.tables[n].columns), 1))
        for name in names:
            for _, path, title, base, p, n_pages, shown in by_table.pop(name):
                self.sink(path, self.listing_page(name, title, base, p, n_pages, shown))
            self._html.pop(name, None)
            if last:
                from .keys import forget_table

                self.tables.pop(name, None)
                self._cut_hashes.pop(name, None)
                forget_table(name)
            self.release()  # (its rendered rows)
        if last:
            for name in list(self.tables):  # (tables without listings left)
                self.tables.pop(name, None)
            self.release()

    def facet(
        self,
        name: str,
        column: str,
        value,
        title: Callable[[str], str] | None = None,
        positions: np.ndarray | None = None,
    ) -> str:
        """The listing of the rows of table `name` whose `column` is `value`. `positions`: those rows' positions
        (ascending), when the caller has them (an actor's page: its mentions, its claims made)."""
        label = "none" if is_null(value) else str(value)
        heading = title(label) if title else f"{name}: {column} = {label}"
        if positions is not None:
            return self.listing(name, f"{column}={label}", heading, at=positions)
        df = self.tables[name]
        mask = df[column].isna() if is_null(value) else df[column] == value
        return self.listing(name, f"{column}={label}", heading, mask)
