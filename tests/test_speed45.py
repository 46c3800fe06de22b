"""speed45: the listing pages made again take the rows that moved to another page of their listing from the
last report's pages (`listingcache.KeptListings.moved_rows`), with the same bytes as rendering them. (The warm
worker's spare child for the report's pages, tried in this session, is not kept: BENCHMARKS.md, speed45.)"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from narrative_pipeline.catalogue import table
from narrative_pipeline.report import build, rows
from narrative_pipeline.report import listingcache as lc
from report_fixtures import extra_specs, make_results


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _insert_first_mention(results: Path) -> None:
    """A mention put before the others (a copy of the first, with an id of its own): every row after it moves."""
    path = results / table("mentions").path
    t = pq.read_table(path)
    first = t.slice(0, 1)
    ids = first.column("mention_id").to_pylist()
    first = first.set_column(
        first.schema.get_field_index("mention_id"), first.schema.field("mention_id"), pa.array([ids[0] + "a"])
    )
    pq.write_table(pa.concat_tables([first.cast(t.schema), t]), path)


@pytest.fixture
def small_pages(monkeypatch):
    """Listing pages of two or three rows (the fixture's tables are small: a row put first moves others to the next page)."""
    monkeypatch.setattr(rows, "MIN_PAGE", 1)
    monkeypatch.setattr(rows, "MAX_PAGE", 3)
    monkeypatch.setattr(rows, "CUT", 1)


class Counted:
    def __init__(self) -> None:
        self.taken = 0
        self.moved: list[str] = []  # the pages read for rows that moved


@pytest.fixture
def counted(monkeypatch) -> Counted:
    seen = Counted()
    made, rows_of, moved = lc.KeptListings.__init__, lc.KeptListings.rows, lc.KeptListings.moved_rows

    def init(self, *args):
        made(self, *args)
        seen.kept = self  # type: ignore[attr-defined]

    def offered(self, rel):
        got = rows_of(self, rel)
        seen.taken = self.taken
        return got

    def moved_from(self, base, page_path, read, values):
        before = set(self._read)
        got = moved(self, base, page_path, read, values)
        seen.moved.extend(sorted(set(self._read) - before))
        return got

    monkeypatch.setattr(lc.KeptListings, "__init__", init)
    monkeypatch.setattr(lc.KeptListings, "rows", offered)
    monkeypatch.setattr(lc.KeptListings, "moved_rows", moved_from)
    return seen


def _rebuild_after_insert(tmp_path: Path) -> tuple[Path, Path]:
    results = make_results(tmp_path / "results", extra=True)
    cache, report = tmp_path / "cache", tmp_path / "report"
    build(results, report, specs=extra_specs(), cache_dir=cache)
    before = {p.name: p.read_bytes() for p in (report / "rows").glob("mentions*.html")}
    assert len(before) >= 3  # (the listing in pages)
    _insert_first_mention(results)
    build(results, report, specs=extra_specs(), cache_dir=cache)
    return results, report


def test_rows_moved_to_another_page_are_taken_from_the_page_that_showed_them(tmp_path, small_pages, counted):
    results, report = _rebuild_after_insert(tmp_path)
    n_mentions = pq.read_metadata(results / table("mentions").path).num_rows
    assert counted.moved and all(p.startswith("rows/mentions") for p in counted.moved)
    # the pages made again show the new mention and 4 shown before, one of which moved from the first page to the
    # second: all 4 taken (3 from the pages at their own path, 1 from the page it moved from)
    assert n_mentions == 8 and counted.kept.taken == 4  # type: ignore[attr-defined]
    plain = tmp_path / "plain"
    build(results, plain, specs=extra_specs())
    assert _files(report) == _files(plain)


def test_without_the_moved_rows_the_same_bytes_and_fewer_rows_taken(tmp_path, small_pages, counted, monkeypatch):
    """The near case: the pages at their own path alone (as before speed45) take fewer rows; the bytes are the same."""
    monkeypatch.setattr(lc.KeptListings, "moved_rows", lambda self, *a: {})
    results, report = _rebuild_after_insert(tmp_path / "own")
    alone = counted.taken
    monkeypatch.undo()
    # (undo dropped the small pages and the counter too: set again for the build with moved rows)
    monkeypatch.setattr(rows, "MIN_PAGE", 1)
    monkeypatch.setattr(rows, "MAX_PAGE", 3)
    monkeypatch.setattr(rows, "CUT", 1)
    seen = {}
    init = lc.KeptListings.__init__

    def kept(self, *args):
        init(self, *args)
        seen["kept"] = self

    monkeypatch.setattr(lc.KeptListings, "__init__", kept)
    results2, report2 = _rebuild_after_insert(tmp_path / "moved")
    assert seen["kept"].taken > alone
    assert _files(report) == _files(report2)


def test_a_row_changed_or_new_reads_no_page_of_its_listing(tmp_path):
    """`moved_rows` reads only the pages whose recorded values hold a value asked for."""

    class Holding:  # (a base whose state holds every page: `KeptListings` asks it `holds` and `target`)
        target = tmp_path

        def holds(self, rel, key):
            return True

    kept = lc.KeptListings.__new__(lc.KeptListings)
    kept.base, kept.taken, kept._read = Holding(), 0, {}
    pages = {"rows/x.html": [1, 2], "rows/x-2.html": [3, 4], "rows/x-3.html": [5, 6, 7, 8, 10]}
    kept.index, offset, blobs = {}, 0, []
    for rel, values in pages.items():
        kept.index[rel] = ["key", offset, len(values)]
        offset += len(values)
        blobs.extend(values)
        body = "\n".join(f"<tr><td>{v}</td></tr>" for v in values)
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(f"<table><tbody>\n{body}\n</tbody></table>")
    kept.values = np.array(blobs, dtype=np.uint64)
    got = kept.moved_rows("x", rows.page_path, "rows/x.html", np.array([4, 9], dtype=np.uint64))
    assert got == {3: "<tr><td>3</td></tr>", 4: "<tr><td>4</td></tr>"} and set(kept._read) == {"rows/x-2.html"}
    assert kept.moved_rows("x", rows.page_path, "rows/x.html", np.array([9], dtype=np.uint64)) == {}
    assert set(kept._read) == {"rows/x-2.html"}  # (9 is on no page: none read)
    # a page holding fewer than a quarter of its rows among those asked for is not read (1 of 5: rendered)
    assert kept.moved_rows("x", rows.page_path, "rows/x.html", np.array([5], dtype=np.uint64)) == {}
    got = kept.moved_rows("x", rows.page_path, "rows/x.html", np.array([5, 6], dtype=np.uint64))
    assert set(got) == {5, 6, 7, 8, 10} and set(kept._read) == {"rows/x-2.html", "rows/x-3.html"}
    # the page read for its moved rows is not read again when its own path asks for it
    (tmp_path / "rows/x-2.html").unlink()
    assert kept.rows("rows/x-2.html") == {3: "<tr><td>3</td></tr>", 4: "<tr><td>4</td></tr>"}
