"""A workflow run killed mid-write leaves the temporary file of an atomic write behind; the next run
removes it before any job (Snakefile `onstart`), so the results folder of the rerun equals a clean
run's (the end-to-end check: tests/test_robustness.py, a SIGKILLed run unlocked and rerun)."""

from __future__ import annotations

from narrative_pipeline.jsonio import RUN_MARKER, atomic_write_bytes, begin_run, end_run, is_stale_write


def test_the_names_of_unfinished_writes_are_recognised():
    assert is_stale_write(".0.articles.parquet.a3sbvgi8.tmp")
    assert not is_stale_write("0.articles.parquet") and not is_stale_write(".snakemake_timestamp")
    assert not is_stale_write("notes.tmp")


def test_a_run_after_a_killed_one_removes_what_its_writes_left(tmp_path):
    results = tmp_path / "results"
    atomic_write_bytes(results / "ingest/shards/0.articles.parquet", b"old")
    assert begin_run(results) == []  # no run before it was interrupted
    stale = results / "ingest/shards/.0.articles.parquet.a3sbvgi8.tmp"  # the writer was killed here
    stale.write_bytes(b"half")
    cache = results / ".cache/claims/ab/.abcd.arrow.x1y2z3.tmp"
    cache.parent.mkdir(parents=True)
    cache.write_bytes(b"half")
    # no end_run: the run was killed
    assert begin_run(results) == sorted([stale, cache])
    assert not stale.exists() and not cache.exists()
    assert (results / "ingest/shards/0.articles.parquet").read_bytes() == b"old"
    end_run(results)
    assert not (results / RUN_MARKER).exists()


def test_a_run_after_a_finished_one_walks_nothing(tmp_path):
    results = tmp_path / "results"
    begin_run(results)
    end_run(results)
    kept = results / "report/.page.html.abc123.tmp"  # not left by a killed run of this workflow: left alone
    kept.parent.mkdir(parents=True)
    kept.write_bytes(b"")
    assert begin_run(results) == [] and kept.exists()
