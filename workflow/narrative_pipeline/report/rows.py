"""Row listings: the rows behind every number of the report, as paged HTML tables.

Each table's rows are rendered once (ids become links to the article or actor pages); a listing is
a selection of those pre-rendered rows, written as `rows/<name>.html` (and `-2`, `-3`, ... beyond
PAGE rows). Columns come from the table itself, so new columns appear without code changes.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .grouped import mapping
from .markup import actor_href, article_href, esc, is_null, link, page, slug

PAGE = 1000
HIDDEN = re.compile(r"^(.+_(start|end)|head_i|shard|sha256|language_score|text_sha256|sentence_id|.+_cue)$")


class Listings:
    """Pre-rendered rows of every table and the listing pages made from them."""

    def __init__(self, tables: dict[str, pd.DataFrame], names: dict[str, str]):
        self.tables = tables
        self.names = names
        claims = tables.get("claims")
        mentions = tables.get("mentions")
        self.claim_article = mapping(claims, "claim_id", "article_id") if claims is not None else {}
        self.mention_article = mapping(mentions, "mention_id", "article_id") if mentions is not None else {}
        self._html: dict[str, np.ndarray] = {}  # each table's rendered `<tr>` by row position, None until needed
        self._hashed: dict[str, Any] = {}
        self.sink: Callable[[str, str], None] = lambda path, html: None  # set by the builder: writes a page
        self.reuse: Any = None  # set by the builder: the page cache (`build.Reuse`), or None
        self.written: set[str] = set()

    def columns(self, name: str) -> list[str]:
        return [c for c in self.tables[name].columns if not HIDDEN.match(c)]

    def cell(self, column: str, value, prefix: str) -> str:
        if is_null(value):
            return ""
        if column == "article_id":
            return link(article_href(value, prefix), value)
        if column.endswith("actor_id"):
            return link(actor_href(value, prefix), self.names.get(value, value))
        if column == "claim_id" and value in self.claim_article:
            return link(f"{article_href(self.claim_article[value], prefix)}#{value}", value)
        if column == "mention_id" and value in self.mention_article:
            return link(f"{article_href(self.mention_article[value], prefix)}#{value}", value)
        if isinstance(value, list | tuple) or hasattr(value, "tolist"):
            value = ", ".join(str(v) for v in list(value))
        return esc(value)

    def column_cells(self, column: str, values: list, prefix: str) -> list[str]:
        """`<td>` cells of one column: the renderer is chosen once per column, not per cell."""
        if column in {"article_id", "claim_id", "mention_id"} or column.endswith("actor_id"):
            memo: dict = {}  # ids repeat (an article's rows, an actor's mentions): each link is made once
            out = []
            for v in values:
                html = memo.get(v) if type(v) is str else None
                if html is None:
                    html = f"<td>{self.cell(column, v, prefix)}</td>"
                    if type(v) is str:
                        memo[v] = html
                out.append(html)
            return out
        out = []
        for v in values:
            if type(v) is str:
                out.append(f"<td>{esc(v)}</td>")
            elif type(v) is int or type(v) is bool or type(v) is float and v == v:  # a number's text needs no escape
                out.append(f"<td>{v}</td>")
            elif v is None or type(v) is float:  # null, NaN
                out.append("<td></td>")
            elif type(v) is np.ndarray or type(v) is list:  # list columns (evidence, authors, warnings)
                out.append(f"<td>{esc(', '.join(str(x) for x in v))}</td>")
            else:
                out.append(f"<td>{self.cell(column, v, prefix)}</td>")
        return out

    def rows_html(self, name: str, positions: np.ndarray) -> list[str]:
        """The `<tr>` of each row position of table `name`, rendered once (only rows some page shows)."""
        df = self.tables[name]
        html = self._html.get(name)
        if html is None:
            html = self._html[name] = np.full(len(df), None, dtype=object)
        todo = positions[np.equal(html[positions], None)] if len(positions) else positions
        if len(todo):
            sub = df.iloc[todo]
            cells = [self.column_cells(c, sub[c].tolist(), "../") for c in self.columns(name)]
            html[todo] = ["<tr>" + "".join(row) + "</tr>" for row in zip(*cells, strict=True)] if cells else ""
        return html[positions].tolist()

    def page_key(self, name: str, path: str, head: str, positions: np.ndarray) -> str:
        """What a listing page shows: its path and head (title, count, pager), the table's columns, its
        rows (their hashes), the names of the actors in them and where their claim and mention ids link."""
        from .keys import Hashed, finish

        if name not in self._hashed:
            df = self.tables[name]
            links = [
                np.array([targets.get(v) for v in df[column].tolist()], dtype=object)
                for column, targets in (("claim_id", self.claim_article), ("mention_id", self.mention_article))
                if column in df.columns
            ]
            self._hashed[name] = (Hashed.of(name, df), links)
        hashed, links = self._hashed[name]
        digest = hashlib.sha256(f"{self.reuse.salt}\0{path}\0{head}\0".encode())
        ids: set[str] = set()
        hashed.update(digest, positions, ids)
        return finish(digest, ids, self.names, [targets[positions].tolist() for targets in links])

    def listing(self, name: str, key: str, title: str, mask: pd.Series | Sequence[bool] | None = None) -> str:
        """Write the listing of the rows of table `name` selected by `mask`; its href from the report root.
        With the page cache, a page whose key is there is taken from it instead of being made."""
        base = key if key == name else f"{name}-{slug(key)}"
        href = f"rows/{base}.html"
        if href in self.written:
            return href
        self.written.add(href)
        df = self.tables[name]
        cols = self.columns(name)
        if mask is None:
            positions = np.arange(len(df))
        else:
            chosen = pd.Series(mask, index=df.index).fillna(False).astype(bool).to_numpy()
            positions = np.flatnonzero(chosen)
        n_rows = len(positions)
        n_pages = max(1, -(-n_rows // PAGE))
        for p in range(n_pages):
            path = f"rows/{base}.html" if p == 0 else f"rows/{base}-{p + 1}.html"
            shown = positions[p * PAGE : (p + 1) * PAGE]
            if self.reuse is not None and self.reuse.place(
                path, self.page_key(name, path, repr((title, n_rows, n_pages, p)), shown)
            ):
                continue
            nav = ""
            if n_pages > 1:
                nav = (
                    '<p class="pager">'
                    + " ".join(
                        f"<b>{q + 1}</b>"
                        if q == p
                        else link(f"{base}.html" if q == 0 else f"{base}-{q + 1}.html", q + 1)
                        for q in range(n_pages)
                    )
                    + "</p>"
                )
            head = "".join(f"<th>{esc(c)}</th>" for c in cols)
            body = (
                f'<p class="count">{n_rows:,} rows of <code>{esc(name)}</code></p>{nav}'
                f'<table class="rows"><thead><tr>{head}</tr></thead><tbody>\n'
                + "\n".join(self.rows_html(name, shown))
                + "\n</tbody></table>"
            )
            self.sink(path, page(title, body, prefix="../"))
        return href

    def facet(self, name: str, column: str, value, title: Callable[[str], str] | None = None) -> str:
        df = self.tables[name]
        mask = df[column].isna() if is_null(value) else df[column] == value
        label = "none" if is_null(value) else str(value)
        heading = title(label) if title else f"{name}: {column} = {label}"
        return self.listing(name, f"{column}={label}", heading, mask)
