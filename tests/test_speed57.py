"""speed57: the report's lookups of a few ids among many made the other way round (`grouped._last_positions_of_few`),
and an update's few actor pages loaded in fewer chunks (`grouped.UPDATE_ROWS`): the same positions and the same
pages, with fewer table lookups."""

from __future__ import annotations

import importlib
import random
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from narrative_pipeline.report import grouped
from narrative_pipeline.report.builder import build
from narrative_pipeline.report.grouped import (
    CHUNK,
    CHUNK_ROWS,
    FEW,
    UPDATE_ROWS,
    ByKey,
    _last_positions_of_few,
    bounded_chunks,
    last_positions,
)
from report_fixtures import extra_specs, make_results


def _strings(values: list) -> pa.Array:
    return pa.array(values, type=pa.large_string())


def _as_dict(values: list, keys: list) -> list[int]:
    """What `last_positions` stands for: a dict of the keys' last rows, nulls found nowhere."""
    rows = {k: i for i, k in enumerate(keys) if k is not None}
    return [rows.get(v, -1) if v is not None else -1 for v in values]


def _many(values: pa.Array, keys: pa.Array) -> np.ndarray:
    """`last_positions` as it looked every value up among the keys (before speed57), for any sizes."""
    n = len(keys)
    backwards = keys.take(pa.array(np.arange(n - 1, -1, -1, dtype=np.int64)))
    import pyarrow.compute as pc

    at = pc.index_in(values, value_set=backwards, skip_nulls=True).fill_null(-1).to_numpy().astype(np.int64)
    return np.where(at >= 0, n - 1 - at, -1)


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_a_few_values_among_many_keys_find_the_rows_a_dict_gives(seed):
    """Repeated keys (the last row wins), null keys and values, unknown values, repeated values, empty strings, and
    values that share prefixes: the way round for few values gives every position the dict and the old way give."""
    rng = random.Random(seed)
    pool = ["", "s", "s1", "s10", "s1 ", "é", "a<b>", *[f"id-{i}" for i in range(60)]]
    keys = [rng.choice([*pool, None]) for _ in range(400)]
    values = [rng.choice([*pool, None, "unknown", "id-999"]) for _ in range(rng.randint(1, 100 // FEW))]
    assert len(values) * FEW <= len(keys)  # (the few path)
    got = last_positions(_strings(values), _strings(keys))
    assert got.tolist() == _as_dict(values, keys) == _many(_strings(values), _strings(keys)).tolist()
    assert _last_positions_of_few(_strings(values), _strings(keys)).tolist() == got.tolist()
    assert got.dtype == np.int64


def test_the_few_path_is_taken_for_few_values_only(monkeypatch):
    called: list[int] = []
    real = grouped._last_positions_of_few
    monkeypatch.setattr(grouped, "_last_positions_of_few", lambda v, k: called.append(len(v)) or real(v, k))
    keys = _strings([f"k{i}" for i in range(40)])
    assert last_positions(_strings(["k3", "k39", None]), keys).tolist() == [3, 39, -1]
    assert called == [3]
    many = _strings([f"k{i}" for i in range(39, -1, -1)])
    assert last_positions(many, keys).tolist() == list(range(39, -1, -1))
    assert called == [3]  # (as many values as keys: looked up among the keys, as before)


def test_edge_cases_of_the_few_path():
    keys = _strings(["a", None, "b", "a"] * 3)
    assert _last_positions_of_few(_strings([None]), keys).tolist() == [-1]  # only nulls asked: nothing wanted
    assert _last_positions_of_few(_strings(["zz"]), keys).tolist() == [-1]
    assert _last_positions_of_few(_strings(["a", "a", "b"]), keys).tolist() == [11, 11, 10]
    assert _last_positions_of_few(_strings(["a"]), _strings([None, None, None, None])).tolist() == [-1]
    assert last_positions(_strings([]), keys).tolist() == []


def test_by_key_subset_of_few_keys_is_the_dict_of_the_table():
    ids = [f"s{i}" for i in range(50)] + ["s3", None, "s7"]
    texts = [f"text {i}" for i in range(len(ids))]
    df = pd.DataFrame({"sentence_id": ids, "text": texts})
    whole = dict(zip(ids, texts, strict=True))
    asked = ["s7", "s3", "nowhere", "s49"]
    got = ByKey.of(df, "sentence_id", "text").subset(asked)
    assert got == {k: whole[k] for k in asked if k in whole} and got["s3"] == "text 50" and got["s7"] == "text 52"


def test_chunks_of_an_update_end_at_more_rows_than_a_cold_builds():
    assert UPDATE_ROWS > CHUNK_ROWS
    weights = [2257, 1500, *[150] * 176]  # (an added BBC article's 178 actor pages: 30,000 rows)
    items = list(range(len(weights)))
    assert len(list(bounded_chunks(items, weights))) > 5
    assert [list(c) for c in bounded_chunks(items, weights, total=UPDATE_ROWS)] == [items]
    assert len(list(bounded_chunks(list(range(CHUNK + 1)), [1] * (CHUNK + 1), total=UPDATE_ROWS))) == 2


def _files(folder: Path) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _rename_all(results: Path) -> list[str]:
    """Every actor renamed in the actors table (each actor page changes); the renamed ids."""
    from narrative_pipeline.catalogue import table as spec

    path = results / spec("actors").path
    t = pq.read_table(path)
    names = [f"{n} Renamed" for n in t.column("name").to_pylist()]
    pq.write_table(t.set_column(t.schema.get_field_index("name"), "name", pa.array(names)), path)
    return t.column("actor_id").to_pylist()


def test_an_update_of_few_actor_pages_loads_them_in_one_chunk_with_the_same_bytes(tmp_path, monkeypatch):
    """An update's actor pages, fewer than a chunk of actors, are loaded once when their rows fit in `UPDATE_ROWS`,
    though a cold build's row bound would cut them into chunks; the pages have the bytes of a cold build."""
    from narrative_pipeline.report.actors import ActorPages

    builder = importlib.import_module("narrative_pipeline.report.builder")
    monkeypatch.setattr(builder, "CHUNK_ROWS", 1)  # a cold build's bound: a chunk per actor
    results = make_results(tmp_path / "results", extra=True)
    cache, report = tmp_path / "cache", tmp_path / "report"
    loads: list[list[str]] = []
    real = ActorPages.load
    monkeypatch.setattr(ActorPages, "load", lambda self, ids: loads.append(list(ids)) or real(self, ids))
    build(results, report, specs=extra_specs(), cache_dir=cache)
    cold = [ids for ids in loads if ids]
    assert len(cold) > 1 and all(len(ids) == 1 for ids in cold)  # (cold: one actor a chunk)
    renamed = _rename_all(results)
    loads.clear()
    build(results, report, specs=extra_specs(), cache_dir=cache)
    made = [ids for ids in loads if ids]
    assert len(made) == 1 and set(renamed) <= set(made[0])  # (an update of a few pages: one chunk)
    plain = tmp_path / "plain"
    build(results, plain, specs=extra_specs())
    assert _files(report) == _files(plain)


def test_an_update_of_more_actor_pages_than_a_chunk_keeps_the_cold_bound(tmp_path, monkeypatch):
    from narrative_pipeline.report.actors import ActorPages

    builder = importlib.import_module("narrative_pipeline.report.builder")
    monkeypatch.setattr(builder, "CHUNK_ROWS", 1)
    monkeypatch.setattr(builder, "CHUNK", 1)  # (every update has more pages than a chunk)
    results = make_results(tmp_path / "results", extra=True)
    cache, report = tmp_path / "cache", tmp_path / "report"
    build(results, report, specs=extra_specs(), cache_dir=cache)
    _rename_all(results)
    loads: list[list[str]] = []
    real = ActorPages.load
    monkeypatch.setattr(ActorPages, "load", lambda self, ids: loads.append(list(ids)) or real(self, ids))
    build(results, report, specs=extra_specs(), cache_dir=cache)
    made = [ids for ids in loads if ids]
    assert len(made) > 1 and all(len(ids) == 1 for ids in made)
    plain = tmp_path / "plain"
    build(results, plain, specs=extra_specs())
    assert _files(report) == _files(plain)
