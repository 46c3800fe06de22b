"""speed38: the listing pages made again take the rows they showed before from the last report's pages
(`report.listingcache`): the same bytes as rendering them, and only from a page the state says is in place."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from narrative_pipeline.catalogue import table
from narrative_pipeline.report import build
from narrative_pipeline.report import listingcache as lc
from report_fixtures import extra_specs, make_results


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _change_first_claim(results: Path) -> None:
    path = results / table("claims").path
    t = pq.read_table(path)
    values = t.column("text").to_pylist()
    values[0] += " (changed)"
    pq.write_table(t.set_column(t.schema.get_field_index("text"), "text", pa.array(values, pa.large_string())), path)


class Taken:
    """What the builds since it was made took from the last report's pages: the rows, and the pages that
    offered rows (`KeptListings.rows` gave some)."""

    def __init__(self) -> None:
        self.builds: list[lc.KeptListings] = []
        self.pages: set[str] = set()

    @property
    def rows(self) -> int:
        return sum(k.taken for k in self.builds)


@pytest.fixture
def taken(monkeypatch) -> Taken:
    seen = Taken()
    made, rows = lc.KeptListings.__init__, lc.KeptListings.rows

    def kept(self, *args):
        made(self, *args)
        seen.builds.append(self)

    def offered(self, rel):
        got = rows(self, rel)
        if got:
            seen.pages.add(rel)
        return got

    monkeypatch.setattr(lc.KeptListings, "__init__", kept)
    monkeypatch.setattr(lc.KeptListings, "rows", offered)
    return seen


def test_a_page_made_again_takes_its_unchanged_rows_from_the_last_report(tmp_path, taken):
    results = make_results(tmp_path / "results", extra=True)
    cache, report = tmp_path / "cache", tmp_path / "report"
    build(results, report, specs=extra_specs(), cache_dir=cache)
    build(results, report, specs=extra_specs(), cache_dir=cache)
    assert taken.rows == 0 and taken.pages == set()  # a cold build, then no change: nothing made again
    _change_first_claim(results)
    n_claims = pq.read_metadata(results / table("claims").path).num_rows
    build(results, report, specs=extra_specs(), cache_dir=cache)
    assert taken.rows == n_claims - 1 > 0 and "rows/claims.html" in taken.pages  # every row but the changed one
    plain = tmp_path / "plain"
    build(results, plain, specs=extra_specs())
    assert _files(report) == _files(plain) and "(changed)" in (report / "rows/claims.html").read_text()


def test_rows_of_another_code_version_or_of_pages_not_in_place_are_never_taken(tmp_path, built, taken, monkeypatch):
    import narrative_pipeline.report as report_package

    (results, cache, report), plain = built, tmp_path / "plain"
    _change_first_claim(results)
    # a staged build that is never placed records the keys of pages not in the folder: those are not used
    build(results, tmp_path / "staged", specs=extra_specs(), cache_dir=cache, staged=True, report=report)
    assert "rows/claims.html" in taken.pages  # (the staged build took them from the report in place)
    taken.pages.clear()
    build(results, report, specs=extra_specs(), cache_dir=cache)
    assert "rows/claims.html" not in taken.pages, taken.pages
    build(results, plain, specs=extra_specs())
    assert _files(report) == _files(plain)
    # another code version: the state does not describe the folder for it, so nothing is taken
    before = taken.rows
    _change_first_claim(results)
    monkeypatch.setattr(report_package, "code_fingerprint", lambda: "another version of the report code")
    build(results, report, specs=extra_specs(), cache_dir=cache)
    assert taken.rows == before


@pytest.mark.parametrize("damage", ["truncated", "other magic", "deleted"])
def test_a_damaged_record_gives_no_rows_and_the_same_report(tmp_path, built, taken, damage):
    """(A page edited by hand to the same size is not seen, as `incremental.Base.place` does not see it.)"""
    (results, cache, report), plain = built, tmp_path / "plain"
    record = cache / lc.FILE
    if damage == "truncated":
        record.write_bytes(record.read_bytes()[:-5])
    elif damage == "other magic":
        record.write_bytes(b"X" + record.read_bytes()[1:])
    else:
        record.unlink()
    _change_first_claim(results)
    build(results, report, specs=extra_specs(), cache_dir=cache)
    assert taken.pages == set() and taken.rows == 0
    build(results, plain, specs=extra_specs())
    assert _files(report) == _files(plain)


def test_a_listing_page_splits_into_its_rows():
    rows = ["<tr><td>a</td></tr>", "<tr><td>two\nlines &lt;tr&gt;</td></tr>", "<tr><td></td></tr>"]
    page = '<p>x</p><table class="rows"><thead><tr><th>c</th></tr></thead><tbody>\n' + "\n".join(rows)
    assert lc.table_rows(page + "\n</tbody></table>") == rows
    assert lc.table_rows("<tbody>\n\n</tbody>") == [] and lc.table_rows("no table") is None
