"""review42: trying to break speed46's kept shard tables (`validate.shardcache`). A shard replaced by one of the same
size and times, a results folder moved elsewhere, and two processes keeping the same copy at once all decide as
without the cache; a kept copy and the gathered table edited alike by hand is the one way found to make the cache
pass what the shard files fail (strict xfail: the copies are trusted when they agree)."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from narrative_pipeline.validate import shardcache
from test_speed46 import ShardReads, kept_folder, run, validated  # noqa: F401  (`run`: a fixture)
from test_validate import clean, rewrite, shard_paths, violations  # noqa: F401  (`clean`: a fixture)


def _gathered_violations(report: bytes) -> list[dict]:
    return [v for v in violations(json.loads(report)) if v["check"] == "gathered"]


def test_a_shard_replaced_by_one_of_the_same_size_and_times_is_read_again(run, monkeypatch):  # noqa: F811
    inputs, results = run
    shard = shard_paths(results)["claims"]
    table = pq.read_table(shard)
    pq.write_table(table, shard)  # the same rows, written as below: the copy is kept for these bytes
    assert json.loads(validated(inputs, results))["passed"]
    before = shard.stat()
    column = table.column("claim_type").to_pylist()
    k = next(i for i in range(1, len(column)) if column[i] != column[0])
    column[0], column[k] = column[k], column[0]  # two values swapped: the same values, another table
    index = table.schema.get_field_index("claim_type")
    table = table.set_column(index, table.schema.field("claim_type"), pa.array(column, table.schema.field(index).type))
    pq.write_table(table, shard)
    os.utime(shard, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert shard.stat().st_size == before.st_size and shard.stat().st_mtime_ns == before.st_mtime_ns
    reads = ShardReads(monkeypatch)
    found = _gathered_violations(validated(inputs, results))
    assert shard.name in reads.paths
    assert [v["file"] for v in found] == ["claims/claims.parquet"]


def test_a_results_folder_moved_keeps_its_copies_and_its_decisions(run, monkeypatch, tmp_path):  # noqa: F811
    inputs, results = run
    plain = validated(inputs, results, cached=False, name="plain.json")
    assert validated(inputs, results) == plain
    moved = tmp_path / "elsewhere" / "results"
    shutil.move(str(results), str(moved))
    reads = ShardReads(monkeypatch)
    assert validated(inputs, moved) == plain.replace(str(results).encode(), str(moved).encode())
    assert reads.paths == []  # the copies moved with the folder and are taken
    rewrite(shard_paths(moved)["mentions"], "text", 0, "Nobody At All")  # near case: a change is still caught
    assert [v["file"] for v in _gathered_violations(validated(inputs, moved))] == ["actors/mentions.parquet"]


def _edit_row(path: Path, column: str, row: int, value) -> None:
    """A kept copy edited by hand at `row`, its metadata (source sha256, schema digest) kept."""
    data = pa.ipc.open_file(pa.OSFile(str(path))).read_all()
    values = data.column(column).to_pylist()
    values[row] = value
    index = data.schema.get_field_index(column)
    data = data.set_column(index, data.schema.field(index), pa.array(values, data.schema.field(index).type))
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, data.schema) as writer:
        writer.write_table(data)


def _keep_many(shard: str, cache: str, n: int) -> None:
    from narrative_pipeline.catalogue import table as spec_of
    from narrative_pipeline.tables import arrow_schema, read_parquet

    schema = arrow_schema(spec_of("claims").model)
    table = read_parquet(Path(shard), schema=schema)
    sha = shardcache.file_sha256(Path(shard))
    for _ in range(n):
        shardcache.keep_table(Path(cache), Path(shard), table, schema, sha)


def test_two_processes_keeping_the_same_copy_at_once_leave_a_whole_copy(run, tmp_path):  # noqa: F811
    from narrative_pipeline.catalogue import table as spec_of
    from narrative_pipeline.tables import arrow_schema, read_parquet

    _, results = run
    shard = shard_paths(results)["claims"]
    ctx = multiprocessing.get_context("fork")
    workers = [ctx.Process(target=_keep_many, args=(str(shard), str(tmp_path / "kept"), 25)) for _ in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert [w.exitcode for w in workers] == [0, 0]
    schema = arrow_schema(spec_of("claims").model)
    kept = shardcache.kept_table(tmp_path / "kept", shard, schema, shardcache.file_sha256(shard))
    assert kept is not None and kept.equals(read_parquet(shard, schema=schema))
    assert [p.name for p in (tmp_path / "kept").iterdir()] == [
        shardcache.kept_path(tmp_path, shard).name
    ]  # no .tmp left


@pytest.mark.xfail(
    strict=True,
    reason="review42: a kept copy is trusted when the gathered table agrees with it; a copy edited by hand (its "
    "recorded sha256 and schema digest kept) together with the gathered table, alike, passes a gathered table "
    "that differs from its shard files (the shard files alone fail it). Only hand edits of both files do this; "
    "delete results/.cache/validate/gathered after editing results by hand.",
)
def test_a_kept_copy_and_the_gathered_table_edited_alike_are_caught(run):  # noqa: F811
    inputs, results = run
    assert json.loads(validated(inputs, results))["passed"]
    shard = shard_paths(results)["claims"]
    gathered = results / "claims/claims.parquet"
    first = pq.read_table(gathered).column("claim_id")[0].as_py()
    row = pq.read_table(shard).column("claim_id").to_pylist().index(first)
    value = "prediction" if pq.read_table(shard).column("claim_type")[row].as_py() != "prediction" else "assessment"
    kept = shardcache.kept_path(kept_folder(results), shard)
    _edit_row(kept, "claim_type", row, value)
    rewrite(gathered, "claim_type", 0, value)
    assert _gathered_violations(validated(inputs, results, cached=False, name="plain.json")) != []  # the files: caught
    assert _gathered_violations(validated(inputs, results)) != []
