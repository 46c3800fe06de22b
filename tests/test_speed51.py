"""speed51: the publish job puts the report files it replaces or deletes aside (`report.trash`) instead of freeing
them on the run's last job; the next report job deletes them in a thread. The report's bytes are the same."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from narrative_pipeline.catalogue import table
from narrative_pipeline.report import build
from narrative_pipeline.report import incremental as inc
from narrative_pipeline.report import trash as trash_mod
from narrative_pipeline.report.markup import article_href
from narrative_pipeline.report.staged import place, wait_for_removals
from report_fixtures import extra_specs, make_results
from test_report_cache import _files, _rewrite, place_interrupted


def _stage(results: Path, root: Path, cache: Path) -> dict:
    stats = build(results, root / ".staged", specs=extra_specs(), cache_dir=cache, staged=True, report=root / "report")
    wait_for_removals()
    (root / ".staged" / ".snakemake_timestamp").write_text("")  # Snakemake's mark in a folder output
    (root / "report" / "index.html").unlink(missing_ok=True)  # Snakemake deletes the publish job's outputs
    return stats


def _publish(results: Path, root: Path, cache: Path) -> dict:
    stats = _stage(results, root, cache)
    place(root / ".staged", root / "report", results, root / "report.html")
    wait_for_removals()
    return stats


def _one_go(results: Path, folder: Path) -> dict[str, bytes]:
    build(results, folder, specs=extra_specs())
    return _files(folder)


def _trash(cache: Path) -> list[Path]:
    return sorted(p for p in (cache / trash_mod.FOLDER).rglob("*") if p.is_file()) if (cache / "trash").is_dir() else []


def _changed_run(tmp_path: Path) -> tuple[Path, Path, Path, str, dict[str, bytes]]:
    """A report published twice, then the claims' text changed (an article's page and listings change)."""
    results = make_results(tmp_path / "results", extra=True)
    root, cache = tmp_path / "run", tmp_path / "run" / "cache"
    root.mkdir()
    _publish(results, root, cache)
    _publish(results, root, cache)
    before = _files(root / "report")
    claims = results / table("claims").path
    import pyarrow.parquet as pq

    changed = pq.read_table(claims).to_pylist()[0]["article_id"]
    _rewrite(claims, "text", lambda v: [v[0] + " (changed)", *v[1:]])
    return results, root, cache, changed, before


def test_placed_pages_keep_the_old_files_aside_and_the_bytes_of_a_build_in_one_go(tmp_path):
    results, root, cache, changed, before = _changed_run(tmp_path)
    shutil.rmtree(cache / trash_mod.FOLDER, ignore_errors=True)
    _stage(results, root, cache)
    staged = sorted(_files(root / ".staged"))
    place(root / ".staged", root / "report", results, root / "report.html")
    wait_for_removals()
    assert _files(root / "report") == _one_go(results, tmp_path / "one")
    assert not (root / ".staged").exists()
    kept = {p.read_bytes() for p in _trash(cache)}
    # every page replaced is still a file in the trash (its old bytes), not freed by the publish job
    replaced = [rel for rel in staged if rel in before and rel != "index.html"]
    assert article_href(changed) in replaced
    assert all(before[rel] in kept for rel in replaced)
    # (the old index: deleted by Snakemake before the job, a declared output of it)


def test_the_next_report_job_deletes_what_was_put_aside(tmp_path):
    results, root, cache, _, _ = _changed_run(tmp_path)
    _publish(results, root, cache)
    before = sorted((cache / trash_mod.FOLDER).iterdir())
    assert _trash(cache) and before
    _stage(results, root, cache)  # the next run's report job
    assert not any(p.exists() for p in before) and not list(cache.glob(".trash*"))
    # what is left: the old copies of the cache files this build replaced, for the next one to delete
    assert {p.name for p in (cache / trash_mod.FOLDER).rglob("*") if p.is_file()} <= {"1", "2", "3"}
    place(root / ".staged", root / "report", results, root / "report.html")
    assert _files(root / "report") == _one_go(results, tmp_path / "one")


def test_a_trash_folder_left_by_a_job_that_ended_first_is_deleted(tmp_path):
    results, root, cache, _, _ = _changed_run(tmp_path)
    left = cache / ".trash.123-abc"
    (left / "x").mkdir(parents=True)
    (left / "x" / "1").write_text("an old page")
    (cache / trash_mod.FOLDER / "9-junk").mkdir(parents=True)
    (cache / trash_mod.FOLDER / "9-junk" / "1").write_text("junk")
    _publish(results, root, cache)
    assert not left.exists()
    assert not (cache / trash_mod.FOLDER / "9-junk").exists()
    assert _files(root / "report") == _one_go(results, tmp_path / "one")


def test_a_page_replaced_is_never_missing_from_the_report(tmp_path, monkeypatch):
    """The old page keeps a second link, and the new one is renamed over it: a reader sees one or the other."""
    results, root, cache, _, before = _changed_run(tmp_path)
    _stage(results, root, cache)
    real_replace, seen = os.replace, []

    def checked_replace(src, dst):
        rel = os.path.relpath(dst, root / "report")
        if rel in before and rel != "index.html":  # (the index: deleted by Snakemake before the job)
            seen.append(rel)
            assert os.path.exists(dst)  # still there just before
        real_replace(src, dst)

    monkeypatch.setattr(inc.os, "replace", checked_replace)
    place(root / ".staged", root / "report", results, root / "report.html")
    monkeypatch.undo()
    assert seen


def test_without_hard_links_or_renames_into_the_trash_files_are_replaced_and_deleted_as_before(tmp_path, monkeypatch):
    results, root, cache, _, _ = _changed_run(tmp_path)
    _stage(results, root, cache)
    aside = _trash(cache)  # (the build's own cache files)

    def refused(*args, **kwargs):
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(trash_mod.os, "link", refused)
    monkeypatch.setattr(trash_mod.os, "rename", refused)
    place(root / ".staged", root / "report", results, root / "report.html")
    monkeypatch.undo()
    assert not (root / ".staged").exists() and _trash(cache) == aside  # (nothing more put aside)
    assert not (cache / inc.PENDING).exists()
    assert _files(root / "report") == _one_go(results, tmp_path / "one")


def test_a_trash_that_cannot_be_made_deletes_as_before(tmp_path):
    root = tmp_path / "cache"
    root.mkdir()
    (root / trash_mod.FOLDER).write_text("a file where the folder goes")
    t = trash_mod.Trash(root / trash_mod.FOLDER)
    (tmp_path / "old.html").write_text("old")
    (tmp_path / "staged").mkdir()
    (tmp_path / "staged" / "a.html").write_text("a")
    t.keep_old(tmp_path / "old.html")
    t.discard(tmp_path / "old.html")
    t.discard(tmp_path / "staged")
    t.discard(tmp_path / "missing.html")
    assert not (tmp_path / "old.html").exists() and not (tmp_path / "staged").exists()
    assert (root / trash_mod.FOLDER).read_text() == "a file where the folder goes"


def test_an_interrupted_placing_loses_nothing(tmp_path, monkeypatch):
    """Killed after one page moved: no index and no state (the next build is cold, as before); the trash holds
    the old files; the next run gives the bytes of a build in one go and deletes the trash."""
    results, root, cache, _, _ = _changed_run(tmp_path)
    _stage(results, root, cache)
    place_interrupted(root, results, monkeypatch)
    assert not (root / "report" / "index.html").exists() and inc.read_state(cache) is None
    assert _trash(cache)
    shutil.rmtree(root / ".staged")  # Snakemake removes the failed job's input... and makes it again
    assert _publish(results, root, cache)["cached"] == 0
    assert _files(root / "report") == _one_go(results, tmp_path / "one")
    kept = sorted((cache / trash_mod.FOLDER).iterdir())
    _stage(results, root, cache)
    assert not any(p.exists() for p in kept)


def test_publish_puts_the_changes_state_and_staged_changes_aside(tmp_path):
    """The publish command: the kept changes state is replaced without being freed (its old bytes kept aside) and
    the staged changes it used are moved aside; the state and changes.json are those of a publish without it."""
    from narrative_pipeline import changes
    from narrative_pipeline.cli.publish import _place_report  # noqa: F401 (the command's module imports)
    from narrative_pipeline.report.staged import trash_of

    results, root, cache, _, _ = _changed_run(tmp_path)
    _stage(results, root, cache)
    old_state, state = b'{"files":{},"tables":{}}\n', b'{"files":{"a.txt":"0"},"tables":{}}\n'
    changes.keep_state_bytes(results, old_state)
    (results / ".changes-staged").mkdir()
    (results / ".changes-staged" / changes.TAIL).write_bytes(b'"tables":{}}\n')
    trash = trash_of(root / ".staged")
    assert trash.root == cache / trash_mod.FOLDER
    trash.keep_old(results / changes.STATE)
    changes.keep_state_bytes(results, state)
    trash.discard(results / ".changes-staged")
    assert (results / changes.STATE).read_bytes() == state
    assert not (results / ".changes-staged").exists()
    assert old_state in {p.read_bytes() for p in _trash(cache)}
    assert trash_of(tmp_path / "missing").root is None


def test_a_warm_build_keeps_the_cache_files_it_replaces_aside(tmp_path):
    """The report job's row hashes, listings and layouts replaced without being freed: their old bytes aside."""
    from narrative_pipeline.report.listingcache import FILE as LISTINGS
    from narrative_pipeline.report.rowcache import FILE as ROWS

    results, root, cache, _, _ = _changed_run(tmp_path)
    old = {name: (cache / name).read_bytes() for name in (ROWS, LISTINGS)}
    _stage(results, root, cache)
    kept = {p.read_bytes() for p in _trash(cache)}
    assert all(data in kept for data in old.values())
    place(root / ".staged", root / "report", results, root / "report.html")
    assert _files(root / "report") == _one_go(results, tmp_path / "one")
