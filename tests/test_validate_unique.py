"""The uniqueness check of a gathered table's key columns: found in Arrow when no key repeats, counted in
Python otherwise; both give the same record (speed9)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from narrative_pipeline.catalogue import table
from narrative_pipeline.validate.checks import Checker, _distinct, _unique, unique_key_columns


def _python(data: pa.Table, name: str) -> list:
    spec = table(name)
    checker = Checker("corpus")
    _unique(list(zip(*(data.column(k).to_pylist() for k in spec.key), strict=True)), spec, checker, "x")
    return checker.results


def _checked(tmp_path: Path, data: pa.Table, name: str) -> list:
    path = tmp_path / f"{name}.parquet"
    pq.write_table(data, path)
    checker = Checker("corpus")
    unique_key_columns(path, table(name), checker, label="x")
    return checker.results


ROLES = {"claim_id": ["c1", "c1", "c2", "c2"], "role": ["claimer", "agent", "claimer", "claimer"]}


@pytest.mark.parametrize(
    ("name", "columns", "distinct"),
    [
        ("claims", {"claim_id": ["a", "b", "c"]}, True),
        ("claims", {"claim_id": ["a", "b", "a"]}, False),
        ("claims", {"claim_id": ["a", None, None]}, False),  # two nulls repeat each other, in Python too
        ("claims", {"claim_id": []}, True),
        ("claim_actors", {**ROLES, "actor_id": ["x", "x", "y", "z"], "mention_id": [None, None, "m1", None]}, True),
        ("claim_actors", {**ROLES, "actor_id": ["x", "x", "y", "y"], "mention_id": [None, None, None, None]}, False),
    ],
)
def test_arrow_and_python_agree(tmp_path: Path, name: str, columns: dict, distinct: bool) -> None:
    data = pa.table({k: pa.array(v, type=pa.string()) for k, v in columns.items()})
    assert _distinct(data) is distinct
    got = _checked(tmp_path, data, name)
    assert got == _python(data, name)
    assert got[0].passed is distinct and got[0].n_checked == data.num_rows


def test_other_types_are_counted_in_python() -> None:
    assert _distinct(pa.table({"v": pa.array([1.0, 2.0])})) is False  # floats: not decided in Arrow
    assert _distinct(pa.table({"v": pa.array([1, 2], type=pa.int64())})) is True


def test_articles_not_analysed_name_the_warc_record_each_comes_from(tmp_path):
    # user15's archive: a crawl's four request records all read "request record: ..." under one
    # source_path; without the locator a reader cannot tell which record each row is.
    from narrative_pipeline.ingest import ingest_shard
    from narrative_pipeline.settings import PipelineConfig
    from narrative_pipeline.validate.checks import Checker, report
    from sources_fixtures import article_html, write_test_warc

    (tmp_path / "in").mkdir()
    write_test_warc(tmp_path / "in" / "crawl.warc.gz", True, article_html().encode())
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    records, _ = ingest_shard(tmp_path / "in", 0, PipelineConfig(n_shards=1))
    rows = report(Checker("corpus"), records).articles_not_analysed
    warc_rows = [r for r in rows if r["source_path"] == "crawl.warc.gz"]
    assert len(warc_rows) >= 3
    assert all(r["locator"].startswith("warc:") for r in warc_rows)
    offsets = [int(r["locator"].partition(":")[2]) for r in warc_rows]
    assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)
    assert {"source_path": "empty.txt", "locator": ""}.items() <= next(
        r for r in rows if r["source_path"] == "empty.txt"
    ).items()
