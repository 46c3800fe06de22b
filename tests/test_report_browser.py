"""The HTML report in a real browser (headless Chromium from the system, driven by Playwright): no
console errors, every highlighted claim's text equals the archived text at its offsets, as many
highlighted claims as claims rows, every local link resolves, and an article full of markup runs
nothing. Screenshots go to $REPORT_SCREENSHOTS (default: the test's temporary folder)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

import pyarrow.parquet as pq
import pytest
from narrative_pipeline.catalogue import table
from narrative_pipeline.report import build
from report_fixtures import HOSTILE, extra_specs, make_results

pytestmark = pytest.mark.slow

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("no system Chromium (apt-get install chromium)")
    profile = tmp_path_factory.mktemp("profile")
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=FLAGS, headless=True, viewport={"width": 1200, "height": 900}
        )
        yield context
        context.close()


@pytest.fixture()
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("REPORT_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def open_page(context, path: Path):
    """A page at `path` and the list its console errors and page errors go to."""
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    return page, errors


HIGHLIGHTS = """() => {
  const out = {};
  document.querySelectorAll('#text .seg[data-c]').forEach(el => {
    el.getAttribute('data-c').split(' ').forEach(id => { out[id] = (out[id] || '') + el.textContent; });
  });
  return out;
}"""


def check_report(context, results: Path, report: Path, texts: dict[str, str]) -> int:
    """Open every article page; compare highlights with the claims table. Returns claims seen."""
    claims = pq.read_table(results / "claims/claims.parquet").to_pylist()
    by_article: dict[str, list[dict]] = {}
    for c in claims:
        by_article.setdefault(c["article_id"], []).append(c)
    seen = 0
    for page_path in sorted((report / "article").glob("*.html")):
        page, errors = open_page(context, page_path)
        highlighted = page.evaluate(HIGHLIGHTS)
        expected = by_article.get(page_path.stem, [])
        assert set(highlighted) == {c["claim_id"] for c in expected}, page_path.name
        for c in expected:
            assert highlighted[c["claim_id"]] == texts[c["article_id"]][c["start"] : c["end"]], c["claim_id"]
        if expected:  # the page's text is the archived text, character for character
            assert page.evaluate("() => document.getElementById('text').textContent") == texts[page_path.stem]
        seen += len(highlighted)
        assert errors == [], (page_path.name, errors)
        page.close()
    assert seen == len(claims)
    return seen


def check_links(context, report: Path, pages: list[Path]) -> None:
    """Every local link of these pages points at a file of the report (and an anchor on it)."""
    for path in pages:
        page, errors = open_page(context, path)
        hrefs = page.evaluate("() => Array.from(document.querySelectorAll('a[href]'), a => a.href)")
        assert errors == [], (path.name, errors)
        page.close()
        for href in hrefs:
            url = urlparse(href)
            if url.scheme != "file":
                continue
            target = Path(unquote(url.path))
            assert target.is_file(), f"{path.name}: broken link {href}"
            assert report in target.parents or target.parent == report.parent, href
            if url.fragment and target.suffix == ".html":
                assert f'id="{unquote(url.fragment)}"' in target.read_text(encoding="utf-8"), f"{path.name}: {href}"


def sample_pages(report: Path) -> list[Path]:
    pages = [report / "index.html", report / "network.html", report / "actors.html"]
    pages += sorted((report / "article").glob("*.html"))[:5] + sorted((report / "actor").glob("*.html"))[:5]
    pages += sorted((report / "rows").glob("*.html"))[:8]
    return pages


def test_hostile_article_runs_nothing(browser, tmp_path, shots):
    results = make_results(tmp_path / "results", extra=True)
    report = tmp_path / "results/report"
    build(results, report, specs=extra_specs())
    page, errors = open_page(browser, report / "article/aaaaaaaaaaaaaaaa.html")
    assert page.evaluate("() => window.__pwned") is None
    assert page.evaluate("() => document.querySelectorAll('#text script, #text img, #text b').length") == 0
    assert "<script>window.__pwned = 1" in page.evaluate("() => document.getElementById('text').textContent")
    page.click("#text .seg.c >> nth=1")  # a click on a highlight marks its claim, with no error
    assert page.evaluate("() => document.querySelectorAll('.seg.active').length") > 0
    page.screenshot(path=str(shots / "report-hostile-article.png"))
    assert errors == []
    texts = {r["article_id"]: r["text"] for r in pq.read_table(results / table("texts").shard_path(0)).to_pylist()}
    assert texts["aaaaaaaaaaaaaaaa"] == HOSTILE
    check_report(browser, results, report, texts)
    check_links(browser, report, sample_pages(report) + sorted((report / "rows").glob("*.html")))


def test_report_of_a_workflow_run(browser, small_run, shots):
    _, project, _ = small_run
    results = project / "results"
    report = results / "report"
    texts = {}
    for path in sorted(results.glob(table("texts").shard_path("*"))):
        texts.update(
            {r["article_id"]: r["text"] for r in pq.read_table(path, columns=["article_id", "text"]).to_pylist()}
        )
    assert check_report(browser, results, report, texts) > 0
    check_links(browser, report, sample_pages(report))
    for name in ("index", "network"):
        page, errors = open_page(browser, report / f"{name}.html")
        page.screenshot(path=str(shots / f"report-{name}.png"), full_page=name == "index")
        assert errors == []
        page.close()
    article = max((report / "article").glob("*.html"), key=lambda p: p.stat().st_size)
    page, _ = open_page(browser, article)
    page.screenshot(path=str(shots / "report-article.png"))
