"""narr35 (session 54): the fresh blind statement set (`config/eval/statements_gold.narr35.jsonl`) is what its draw
gives (`workflow/scripts/draw_statements_gold_narr35.py`, seed 20262403, from the m63 runs): 60 sentences naming two or
more linked actors, of BBC politics articles no other eval, test or spec file names and of web news pages no exposing
file names; each labelled under the statement gold guide, and scored as a group no floor reads (`measured`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from narrative_pipeline.narratives.evaluation import below_floors, gold_group
from narrative_pipeline.narratives.lexicon import CATEGORIES
from narrative_pipeline.narratives.scoring import load_gold

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "config" / "eval"
GOLD = EVAL / "statements_gold.narr35.jsonl"
sys.path.insert(0, str(ROOT / "workflow" / "scripts"))

import draw_actors_handcheck_bbc55 as bbc55  # noqa: E402
import draw_statements_gold_narr35 as narr35  # noqa: E402

RUNS = {"bbc": Path("/work/runs/m63-bbc"), "web": Path("/work/runs/m63-web")}


def _rows() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.slow
@pytest.mark.skipif(not all(p.is_dir() for p in RUNS.values()), reason="the m63 runs are not on this machine")
def test_the_set_is_the_draws_sentences():
    drawn = narr35.draw(RUNS["bbc"], RUNS["web"])
    assert [(r["id"], r["source"], r["text"]) for r in drawn] == [(r["id"], r["source"], r["text"]) for r in _rows()]


def test_sixty_sentences_of_bbc_politics_articles_no_other_file_names_and_of_web_pages():
    rows = _rows()
    assert len(rows) == narr35.N == 60
    named = bbc55.named_articles(later=narr35.LATER)
    bbc = [r["source"] for r in rows if r["source"].startswith("news/")]
    assert all(s.startswith("news/politics/") and s not in named for s in bbc)
    web = [r["source"].removeprefix(narr35.WEB_PREFIX) for r in rows if not r["source"].startswith("news/")]
    assert set(web) <= set(narr35.web_pool()) and len(bbc) + len(web) == 60


def test_every_label_is_one_the_guide_allows():
    entries = load_gold(GOLD)
    for e in entries:
        assert e["note"]
        for s in e["statements"]:
            assert s["category"] is None or s["category"] in CATEGORIES
            assert s["action"].lower() in e["text"].lower()
            assert s["agent"] is not None or s["patient"] is not None


def test_the_set_is_measured_only():
    assert gold_group(GOLD) == "measured"
    assert gold_group(EVAL / "statements_gold.dev.jsonl") == "own"
    assert gold_group(EVAL / "statements_gold.blind.jsonl") == "blind"
    low = {"statement_category_accuracy": 0.1, "statement_agent_f1": 0.1, "statement_patient_f1": 0.1}
    result = {"groups": {"measured": low, "own": {k: 1.0 for k in low}}}
    assert below_floors(result, {"statement_category_accuracy": 0.9, "blind_statement_agent_f1": 0.6}) == []
