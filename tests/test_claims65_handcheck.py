"""claims65: the session 48 blind BBC sport check (`config/eval/claims-handcheck-sp48.jsonl`) is what its draw says:
the labels are the drawn units (40 of the sport section), at most 3 an article, all from articles no other eval, test
or spec file names, none overlapping a span another claim label set labels, every label one the annotation allows;
and the draw, run again on main f06a7a5's BBC run (m51-bbc), gives the units."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "config" / "eval"
ROOT = EVAL.parents[1]
sys.path.insert(0, str(ROOT / "workflow" / "scripts"))

import draw_actors_handcheck_bbc55 as bbc55  # noqa: E402
import draw_claims_handcheck_s46 as s46  # noqa: E402
import draw_claims_handcheck_sp48 as sp48  # noqa: E402
from gold_support import jsonl_rows as _rows  # noqa: E402

M51_BBC = Path("/work/runs/m51-bbc")


def test_the_labels_are_the_drawn_units_of_sport_three_an_article_at_most():
    units = _rows(EVAL / "claims-handcheck-sp48-units.jsonl")
    labels = _rows(EVAL / "claims-handcheck-sp48.jsonl")
    assert len(labels) == 40
    assert [(u["article"], u["start"], u["end"], u["text"]) for u in units] == [
        (r["article"], r["start"], r["end"], r["text"]) for r in labels
    ]
    assert max(Counter(r["article"] for r in labels).values()) <= sp48.PER_ARTICLE
    assert Counter(r["article"].split("/")[1] for r in labels) == dict(sp48.QUOTAS)


def test_every_article_is_named_by_no_other_file():
    named = bbc55.named_articles(later=sp48.LATER)
    for r in _rows(EVAL / "claims-handcheck-sp48.jsonl"):
        assert r["article"] not in named, r["article"]


def test_no_unit_overlaps_a_span_another_label_set_labels():
    spans = s46.labelled_spans(sp48.LATER)
    for r in _rows(EVAL / "claims-handcheck-sp48.jsonl"):
        assert not any(r["start"] < b and a < r["end"] for a, b in spans.get(r["article"], [])), r["text"]


def test_every_label_is_one_the_annotation_allows():
    allowed = {"author": {"asserted", "hedged"}, "actor": {"reported", "hedged"}, "unnamed": {"reported", "hedged"}}
    for r in _rows(EVAL / "claims-handcheck-sp48.jsonl"):
        assert isinstance(r["span_ok"], bool) and isinstance(r["close"], bool) and r["why"]
        assert r["claim_type"] in {"event", "assessment", "prediction", "prescription"}
        assert r["certainty"] in allowed[r["claimer_kind"]]
        assert (r["claimer_text"] is not None) == (r["claimer_kind"] == "actor")


def test_the_later_checks_lists_leave_this_check_out():
    assert sp48.LATER <= bbc55.CHECKS_SINCE_SESSION_46


@pytest.mark.slow
@pytest.mark.skipif(not M51_BBC.is_dir(), reason="main f06a7a5's BBC run (m51-bbc) is not on this machine")
def test_the_draw_gives_the_units():
    units = _rows(EVAL / "claims-handcheck-sp48-units.jsonl")
    assert sp48.draw(M51_BBC) == units
