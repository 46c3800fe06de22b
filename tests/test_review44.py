"""review44: a fresh-eyes review of speed48 (the report's kept cut hashes, rows.bin v2, actor keys in one pass) and
speed49 (the kept articles' rows not typed again by the shard validation): tests that try to make a kept result
differ from a cold one."""

from __future__ import annotations

import json

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from narrative_pipeline.report import keys, rowcache
from test_speed48 import _key_hashes, _plain, _signatures
from test_speed49 import _kept_article, warm  # noqa: F401  (`warm`: a fixture)
from test_validate import (  # noqa: F401  (`clean`, `copy`: fixtures)
    clean,
    copy,
    kept_validation,
    plain_validation,
    rewrite,
    shard_paths,
    violations,
)

# --- speed49: a kept article's row that its record model would reject ---


def _rewrite(path, column: str, row: int, value) -> None:
    """`rewrite`, the column's field made nullable where the value is a null (as a faulty writer could)."""
    if value is not None:
        return rewrite(path, column, row, value)
    t = pq.read_table(path)
    values = t.column(column).to_pylist()
    values[row] = None
    at = t.schema.get_field_index(column)
    field = t.schema.field(column).with_nullable(True)
    pq.write_table(t.set_column(at, field, pa.array(values, type=field.type)), path)


def _row_of(results, name: str, article: str) -> int:
    return pq.read_table(shard_paths(results)[name]).column("article_id").to_pylist().index(article)


@pytest.mark.parametrize(
    ("name", "column", "value", "check"),
    [
        ("mentions", "start", None, "schema"),  # a null where the model forbids one
        ("claims", "certainty", "certain", "schema"),  # a value outside the model's Literal
        ("mentions", "end", 10**7, "span"),  # an offset past the text (valid for the model)
        ("sentences", "start", -5, None),  # a sentence's offset before the text
    ],
)
def test_a_kept_articles_row_that_would_fail_is_reported_as_from_scratch_every_time(
    warm,  # noqa: F811
    name,
    column,
    value,
    check,
):
    """The row's bytes change, so its article's key does: its rows are typed and checked, and no later run with the
    same bytes (whose kept file was written by the run that found the fault) lets the row escape."""
    inputs, results, checked, typed, _ = warm
    article = _kept_article(results)
    row = _row_of(results, name, article)
    _rewrite(shard_paths(results)[name], column, row, value)
    plain = plain_validation(inputs, results)
    found = violations(json.loads(plain))
    assert found  # (the change is a fault a cold validation reports)
    if check is not None:
        assert any(v["check"] == check and v["row"] in (row, None) and v["field"] in (column, "start") for v in found)
    for _ in range(3):
        assert kept_validation(inputs, results, checked) == plain


def test_a_fault_put_right_again_gives_the_clean_report(warm):  # noqa: F811
    """A kept article's row made invalid, validated with its kept checks, then restored: the clean report (the
    entries written while the table was not read name it unread, so they match no key of the restored table)."""
    inputs, results, checked, typed, clean_report = warm
    path = shard_paths(results)["mentions"]
    before = path.read_bytes()
    rewrite(path, "link_method", _row_of(results, "mentions", _kept_article(results)), "guessed")
    assert kept_validation(inputs, results, checked) != clean_report
    path.write_bytes(before)
    assert kept_validation(inputs, results, checked) == clean_report
    assert kept_validation(inputs, results, checked) == clean_report


def test_the_kept_key_holds_pydantics_version(tmp_path, monkeypatch):
    import pydantic
    from narrative_pipeline.validate.shard import _base

    args = (tmp_path, {"mentions": tmp_path / "m.parquet"}, {}, "shard 0", False)
    before = _base(*args)
    monkeypatch.setattr(pydantic, "VERSION", pydantic.VERSION + ".other")
    assert _base(*args) != before


@pytest.mark.parametrize(
    ("column", "values"),
    [
        ("start", [None, 0]),  # a null is not a zero
        ("text", [None, ""]),  # nor an empty string
        ("text", ["ab", "a"]),  # nor a shorter string
        ("flag", [None, False]),
    ],
)
def test_an_articles_digest_tells_a_null_from_its_stand_in(column, values):
    """The key of a kept article is over its rows' bytes: a value the model would reject (a null) has another digest
    than the value the digest reads a null as."""
    from narrative_pipeline.articlecache import article_digests

    types = {"start": pa.int64(), "text": pa.string(), "flag": pa.bool_()}
    base = {"article_id": ["a", "a", "b"], "start": [1, 2, 3], "text": ["x", "y", "z"], "flag": [True, False, True]}
    digests = []
    for value in values:
        data = {k: list(v) for k, v in base.items()}
        data[column][1] = value
        t = pa.table({k: pa.array(v, type=types.get(k, pa.string())) for k, v in data.items()})
        digests.append(article_digests(t, t.column("article_id").to_pylist()))
    assert digests[0]["a"] != digests[1]["a"] and digests[0]["b"] == digests[1]["b"]


# --- speed48: kept cut hashes and actor keys ---


def test_rows_bin_cut_anywhere_or_lengthened_is_not_read(tmp_path):
    path = tmp_path / rowcache.FILE
    kept = {bytes([i]) * 20: np.arange(i, i + 5, dtype=np.uint64) for i in range(3)}
    rowcache.write_kept(path, kept)
    data = path.read_bytes()
    assert {d: h.tolist() for d, h in rowcache.read_kept(path).items()} == {d: h.tolist() for d, h in kept.items()}
    for n in range(len(data)):
        path.write_bytes(data[:n])
        assert rowcache.read_kept(path) == {}, n
    path.write_bytes(data + b"\0" * 8)  # one more hash than the head names
    assert rowcache.read_kept(path) == {}


def test_a_cut_hash_is_not_taken_for_a_frame_the_chunks_were_not_noted_for(tmp_path):
    """Same table name and row count, another DataFrame (its key column changed): every row hashed, none kept."""
    cols = ["article_id", "sentence_id"]
    t = pa.table({"article_id": [f"a{i // 7}" for i in range(600)], "sentence_id": [f"s{i}" for i in range(600)]})
    first = rowcache.RowCache.load(tmp_path)
    _key_hashes(t, first, cols)
    first.save()
    cache = rowcache.RowCache.load(tmp_path)
    df = t.to_pandas(integer_object_nulls=True)
    cache.note("sentences", df, rowcache.table_chunks("sentences", t, df, keys.list_columns(df)))
    other = df.assign(sentence_id=[f"z{i}" for i in range(600)])
    keys.keep_hashes(cache)
    try:
        got = keys.kept_key_hashes("sentences", other, cols)
    finally:
        keys.forget_hashes()
    assert np.array_equal(got, _plain(pa.Table.from_pandas(other, preserve_index=False), cols))


def test_an_actors_key_does_not_depend_on_the_other_actors_of_the_pass():
    """Two actors with equal sums in every group (and no relations or edges) have distinct keys (their paths), and
    each actor's key is the same whether it is keyed alone, with others or in another order."""
    groups = [{"a": (7, 9), "b": (7, 9), "c": (1, 1)}, {"a": (0, 0), "b": (0, 0)}, {"c": (2, 3)}]
    ids = ["a", "b", "c"]
    rels = [f"actor/{i}.html" for i in ids]
    names = {i: i.upper() for i in ids}
    edges = {"c": [("c", "", "a", 2, 1)]}
    signatures = _signatures(groups)
    together = dict(zip(ids, signatures.keys(rels, ids, {}, edges, names), strict=True))
    assert together["a"] != together["b"]
    for order in (["c", "b", "a"], ["b"], ["c"], ["a", "c"]):
        alone = signatures.keys([f"actor/{i}.html" for i in order], order, {}, edges, names)
        assert alone == [together[i] for i in order]
