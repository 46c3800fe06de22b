"""review41: speed45's moved listing rows (`listingcache.KeptListings.moved_rows`) tried against stale content. A row
is taken by its row value (the row, the names of its actors, the articles its ids link to), so a row whose content
changed as it moved to another page is rendered again: the report updated with the page cache is the report made
from nothing, byte for byte, when every row moves and at once one row's text changes, or an actor's name that moved
rows show changes, or the article a moved row's mention id links to changes."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from narrative_pipeline.catalogue import table
from narrative_pipeline.report import build
from report_fixtures import extra_specs, make_results
from test_speed45 import Counted, _files, _insert_first_mention, counted, small_pages  # noqa: F401 (fixtures)


def _edit(results: Path, name: str, column: str, change) -> None:
    path = results / table(name).path
    t = pq.read_table(path)
    values = change(t.column(column).to_pylist())
    pq.write_table(t.set_column(t.schema.get_field_index(column), t.schema.field(column), pa.array(values)), path)


def _last_text_changed(values: list) -> list:
    return [*values[:-1], values[-1] + " (edited)"]


def _renamed_ukraine(results: Path) -> None:
    _edit(results, "actors", "name", lambda names: ["Ukraina" if n.startswith("Ukraine") else n for n in names])


def _mention_moved_to_article_c(results: Path) -> None:
    # (the last mention's row: its article changes, so its mention id's link in every row that shows it changes)
    _edit(results, "mentions", "article_id", lambda ids: [*ids[:-1], "cccccccccccccccc"])


@pytest.mark.parametrize(
    "change",
    [
        lambda results: _edit(results, "mentions", "text", _last_text_changed),
        _renamed_ukraine,
        _mention_moved_to_article_c,
    ],
    ids=["row text", "actor name", "linked article"],
)
def test_a_row_changed_as_it_moved_is_rendered_again(tmp_path, small_pages, counted: Counted, change):  # noqa: F811
    results = make_results(tmp_path / "results", extra=True)
    cache, report = tmp_path / "cache", tmp_path / "report"
    build(results, report, specs=extra_specs(), cache_dir=cache)
    _insert_first_mention(results)  # every mention row after the first moves
    change(results)
    build(results, report, specs=extra_specs(), cache_dir=cache)
    # (pages were read for the rows that moved; renamed, every row of the listings that shows Ukraine changed)
    assert counted.moved or change is _renamed_ukraine
    plain = tmp_path / "plain"
    build(results, plain, specs=extra_specs())
    assert _files(report) == _files(plain)
