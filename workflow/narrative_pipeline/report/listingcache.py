"""The rendered rows of the last report's listing pages, taken back from the pages themselves.

A listing page made again (an article added: about 40 pages of about 1,000 rows on BBC) mostly shows rows
the last report's page at the same path showed already. A row's `<tr>` depends on its row value alone
(`signatures.RowValues`: the row, the names of its actors, where its ids link; the table's columns and the
report's code are in the salt), the value the page keys already trust to say what a page shows. So each
build records, for every listing page, its key and the values of its rows in order (`FILE` in the cache
folder); the next build reads such a page of the report folder back, splits its rows, and takes the `<tr>`
of every row whose value it recorded, rendering only the others.

A page's rows are taken only when the page in the folder is the one recorded: the key recorded with its
values is the key the current state gives it (the state describes the folder: its index's digest and salt
match, so a report of another code or of other tables is never used) and the page has the size it was
placed with; and only when it holds as many rows as were recorded. Otherwise its rows are rendered, as
without the file. (A staged build records the keys of pages not in place yet: until they are, the state's
keys differ and nothing is taken from them.) The bytes are the same either way (tests check it).

A row that moved to another page of its listing (rows added before a page cut: the pages after it shift, a
listing's count of pages changes, so every page is made again, each showing rows the last report showed at
another path) is taken from the listing's other recorded pages (`moved_rows`): those whose recorded values
hold a quarter of their rows among the moved ones, each read once, under the same checks: a row's `<tr>` is
the same on every page of its listing (speed45: an article added moved 6,500 of the 14,800 statements, or
7,400 of the 8,950 framing rows, to the page after the one they were on, each rendered again).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from ..jsonio import atomic_write_bytes
from .incremental import Base

FILE = "listings.bin"
_MAGIC = b"NPLISTROWS1\n"
MOVED_SHARE = 4  # `moved_rows` reads a page that showed at least 1 / MOVED_SHARE of its rows among those asked for
_ROW = "\n<tr>"  # where a listing's rows meet: a cell's text has its "<" escaped, so only a row starts so


def save(cache_dir: Path, pages: dict[str, tuple[str, np.ndarray]]) -> None:
    """Record each listing page's key and row values (`pages`: relative path -> (key, uint64 values))."""
    index, parts, offset = {}, [], 0
    for rel in sorted(pages):
        key, values = pages[rel]
        index[rel] = [key, offset, len(values)]
        parts.append(np.ascontiguousarray(values, dtype="<u8").tobytes())
        offset += len(values)
    head = json.dumps(index, sort_keys=True).encode("utf-8")
    data = b"".join([_MAGIC, len(head).to_bytes(8, "little"), head, *parts])
    Path(cache_dir).mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(Path(cache_dir) / FILE, data, durable=False)


def table_rows(page: str) -> list[str] | None:
    """The `<tr>` of each row of a listing page (`rows.Listings.listing_page`'s form), None when it has none."""
    start, end = page.find("<tbody>\n"), page.rfind("\n</tbody>")
    if start < 0 or end < start:
        return None
    body = page[start + len("<tbody>") : end]
    if not body:
        return None
    return ["<tr>" + row for row in body.split(_ROW)[1:]]


class KeptListings:
    """The recorded listing pages of the report folder `base.target`, read back page by page."""

    def __init__(self, cache_dir: Path, base: Base) -> None:
        self.base = base
        self.index: dict[str, list] = {}
        self.values = np.zeros(0, dtype=np.uint64)
        self.taken = 0  # rows taken from pages (for tests and logs)
        self._read: dict[str, dict[int, str]] = {}  # pages read for rows that moved, before their own path asks
        if not base.usable:
            return
        try:
            data = (Path(cache_dir) / FILE).read_bytes()
        except OSError:
            return
        if not data.startswith(_MAGIC):
            return
        at = len(_MAGIC)
        size = int.from_bytes(data[at : at + 8], "little")
        try:
            index = json.loads(data[at + 8 : at + 8 + size])
        except ValueError:
            return
        blob = data[at + 8 + size :]
        if not isinstance(index, dict) or len(blob) % 8:
            return
        self.index, self.values = index, np.frombuffer(blob, dtype="<u8").astype(np.uint64)

    def rows(self, rel: str) -> dict[int, str]:
        """The `<tr>` by row value of the page `rel` as it is in the report folder; empty when it is not
        the page recorded."""
        if rel in self._read:  # (read already for the rows that moved from it)
            return self._read.pop(rel)
        entry = self.index.get(rel)
        if entry is None or not self.base.holds(rel, entry[0]):
            return {}
        key, offset, count = entry
        if offset + count > len(self.values):
            return {}
        try:
            with open(os.path.join(self.base.target, rel), encoding="utf-8", newline="") as f:
                page = f.read()
        except (OSError, ValueError):
            return {}
        rows = table_rows(page if os.linesep == "\n" else page.replace(os.linesep, "\n"))
        if rows is None or len(rows) != count:
            return {}
        return dict(zip(self.values[offset : offset + count].tolist(), rows, strict=True))

    def moved_rows(self, base: str, page_path, read: str, values: np.ndarray) -> dict[int, str]:
        """The `<tr>` by row value of the rows of `values` that the listing `base`'s other recorded pages
        (`page_path(base, q)` its page `q`, numbered from 0 without gaps; `read`: the page already read)
        showed: only the pages whose recorded values hold them for a quarter of their rows or more are read
        (`MOVED_SHARE`), each checked as `rows` checks it (a row changed, or new, is on none of them: no page is
        read for it)."""
        out: dict[int, str] = {}
        q = 0
        while (rel := page_path(base, q)) in self.index:
            q += 1
            if rel == read:
                continue
            _, offset, count = self.index[rel]
            # a page is read for a quarter of its rows or more: reading and splitting a page costs about what
            # rendering a quarter of its rows does (a row or two moved over each cut: rendered)
            if int(np.isin(self.values[offset : offset + count], values).sum()) * MOVED_SHARE < count:
                continue
            rows = self._read.get(rel)
            if rows is None:
                rows = self._read[rel] = self.rows(rel)
            out.update(rows)
        return out
