"""The report's page cache: a report built with it has the same bytes as one built without it, and a
changed row makes its pages again (and only a few others)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from narrative_pipeline.catalogue import table
from narrative_pipeline.report import build
from narrative_pipeline.report.markup import actor_href
from report_fixtures import extra_specs, make_results


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _cacheable(folder: Path) -> int:
    """Pages the cache keeps: article and actor pages, and row listings."""
    return sum(1 for p in _files(folder) if p.startswith(("article/", "actor/", "rows/")))


def _rewrite(path: Path, column: str, change) -> None:
    t = pq.read_table(path)
    values = t.column(column).to_pylist()
    t = t.set_column(t.schema.get_field_index(column), column, pa.array(change(values), t.schema.field(column).type))
    pq.write_table(t, path)


def test_cached_builds_equal_a_build_without_cache(tmp_path):
    results = make_results(tmp_path / "results", extra=True)
    cache = tmp_path / "cache"
    cold = build(results, tmp_path / "cold", specs=extra_specs(), cache_dir=cache)
    warm = build(results, tmp_path / "warm", specs=extra_specs(), cache_dir=cache)
    build(results, tmp_path / "plain", specs=extra_specs())
    assert cold["cached"] == 0
    assert warm["cached"] == _cacheable(tmp_path / "warm") > warm["articles"] + warm["actors"] > 0
    assert _files(tmp_path / "cold") == _files(tmp_path / "warm") == _files(tmp_path / "plain")
    assert len(list(cache.glob("*/*.html"))) == warm["cached"]  # one entry a page, nothing left over


def test_a_changed_row_or_name_makes_its_pages_again(tmp_path):
    results = make_results(tmp_path / "results", extra=True)
    cache = tmp_path / "cache"
    build(results, tmp_path / "before", specs=extra_specs(), cache_dir=cache)

    claims = results / table("claims").path
    first = pq.read_table(claims).to_pylist()[0]
    _rewrite(claims, "text", lambda v: [v[0] + " (changed)", *v[1:]])
    after = build(results, tmp_path / "claim", specs=extra_specs(), cache_dir=cache)
    build(results, tmp_path / "plain", specs=extra_specs())
    assert _files(tmp_path / "claim") == _files(tmp_path / "plain")
    before, now = _files(tmp_path / "before"), _files(tmp_path / "claim")
    page = f"article/{first['article_id']}.html"
    assert "(changed)" in now[page].decode() and before[page] != now[page]
    assert "(changed)" in now["rows/claims.html"].decode() and b"(changed)" not in before["rows/claims.html"]
    total = _cacheable(tmp_path / "claim")
    assert 0 < after["cached"] < total

    actors = results / table("actors").path
    renamed = pq.read_table(actors).to_pylist()[0]
    _rewrite(actors, "name", lambda v: [v[0] + " Renamed", *v[1:]])
    after = build(results, tmp_path / "name", specs=extra_specs(), cache_dir=cache)
    build(results, tmp_path / "plain", specs=extra_specs())
    assert _files(tmp_path / "name") == _files(tmp_path / "plain")
    before, now = now, _files(tmp_path / "name")
    assert f"{renamed['name']} Renamed" in now[actor_href(renamed["actor_id"])].decode()
    named = [p for p, b in now.items() if p.startswith(("article/", "actor/", "rows/")) and b"Renamed" in b]
    assert len(named) > 1 and all(before[p] != now[p] for p in named)  # each page showing the name is new
    assert 0 < after["cached"] < total
