"""speed53: the publish job's durable files flushed in threads and renamed in order (`synced.SyncedWrites`); the
sizes of the report pages an update kept taken from the build that kept them (`incremental.kept_sizes`); the
corpus validation's listing of input_dir without a `Path` per file (`discovery.list_paths`, which the corpus validation calls; once a copy in validate.corpus)."""

from __future__ import annotations

import json
import os
import shutil
from argparse import Namespace
from pathlib import Path

import pytest
from narrative_pipeline import changes, discovery, jsonio, synced
from narrative_pipeline.catalogue import table
from narrative_pipeline.hashing import sha256_bytes
from narrative_pipeline.jsonio import is_stale_write
from narrative_pipeline.report import incremental as inc
from narrative_pipeline.report.staged import place, wait_for_removals
from narrative_pipeline.synced import SyncedWrites
from report_fixtures import make_results
from test_report_cache import _files, _rewrite
from test_speed51 import _changed_run, _one_go, _publish, _stage

# --- discovery.list_paths ---------------------------------------------------------------------------------------------


def _paths_of_entries(root: Path) -> list[str]:
    """The names the old `list_paths` gave: each entry a `Path`, made relative to root again."""
    entries = [base / name for base, _, _, listed in discovery._walk_folders(root) for name in listed]
    return sorted(discovery._safe_name(discovery._rel(p, root))[0] for p in entries)


def test_list_paths_names_every_entry_as_the_path_per_entry_form_did(tmp_path):
    root = tmp_path / "in"
    (root / "a" / "b c").mkdir(parents=True)
    (root / "a" / "b c" / "d.txt").write_text("x")
    (root / "top.txt").write_text("x")
    (root / "a" / "e.json").write_text("{}")
    (root / "a" / "e.json.meta.json").write_text("{}")  # a sidecar: listed as a file
    os.symlink(root / "a", root / "link-to-folder")  # listed, not followed
    os.symlink(root / "top.txt", root / "a" / "link-to-file")
    os.mkfifo(root / "a" / "fifo")
    bad = os.fsencode(root / "a") + b"/caf\xe9.txt"  # not UTF-8: named with a backslash escape
    with open(bad, "wb") as handle:
        handle.write(b"x")
    got = discovery.list_paths(root)
    assert got == _paths_of_entries(root)
    assert "a/caf\\xe9.txt" in got and "link-to-folder" in got and "a/b c/d.txt" in got
    assert not any(p.startswith("link-to-folder/") for p in got)
    assert discovery.list_paths(Path(str(root) + "/")) == got  # (a trailing slash: the same names)


# --- jsonio.SyncedWrites ----------------------------------------------------------------------------------------


def _events(monkeypatch) -> list[tuple[str, str]]:
    """Every fsync (by the file's path, read from /proc) and rename, in the order made."""
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd):
        events.append(("fsync", Path(os.readlink(f"/proc/self/fd/{fd}")).name))
        real_fsync(fd)

    def replace(src, dst):
        events.append(("rename", Path(src).name + " -> " + str(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(synced.os, "fsync", fsync)
    monkeypatch.setattr(synced.os, "replace", replace)
    return events


def _temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if is_stale_write(p.name))


def test_synced_writes_are_in_place_only_once_settled_in_the_order_written(tmp_path, monkeypatch):
    events = _events(monkeypatch)
    for name in ("one", "two", "three"):
        (tmp_path / name).write_bytes(b"old")
    with SyncedWrites() as writes:
        for name in ("one", "two", "three"):
            writes.write(tmp_path / name, name.encode() * 2)
        assert all((tmp_path / n).read_bytes() == b"old" for n in ("one", "two", "three"))
        writes.settle(tmp_path / "two")  # it and the ones before it
        assert [(tmp_path / n).read_bytes() for n in ("one", "two", "three")] == [b"oneone", b"twotwo", b"old"]
    assert (tmp_path / "three").read_bytes() == b"threethree"
    assert _temporaries(tmp_path) == []
    renames = [Path(what.split(" -> ")[1]).name for kind, what in events if kind == "rename"]
    assert renames == ["one", "two", "three"]
    for name in ("one", "two", "three"):  # each file's data flushed before the rename that names it
        rename = next(i for i, (kind, what) in enumerate(events) if kind == "rename" and what.endswith("/" + name))
        flushed = [i for i, (kind, what) in enumerate(events) if kind == "fsync" and what.startswith(f".{name}.")]
        assert flushed and flushed[0] < rename
    assert oct((tmp_path / "one").stat().st_mode & 0o777) == oct(jsonio._file_mode())


def test_synced_writes_of_one_path_end_with_the_last(tmp_path):
    with SyncedWrites() as writes:
        writes.write(tmp_path / "f", b"first")
        writes.write(tmp_path / "g", b"g")
        writes.write(tmp_path / "f", b"second")
        writes.settle(tmp_path / "f")
        assert (tmp_path / "f").read_bytes() == b"second" and (tmp_path / "g").read_bytes() == b"g"
    assert _temporaries(tmp_path) == []


def test_an_exception_drops_the_writes_not_settled(tmp_path):
    (tmp_path / "kept").write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt), SyncedWrites() as writes:
        writes.write(tmp_path / "settled", b"new")
        writes.settle()
        writes.write(tmp_path / "kept", b"new")
        raise KeyboardInterrupt
    assert (tmp_path / "settled").read_bytes() == b"new"
    assert (tmp_path / "kept").read_bytes() == b"old"
    assert _temporaries(tmp_path) == []


def test_a_flush_that_fails_raises_and_renames_nothing_after_it(tmp_path, monkeypatch):
    real_fsync = os.fsync

    def fsync(fd):
        if "bad" in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(5, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(synced.os, "fsync", fsync)
    with pytest.raises(OSError, match="Input/output"), SyncedWrites() as writes:
        writes.write(tmp_path / "good", b"1")
        writes.write(tmp_path / "bad", b"2")
        writes.write(tmp_path / "after", b"3")
    assert (tmp_path / "good").read_bytes() == b"1"
    assert not (tmp_path / "bad").exists() and not (tmp_path / "after").exists()
    assert _temporaries(tmp_path) == []


def test_a_write_without_synced_writes_is_in_place_at_once(tmp_path):
    synced.write_bytes(tmp_path / "plain", b"x")  # (without `later`: in place at once)
    assert (tmp_path / "plain").read_bytes() == b"x"


# --- the publish command --------------------------------------------------------------------------------------


def _publish_args(results: Path, root: Path) -> Namespace:
    return Namespace(
        results=str(results),
        manifest=None,
        indexes=[],
        report=str(root / "report"),
        staged_report=str(root / ".staged"),
        input_dir=None,
        overview=str(root / "report.html"),
        cache_dir=None,
        datapackage=str(results / "datapackage.json"),
        changes=str(results / "changes.json"),
        staged_changes=None,
        settings=None,
        workflow="Snakefile",
        rocrate=str(results / "ro-crate-metadata.json"),
        outputs=[],
    )


def _current(results) -> dict:
    """The current state (the fixture's tables are not the public tables' whole schema)."""
    return {"files": {"plain.txt": "1"}, "tables": {}}


def _crate(a) -> int:
    """The RO-Crate command's write (its content aside: the fixture has no manifest): hashes what is before it."""
    names = ("datapackage.json", "changes.json")
    data = {name: sha256_bytes((Path(a.results) / name).read_bytes()) for name in names}
    synced.write_json(Path(a.out), data, a.synced)
    return 0


def test_publish_flushes_each_file_before_its_rename_and_keeps_the_state_last(tmp_path, monkeypatch):
    from narrative_pipeline.cli import publish

    results, root, cache, _, _ = _changed_run(tmp_path)
    _stage(results, root, cache)
    changes.keep_state_bytes(results, b'{"files":{},"tables":{}}\n')
    monkeypatch.setattr(publish, "cmd_rocrate", _crate)
    monkeypatch.setattr(changes, "current_state", _current)
    events = _events(monkeypatch)
    assert publish.cmd_publish(_publish_args(results, root)) == 0
    wait_for_removals()
    renames = [what.split(" -> ")[1] for kind, what in events if kind == "rename"]
    deferred = [str(results / n) for n in ("datapackage.json", "changes.json", "ro-crate-metadata.json", changes.STATE)]
    placed = [str(root / "report" / "index.html"), str(root / "report.html")]
    assert [path for path in renames if path in deferred] == deferred  # in the order written, the state last
    assert renames.index(str(results / changes.STATE)) == len(renames) - 1
    for path in deferred + placed:  # each file's data flushed before the rename that names it
        rename = next(i for i, (kind, what) in enumerate(events) if kind == "rename" and what.endswith(" " + path))
        name = Path(path).name
        assert any(kind == "fsync" and what.startswith(f".{name}.") for kind, what in events[:rename]), name
    crate = json.loads((results / "ro-crate-metadata.json").read_text())
    assert crate["changes.json"] == sha256_bytes((results / "changes.json").read_bytes())  # settled before
    assert _files(root / "report") == _one_go(results, tmp_path / "one")
    assert _temporaries(results) == [] and _temporaries(results / "changes") == []


def test_an_interrupted_publish_keeps_the_state_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    """Killed while the RO-Crate is made: the changes state is the old one (the next publish compares with it
    again), the files settled before are whole, none is half-written; the next publish gives the same files as an
    uninterrupted one."""
    from narrative_pipeline.cli import publish

    results, root, cache, _, _ = _changed_run(tmp_path)
    _stage(results, root, cache)
    old_state = b'{"files":{},"tables":{}}\n'
    changes.keep_state_bytes(results, old_state)

    def dying(a):
        synced.write_json(Path(a.out), {"half": True}, a.synced)
        raise KeyboardInterrupt

    monkeypatch.setattr(publish, "cmd_rocrate", dying)
    monkeypatch.setattr(changes, "current_state", _current)
    with pytest.raises(KeyboardInterrupt):
        publish.cmd_publish(_publish_args(results, root))
    wait_for_removals()
    assert (results / changes.STATE).read_bytes() == old_state
    assert not (results / "ro-crate-metadata.json").exists()
    assert json.loads((results / "datapackage.json").read_text())["resources"]
    assert _temporaries(results) == [] and _temporaries(results / "changes") == []
    interrupted = json.loads((results / "changes.json").read_text())
    monkeypatch.setattr(publish, "cmd_rocrate", _crate)
    monkeypatch.setattr(changes, "current_state", _current)
    _stage(results, root, cache)
    assert publish.cmd_publish(_publish_args(results, root)) == 0
    wait_for_removals()
    assert json.loads((results / "changes.json").read_text()) == interrupted  # compared with the old state again
    assert (results / changes.STATE).read_bytes() != old_state
    assert _files(root / "report") == _one_go(results, tmp_path / "one")


# --- incremental.kept_sizes -----------------------------------------------------------------------------------


def _state(cache: Path) -> bytes:
    return (cache / inc.STATE).read_bytes()


def test_the_kept_pages_sizes_are_those_a_stat_of_every_page_gives(tmp_path, monkeypatch):
    """The state recorded by a placing with the kept pages' sizes from the state before has the bytes of one that
    stats every page; only the pages moved in (and none kept) are stat'ed."""
    results, root, cache, _, _ = _changed_run(tmp_path)
    _stage(results, root, cache)
    moved = {str(p.relative_to(root / ".staged")) for p in (root / ".staged").rglob("*.html")} - {"index.html"}
    stated: list[str] = []
    real = inc.file_size

    def counting(path):
        stated.append(os.path.relpath(path, root / "report"))
        return real(path)

    monkeypatch.setattr(inc, "file_size", counting)
    place(root / ".staged", root / "report", results, root / "report.html")
    wait_for_removals()
    monkeypatch.undo()
    state = json.loads(_state(cache))
    assert state["sizes"] == inc.page_sizes(root / "report", state["pages"])
    assert set(stated) == moved and moved
    assert len(state["pages"]) > 2 * len(moved)  # (most pages kept: not stat'ed)


def test_a_kept_page_changed_by_hand_before_publish_is_made_again_by_the_next_build(tmp_path):
    results, root, cache, _, _ = _changed_run(tmp_path)
    _stage(results, root, cache)
    kept = sorted(set(_files(root / "report")) - set(_files(root / ".staged")) - {"index.html"})
    page = root / "report" / kept[0]
    page.write_text(page.read_text() + "edited by hand")  # after the report job kept it, before publish
    place(root / ".staged", root / "report", results, root / "report.html")
    wait_for_removals()
    assert _publish(results, root, cache)["cached"] > 0
    assert _files(root / "report") == _one_go(results, tmp_path / "one")


def test_a_cold_placing_stats_every_page(tmp_path):
    results = make_results(tmp_path / "results", extra=True)
    root, cache = tmp_path / "run", tmp_path / "run" / "cache"
    root.mkdir()
    _publish(results, root, cache)
    state = json.loads(_state(cache))
    assert state["sizes"] == inc.page_sizes(root / "report", state["pages"])
    claims = results / table("claims").path
    _rewrite(claims, "text", lambda v: [v[0] + " (changed)", *v[1:]])
    shutil.rmtree(cache)
    _publish(results, root, cache)
    state = json.loads(_state(cache))
    assert state["sizes"] == inc.page_sizes(root / "report", state["pages"])
    assert inc.kept_sizes({}, state, set()) == {}
