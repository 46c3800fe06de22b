"""claims59: the session 46 blind BBC politics check (`config/eval/claims-handcheck-s46.jsonl`) is what its draw says:
the labels are the drawn units, at most 3 an article, all politics articles no other eval, test or spec file names,
none overlapping a span another claim label set labels, and every label one the annotation allows."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1] / "config" / "eval"
ROOT = EVAL.parents[1]
sys.path.insert(0, str(ROOT / "workflow" / "scripts"))

import draw_actors_handcheck_bbc55 as bbc55  # noqa: E402
import draw_claims_handcheck_s46 as s46  # noqa: E402
from gold_support import jsonl_rows as _rows  # noqa: E402


def test_the_labels_are_the_drawn_units_three_an_article_at_most():
    units = _rows(EVAL / "claims-handcheck-s46-units.jsonl")
    labels = _rows(EVAL / "claims-handcheck-s46.jsonl")
    assert len(labels) == 40
    assert [(u["article"], u["start"], u["end"], u["text"]) for u in units] == [
        (r["article"], r["start"], r["end"], r["text"]) for r in labels
    ]
    assert max(Counter(r["article"] for r in labels).values()) <= s46.PER_ARTICLE


def test_every_article_is_politics_and_named_by_no_other_file():
    named = bbc55.named_articles(later=s46.LATER)
    for r in _rows(EVAL / "claims-handcheck-s46.jsonl"):
        assert r["article"].startswith("news/politics/") and r["article"] not in named, r["article"]


def test_no_unit_overlaps_a_span_another_label_set_labels():
    spans = s46.labelled_spans()
    for r in _rows(EVAL / "claims-handcheck-s46.jsonl"):
        assert not any(r["start"] < b and a < r["end"] for a, b in spans.get(r["article"], [])), r["text"]


def test_every_label_is_one_the_annotation_allows():
    allowed = {"author": {"asserted", "hedged"}, "actor": {"reported", "hedged"}, "unnamed": {"reported", "hedged"}}
    for r in _rows(EVAL / "claims-handcheck-s46.jsonl"):
        assert isinstance(r["span_ok"], bool) and isinstance(r["close"], bool) and r["why"]
        if r["claim_type"] == "none":
            assert (r["certainty"], r["claimer_kind"], r["claimer_text"]) == (None, None, None)
            continue
        assert r["claim_type"] in {"event", "assessment", "prediction", "prescription"}
        assert r["certainty"] in allowed[r["claimer_kind"]]
        assert (r["claimer_text"] is not None) == (r["claimer_kind"] == "actor")
