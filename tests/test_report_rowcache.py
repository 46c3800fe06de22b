"""The row hashes the report keeps between builds (`report/rowcache.py`): the same hashes as hashing
every row, only the changed chunks hashed again, and a damaged or foreign file ignored."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from narrative_pipeline.catalogue import table
from narrative_pipeline.report import build, keys, rowcache
from narrative_pipeline.report.data import load_tables
from report_fixtures import extra_specs, make_results


def _sentences(n: int, start: int = 0) -> pa.Table:
    ids = [f"a{i // 7:04d}" for i in range(start, start + n)]
    return pa.table(
        {
            "article_id": ids,
            "sentence_id": [f"{a}:s{i:05d}" for a, i in zip(ids, range(start, start + n), strict=True)],
            "text": [f"Sentence {i} said the minister." for i in range(start, start + n)],
            "spans": [[i, i + 3] for i in range(start, start + n)],
            "score": [None if i % 5 == 0 else i for i in range(start, start + n)],
        }
    )


def _hashes(t: pa.Table, cache: rowcache.RowCache) -> np.ndarray:
    df = t.to_pandas(integer_object_nulls=True)
    cache.note("sentences", df, rowcache.table_chunks("sentences", t, df, keys.list_columns(df)))
    keys.keep_hashes(cache)
    try:
        return keys.Hashed("sentences", df).rows
    finally:
        keys.forget_hashes()


def _plain_hashes(t: pa.Table) -> np.ndarray:
    df = t.to_pandas(integer_object_nulls=True)
    return keys.row_hashes(df, keys.list_columns(df))


def test_kept_hashes_equal_every_row_hashed_and_only_changed_chunks_are_hashed_again(tmp_path):
    t = _sentences(4000)
    first = rowcache.RowCache.load(tmp_path)
    assert np.array_equal(_hashes(t, first), _plain_hashes(t))
    assert first.hashed == 4000 and len(first.new) > 4  # several chunks
    first.save()

    again = rowcache.RowCache.load(tmp_path)
    assert np.array_equal(_hashes(t, again), _plain_hashes(t)) and again.hashed == 0

    # one article's 7 rows inserted in the middle: the rows after it sit elsewhere, their chunks are kept
    changed = pa.concat_tables([t.slice(0, 2100), _sentences(7, 90000), t.slice(2100)])
    later = rowcache.RowCache.load(tmp_path)
    assert np.array_equal(_hashes(changed, later), _plain_hashes(changed))
    assert 7 <= later.hashed < 1500

    # a value changed: its chunk is hashed again and its row's hash moves
    edited = t.set_column(
        2, "text", pa.array([*t.column("text").to_pylist()[:3000], "Changed.", *t.column("text").to_pylist()[3001:]])
    )
    last = rowcache.RowCache.load(tmp_path)
    got = _hashes(edited, last)
    assert np.array_equal(got, _plain_hashes(edited)) and got[3000] != _plain_hashes(t)[3000]
    assert 1 <= last.hashed < 1500


def test_a_column_loaded_as_another_type_is_not_taken_from_the_kept_hashes(tmp_path):
    """The same values under another pandas type hash differently: the chunk's digest says so."""
    with_null = _sentences(700)
    without = with_null.set_column(4, "score", pa.array(list(range(700)), pa.int64()))
    a, b = with_null.slice(1, 4), without.slice(1, 4)  # (rows 1-4 are the same in both)
    da, db = a.to_pandas(integer_object_nulls=True), b.to_pandas(integer_object_nulls=True)
    assert str(da.score.dtype) == str(db.score.dtype)
    full_a, full_b = with_null.to_pandas(integer_object_nulls=True), without.to_pandas(integer_object_nulls=True)
    assert str(full_a.score.dtype) != str(full_b.score.dtype)
    assert rowcache.table_salt("t", with_null, full_a, []) != rowcache.table_salt("t", without, full_b, [])


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated (a full disk)
        lambda data: data[:-9] + bytes([data[-9] ^ 1]) + data[-8:],  # a hash flipped: the checksum no longer matches
        lambda data: b"not a row file",
        lambda data: data.replace(rowcache.SCHEME.encode(), b"x" * len(rowcache.SCHEME)),  # another scheme
    ],
)
def test_a_damaged_or_foreign_row_file_is_ignored(tmp_path, damage):
    t = _sentences(2000)
    cache = rowcache.RowCache.load(tmp_path)
    _hashes(t, cache)
    cache.save()
    path = tmp_path / rowcache.FILE
    assert len(rowcache.read_kept(path)) == len(cache.new)
    path.write_bytes(damage(path.read_bytes()))
    assert rowcache.read_kept(path) == {}
    again = rowcache.RowCache.load(tmp_path)
    assert np.array_equal(_hashes(t, again), _plain_hashes(t)) and again.hashed == 2000


def test_a_wrong_kept_hash_under_a_valid_checksum_is_what_the_digest_guards(tmp_path):
    """A kept chunk is used only under the digest of the very rows it was made from: a file written
    for other rows (here: every hash zero, a correct checksum) changes nothing for these rows."""
    t = _sentences(1500)
    other = rowcache.RowCache.load(tmp_path)
    _hashes(_sentences(1500, 5000), other)
    rowcache.write_kept(tmp_path / rowcache.FILE, {d: np.zeros_like(v) for d, v in other.new.items()})
    cache = rowcache.RowCache.load(tmp_path)
    assert np.array_equal(_hashes(t, cache), _plain_hashes(t))


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_report_built_with_a_damaged_row_file_has_the_same_bytes(tmp_path):
    results = make_results(tmp_path / "results", extra=True)
    cache, report = tmp_path / "cache", tmp_path / "report"
    build(results, report, specs=extra_specs(), cache_dir=cache)
    kept = rowcache.read_kept(cache / rowcache.FILE)
    assert kept  # the row hashes of the build are kept
    path = results / table("claims").path
    t = pq.read_table(path)
    texts = t.column("text").to_pylist()
    pq.write_table(t.set_column(t.schema.get_field_index("text"), "text", pa.array(["Edited.", *texts[1:]])), path)
    (cache / rowcache.FILE).write_bytes((cache / rowcache.FILE).read_bytes()[:100])
    build(results, report, specs=extra_specs(), cache_dir=cache)
    build(results, tmp_path / "plain", specs=extra_specs())
    assert _files(report) == _files(tmp_path / "plain")


def test_every_table_of_a_results_folder_hashes_the_same_with_and_without_kept_hashes(tmp_path):
    results = make_results(tmp_path / "results", extra=True)
    specs = extra_specs()
    plain = {n: keys.row_hashes(df, keys.list_columns(df)) for n, df in load_tables(results, specs).items()}
    for _ in range(2):  # cold, then every chunk kept
        cache = rowcache.RowCache.load(tmp_path / "cache")
        tables = load_tables(results, specs, cache)
        keys.keep_hashes(cache)
        try:
            got = {n: keys.Hashed.of(n, df).rows for n, df in tables.items()}
        finally:
            keys.forget_hashes()
        cache.save()
        assert got.keys() == plain.keys() and all(np.array_equal(got[n], plain[n]) for n in plain)
    assert cache.hashed == 0


def test_key_hashes_of_other_column_types_and_nulls_cut_where_the_same_keys_sit():
    t = pa.table(
        {
            "n": pa.array([None if i % 9 == 0 else i // 3 for i in range(3000)], pa.int64()),
            "spans": [[i] for i in range(3000)],  # (a list column: the key is the column before it)
            "s": [f"v{i}" for i in range(3000)],
        }
    )
    h = rowcache.key_hashes(t)
    assert len(h) == 3000 and h[1] == h[2] and h[3] != h[1]  # rows 1 and 2 have one key (n = 0), row 3 another
    moved = rowcache.key_hashes(t.slice(1000))
    assert np.array_equal(moved, h[1000:])  # a key's hash does not depend on where it sits
    starts = rowcache.chunk_starts(h)
    assert starts[0] == 0 and 3 < len(starts) < 3000
    assert rowcache.key_hashes(t.slice(0, 0)).shape == (0,) and rowcache.chunk_starts(h[:0]).shape == (0,)


def test_the_pages_job_can_give_freed_memory_back_on_glibc():
    import platform
    import sys

    from narrative_pipeline.report import memory

    if sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc":
        assert memory._TRIM is not None
    memory.release()  # (a no-op elsewhere)


def test_a_frame_made_where_a_freed_one_was_is_not_taken_for_it(tmp_path, monkeypatch):
    """review44's latent case: the chunks noted for a table's DataFrame are its own, not those of whichever frame of
    the same length CPython later makes at the freed one's address (an id() is reused at once; here every frame is
    given the same id(), so the case does not hang on the allocator)."""
    monkeypatch.setattr(rowcache, "id", lambda _: 1, raising=False)
    cache = rowcache.RowCache.load(tmp_path)
    t = _sentences(50)
    df = t.to_pandas(integer_object_nulls=True)
    cache.note("sentences", df, rowcache.table_chunks("sentences", t, df, keys.list_columns(df)))
    del df
    other = _sentences(50, 1000).to_pandas(integer_object_nulls=True)
    assert cache.rows("sentences", other, lambda rows, lists: keys.row_hashes(rows, lists)) is None
