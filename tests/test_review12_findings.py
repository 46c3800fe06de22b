"""review12: findings of a fresh-eyes review of the incremental report (speed12)."""

from __future__ import annotations

import json
from pathlib import Path

from narrative_pipeline.report import build
from report_fixtures import extra_specs


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_page_deleted_by_hand_is_made_again(tmp_path, built):
    # `rm results/report/article/X.html` by hand: the state still holds X's key and the index is
    # unchanged, so the next update took X as 'in place' and the report stayed without it (a link to
    # nowhere) while a cold build has it.
    results, cache, report = built
    page = next(p for p in sorted((report / "article").iterdir()))
    page.unlink()
    build(results, report, specs=extra_specs(), cache_dir=cache)
    build(results, tmp_path / "plain", specs=extra_specs())
    assert _files(report) == _files(tmp_path / "plain")


def test_a_page_edited_by_hand_is_made_again(tmp_path, built):
    # The state keyed pages by the data they were made from, not by their bytes on disk: an edit of an
    # unchanged page (or a file truncated by a full disk) survived every update until a cold build.
    # The state now holds each page's size.
    results, cache, report = built
    page = next(p for p in sorted((report / "article").iterdir()))
    page.write_text("edited by hand", encoding="utf-8")
    build(results, report, specs=extra_specs(), cache_dir=cache)
    build(results, tmp_path / "plain", specs=extra_specs())
    assert _files(report) == _files(tmp_path / "plain")


def test_a_truncated_page_is_made_again_and_the_state_holds_page_sizes(tmp_path, built):
    # A full disk can leave a page cut short: the same key, a file of another size.
    results, cache, report = built
    state = json.loads((cache / "state.json").read_text(encoding="utf-8"))
    assert state["sizes"] and set(state["sizes"]) == set(state["pages"])
    assert all(state["sizes"][rel] == (report / rel).stat().st_size for rel in state["sizes"])
    page = next(p for p in sorted((report / "actor").iterdir()))
    page.write_bytes(page.read_bytes()[:100])
    build(results, report, specs=extra_specs(), cache_dir=cache)
    build(results, tmp_path / "plain", specs=extra_specs())
    assert _files(report) == _files(tmp_path / "plain")
