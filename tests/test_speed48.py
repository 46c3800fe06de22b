"""speed48: the add-one's report derives less again: the actor pages' keys made in one pass
(`signatures.ActorSignatures.keys`), the listings of an actor page that stays asked for only when the actor has
more than CAP rows (`actors.ActorPages.with_listings`), an actor's listings cut from its group's row positions
instead of a comparison over the whole table (`rows.Listings.facet(positions=)`), and the listings' cut hashes
kept by chunk digest beside the row hashes (`keys.kept_key_hashes`, `rowcache` scheme v2). The same bytes."""

from __future__ import annotations

import importlib
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from narrative_pipeline.catalogue import table as spec
from narrative_pipeline.report import build, keys, rowcache
from narrative_pipeline.report.actors import ActorPages
from narrative_pipeline.report.rows import Listings
from narrative_pipeline.report.signatures import ActorSignatures
from report_fixtures import extra_specs, make_results
from test_report_rowcache import _sentences


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _signatures(groups: list[dict]) -> ActorSignatures:
    made = ActorSignatures.__new__(ActorSignatures)
    made.salt, made.groups = b"salt", groups
    return made


def test_actor_keys_in_one_pass_move_with_each_part_of_a_page_and_only_its_own():
    groups = [{"a": (1, 2), "b": (3, 4)}, {"a": (5, 6)}, {}, {"c": (0, 0)}, {}]
    ids, rels = ["a", "b", "c", "d"], ["actor/a.html", "actor/b.html", "actor/c.html", "actor/d.html"]
    names = {"a": "A", "b": "B", "c": "C", "d": "D"}
    edges = {"a": [("a", "", "b", 3, 1)]}
    relations = {"b": [{"actor_id": "b", "relation": "member", "other_actor_id": "c"}]}
    base = _signatures(groups).keys(rels, ids, relations, edges, names)
    assert len(set(base)) == 4 and base == _signatures(groups).keys(rels, ids, relations, edges, names)
    changed = [dict(g) for g in groups]
    changed[1]["a"] = (5, 7)  # a row of a's second group moved
    assert [x != y for x, y in zip(_signatures(changed).keys(rels, ids, relations, edges, names), base, strict=True)] == [
        True, False, False, False
    ]  # fmt: skip
    absent = [dict(g) for g in groups]
    absent[3]["d"] = (0, 0)  # a group present with zero sums is not a group absent
    assert _signatures(absent).keys(rels, ids, relations, edges, names)[3] != base[3]
    assert _signatures(groups).keys(rels, ids, relations, {}, names)[0] != base[0]  # its edges
    assert _signatures(groups).keys(rels, ids, {}, edges, names)[1] != base[1]  # its relations
    renamed = {**names, "c": "C2"}  # c is named on b's page (its relation) and on its own page only through rows
    again = _signatures(groups).keys(rels, ids, relations, edges, renamed)
    assert [x != y for x, y in zip(again, base, strict=True)] == [False, True, False, False]
    moved = _signatures(groups).keys(["actor/x.html", *rels[1:]], ids, relations, edges, names)
    assert moved[0] != base[0] and moved[1:] == base[1:]


def test_an_update_asks_for_the_listings_of_actors_over_cap_only_and_has_the_bytes_of_a_cold_build(
    tmp_path, monkeypatch
):
    actors_module = importlib.import_module("narrative_pipeline.report.actors")
    monkeypatch.setattr(actors_module, "CAP", 1)  # Russia and Ukraine have 3 mentions each: their pages link listings
    monkeypatch.setattr(importlib.import_module("narrative_pipeline.report.builder"), "CAP", 1)
    results = make_results(tmp_path / "results", extra=True)
    cache, report = tmp_path / "cache", tmp_path / "report"
    build(results, report, specs=extra_specs(), cache_dir=cache)
    asked: list[str] = []
    real = ActorPages.listings_of
    monkeypatch.setattr(ActorPages, "listings_of", lambda self, a: asked.append(a) or real(self, a))
    build(results, report, specs=extra_specs(), cache_dir=cache)  # nothing changed: every page stays
    assert sorted(asked) == ["state_rus", "state_ukr"]
    assert any(p.startswith("rows/mentions-actor-id-") for p in _files(report))
    plain = tmp_path / "plain"
    build(results, plain, specs=extra_specs())
    assert _files(report) == _files(plain)
    # a renamed actor: its page and the pages naming it are made again, with the bytes of a cold build
    path = results / spec("actors").path
    t = pq.read_table(path)
    names = t.column("name").to_pylist()
    pq.write_table(
        t.set_column(t.schema.get_field_index("name"), "name", pa.array([names[0] + " R", *names[1:]])), path
    )
    build(results, report, specs=extra_specs(), cache_dir=cache)
    build(results, plain, specs=extra_specs())
    assert _files(report) == _files(plain)


def test_an_actors_listing_from_its_group_positions_is_the_listing_of_the_comparison(tmp_path):
    from narrative_pipeline.report.data import load_tables
    from narrative_pipeline.report.grouped import Grouped

    results = make_results(tmp_path / "results", extra=True)
    tables = load_tables(results, extra_specs())
    made: list[dict[str, str]] = []
    for given in (False, True):
        pages: dict[str, str] = {}
        listings = Listings(tables, {"state_rus": "Russia", "state_ukr": "Ukraine", "un": "UN"})
        listings.sink = pages.__setitem__
        for name, column in (("mentions", "actor_id"), ("claims", "claimer_actor_id")):
            groups = Grouped(tables[name], column).groups
            for actor in ("state_rus", "state_ukr", "un", "nobody"):
                at = groups.get(actor, np.zeros(0, dtype=np.int64)) if given else None
                listings.facet(name, column, actor, positions=at)
        made.append(pages)
    assert made[0] == made[1] and len(made[0]) == 8


def _key_hashes(t: pa.Table, cache: rowcache.RowCache, columns: list[str]) -> np.ndarray:
    df = t.to_pandas(integer_object_nulls=True)
    cache.note("sentences", df, rowcache.table_chunks("sentences", t, df, keys.list_columns(df)))
    keys.keep_hashes(cache)
    try:
        return keys.kept_key_hashes("sentences", df, columns)
    finally:
        keys.forget_hashes()


def _plain(t: pa.Table, columns: list[str]) -> np.ndarray:
    return keys.key_hashes(t.to_pandas(integer_object_nulls=True), columns)


def test_cut_hashes_kept_by_chunk_digest_equal_every_row_hashed_and_only_changed_chunks_are_hashed(tmp_path):
    cols = ["article_id", "sentence_id"]
    t = _sentences(4000)
    first = rowcache.RowCache.load(tmp_path)
    assert np.array_equal(_key_hashes(t, first, cols), _plain(t, cols)) and first.hashed == 4000
    first.save()
    again = rowcache.RowCache.load(tmp_path)
    assert np.array_equal(_key_hashes(t, again, cols), _plain(t, cols)) and again.hashed == 0
    # other key columns: not the hashes kept for these
    other = rowcache.RowCache.load(tmp_path)
    assert np.array_equal(_key_hashes(t, other, ["sentence_id"]), _plain(t, ["sentence_id"])) and other.hashed == 4000
    # an article's rows put in the middle: only the chunks they fall in are hashed again
    changed = pa.concat_tables([t.slice(0, 2100), _sentences(7, 90000), t.slice(2100)])
    later = rowcache.RowCache.load(tmp_path)
    assert np.array_equal(_key_hashes(changed, later, cols), _plain(changed, cols)) and 7 <= later.hashed < 1500


@pytest.mark.parametrize("damage", ["truncated", "v1", "moved"])
def test_a_damaged_stale_or_moved_kept_file_gives_the_same_report(tmp_path, damage):
    """rows.bin cut short (an interrupted write is a temporary file, never this), one of the scheme before this
    (v1: no cut hashes), or the results and cache moved elsewhere: the report has the bytes of a cold build."""
    results = make_results(tmp_path / "results", extra=True)
    cache, report = tmp_path / "cache", tmp_path / "report"
    build(results, report, specs=extra_specs(), cache_dir=cache)
    kept = cache / rowcache.FILE
    assert kept.is_file()
    if damage == "truncated":
        kept.write_bytes(kept.read_bytes()[:-9])
    elif damage == "v1":
        data = kept.read_bytes().replace(b"report-rows.v2", b"report-rows.v1")
        kept.write_bytes(data)
        assert rowcache.read_kept(kept) == {}
    else:
        moved = tmp_path / "elsewhere"
        moved.mkdir()
        for name in ("results", "cache", "report"):
            (tmp_path / name).rename(moved / name)
        results, cache, report = moved / "results", moved / "cache", moved / "report"
    t = pq.read_table(results / spec("mentions").path)
    pq.write_table(t.slice(1), results / spec("mentions").path)  # a mention gone: some pages change
    build(results, report, specs=extra_specs(), cache_dir=cache)
    plain = tmp_path / "plain"
    build(results, plain, specs=extra_specs())
    assert _files(report) == _files(plain)
