"""review17d: cases where the report's kept row hashes (`report/rowcache.py`) were taken for rows they
were not made from (fixed): the chunk digest must change whenever the DataFrame the rows load as can."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
from narrative_pipeline.report import keys, rowcache


def _kept_then_fresh(first: pa.Table, second: pa.Table, tmp_path, name: str = "sentences") -> tuple:
    """Build 1 hashes `first` and saves; build 2 loads `second` with the kept file: (kept-path hashes,
    hashes of every row of `second`)."""
    for t in (first, second):
        cache = rowcache.RowCache.load(tmp_path)
        df = t.to_pandas(integer_object_nulls=True)
        cache.note(name, df, rowcache.table_chunks(name, t, df, keys.list_columns(df)))
        keys.keep_hashes(cache)
        try:
            rows = keys.Hashed(name, df).rows
        finally:
            keys.forget_hashes()
        cache.save()
    plain = second.to_pandas(integer_object_nulls=True)
    return rows, keys.row_hashes(plain, keys.list_columns(plain))


def test_a_dictionary_column_with_other_values_under_the_same_indices_is_hashed_again(tmp_path):
    # a Parquet column written from a categorical or dictionary column is read back as a dictionary
    # column; a record batch's IPC form holds its indices only, not the dictionary's values
    def table(words: list[str]) -> pa.Table:
        return pa.table(
            {
                "article_id": ["a1", "a1"],
                "sentence_id": ["a1:s0", "a1:s1"],
                "label": pa.array(words).dictionary_encode(),
            }
        )

    rows, fresh = _kept_then_fresh(table(["old", "other"]), table(["new", "other"]), tmp_path)
    assert rows.tolist() == fresh.tolist()


def test_a_dictionary_column_read_from_parquet_is_hashed_again_when_its_values_change(tmp_path):
    def written(words: list[str], name: str) -> pa.Table:
        path = tmp_path / f"{name}.parquet"
        t = pa.table({"article_id": ["a1", "a2"], "label": pa.array(words).dictionary_encode()})
        pq.write_table(t, path)
        return pq.read_table(path)

    rows, fresh = _kept_then_fresh(written(["x", "y"], "one"), written(["x", "z"], "two"), tmp_path / "cache")
    assert rows.tolist() == fresh.tolist()


def test_the_scheme_names_the_pyarrow_and_numpy_versions_the_rows_are_loaded_with():
    # a DataFrame's values come from pyarrow's conversion (dates, decimals, nested values as arrays): a
    # kept hash made under another pyarrow is a hash of other values
    assert f"pyarrow {pa.__version__}" in rowcache.SCHEME
    assert f"numpy {np.__version__}" in rowcache.SCHEME


def test_the_full_schema_metadata_is_in_a_chunks_salt():
    # str(schema) cuts long metadata (pandas' own, which decides how the table loads) short
    meta = {b"pandas": b'{"x": "' + b"a" * 200 + b'1"}'}
    other = {b"pandas": b'{"x": "' + b"a" * 200 + b'2"}'}
    t = pa.table({"article_id": ["a1"]})
    df = t.to_pandas()
    one = rowcache.table_salt("t", t.replace_schema_metadata(meta), df, [])
    two = rowcache.table_salt("t", t.replace_schema_metadata(other), df, [])
    assert one != two
