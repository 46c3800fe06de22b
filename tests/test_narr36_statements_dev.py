"""narr36 (session 55): the statement dev set (`config/eval/statements-dev-narr36.jsonl`) is what its draw gives
(`workflow/scripts/draw_statements_dev_narr36.py`, seed 20262501, from the m64 runs): 40 sentences of BBC politics
articles (one an article) and 20 of web news pages (at most two a page), none of an article or page any statement gold
set names; each labelled under the statement gold guide. It is no `statements_gold.*` file, so the gate does not read
it (no floor, no group): it is the set rules are written from."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest
from narrative_pipeline.narratives.lexicon import CATEGORIES
from narrative_pipeline.narratives.scoring import load_gold

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "config" / "eval"
GOLD = EVAL / "statements-dev-narr36.jsonl"
sys.path.insert(0, str(ROOT / "workflow" / "scripts"))

import draw_statements_dev_narr36 as narr36  # noqa: E402

RUNS = {"bbc": Path("/work/runs/m64-bbc"), "web": Path("/work/runs/m64-web")}


def _rows() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.slow
@pytest.mark.skipif(not all(p.is_dir() for p in RUNS.values()), reason="the m64 runs are not on this machine")
def test_the_set_is_the_draws_sentences():
    drawn = narr36.draw(RUNS["bbc"], RUNS["web"])
    assert [(r["id"], r["source"], r["text"]) for r in drawn] == [(r["id"], r["source"], r["text"]) for r in _rows()]


def test_forty_bbc_politics_articles_and_twenty_web_sentences_of_no_statement_set():
    rows = _rows()
    named = narr36.statement_sources()
    bbc = [r["source"] for r in rows if r["source"].startswith("news/")]
    web = [r["source"].removeprefix(narr36.WEB_PREFIX) for r in rows if not r["source"].startswith("news/")]
    assert (len(bbc), len(web)) == (narr36.BBC_N, narr36.WEB_N) == (40, 20)
    assert all(s.startswith("news/politics/") for s in bbc) and len(set(bbc)) == 40
    assert max(Counter(web).values()) <= narr36.WEB_PER_PAGE
    assert not (set(bbc) | set(web)) & named


def test_every_label_is_one_the_guide_allows():
    entries = load_gold(GOLD)
    assert len(entries) == 60
    for e in entries:
        assert "note" in e
        for s in e["statements"]:
            assert s["category"] is None or s["category"] in CATEGORIES
            assert s["action"].lower() in e["text"].lower()
            assert s["agent"] is not None or s["patient"] is not None


def test_the_gate_does_not_read_it():
    assert not GOLD.name.startswith("statements_gold.")
