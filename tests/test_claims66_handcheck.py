"""claims66: the session 48 blind BBC check across the sections (`config/eval/claims-handcheck-c48.jsonl`) is what
its draw says: the labels are the drawn units (8 of each section that has fresh claims; politics has none left), at
most 2 an article, all from articles no other eval, test or spec file names, none overlapping a span another claim
label set labels, every label one the annotation allows; and the draw, run again on main 925d95a1's BBC run
(m53-bbc), gives the units."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "config" / "eval"
ROOT = EVAL.parents[1]
sys.path.insert(0, str(ROOT / "workflow" / "scripts"))

import draw_actors_handcheck_bbc55 as bbc55  # noqa: E402
import draw_claims_handcheck_b47 as b47  # noqa: E402
import draw_claims_handcheck_c48 as c48  # noqa: E402
import draw_claims_handcheck_s46 as s46  # noqa: E402
from gold_support import jsonl_rows as _rows  # noqa: E402

M53_BBC = Path("/work/runs/m53-bbc")


def test_the_labels_are_the_drawn_units_eight_a_section_two_an_article_at_most():
    units = _rows(EVAL / "claims-handcheck-c48-units.jsonl")
    labels = _rows(EVAL / "claims-handcheck-c48.jsonl")
    assert len(labels) == 32
    assert [(u["article"], u["start"], u["end"], u["text"]) for u in units] == [
        (r["article"], r["start"], r["end"], r["text"]) for r in labels
    ]
    assert max(Counter(r["article"] for r in labels).values()) <= c48.PER_ARTICLE
    assert Counter(r["article"].split("/")[1] for r in labels) == {s: n for s, n in c48.QUOTAS if s != "politics"}


def test_every_article_is_named_by_no_other_file():
    named = bbc55.named_articles(later=c48.LATER)
    for r in _rows(EVAL / "claims-handcheck-c48.jsonl"):
        assert r["article"] not in named, r["article"]


def test_no_unit_overlaps_a_span_another_label_set_labels():
    spans = s46.labelled_spans(c48.LATER)
    for r in _rows(EVAL / "claims-handcheck-c48.jsonl"):
        assert not any(r["start"] < b and a < r["end"] for a, b in spans.get(r["article"], [])), r["text"]


def test_every_label_is_one_the_annotation_allows():
    allowed = {"author": {"asserted", "hedged"}, "actor": {"reported", "hedged"}, "unnamed": {"reported", "hedged"}}
    for r in _rows(EVAL / "claims-handcheck-c48.jsonl"):
        assert isinstance(r["span_ok"], bool) and isinstance(r["close"], bool) and r["why"]
        if r["claim_type"] == "none":
            assert r["certainty"] is None and r["claimer_kind"] is None and r["claimer_text"] is None
            continue
        assert r["claim_type"] in {"event", "assessment", "prediction", "prescription"}
        assert r["certainty"] in allowed[r["claimer_kind"]]
        assert (r["claimer_text"] is not None) == (r["claimer_kind"] == "actor")


def test_the_later_checks_lists_leave_this_check_out():
    assert c48.LATER <= bbc55.CHECKS_SINCE_SESSION_46
    for later in (s46.LATER, b47.LATER):
        assert later >= c48.LATER


@pytest.mark.slow
@pytest.mark.skipif(not M53_BBC.is_dir(), reason="main 925d95a1's BBC run (m53-bbc) is not on this machine")
def test_the_draw_gives_the_units():
    units = _rows(EVAL / "claims-handcheck-c48-units.jsonl")
    assert c48.draw(M53_BBC) == units


@pytest.mark.slow
@pytest.mark.skipif(not M53_BBC.is_dir(), reason="main 925d95a1's BBC run (m53-bbc) is not on this machine")
def test_politics_has_no_fresh_claim_left():
    """The politics articles no file names (15 of 385) hold no claim span that no label set labels: the training
    labels of config/training cover them."""
    _, pool = b47.candidates(M53_BBC, "politics", c48.LATER)
    assert pool == []
