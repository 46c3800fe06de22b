"""speed41: the report's network layouts kept between builds (`network.KnownLayouts`) and the actors index's
table made a column at a time (`build.actors_table`): the same bytes as before, in less time."""

from __future__ import annotations

import importlib
import json
import math
import random
from pathlib import Path

import numpy as np
import pandas as pd
from narrative_pipeline.report.builder import actors_table, build
from narrative_pipeline.report.markup import actor_href, esc, esc_values, link, table
from narrative_pipeline.report.network import LAYOUTS, Edge, KnownLayouts, layout, svg
from report_fixtures import extra_specs, make_results


def _links(rng: random.Random, n: int) -> list[tuple[int, int, float]]:
    return [(rng.randrange(n), rng.randrange(n), float(rng.randint(1, 300))) for _ in range(rng.randint(0, 30))]


def test_a_kept_layout_is_the_layout_bit_for_bit(tmp_path):
    rng = random.Random(41)
    cases = [(n, _links(rng, n)) for n in (1, 2, 7, 25)]
    first = KnownLayouts.load(tmp_path, "code")
    made = [first.positions(n, links, 40) for n, links in cases]
    first.save()
    again = KnownLayouts.load(tmp_path, "code")
    assert len(again.old) == len(cases)
    for (n, links), pos in zip(cases, made, strict=True):
        assert np.array_equal(pos, layout([""] * n, links, 40))
        kept = again.positions(n, links, 40)
        assert kept.tobytes() == pos.tobytes()  # read back, not made: the same floats


def test_a_layout_of_other_links_rounds_code_or_numpy_is_made(tmp_path, monkeypatch):
    links = [(0, 1, 3.0), (1, 2, 1.0)]
    kept = KnownLayouts.load(tmp_path, "code")
    kept.positions(3, links, 30)
    kept.save()
    assert KnownLayouts.load(tmp_path, "other code").old == {}
    monkeypatch.setattr(np, "__version__", "0.0.0")
    assert KnownLayouts.load(tmp_path, "code").old == {}
    monkeypatch.undo()
    again = KnownLayouts.load(tmp_path, "code")
    called = []
    real = layout
    monkeypatch.setattr("narrative_pipeline.report.network.layout", lambda *a: called.append(a) or real(*a))
    assert np.array_equal(again.positions(3, links, 30), layout([""] * 3, links, 30)) and not called
    assert np.array_equal(
        again.positions(3, [(0, 1, 4.0), (1, 2, 1.0)], 30), real([""] * 3, [(0, 1, 4.0), (1, 2, 1.0)], 30)
    )
    assert np.array_equal(again.positions(3, links, 31), real([""] * 3, links, 31))
    assert len(called) == 2


def test_a_damaged_or_foreign_layouts_file_is_not_used(tmp_path):
    links = [(0, 1, 2.0)]
    good = KnownLayouts.load(tmp_path, "code")
    good.positions(2, links, 20)
    good.save()
    path = tmp_path / LAYOUTS
    data = json.loads(path.read_text())
    (key,) = data["layouts"]
    for bad in ("{", "[]", json.dumps({"salt": data["salt"], "layouts": {key: [[0.0, 1.0]]}}),
                json.dumps({"salt": data["salt"], "layouts": {key: [[0.0, "x"], [1.0, 1.0]]}})):  # fmt: skip
        path.write_text(bad)
        pos = KnownLayouts.load(tmp_path, "code").positions(2, links, 20)
        assert np.array_equal(pos, layout(["", ""], links, 20))
    assert KnownLayouts.load(None, "code").positions(2, links, 20).shape == (2, 2)


def test_the_file_keeps_the_last_builds_layouts_only(tmp_path):
    first = KnownLayouts.load(tmp_path, "code")
    first.positions(2, [(0, 1, 1.0)], 10)
    first.positions(3, [(0, 2, 1.0)], 10)
    first.save()
    second = KnownLayouts.load(tmp_path, "code")
    second.positions(3, [(0, 2, 1.0)], 10)
    second.save()
    assert len(KnownLayouts.load(tmp_path, "code").old) == 1


def test_svg_with_kept_layouts_has_the_same_bytes(tmp_path):
    edges = [Edge("a", "b", "verbal conflict", 9, 3), Edge("b", "c", "", 4, 2), Edge("c", "a", "material coop", 1, 1)]
    names = {"a": "Alpha <A>", "b": "Beta & co", "c": "Gamma"}
    plain = svg(edges, names, "../")
    first = KnownLayouts.load(tmp_path, "code")
    assert svg(edges, names, "../", layouts=first) == plain
    first.save()
    assert svg(edges, names, "../", layouts=KnownLayouts.load(tmp_path, "code")) == plain


def _actors_index_one_row_at_a_time(a: pd.DataFrame, made: dict[str, int]) -> str:
    """The actors index's table as `build.actors_index` made it before speed41."""
    rows = [
        (
            link(actor_href(r.actor_id), r.name),
            esc(r.actor_type),
            esc(r.source),
            f"{int(r.n_mentions):,}",
            f"{made.get(r.actor_id, 0):,}",
        )
        for r in a.itertuples()
    ]
    return table(["actor", "type", "source", "mentions", "claims made"], rows)


def test_the_actors_table_equals_the_table_made_row_by_row():
    a = pd.DataFrame(
        {
            "actor_id": ["Q1", "x:<b>", "Q3", "Q4", "Q5"],
            "name": ["Ann & Bo", "<script>", None, math.nan, "Zoë \"Z\" 'q'"],
            "actor_type": ["PER", None, "ORG", "GPE", "PER"],
            "source": ["registry", "ner", "ner", None, "registry"],
            "n_mentions": [1234567, 3, 0, 2, 1],
        }
    )
    made = {"Q1": 1000, "x:<b>": 2}
    assert actors_table(a, made) == _actors_index_one_row_at_a_time(a, made)
    assert actors_table(a.iloc[:0], made) == _actors_index_one_row_at_a_time(a.iloc[:0], made)


def test_esc_values_equals_esc_of_each_value():
    values = ["a&b", None, math.nan, 3, "<x>", "plain", pd.NA, 2.5, "q'\"", "nul\0inside"]
    assert esc_values(values) == [esc(v) for v in values]
    assert esc_values(["x", "<"]) == [esc("x"), esc("<")]
    assert esc_values([]) == []


def test_a_report_built_on_kept_layouts_equals_one_built_without(tmp_path):
    results = make_results(tmp_path / "results", extra=True)
    cache, report = tmp_path / "cache", tmp_path / "report"
    build(results, report, specs=extra_specs(), cache_dir=cache)
    assert (cache / LAYOUTS).is_file() and json.loads((cache / LAYOUTS).read_text())["layouts"]
    (cache / "state.json").unlink()  # every page made again, the layouts read back
    build(results, report, specs=extra_specs(), cache_dir=cache)
    plain = tmp_path / "plain"
    build(results, plain, specs=extra_specs())
    files = {p.relative_to(report): p.read_bytes() for p in sorted(Path(report).rglob("*")) if p.is_file()}
    assert files == {p.relative_to(plain): p.read_bytes() for p in sorted(plain.rglob("*")) if p.is_file()}


def test_an_update_loads_the_rows_of_the_actor_pages_it_makes_only(tmp_path, monkeypatch):
    """The actor pages an update makes are known before any is made: their rows are loaded in one chunk,
    not one load per chunk of the corpus's actors (here every actor is a chunk of its own)."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from narrative_pipeline.catalogue import table as spec
    from narrative_pipeline.report.actors import ActorPages

    results = make_results(tmp_path / "results", extra=True)
    cache, report = tmp_path / "cache", tmp_path / "report"
    build(results, report, specs=extra_specs(), cache_dir=cache)
    # (the module by its name: the package's `build` attribute is the function once it was asked for)
    monkeypatch.setattr(importlib.import_module("narrative_pipeline.report.builder"), "bounded_chunks", _one_at_a_time)
    loads: list[list[str]] = []
    real = ActorPages.load
    monkeypatch.setattr(ActorPages, "load", lambda self, ids: loads.append(list(ids)) or real(self, ids))
    build(results, report, specs=extra_specs(), cache_dir=cache)
    assert loads == [[]]  # (the one made by ActorPages itself): nothing changed, nothing loaded
    path = results / spec("actors").path
    t = pq.read_table(path)
    renamed = t.column("actor_id")[0].as_py()
    names = t.column("name").to_pylist()
    t = t.set_column(t.schema.get_field_index("name"), "name", pa.array([names[0] + " Renamed", *names[1:]]))
    pq.write_table(t, path)
    loads.clear()
    build(results, report, specs=extra_specs(), cache_dir=cache)
    made = loads[1:]
    assert made and renamed in made[0] and len(made) == sum(1 for ids in made if ids)  # no empty load per chunk
    plain = tmp_path / "plain"
    build(results, plain, specs=extra_specs())
    assert {p.relative_to(report): p.read_bytes() for p in sorted(report.rglob("*")) if p.is_file()} == {
        p.relative_to(plain): p.read_bytes() for p in sorted(plain.rglob("*")) if p.is_file()
    }


def _one_at_a_time(items, weights, size=1, total=1):
    from narrative_pipeline.report.grouped import bounded_chunks

    return bounded_chunks(items, weights, size=1, total=1)
