"""The seeded draws of web news pages stay records: run again, each gives the pages of the set it was drawn for
(gold-web-dev40, actors-handcheck-web41), though hand checks made after it add rows to the pages it counts."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = ROOT / "workflow/scripts"
EVAL = ROOT / "config/eval"
PAGES = Path("/work/shared/corpora/web-pages/html")


def drawn(script: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, str(SCRIPTS / script)], cwd=SCRIPTS, capture_output=True, text=True, check=True
    ).stdout
    return {line for line in out.splitlines() if line.endswith(".html")}


@pytest.mark.slow
@pytest.mark.skipif(not PAGES.is_dir(), reason="the shared web pages are not on this machine")
def test_the_dev40_draw_gives_gold_web_dev40s_pages():
    assert drawn("draw_gold_web_dev40.py") == {p.stem + ".html" for p in (EVAL / "gold-web-dev40").glob("*.json")}


@pytest.mark.slow
@pytest.mark.skipif(not PAGES.is_dir(), reason="the shared web pages are not on this machine")
def test_the_web41_draw_gives_its_hand_checks_pages():
    lines = (EVAL / "actors-handcheck-web41.jsonl").read_text(encoding="utf-8").splitlines()
    assert drawn("draw_actors_handcheck_web41.py") == {json.loads(line)["source_path"] for line in lines if line}


@pytest.mark.slow
@pytest.mark.skipif(not PAGES.is_dir(), reason="the shared web pages are not on this machine")
def test_the_web85_draw_gives_its_hand_checks_pages():
    lines = (EVAL / "actors-handcheck-web85.jsonl").read_text(encoding="utf-8").splitlines()
    assert drawn("draw_actors_handcheck_web85.py") == {json.loads(line)["source_path"] for line in lines if line}


@pytest.mark.skipif(not PAGES.is_dir(), reason="the shared web pages are not on this machine")
def test_the_web85_pool_is_the_class_of_the_unread_pages():
    """Every unread news page is filed in the class or beside it, and leaving web85's own file in would empty the
    pool (its rows name each page more than `MOST_LINES` times)."""
    sys.path.insert(0, str(SCRIPTS))
    import draw_actors_handcheck_web85 as web85

    pages = sorted(p.name for p in PAGES.glob("*.html"))
    with (EVAL / "claims-handcheck-web18-pages.tsv").open(encoding="utf-8") as f:
        news = {r["page"] for r in csv.DictReader(f, delimiter="\t") if r["decision"] == "news"}
    unread_news = set(web85.unread(pages, web85.read_files())) & news
    assert unread_news == set(web85.POLITICS) | set(web85.NEAR)
    assert web85.pool(later=frozenset()) == []


SPEC = Path("/work/shared/spec")
# each BBC actors draw: its script, its check, its base run (main's commit that made it) and how many mentions it drew
# from each section, at most how many an article
BBC_DRAWS = {
    "bbc55": ("m42-bbc", "e9fe8eb", {s: 8 for s in ("politics", "business", "tech", "entertainment", "sport")}, 1),
    "pol57": ("m44-bbc", "7ab58db", {"politics": 40}, 3),
    "biz59": ("m46-bbc", "18c6d37", {"business": 40}, 3),
    "ent62": ("m48-bbc", "e842a464", {"tech": 14, "entertainment": 13, "sport": 13}, 3),
}


def _missing(run: str, commit: str) -> str:
    """The skip of a draw test whose base run is gone: what is missing and how to make it again."""
    return (
        f"the draw's base run /work/runs/{run} (main {commit}'s output on /work/shared/corpora/bbc-news) is not on this "
        f"machine; make it with main {commit}'s code: `git worktree add /tmp/{run} {commit}`, then in it `snakemake "
        f"--cores 2 --config input_dir=/work/shared/corpora/bbc-news results=/work/runs/{run}`. Without it, "
        "test_a_bbc_draw_leaves_out_the_articles_it_left_out_when_drawn and "
        "test_a_bbc_draws_rows_keep_its_sections_and_limits check what the committed files can"
    )


def _draw(name: str):
    sys.path.insert(0, str(SCRIPTS))
    import importlib

    return importlib.import_module(f"draw_actors_handcheck_{name}")


@pytest.mark.skipif(
    not SPEC.is_dir(), reason="the shared spec (/work/shared/spec), whose files the draws read, is gone"
)
@pytest.mark.parametrize("name", [*sorted(BBC_DRAWS), "spt76"])
def test_a_bbc_draw_leaves_out_the_articles_it_left_out_when_drawn(name):
    """Without the base run (prov58): the articles the draw leaves out, as the files of config/eval, tests and the
    shared spec name them now (each check in the draw's `LATER` aside), are those it left out when it was drawn
    (`NAMED`): a check added since and missing from the `LATER` lists would change the draw, and fails here. The
    near case: leaving the draw's own check out of `LATER` changes them."""
    draw = _draw(name)
    bbc55 = draw if name == "bbc55" else draw.bbc55
    later = draw.LATER
    assert bbc55.named_digest(bbc55.named_articles(later=later)) == draw.NAMED
    own = f"actors-handcheck-{name}.jsonl"
    assert bbc55.named_digest(bbc55.named_articles(later=later - {own})) != draw.NAMED


@pytest.mark.parametrize("name", sorted(BBC_DRAWS))
def test_a_bbc_draws_rows_keep_its_sections_and_limits(name):
    """Without the base run (prov58): the check's rows are as its draw makes them: the mentions it drew from each
    section, at most its limit an article, none in an article a file named before it (`NAMED`'s set), in draw order."""
    _run, _commit, per_section, per_article = BBC_DRAWS[name]
    draw = _draw(name)
    bbc55 = draw if name == "bbc55" else draw.bbc55
    rows = [json.loads(line) for line in (EVAL / f"actors-handcheck-{name}.jsonl").read_text().splitlines() if line]
    assert [r["n"] for r in rows] == list(range(len(rows)))
    sections = [r["section"] for r in rows]
    assert {s: sections.count(s) for s in per_section} == per_section and len(rows) == sum(per_section.values())
    assert sections == sorted(sections, key=list(per_section).index)  # drawn section by section
    assert max(Counter(r["source_path"] for r in rows).values()) <= per_article
    if SPEC.is_dir():
        named = bbc55.named_articles(later=draw.LATER)
        assert not {r["source_path"] for r in rows} & named


M42_BBC = Path("/work/runs/m42-bbc")


@pytest.mark.slow
@pytest.mark.skipif(not M42_BBC.is_dir(), reason=_missing("m42-bbc", "e9fe8eb"))
def test_the_bbc55_draw_gives_its_hand_checks_mentions():
    sys.path.insert(0, str(SCRIPTS))
    from draw_actors_handcheck_bbc55 import sample

    lines = (EVAL / "actors-handcheck-bbc55.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in map(json.loads, lines)]
    assert [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in sample(M42_BBC)] == kept


M44_BBC = Path("/work/runs/m44-bbc")


@pytest.mark.slow
@pytest.mark.skipif(not M44_BBC.is_dir(), reason=_missing("m44-bbc", "7ab58db"))
def test_the_pol57_draw_gives_its_hand_checks_mentions():
    sys.path.insert(0, str(SCRIPTS))
    from draw_actors_handcheck_pol57 import sample

    lines = (EVAL / "actors-handcheck-pol57.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in map(json.loads, lines)]
    assert [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in sample(M44_BBC)] == kept


M46_BBC = Path("/work/runs/m46-bbc")


@pytest.mark.slow
@pytest.mark.skipif(not M46_BBC.is_dir(), reason=_missing("m46-bbc", "18c6d37"))
def test_the_biz59_draw_gives_its_hand_checks_mentions():
    sys.path.insert(0, str(SCRIPTS))
    from draw_actors_handcheck_biz59 import sample

    lines = (EVAL / "actors-handcheck-biz59.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in map(json.loads, lines)]
    assert [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in sample(M46_BBC)] == kept


M48_BBC = Path("/work/runs/m48-bbc")


@pytest.mark.slow
@pytest.mark.skipif(not M48_BBC.is_dir(), reason=_missing("m48-bbc", "e842a464"))
def test_the_ent62_draw_gives_its_hand_checks_mentions():
    sys.path.insert(0, str(SCRIPTS))
    from draw_actors_handcheck_ent62 import sample

    lines = (EVAL / "actors-handcheck-ent62.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in map(json.loads, lines)]
    assert [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in sample(M48_BBC)] == kept


M60_BBC = Path("/work/runs/m60-bbc")


@pytest.mark.slow
@pytest.mark.skipif(not M60_BBC.is_dir(), reason="main e60e9f51's BBC run (m60-bbc) is not on this machine")
def test_the_spt76_draw_gives_its_hand_checks_mentions():
    sys.path.insert(0, str(SCRIPTS))
    from draw_actors_handcheck_spt76 import sample

    lines = (EVAL / "actors-handcheck-spt76.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in map(json.loads, lines)]
    assert [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in sample(M60_BBC)] == kept


@pytest.mark.slow
@pytest.mark.skipif(not PAGES.is_dir(), reason="the shared web pages are not on this machine")
def test_the_web78_draw_gives_its_hand_checks_pages():
    """web78 drew 12 pages; its check holds rows on 11 of them (one page names no actor)."""
    lines = (EVAL / "actors-handcheck-web78.jsonl").read_text(encoding="utf-8").splitlines()
    pages = drawn("draw_actors_handcheck_web78.py")
    assert len(pages) == 12 and {json.loads(line)["source_path"] for line in lines if line} <= pages


M70_BBC = Path("/work/runs/m70-bbc")


@pytest.mark.slow
@pytest.mark.skipif(not M70_BBC.is_dir(), reason=_missing("m70-bbc", "f9eb6889"))
def test_the_actors90_draw_gives_its_hand_checks_mentions():
    sys.path.insert(0, str(SCRIPTS))
    from draw_actors_handcheck_actors90 import sample

    lines = (EVAL / "actors-handcheck-actors90.jsonl").read_text(encoding="utf-8").splitlines()
    kept = [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in map(json.loads, lines)]
    assert [(r["source_path"], r["start"], r["end"], r["actor_id"]) for r in sample(M70_BBC)] == kept


@pytest.mark.slow
@pytest.mark.skipif(not PAGES.is_dir(), reason="the shared web pages are not on this machine")
def test_the_web79_draw_gives_its_hand_checks_pages():
    """web79 drew 10 pages; its check holds rows on 7 of them (one page names no actor; one is in German and one
    repeats another page's text, so neither is analysed)."""
    lines = (EVAL / "actors-handcheck-web79.jsonl").read_text(encoding="utf-8").splitlines()
    pages = drawn("draw_actors_handcheck_web79.py")
    assert len(pages) == 10 and {json.loads(line)["source_path"] for line in lines if line} <= pages


@pytest.mark.slow
@pytest.mark.skipif(not PAGES.is_dir(), reason="the shared web pages are not on this machine")
def test_the_web80_draw_gives_its_hand_checks_pages():
    """web80 drew 10 pages of 100-1500 words (only four unread pages of 100-700 words were left); its check holds rows
    on all 10."""
    lines = (EVAL / "actors-handcheck-web80.jsonl").read_text(encoding="utf-8").splitlines()
    pages = drawn("draw_actors_handcheck_web80.py")
    assert len(pages) == 10 and {json.loads(line)["source_path"] for line in lines if line} <= pages


@pytest.mark.slow
@pytest.mark.skipif(not PAGES.is_dir(), reason="the shared web pages are not on this machine")
def test_the_web81_draw_gives_its_hand_checks_pages():
    """web81 drew 8 pages of 100-1500 words from web80's pool rule, web80's pages out too; its check holds rows on all
    8."""
    lines = (EVAL / "actors-handcheck-web81.jsonl").read_text(encoding="utf-8").splitlines()
    pages = drawn("draw_actors_handcheck_web81.py")
    assert len(pages) == 8 and {json.loads(line)["source_path"] for line in lines if line} <= pages


@pytest.mark.slow
@pytest.mark.skipif(not PAGES.is_dir(), reason="the shared web pages are not on this machine")
def test_the_web83_draw_gives_its_hand_checks_pages():
    """web83 took the 3 news pages web85's rule counts unread that no whole-page draw gave, and 2 of the near pool;
    its check holds rows on all 5."""
    lines = (EVAL / "actors-handcheck-web83.jsonl").read_text(encoding="utf-8").splitlines()
    pages = drawn("draw_actors_handcheck_web83.py")
    assert len(pages) == 5 and {json.loads(line)["source_path"] for line in lines if line} == pages


@pytest.mark.slow
@pytest.mark.skipif(not PAGES.is_dir(), reason="the shared web pages are not on this machine")
def test_the_web84_draw_gives_its_hand_checks_pages():
    """web84 took the 3 pages left in web83's near pool (web83's check now read) and 2 of web81's pool rule; its check
    holds rows on all 5."""
    lines = (EVAL / "actors-handcheck-web84.jsonl").read_text(encoding="utf-8").splitlines()
    pages = drawn("draw_actors_handcheck_web84.py")
    assert len(pages) == 5 and {json.loads(line)["source_path"] for line in lines if line} == pages
