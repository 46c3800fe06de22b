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


def test_files_of_shards_the_plan_no_longer_has_are_removed(tmp_path):
    from narrative_pipeline.jsonio import orphan_shard_files, remove_orphan_shards

    results = tmp_path / "results"
    kept, gone = [], []
    for step, name in (("ingest", "articles.parquet"), ("claims", "claims.parquet"), ("actors", "mentions.parquet")):
        (results / step / "shards").mkdir(parents=True)
        for shard in (0, 3, 12):
            path = results / step / "shards" / f"{shard}.{name}"
            path.write_bytes(b"x")
            (kept if shard in {0, 12} else gone).append(path)
    corpus = results / "claims" / "claims.parquet"
    corpus.write_bytes(b"x")  # a gathered table: not a shard file
    other = results / "claims" / "shards" / "notes.txt"
    other.write_bytes(b"x")  # not named by a shard number: left alone
    assert orphan_shard_files(results, {0, 12}) == sorted(gone)
    assert remove_orphan_shards(results, {0, 12}) == sorted(gone)
    assert not any(p.exists() for p in gone) and all(p.exists() for p in kept + [corpus, other])
    assert remove_orphan_shards(results, {0, 12}) == []


def test_the_export_index_of_a_shard_the_plan_no_longer_has_is_removed(tmp_path):
    # review17d: an article edited (a new article_id) moved to another shard and left its old shard
    # empty; `export/3.index.json`, still listing the old article, stayed in the results, which then
    # differed from a cold run of the same input
    from narrative_pipeline.jsonio import remove_orphan_shards

    results = tmp_path / "results"
    (results / "export").mkdir(parents=True)
    for name in ("3.index.json", "12.index.json", "notes.json"):
        (results / "export" / name).write_text("{}")
    (results / "ingest" / "shards").mkdir(parents=True)
    (results / "ingest" / "shards" / "3.articles.parquet").write_bytes(b"x")
    removed = remove_orphan_shards(results, {0, 12})
    assert sorted(p.relative_to(results).as_posix() for p in removed) == [
        "export/3.index.json",
        "ingest/shards/3.articles.parquet",
    ]
    assert sorted(p.name for p in (results / "export").iterdir()) == ["12.index.json", "notes.json"]
