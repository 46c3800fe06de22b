"""The report built on the last one (`report.incremental`): a report updated with the cache state has
the same bytes as one built without it, a changed row makes its pages again (and only a few others),
and an interrupted or stale update never leaves a report that looks complete but is stale."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from narrative_pipeline.catalogue import table
from narrative_pipeline.report import build
from narrative_pipeline.report import incremental as inc
from narrative_pipeline.report.listingcache import FILE as LISTINGS
from narrative_pipeline.report.markup import actor_href, article_href
from narrative_pipeline.report.network import LAYOUTS
from narrative_pipeline.report.rowcache import FILE as ROWS
from narrative_pipeline.report.staged import place, wait_for_removals
from report_fixtures import extra_specs, make_results


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _cacheable(folder: Path) -> int:
    """Pages the cache keeps: article and actor pages, row listings, the actors and network pages."""
    return sum(
        1 for p in _files(folder) if p.startswith(("article/", "actor/", "rows/", "actors.html", "network.html"))
    )


def _rewrite(path: Path, column: str, change) -> None:
    t = pq.read_table(path)
    values = t.column(column).to_pylist()
    t = t.set_column(t.schema.get_field_index(column), column, pa.array(change(values), t.schema.field(column).type))
    pq.write_table(t, path)


def _plain(results: Path, folder: Path) -> dict[str, bytes]:
    build(results, folder, specs=extra_specs())
    return _files(folder)


def test_cached_builds_equal_a_build_without_cache(tmp_path):
    results = make_results(tmp_path / "results", extra=True)
    cache, report = tmp_path / "cache", tmp_path / "report"
    cold = build(results, report, specs=extra_specs(), cache_dir=cache)
    first = _files(report)
    warm = build(results, report, specs=extra_specs(), cache_dir=cache)
    assert cold["cached"] == 0
    assert warm["cached"] == _cacheable(report) > warm["articles"] + warm["actors"] > 0
    assert first == _files(report) == _plain(results, tmp_path / "plain")
    # the network's layouts, the state, the listing pages' row values and the row hashes: no copy of a page (and
    # the old copies of those files the warm build replaced, put aside: speed51's `trash`)
    assert sorted(p.name for p in cache.iterdir() if p.name != "trash") == sorted([LAYOUTS, LISTINGS, ROWS, inc.STATE])
    assert cold["pages"] == warm["pages"] == sum(1 for p in first if p.endswith(".html"))


def test_a_changed_row_or_name_makes_its_pages_again(tmp_path, built):
    results, cache, report = built
    before = _files(report)
    total = _cacheable(report)

    claims = results / table("claims").path
    first = pq.read_table(claims).to_pylist()[0]
    _rewrite(claims, "text", lambda v: [v[0] + " (changed)", *v[1:]])
    after = build(results, report, specs=extra_specs(), cache_dir=cache)
    now = _files(report)
    assert now == _plain(results, tmp_path / "plain")
    page = article_href(first["article_id"])
    assert "(changed)" in now[page].decode() and before[page] != now[page]
    assert "(changed)" in now["rows/claims.html"].decode() and b"(changed)" not in before["rows/claims.html"]
    assert 0 < after["cached"] < total

    actors = results / table("actors").path
    renamed = pq.read_table(actors).to_pylist()[0]
    _rewrite(actors, "name", lambda v: [v[0] + " Renamed", *v[1:]])
    after = build(results, report, specs=extra_specs(), cache_dir=cache)
    before, now = now, _files(report)
    assert now == _plain(results, tmp_path / "plain2")
    assert f"{renamed['name']} Renamed" in now[actor_href(renamed["actor_id"])].decode()
    named = [p for p, b in now.items() if p.startswith(("article/", "actor/", "rows/")) and b"Renamed" in b]
    assert len(named) > 1 and all(before[p] != now[p] for p in named)  # each page showing the name is new
    assert 0 < after["cached"] < total


def test_changed_edges_make_the_network_page_again(tmp_path, built):
    results, cache, report = built
    before = _files(report)["network.html"]
    edges = results / table("actor_edges").path
    assert pq.read_table(edges).num_rows > 0
    _rewrite(edges, "n_statements", lambda v: [n + 40 for n in v])
    build(results, report, specs=extra_specs(), cache_dir=cache)
    now = _files(report)
    assert now == _plain(results, tmp_path / "plain") and now["network.html"] != before
    warm = build(results, report, specs=extra_specs(), cache_dir=cache)
    assert warm["cached"] == _cacheable(report) and _files(report) == now  # kept when nothing changed


def test_a_removed_article_takes_its_page_away(tmp_path, built):
    results, cache, report = built
    articles = results / table("articles").path
    gone = next(r["article_id"] for r in pq.read_table(articles).to_pylist() if r["analysed"])
    assert article_href(gone) in _files(report)
    for name in ("articles", "claims", "mentions", "framing"):
        path = results / table(name).path
        if path.is_file() and "article_id" in pq.read_schema(path).names:
            t = pq.read_table(path)
            pq.write_table(t.filter(pc.not_equal(t.column("article_id"), gone)), path)
    kept = pq.read_table(results / table("claims").path).column("claim_id")
    for name in ("claim_actors", "statements"):
        path = results / table(name).path
        if path.is_file():
            t = pq.read_table(path)
            pq.write_table(t.filter(pc.is_in(t.column("claim_id"), value_set=kept)), path)
    after = build(results, report, specs=extra_specs(), cache_dir=cache)
    assert article_href(gone) not in _files(report)
    assert _files(report) == _plain(results, tmp_path / "plain")
    assert after["cached"] > 0


def test_a_new_code_fingerprint_makes_every_page(tmp_path, built, monkeypatch):
    import narrative_pipeline.report as report_package

    results, cache, report = built
    monkeypatch.setattr(report_package, "code_fingerprint", lambda: "another version of the report code")
    after = build(results, report, specs=extra_specs(), cache_dir=cache)
    assert after["cached"] == 0 and _files(report) == _plain(results, tmp_path / "plain")


def test_a_report_changed_behind_the_cache_is_made_whole(tmp_path, built):
    """The state describes one report folder and the index it was completed with: another folder, a
    report without an index, or one made again by hand with another index is never taken for the last
    build (a cold build replaces the folder, pages nobody made included)."""
    import json

    results, cache, report = built
    assert build(results, tmp_path / "elsewhere", specs=extra_specs(), cache_dir=cache)["cached"] == 0
    build(results, report, specs=extra_specs(), cache_dir=cache)
    (report / "index.html").unlink()
    assert build(results, report, specs=extra_specs(), cache_dir=cache)["cached"] == 0
    (results / "validation").mkdir(exist_ok=True)
    (results / "validation/report.json").write_text(json.dumps({"passed": True, "n_violations": 0}))
    build(results, report, specs=extra_specs())  # by hand, without the cache: another index
    (report / "article" / "stale.html").write_text("a page nobody made")
    assert build(results, report, specs=extra_specs(), cache_dir=cache)["cached"] == 0
    assert _files(report) == _plain(results, tmp_path / "plain")


def test_an_interrupted_update_leaves_no_complete_looking_report(tmp_path, built, monkeypatch):
    """The update moves the changed pages in after deleting the index and the state: killed half-way,
    the report has no index (it does not look complete), and the next build makes every page."""
    results, cache, report = built
    _rewrite(results / table("claims").path, "text", lambda v: [t + " (changed)" for t in v])
    moved = []
    real_replace = os.replace

    def dying_replace(src, dst):
        if Path(dst).is_relative_to(report):  # (the cache's own files are written by replacing too)
            if len(moved) == 2:
                raise KeyboardInterrupt  # the job killed half-way
            moved.append(dst)
        real_replace(src, dst)

    monkeypatch.setattr(inc.os, "replace", dying_replace)
    with pytest.raises(KeyboardInterrupt):
        build(results, report, specs=extra_specs(), cache_dir=cache)
    monkeypatch.undo()
    assert len(moved) == 2 and not (report / "index.html").exists() and inc.read_state(cache) is None
    assert build(results, report, specs=extra_specs(), cache_dir=cache)["cached"] == 0
    assert _files(report) == _plain(results, tmp_path / "plain")


def test_an_interrupted_build_leaves_the_last_report_and_state(tmp_path, built, monkeypatch):
    """Killed while making pages, the build has touched neither the report nor the state."""
    from narrative_pipeline.report import articles

    results, cache, report = built
    before, state = _files(report), inc.read_state(cache)
    _rewrite(results / table("claims").path, "text", lambda v: [t + " (changed)" for t in v])

    def dying(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(articles.ArticlePages, "render", dying)
    with pytest.raises(KeyboardInterrupt):
        build(results, report, specs=extra_specs(), cache_dir=cache)
    monkeypatch.undo()
    assert _files(report) == before and inc.read_state(cache) == state
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "report", "results"]  # no folder left over
    after = build(results, report, specs=extra_specs(), cache_dir=cache)
    assert after["cached"] > 0 and _files(report) == _plain(results, tmp_path / "plain")


def _publish(results: Path, root: Path, cache: Path) -> dict:
    """What the Snakemake rules do: the pages staged with the cache, then placed."""
    stats = build(results, root / ".staged", specs=extra_specs(), cache_dir=cache, staged=True, report=root / "report")
    (root / ".staged" / ".snakemake_timestamp").write_text("")  # Snakemake's mark in a folder output
    (root / "report" / "index.html").unlink(missing_ok=True)  # Snakemake deletes the publish job's outputs
    place(root / ".staged", root / "report", results, root / "report.html")
    wait_for_removals()
    return stats


def test_staged_changed_pages_placed_in_the_report_equal_a_build_in_one_go(tmp_path):
    results = make_results(tmp_path / "results", extra=True)
    root, cache = tmp_path / "run", tmp_path / "run" / "cache"
    root.mkdir()
    assert _publish(results, root, cache)["cached"] == 0
    first = _files(root / "report")
    assert _publish(results, root, cache)["cached"] == _cacheable(root / "report")
    assert _files(root / "report") == first

    claims = results / table("claims").path
    changed = pq.read_table(claims).to_pylist()[0]["article_id"]
    _rewrite(claims, "text", lambda v: [v[0] + " (changed)", *v[1:]])
    build(results, root / ".staged", specs=extra_specs(), cache_dir=cache, staged=True, report=root / "report")
    staged = _files(root / ".staged")
    assert article_href(changed) in staged and len(staged) < len(first)  # the changed pages only
    assert _files(root / "report") == first  # nothing placed before validation
    (root / "report" / "index.html").unlink()
    place(root / ".staged", root / "report", results, root / "report.html")
    build(results, tmp_path / "one" / "report", specs=extra_specs(), overview=tmp_path / "one" / "report.html")
    assert _files(root / "report") == _files(tmp_path / "one" / "report")
    assert (root / "report.html").read_bytes() == (tmp_path / "one" / "report.html").read_bytes()
    assert sorted(p.name for p in root.iterdir()) == ["cache", "report", "report.html"]


def test_staged_pages_of_a_report_replaced_since_are_refused(tmp_path):
    """A staged delta placed on a report that changed since it was made would mix two builds: refused,
    with nothing changed (the publish job then builds the report whole)."""
    results = make_results(tmp_path / "results", extra=True)
    root, cache = tmp_path / "run", tmp_path / "run" / "cache"
    root.mkdir()
    _publish(results, root, cache)
    build(results, root / ".staged", specs=extra_specs(), cache_dir=cache, staged=True, report=root / "report")
    (results / "validation").mkdir(exist_ok=True)
    (results / "validation/report.json").write_text('{"passed": true, "n_violations": 0}')
    build(results, root / "report", specs=extra_specs())  # made again by hand meanwhile: another index
    before = _files(root / "report")
    with pytest.raises(inc.StaleBase):
        place(root / ".staged", root / "report", results)
    assert _files(root / "report") == before


def place_interrupted(root: Path, results: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`place` of `root`'s staged report killed (KeyboardInterrupt) after its first page moved."""
    real_replace, moved = os.replace, []

    def dying_replace(src, dst):
        if len(moved) == 1:
            raise KeyboardInterrupt
        moved.append(dst)
        real_replace(src, dst)

    monkeypatch.setattr(inc.os, "replace", dying_replace)
    with pytest.raises(KeyboardInterrupt):
        place(root / ".staged", root / "report", results)
    monkeypatch.undo()


def test_an_interrupted_placing_leaves_no_complete_looking_report(tmp_path, monkeypatch):
    results = make_results(tmp_path / "results", extra=True)
    root, cache = tmp_path / "run", tmp_path / "run" / "cache"
    root.mkdir()
    _publish(results, root, cache)
    _rewrite(results / table("claims").path, "text", lambda v: [t + " (changed)" for t in v])
    build(results, root / ".staged", specs=extra_specs(), cache_dir=cache, staged=True, report=root / "report")
    place_interrupted(root, results, monkeypatch)
    assert not (root / "report" / "index.html").exists() and inc.read_state(cache) is None
    import shutil

    shutil.rmtree(root / ".staged")  # Snakemake removes the failed job's input... and makes it again
    assert _publish(results, root, cache)["cached"] == 0
    build(results, tmp_path / "one", specs=extra_specs())
    assert _files(root / "report") == _files(tmp_path / "one")


def test_a_cold_build_removes_the_old_page_cache_and_nothing_else(tmp_path):
    """Entries of the page cache of earlier versions (`<2 hex digits>/<key>.html`) go with the first
    build; anything else in the folder stays."""
    results = make_results(tmp_path / "results", extra=True)
    cache = tmp_path / "cache"
    (cache / "ab").mkdir(parents=True)
    (cache / "ab" / ("ab" + "0" * 62 + ".html")).write_text("a page of an older version")
    (cache / "notes").mkdir()
    (cache / "notes" / "kept.txt").write_text("not the report's")
    build(results, tmp_path / "report", specs=extra_specs(), cache_dir=cache)
    assert sorted(p.name for p in cache.iterdir()) == sorted([LAYOUTS, LISTINGS, "notes", ROWS, inc.STATE])


def test_publish_makes_the_report_whole_when_its_staged_pages_are_refused(tmp_path):
    """The publish job's fallback (`cli.publish._place_report`): refused changed pages are deleted and the
    report is made whole, equal to a build in one go."""
    from argparse import Namespace

    from narrative_pipeline.cli.publish import _place_report

    results = make_results(tmp_path / "results")
    root, cache = tmp_path / "run", tmp_path / "run" / "cache"
    root.mkdir()
    build(results, root / ".staged", cache_dir=cache, staged=True, report=root / "report")
    place(root / ".staged", root / "report", results)
    wait_for_removals()
    _rewrite(results / table("claims").path, "text", lambda v: [t + " (changed)" for t in v])
    build(results, root / ".staged", cache_dir=cache, staged=True, report=root / "report")
    (results / "validation").mkdir(exist_ok=True)
    (results / "validation/report.json").write_text('{"passed": true, "n_violations": 0}')
    build(results, root / "report")  # made again by hand meanwhile (another index): the staged pages are stale
    args = Namespace(staged_report=str(root / ".staged"), report=str(root / "report"), results=str(results))
    _place_report(Namespace(**vars(args), overview=None, input_dir=None))
    wait_for_removals()
    build(results, tmp_path / "one" / "report")
    assert not (root / ".staged").exists()
    assert _files(root / "report") == _files(tmp_path / "one" / "report")


def test_publish_puts_staged_pages_in_place_without_importing_pandas(tmp_path):
    """Publish imports the report's builder (pandas and every report module, 0.6-0.8 CPU s) only for its
    fallback: putting the staged pages in place, the usual case, runs without them."""
    import subprocess
    import sys

    results = make_results(tmp_path / "results")
    root, cache = tmp_path / "run", tmp_path / "run" / "cache"
    root.mkdir()
    build(results, root / ".staged", cache_dir=cache, staged=True, report=root / "report")
    code = (
        "import sys; from argparse import Namespace; from narrative_pipeline.cli.publish import _place_report; "
        f"_place_report(Namespace(staged_report={str(root / '.staged')!r}, report={str(root / 'report')!r}, "
        f"results={str(results)!r}, overview=None, input_dir=None)); print('pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split()[-1] == "False"
    assert (root / "report" / "index.html").is_file()
