"""tests43: the test processes' shortcuts. The `parse` fixture's kept parses read whole (`KeptParses`) give the tables
the normalize step's `TableCache` gives; `os.fsync` is skipped in the test processes (`skip_fsync`) unless asked for,
while the pipeline's durable writes still call it."""

from __future__ import annotations

import os

import pyarrow as pa
from conftest import FSYNC_VARIABLE, KeptParses, _no_fsync, fsync_kept
from narrative_pipeline.cache import TableCache
from narrative_pipeline.jsonio import atomic_write_bytes

TABLES = {
    "sentences": pa.table({"article_id": ["a", "a"], "text": ["One.", "Two é."], "start": [0, 5]}),
    "tokens": pa.table({"i": pa.array([0, 1, 2], pa.int32()), "lemma": ["one", ".", None]}),
}


def test_kept_parses_read_the_tables_the_table_cache_reads(tmp_path):
    TableCache(tmp_path).put("ab" * 32, TABLES)
    kept = KeptParses(tmp_path).get("ab" * 32, ("sentences", "tokens"))
    assert kept == TableCache(tmp_path).get("ab" * 32, ("sentences", "tokens")) == TABLES
    assert all(kept[name].schema == table.schema for name, table in TABLES.items())


def test_kept_parses_miss_on_a_missing_or_damaged_entry(tmp_path):
    cache = KeptParses(tmp_path)
    assert cache.get("cd" * 32, ("sentences",)) is None
    cache.put("cd" * 32, TABLES)
    assert cache.get("cd" * 32, ("sentences", "other")) is None  # a table of the entry missing
    path = cache._path("cd" * 32, "tokens")
    path.write_bytes(path.read_bytes()[:-20])
    assert cache.get("cd" * 32, ("sentences", "tokens")) is None
    assert TableCache(tmp_path).get("cd" * 32, ("sentences", "tokens")) is None  # as the step's cache
    assert KeptParses(None).get("cd" * 32, ("sentences",)) is None


def test_a_durable_write_is_flushed_and_a_cache_entry_is_not(tmp_path, monkeypatch):
    """What the test processes skip (`skip_fsync`): the flush of a durable write before its rename, counted here with
    an `os.fsync` of this test's own."""
    flushed: list[int] = []
    monkeypatch.setattr(os, "fsync", flushed.append)
    atomic_write_bytes(tmp_path / "a.json", b"{}")
    assert len(flushed) == 1
    atomic_write_bytes(tmp_path / "b.json", b"{}", durable=False)
    assert len(flushed) == 1
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes() == b"{}"


def test_the_test_processes_skip_fsync_unless_asked(monkeypatch):
    assert (os.fsync is _no_fsync) != fsync_kept()
    monkeypatch.setenv(FSYNC_VARIABLE, "on")
    assert fsync_kept()
    monkeypatch.setenv(FSYNC_VARIABLE, "off")
    assert not fsync_kept()
