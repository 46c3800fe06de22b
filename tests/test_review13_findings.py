"""review13: findings of a fresh-eyes review of session 13's changes (the incremental report's page sizes,
the parse's faster paths)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from narrative_pipeline.report import build
from report_fixtures import extra_specs

BUILD = importlib.import_module("narrative_pipeline.report.builder")


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _update_touching_a_page_before_the_state(monkeypatch, tmp_path, built, touch) -> tuple[Path, Path]:
    """A cold build with the cache (`built`: a copy of one), then an update during which a page (in place, untouched
    by the update) is changed by hand just before the new state is recorded, then an update as usual."""
    results, cache, report = built
    page = sorted((report / "article").iterdir())[0]
    record = BUILD.record

    def record_after_the_hand(cache_dir, state, out):
        touch(page)
        record(cache_dir, state, out)

    with monkeypatch.context() as m:
        m.setattr(BUILD, "record", record_after_the_hand)
        build(results, report, specs=extra_specs(), cache_dir=cache)
    build(results, report, specs=extra_specs(), cache_dir=cache)
    build(results, tmp_path / "plain", specs=extra_specs())
    return report, tmp_path / "plain"


def test_a_page_missing_when_the_state_is_recorded_is_made_again(monkeypatch, tmp_path, built):
    # The state holds no size for a page that was not there when it was recorded; the size check then
    # compared None (no file) with None (no size) and took the missing page as in place, at every update
    # until a cold build (the existence check before session 13 made it again).
    report, plain = _update_touching_a_page_before_the_state(monkeypatch, tmp_path, built, Path.unlink)
    assert _files(report) == _files(plain)


@pytest.mark.xfail(
    strict=True,
    reason="review13: the sizes are read from the folder when the state is recorded, not from the pages "
    "placed: a page edited by hand during an update keeps its edit at every later update",
)
def test_a_page_edited_during_an_update_is_made_again(monkeypatch, tmp_path, built):
    report, plain = _update_touching_a_page_before_the_state(
        monkeypatch, tmp_path, built, lambda page: page.write_bytes(page.read_bytes() + b"<!-- edited -->")
    )
    assert _files(report) == _files(plain)
