"""Article documents a finished export no longer has in place (narrative_pipeline.docstate): the shards whose export
the Snakefile forces. The whole workflow: tests/test_workflow.py."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path
from types import SimpleNamespace

from narrative_pipeline import docstate
from narrative_pipeline.docstate import (
    DocumentState,
    as_snakemake_reads,
    document_state,
    exported,
    force_rerun,
    listing,
    stale_documents,
    stale_message,
)


def test_missing_and_edited_documents_of_exported_shards_only():
    expected = {0: ["a", "b"], 1: ["c"], 2: ["d"]}
    documents = {"a.json": 100, "b.json": 300, "d.json": 50, "other.json": 900}
    # shard 0 exported at 200: b is newer; shard 1's c is gone; shard 2 has no index (its export runs anyway)
    indexed = {0: (200, frozenset({"a", "b"})), 1: (200, frozenset({"c"}))}
    state = stale_documents("res", expected, documents, indexed)
    assert state == DocumentState(missing=["res/articles/c.json"], edited=["res/articles/b.json"], shards=[0, 1])
    assert stale_documents("res", expected, documents, {}) == DocumentState([], [], [])
    # a document written in the same tick as its index is in place
    assert stale_documents("res", {0: ["a"]}, {"a.json": 200}, {0: (200, frozenset({"a"}))}) == DocumentState(
        [], [], []
    )
    # an article added since the export (not in its index) has no document yet: not a deleted one
    assert stale_documents("res", {0: ["a", "new"]}, {"a.json": 100}, {0: (200, frozenset({"a"}))}) == DocumentState(
        [], [], []
    )


def test_document_state_of_a_results_folder(tmp_path):
    results = tmp_path / "results"
    (results / "articles").mkdir(parents=True)
    (results / "export").mkdir()
    for name in ("a", "b"):
        (results / "articles" / f"{name}.json").write_text("{}")
    index = results / "export/0.index.json"
    index.write_text(json.dumps({"articles": {"a": "0", "b": "0", "c": "0"}}))
    index_time = index.stat().st_mtime_ns
    for name in ("a", "b"):
        os.utime(results / "articles" / f"{name}.json", ns=(index_time - 10**9,) * 2)
    indexes = {0: index, 1: results / "export/1.index.json"}
    expected = {0: ["a", "b", "c"], 1: ["x"]}
    assert document_state(str(results), expected, indexes) == DocumentState([f"{results}/articles/c.json"], [], [0])
    os.utime(results / "articles/a.json", ns=(index_time + 10**9,) * 2)
    (results / "articles/b.json").unlink()
    assert document_state(str(results), expected, indexes) == DocumentState(
        [f"{results}/articles/b.json", f"{results}/articles/c.json"], [f"{results}/articles/a.json"], [0]
    )
    # no export finished (a first run): nothing listed
    assert document_state(str(results), expected, {1: indexes[1]}) == DocumentState([], [], [])


def test_an_unreadable_index_is_no_finished_export(tmp_path):
    (tmp_path / "0.index.json").write_text("{not json")
    (tmp_path / "1.index.json").write_text(json.dumps({"articles": {"x": "0"}}))
    got = exported({0: tmp_path / "0.index.json", 1: tmp_path / "1.index.json", 2: tmp_path / "none.json"})
    assert list(got) == [1] and got[1][1] == frozenset({"x"})


def test_listing_of_a_missing_folder_is_empty(tmp_path):
    assert listing(tmp_path / "none") == {}
    (tmp_path / "f.json").write_text("{}")
    assert listing(tmp_path) == {"f.json": (tmp_path / "f.json").stat().st_mtime_ns}


def test_force_rerun_adds_the_paths_to_the_settings_given_after_the_snakefile():
    calls = []

    class Workflow:
        dag_settings = None

        def execute(self, *args, **kwargs):
            calls.append((getattr(self.dag_settings, "forcerun", None), args, kwargs))
            return "ran"

    workflow = Workflow()
    assert not force_rerun(workflow, [])
    assert force_rerun(workflow, ["r/articles/a.json"])
    # Snakemake's API gives the workflow its DAG settings after the Snakefile was read
    workflow.dag_settings = SimpleNamespace(forcerun=frozenset({"rule_x"}))
    assert workflow.execute(1, scheduler="s") == "ran"
    assert calls == [(frozenset({"rule_x", "r/articles/a.json"}), (1,), {"scheduler": "s"})]
    # settings without the field: executed as they are
    workflow.dag_settings = SimpleNamespace()
    assert workflow.execute() == "ran" and calls[-1] == (None, (), {})
    assert not force_rerun(SimpleNamespace(), ["r/articles/a.json"])


def test_a_path_is_relative_to_the_working_folder_as_the_export_rules_declare_it():
    state = stale_documents("results", {3: ["id"]}, {}, {3: (1, frozenset({"id"}))})
    assert state.missing == [str(Path("results/articles/id.json"))]


def test_a_shard_whose_index_is_there_but_unreadable_is_exported_again(tmp_path):
    """review27: Snakemake sees the index in place and never runs the export again by itself, and the shard's
    validation fails on it at every run; the shard is forced, which writes the index anew."""
    results = tmp_path / "results"
    (results / "articles").mkdir(parents=True)
    (results / "export").mkdir()
    (results / "export/0.index.json").write_text("{not json")
    (results / "export/1.index.json").write_text(json.dumps({"articles": ["x"]}))  # not the mapping it writes
    indexes = {s: results / f"export/{s}.index.json" for s in (0, 1, 2)}
    state = document_state(str(results), {0: ["a"], 1: ["x"], 2: ["y"]}, indexes)
    assert state == DocumentState([], [], [0, 1], (0, 1))
    # beside a readable index with a deleted document
    (results / "export/1.index.json").write_text(json.dumps({"articles": {"x": "0"}}))
    state = document_state(str(results), {0: ["a"], 1: ["x"], 2: ["y"]}, indexes)
    assert state == DocumentState([f"{results}/articles/x.json"], [], [0, 1], (0,))


def test_the_start_says_whether_the_shards_are_exported_again():
    state = DocumentState(["r/articles/a.json"], [], [0, 3], (3,))
    said = stale_message(state, ["r/export/0.index.json", "r/export/3.index.json"], True)
    assert said == (
        "1 article documents deleted and 0 changed since their export, 1 export indexes unreadable: shards [0, 3] "
        "are exported again"
    )
    # a Snakemake whose run could not be wrapped: the start says so and what to give instead (review27)
    said = stale_message(state, ["r/export/0.index.json", "r/export/3.index.json"], False)
    assert "NOT exported again" in said and said.endswith("--forcerun r/export/0.index.json r/export/3.index.json")


def test_the_results_folder_is_spelt_as_snakemake_reads_a_forced_path(tmp_path, monkeypatch):
    """Snakemake makes a path given to --forcerun relative to the working folder before it looks for its job
    (review27: "./results" in the config made every run after a deleted document fail: no rule to produce it)."""
    monkeypatch.chdir(tmp_path)
    assert as_snakemake_reads("results") == "results"
    assert as_snakemake_reads("./results") == "results"
    assert as_snakemake_reads("results/") == "results"
    assert as_snakemake_reads("runs//bbc/") == os.path.join("runs", "bbc")
    assert as_snakemake_reads(str(tmp_path / "r") + "/") == str(tmp_path / "r")
    assert as_snakemake_reads(f"../{tmp_path.name}/results") == "results"


def test_a_document_newer_than_its_index_with_the_bytes_it_gives_is_in_place(tmp_path):
    """review27: a touched document (or one copied with a time ahead of the clock) has the bytes its index gives: its
    export would write nothing, and one timed in the future was forced again at every start."""
    results = tmp_path / "results"
    (results / "articles").mkdir(parents=True)
    (results / "export").mkdir()
    same, other = b'{"a": 1}', b'{"b": 2}'
    (results / "articles/a.json").write_bytes(same)
    (results / "articles/b.json").write_bytes(other + b" ")
    index = results / "export/0.index.json"
    index.write_text(
        json.dumps({"articles": {"a": hashlib.sha256(same).hexdigest(), "b": hashlib.sha256(other).hexdigest()}})
    )
    ahead = index.stat().st_mtime_ns + 3600 * 10**9
    for name in ("a", "b"):
        os.utime(results / "articles" / f"{name}.json", ns=(ahead, ahead))
    state = document_state(str(results), {0: ["a", "b"]}, {0: index})
    assert state == DocumentState([], [f"{results}/articles/b.json"], [0])
    (results / "articles/b.json").write_bytes(other)
    os.utime(results / "articles/b.json", ns=(ahead, ahead))
    assert document_state(str(results), {0: ["a", "b"]}, {0: index}) == DocumentState([], [], [])


def test_every_spelling_of_the_results_folder_gives_paths_snakemake_reads_unchanged(tmp_path, monkeypatch):
    """Snakemake keeps an absolute forced path and makes a relative one relative to the working folder
    (`os.path.relpath`): a rule's path built on the folder must come out of that unchanged. review28: the working
    folder itself (`results: .`) gave "./export/0.index.json", read "export/0.index.json" (MissingRuleException after
    one deleted document, reproduced with a run of seeds/)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    relative = [".", "./", "results", "./results", "results/", "../x/results", "link", "link/"]
    spellings = [*relative, str(tmp_path), "/a//b/"]
    for spelt in spellings:
        forced = f"{as_snakemake_reads(spelt)}/export/0.index.json"
        assert forced == (forced if os.path.isabs(forced) else os.path.relpath(forced)), spelt
    assert as_snakemake_reads(".") == as_snakemake_reads("./") == str(tmp_path)
    assert as_snakemake_reads("link/") == "link"  # a link is kept as it is spelt (Snakemake does not resolve it)


def _ahead_of_its_index(results, index, name, data):
    """A document `name` with `data`, timed an hour after `index` (as a results folder copied documents last)."""
    path = results / "articles" / f"{name}.json"
    path.write_bytes(data)
    ahead = index.stat().st_mtime_ns + 3600 * 10**9
    os.utime(path, ns=(ahead, ahead))
    return path


def _results_with_index(tmp_path, shas):
    results = tmp_path / "results"
    (results / "articles").mkdir(parents=True, exist_ok=True)
    (results / "export").mkdir(exist_ok=True)
    index = results / "export/0.index.json"
    index.write_text(json.dumps({"articles": shas}))
    return results, index


def _settled(monkeypatch):
    """The clock RACY_NS past every change made so far (review30: a document changed just now is not recorded)."""
    monkeypatch.setattr(docstate, "_now_ns", lambda: time.time_ns() + docstate.RACY_NS)


def _counting_sha256(monkeypatch):
    hashed = []
    real = hashlib.sha256

    def counting(*args):
        hashed.append(args)
        return real(*args)

    monkeypatch.setattr(docstate.hashlib, "sha256", counting)
    return hashed


def test_a_document_recorded_in_place_is_read_again_once_it_or_its_index_entry_changes(tmp_path, monkeypatch):
    """speed34: the record of documents found in place (docstate.IN_PLACE_RECORD) spares only a document whose file
    is the one recorded (modification and change times, size, inode) and whose index entry is the one it matched. An
    edit of the same size with its modification time set back (the change time moves), a rewrite with the same bytes
    (read again, and in place), and a new sha256 in the index are all read again."""
    _settled(monkeypatch)
    data, other = b'{"a": 1}', hashlib.sha256(b"other").hexdigest()
    results, index = _results_with_index(tmp_path, {"a": hashlib.sha256(data).hexdigest()})
    path = _ahead_of_its_index(results, index, "a", data)
    assert document_state(str(results), {0: ["a"]}, {0: index}) == DocumentState([], [], [])
    assert (results / docstate.IN_PLACE_RECORD).is_file()
    hashed = _counting_sha256(monkeypatch)
    assert document_state(str(results), {0: ["a"]}, {0: index}) == DocumentState([], [], [])
    assert hashed == []
    # edited in place: same size, its modification time put back as it was
    before = path.stat()
    path.write_bytes(b'{"a": 2}')
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_mtime_ns == before.st_mtime_ns and path.stat().st_size == before.st_size
    assert document_state(str(results), {0: ["a"]}, {0: index}) == DocumentState([], [str(path)], [0])
    assert len(hashed) == 1
    # the same bytes written again: read again, in place, and recorded so
    _ahead_of_its_index(results, index, "a", data)
    assert document_state(str(results), {0: ["a"]}, {0: index}) == DocumentState([], [], [])
    assert len(hashed) == 2
    assert document_state(str(results), {0: ["a"]}, {0: index}) == DocumentState([], [], [])
    assert len(hashed) == 2
    # the index gives another sha256 (its time kept before the document's): the document is read again, and edited
    stamp = index.stat().st_mtime_ns
    index.write_text(json.dumps({"articles": {"a": other}}))
    os.utime(index, ns=(stamp, stamp))
    assert document_state(str(results), {0: ["a"]}, {0: index}) == DocumentState([], [str(path)], [0])
    assert len(hashed) == 3


def test_a_damaged_or_foreign_record_of_documents_in_place_only_costs_a_read(tmp_path, monkeypatch):
    """An unreadable record, one of another version, or rows of the wrong shape: every document newer than its
    index is read again (and the record written anew); a deleted document is missing whatever the record says."""
    _settled(monkeypatch)
    data = b'{"a": 1}'
    results, index = _results_with_index(tmp_path, {"a": hashlib.sha256(data).hexdigest()})
    path = _ahead_of_its_index(results, index, "a", data)
    record = results / docstate.IN_PLACE_RECORD
    hashed = _counting_sha256(monkeypatch)
    for damaged in (b"{not json", b'{"version": 2, "documents": {}}', b'{"version": 1, "documents": {"a.json": 1}}'):
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_bytes(damaged)
        count = len(hashed)
        assert document_state(str(results), {0: ["a"]}, {0: index}) == DocumentState([], [], [])
        assert len(hashed) == count + 1
        assert json.loads(record.read_bytes())["version"] == 1
    # a record that cannot be written (its folder is a file) is left out: the start goes on, and reads again
    record.unlink()
    record.parent.rmdir()
    record.parent.write_text("not a folder")
    count = len(hashed)
    for _ in range(2):
        assert document_state(str(results), {0: ["a"]}, {0: index}) == DocumentState([], [], [])
    assert len(hashed) == count + 2
    path.unlink()
    assert document_state(str(results), {0: ["a"]}, {0: index}) == DocumentState([str(path)], [], [0])


def test_the_record_keeps_only_the_documents_found_in_place_at_the_last_start(tmp_path, monkeypatch):
    """A document that is no longer newer than its index (exported again) drops out of the record; a start with
    nothing newer than its index writes no record (nothing is written to a results folder that needs none)."""
    _settled(monkeypatch)
    one, two = b'{"a": 1}', b'{"b": 2}'
    results, index = _results_with_index(
        tmp_path, {"a": hashlib.sha256(one).hexdigest(), "b": hashlib.sha256(two).hexdigest()}
    )
    (results / "articles/a.json").write_bytes(one)
    (results / "articles/b.json").write_bytes(two)
    stamp = (results / "articles/b.json").stat().st_mtime_ns + 10**9
    os.utime(index, ns=(stamp, stamp))
    record = results / docstate.IN_PLACE_RECORD
    assert document_state(str(results), {0: ["a", "b"]}, {0: index}) == DocumentState([], [], [])
    assert not record.exists()
    _ahead_of_its_index(results, index, "a", one)
    _ahead_of_its_index(results, index, "b", two)
    assert document_state(str(results), {0: ["a", "b"]}, {0: index}) == DocumentState([], [], [])
    assert sorted(json.loads(record.read_bytes())["documents"]) == ["a.json", "b.json"]
    os.utime(results / "articles/a.json", ns=(stamp - 10**9, stamp - 10**9))
    assert document_state(str(results), {0: ["a", "b"]}, {0: index}) == DocumentState([], [], [])
    assert sorted(json.loads(record.read_bytes())["documents"]) == ["b.json"]
