"""Row listings: the rows behind every number of the report, as paged HTML tables.

Each table's rows are rendered once (ids become links to the article or actor pages); a listing is
a selection of those pre-rendered rows, written as `rows/<name>.html` (and `-2`, `-3`, ... beyond
PAGE rows). Columns come from the table itself, so new columns appear without code changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import pandas as pd

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
        self.claim_article = dict(zip(claims.claim_id, claims.article_id, strict=True)) if claims is not None else {}
        self.mention_article = (
            dict(zip(mentions.mention_id, mentions.article_id, strict=True)) if mentions is not None else {}
        )
        self._rendered: dict[str, tuple[list[str], pd.Series]] = {}
        self.sink: Callable[[str, str], None] = lambda path, html: None  # set by the builder: writes a page
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
            elif type(v) is int or type(v) is bool:
                out.append(f"<td>{v}</td>")
            elif v is None or (type(v) is float and v != v):  # null, NaN
                out.append("<td></td>")
            else:
                out.append(f"<td>{self.cell(column, v, prefix)}</td>")
        return out

    def rendered(self, name: str) -> tuple[list[str], pd.Series]:
        """Header and one `<tr>` per row (indexed like the table), rendered once."""
        if name not in self._rendered:
            df = self.tables[name]
            cols = self.columns(name)
            prefix = "../"
            cells = [self.column_cells(c, df[c].tolist(), prefix) for c in cols]
            html_rows = ["<tr>" + "".join(row) + "</tr>" for row in zip(*cells, strict=True)] if cols else []
            self._rendered[name] = (cols, pd.Series(html_rows, index=df.index, dtype=object))
        return self._rendered[name]

    def listing(self, name: str, key: str, title: str, mask: pd.Series | Sequence[bool] | None = None) -> str:
        """Write the listing of the rows of table `name` selected by `mask`; its href from the report root."""
        base = key if key == name else f"{name}-{slug(key)}"
        href = f"rows/{base}.html"
        if href in self.written:
            return href
        self.written.add(href)
        cols, rendered = self.rendered(name)
        chosen = (
            rendered if mask is None else rendered[pd.Series(mask, index=rendered.index).fillna(False).astype(bool)]
        )
        rows = chosen.tolist()
        n_pages = max(1, -(-len(rows) // PAGE))
        for p in range(n_pages):
            path = f"rows/{base}.html" if p == 0 else f"rows/{base}-{p + 1}.html"
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
                f'<p class="count">{len(rows):,} rows of <code>{esc(name)}</code></p>{nav}'
                f'<table class="rows"><thead><tr>{head}</tr></thead><tbody>\n'
                + "\n".join(rows[p * PAGE : (p + 1) * PAGE])
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
