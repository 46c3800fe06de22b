"""speed25: the mechanics of the per-article cache made cheaper give the same tables and files as before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pytest
from narrative_pipeline.articlecache import _concat, _split, as_schema, by_article_id
from narrative_pipeline.cache import TableCache
from narrative_pipeline.jsonio import atomic_write_bytes

SCHEMA = pa.schema(
    [pa.field("article_id", pa.string(), nullable=False), ("n", pa.int64()), ("words", pa.list_(pa.string()))],
    metadata={b"record": b"Toy"},
)


def toy(rows: list[tuple[str, int | None, list[str]]], schema: pa.Schema = SCHEMA) -> pa.Table:
    return pa.Table.from_pylist([{"article_id": a, "n": n, "words": w} for a, n, w in rows], schema=schema)


def test_as_schema_is_the_cast_for_a_table_of_that_schema_and_of_another():
    same = toy([("a", 1, ["x"]), ("a", None, [])])
    assert as_schema(same, SCHEMA) is same
    assert as_schema(same, SCHEMA).equals(same.cast(SCHEMA), check_metadata=True)
    bare = SCHEMA.remove_metadata()  # no metadata: cast, and the metadata comes with the schema
    other = toy([("b", 2, ["y", "z"])], bare)
    got = as_schema(other, SCHEMA)
    assert got.schema.metadata == SCHEMA.metadata
    assert got.equals(other.cast(SCHEMA), check_metadata=True)
    narrow = pa.schema([("article_id", pa.string()), ("n", pa.int32()), ("words", pa.list_(pa.string()))])
    assert as_schema(toy([("c", 3, [])], narrow), SCHEMA).schema.field("n").type == pa.int64()


def test_concat_gives_what_casting_every_table_gave():
    tables = [toy([("a", 1, ["x"])]), toy([("b", None, [])], SCHEMA.remove_metadata()), SCHEMA.empty_table()]
    before = pa.concat_tables([t.cast(SCHEMA) for t in tables]).combine_chunks()
    assert _concat(tables, SCHEMA).equals(before, check_metadata=True)
    assert _concat([], SCHEMA).equals(SCHEMA.empty_table(), check_metadata=True)


def test_split_gives_an_empty_table_of_the_schema_to_an_article_without_rows():
    computed = {"rows": toy([("b", 1, ["x"]), ("a", 2, []), ("b", 3, ["y"])])}
    split = _split(["a", "b", "c"], computed, {"rows": (SCHEMA, by_article_id)})
    assert split["b"]["rows"].column("n").to_pylist() == [1, 3]
    assert split["a"]["rows"].num_rows == 1
    assert split["c"]["rows"].equals(SCHEMA.empty_table(), check_metadata=True)


def test_a_cache_writes_its_entries_as_before_and_makes_a_deleted_folder_again(tmp_path):
    cache = TableCache(tmp_path / "cache")
    table = toy([("a", 1, ["x"])])
    cache.put("ab12", {"rows": table})
    cache.put("ab34", {"rows": table})  # the folder "ab" is there: no mkdir
    assert sorted(p.name for p in (tmp_path / "cache/ab").iterdir()) == ["ab12.rows.arrow", "ab34.rows.arrow"]
    shutil.rmtree(tmp_path / "cache")  # the cache may be deleted at any time, during a step too
    cache.put("ab56", {"rows": table})
    got = cache.get("ab56", ("rows",))
    assert got is not None and got["rows"].equals(table, check_metadata=True)
    assert TableCache(tmp_path / "cache").get("ab12", ("rows",)) is None


def test_atomic_write_without_making_the_folder_needs_it(tmp_path):
    (tmp_path / "a").mkdir()
    atomic_write_bytes(tmp_path / "a/b.bin", b"1", make_folder=False)
    assert (tmp_path / "a/b.bin").read_bytes() == b"1"
    with pytest.raises(FileNotFoundError):
        atomic_write_bytes(tmp_path / "missing/b.bin", b"1", make_folder=False)
    assert not Path(tmp_path / "missing").exists()
