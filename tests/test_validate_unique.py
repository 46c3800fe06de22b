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


@pytest.mark.parametrize(
    ("columns", "distinct"),
    [
        ({"a": ["x", "y", "x", "z", "y"], "n": [1, 2, 2, 1, 2]}, False),  # the repeat is not a neighbour as read
        ({"a": ["x", "y", "x", "z", "y"], "n": [1, 2, 2, 1, 3]}, True),
        ({"a": [None, "x", None], "n": [1, 1, 1]}, False),  # nulls equal to each other
        ({"a": [None, "x", None], "n": [1, 1, 2]}, True),
        ({"a": [None, None, "x"], "n": [None, 1, None]}, True),  # a null beside a value is not equal to it
        ({"a": ["x", "x"], "n": [None, None]}, False),
    ],
)
def test_several_key_columns_of_text_and_integers(columns: dict, distinct: bool) -> None:
    """(speed37) Rows of several columns sorted and compared with their neighbours, not grouped by Acero:
    the answer of Python's set of tuples, also when the table comes in several chunks."""
    data = pa.table({"a": pa.array(columns["a"], type=pa.string()), "n": pa.array(columns["n"], type=pa.int64())})
    assert (len(set(zip(columns["a"], columns["n"], strict=True))) == len(columns["a"])) is distinct
    assert _distinct(data) is distinct
    assert _distinct(pa.concat_tables([data.slice(0, 2), data.slice(2)])) is distinct


def test_the_arrow_check_imports_no_pandas(tmp_path: Path) -> None:
    """The check imports neither pandas nor pyarrow.dataset (`Table.group_by` imported both, Acero's way: in
    a step's own process or served child pandas is refused, `tables.arrow_without_pandas`; speed37)."""
    import subprocess
    import sys

    path = tmp_path / "roles.parquet"
    roles = {**{k: pa.array(v) for k, v in ROLES.items()}, "actor_id": pa.array(["x", "y", "y", "z"])}
    pq.write_table(pa.table(roles), path)
    code = (
        "import sys\n"
        "from narrative_pipeline.tables import read_parquet\n"
        "from narrative_pipeline.validate.checks import _distinct\n"
        f"print(_distinct(read_parquet({str(path)!r})), any(m in sys.modules for m in ('pandas', 'pyarrow.dataset')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["True", "False"]


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
