"""claims75: the shapes of claims73's next candidates (`workflow/scripts/hope_alleged_shapes_claims75.py`): each
shape takes a labelled unit it was counted on, with its sub-kind, and leaves a near sentence alone."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "workflow" / "scripts"))

import hope_alleged_shapes_claims75 as shapes  # noqa: E402


@pytest.mark.parametrize(
    ("test", "hit", "found", "miss"),
    [
        (shapes.hope, "The board hopes the move will reverse a 13% fall in its shares.", "that will, main",
         "The board moved to reverse a 13% fall in its shares."),
        (shapes.hope, "I hope he will do it soon.", "that will I/we, main", "I know he did it."),
        (shapes.hope, "Benitez is hoping to win his first trophy.", "to progressive, main", "Benitez won a trophy."),
        (shapes.hope, "Hopefully the players will respond to that.", "hopefully, main", "The players will respond."),
        (shapes.alleged, "The accused is then alleged to have flung two stones at the inspector.",
         "is alleged to, main", "The accused then flung two stones at the inspector."),
        (shapes.alleged, "UKIP have suspended a candidate for allegedly suggesting it.", "allegedly, embedded",
         "UKIP have suspended a candidate for suggesting it."),
        (shapes.alleged, "Mr Ebbers is accused of being the mastermind behind the fraud.", "is accused of, main",
         "Mr Ebbers is the mastermind behind the fraud."),
        (shapes.outlet_finding, "BBC Sport understands that Smith would be willing to discuss it.",
         "newsroom word, understand", "Smith understands that he would be willing to discuss it."),
    ],
)  # fmt: skip
def test_each_shape_takes_its_unit_and_leaves_a_near_one(spacy_nlp, test, hit, found, miss):
    assert test(spacy_nlp(hit)) == found
    assert not test(spacy_nlp(miss))
