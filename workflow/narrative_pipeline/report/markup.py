"""HTML building blocks: escaping, page frame, links to articles, actors and row listings, tables.

Every piece of text from the data goes through `esc` (or `esc_text` for archived text, which also
keeps carriage returns), so markup inside an article is shown, never run.
"""

from __future__ import annotations

import hashlib
import html
import math
import re
import sys
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

ASSETS = "assets"


_SPECIAL = re.compile(r"[&<>\"']")


def esc(value: Any) -> str:
    """Escaped text of a cell value; empty for null."""
    kind = type(value)
    if kind is str:
        return html.escape(value, quote=True) if _SPECIAL.search(value) else value
    if kind is int:  # (digits and a sign: nothing to escape; speed61)
        return str(value)
    if is_null(value):
        return ""
    return html.escape(str(value), quote=True)


def esc_strings(values: list[str]) -> list[str]:
    """`esc` of each string of a list, escaped in one pass over their joined text (a column of a
    listing: the same strings as escaping one at a time, without a call and a search per value)."""
    if not values:
        return []
    joined = "\0".join(values)
    if joined.count("\0") != len(values) - 1:  # a value holds NUL itself: one at a time
        return [esc(v) for v in values]
    return html.escape(joined, quote=True).split("\0")


def esc_values(values: list) -> list[str]:
    """`esc` of each value of a list, its strings escaped in one pass (`esc_strings`); the same strings."""
    strings = [v for v in values if type(v) is str]
    if len(strings) == len(values):
        return esc_strings(strings)
    escaped = iter(esc_strings(strings)).__next__
    return [escaped() if type(v) is str else esc(v) for v in values]


def esc_text(text: str) -> str:
    """Escaped archived text: carriage returns as character references, so the page's text equals the
    archived text exactly (HTML parsing would turn CR LF into LF)."""
    return html.escape(text, quote=False).replace("\r", "&#13;")


def is_null(value: Any) -> bool:
    if value is None:
        return True
    if type(value) is str or type(value) is int:  # (most values; never null: speed61)
        return False
    if isinstance(value, float):
        return math.isnan(value)
    pd = sys.modules.get("pandas")  # not imported: no pandas null can exist (the publish job imports none)
    return pd is not None and (value is pd.NA or value is pd.NaT)


@cache
def slug(value: str, limit: int = 40) -> str:
    """A file-name-safe form of any value: readable part plus a short hash (unique per value)."""
    readable = re.sub(r"[^a-z0-9]+", "-", str(value).lower()).strip("-")[:limit] or "x"
    return f"{readable}-{hashlib.sha256(str(value).encode('utf-8')).hexdigest()[:8]}"


def article_href(article_id: str, prefix: str = "") -> str:
    return f"{prefix}article/{article_id}.html"


def actor_href(actor_id: str, prefix: str = "") -> str:
    return f"{prefix}actor/{slug(actor_id)}.html"


def link(href: str, label: Any, cls: str | None = None) -> str:
    attr = f' class="{cls}"' if cls else ""
    return f'<a href="{esc(href)}"{attr}>{esc(label)}</a>'


def number(href: str | None, n: int) -> str:
    """A count; a link to the rows behind it when there are any."""
    if not href or not n:
        return f'<span class="num">{n:,}</span>'
    return f'<a class="num" href="{esc(href)}">{n:,}</a>'


def page(title: str, body: str, prefix: str = "", nav: bool = True) -> str:
    """A whole page; `prefix` leads from the page's folder to the report root."""
    links = _nav(prefix) if nav else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title>"
        f'<link rel="stylesheet" href="{prefix}{ASSETS}/report.css">'
        f'<script src="{prefix}{ASSETS}/report.js" defer></script>'
        f"</head><body>{links}<main>\n<h1>{esc(title)}</h1>\n{body}\n</main></body></html>\n"
    )


@cache
def _nav(prefix: str) -> str:
    """The links atop every page, made once per `prefix` (the same on every page of a folder; speed61)."""
    items = [
        ("index.html", "Overview"),
        ("rows/articles.html", "Articles"),
        ("actors.html", "Actors"),
        ("network.html", "Network"),
        ("rows/claims.html", "Claims"),
    ]
    return "<nav>" + " ".join(link(prefix + h, t) for h, t in items) + "</nav>"


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], cls: str = "rows") -> str:
    """An HTML table; cells are already HTML."""
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in rows)
    return table_frame(headers, body, cls)


def table_frame(headers: Sequence[str], body: str, cls: str = "rows") -> str:
    """An HTML table around `body`, its rows already HTML (each `<tr>...</tr>` and a newline)."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>\n{body}</tbody></table>'


def section(title: str, body: str, anchor: str | None = None) -> str:
    ident = f' id="{esc(anchor)}"' if anchor else ""
    return f"<section{ident}><h2>{esc(title)}</h2>\n{body}\n</section>\n"


def dl(items: Iterable[tuple[str, str]]) -> str:
    """A definition list; values are already HTML. Each key's escaped `<dt>` is made once (`_term`: the keys are
    column names and a few words, the same on every claim and page; speed61)."""
    terms = _TERMS
    return '<dl class="meta">' + "".join(f"{terms.get(k) or _term(k)}{v}</dd>" for k, v in items) + "</dl>"


_TERMS: dict[str, str] = {}


def _term(key: Any) -> str:
    """`<dt>{esc(key)}</dt><dd>`, kept per string key (`_TERMS`, which `dl` asks first: the keys are hashable)."""
    if type(key) is not str:
        return f"<dt>{esc(key)}</dt><dd>"
    term = _TERMS.get(key)
    if term is None:
        term = _TERMS[key] = f"<dt>{esc(key)}</dt><dd>"
    return term
