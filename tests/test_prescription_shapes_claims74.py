"""claims74: the construction shapes of silver's out-of-fold prescription errors
(`workflow/scripts/prescription_shapes_claims74.py`): each shape takes the silver unit it was named from (or the
construction it names) and leaves a near sentence alone; the counting helpers count as they say."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "workflow" / "scripts"))

import prescription_shapes_claims74 as shapes  # noqa: E402


@pytest.mark.parametrize(
    ("shape", "hit", "found", "miss"),
    [
        ("should", "Mr Howard declined to say what form the statement should take.", "in a wh-clause",
         "The statement took a new form."),
        ("should", "The police chief said the plans should be re-examined.", "reported", "The plans were re-examined."),
        ("must", '"But we must also recognise that some people have concerns."', "main", "We also recognise it."),
        ("need", "Sir Andrew Green says there is no need for an independent body.", "no need",
         "Sir Andrew Green says there is an independent body."),
        ("want", "Home Secretary Charles Clarke wants to introduce a points system.", "to, main",
         "Home Secretary Charles Clarke introduced a points system."),
        ("it is time to", "Tony Blair said it was time to draw a line under the controversy.", "reported",
         "It was the first time Dame Julie had seen the musical."),
        ("urged / told / asked ... to", "He urged Labour supporters to vote tactically.", "urge",
         "He urged caution."),
        ("a call as a thing done ('asked for', 'a request for')", "Prosecutors had asked for 15 years in jail.",
         "verb for", "Prosecutors had asked him a question."),
        ("'the only way / job ... is to'", "The only way to save the business was to put it up for sale.", "only",
         "The business was put up for sale."),
        ("deontic adjective", "It was only right that the campaign concentrated on the record.", "that",
         "It was clear that the campaign concentrated on the record."),
    ],
)  # fmt: skip
def test_each_shape_takes_its_unit_and_leaves_a_near_one(spacy_nlp, shape, hit, found, miss):
    test = shapes.SHAPES[shape][1]
    assert test(spacy_nlp(hit)) == found
    assert not test(spacy_nlp(miss))


def test_an_opening_imperative_is_one_and_a_narrated_verb_is_not(spacy_nlp):
    assert shapes.imperative(spacy_nlp("Bring it on, he said."))
    assert not shapes.imperative(spacy_nlp("He brought it on."))


def test_twice_labelled_counts_texts_in_two_sets_and_their_agreement():
    rows = pd.DataFrame(
        [("silver", "A b.", "event"), ("s14", "a b.", "event"), ("silver", "C.", "event"), ("s9", "C.", "assessment"),
         ("s9", "D.", "event"), ("s9", "D.", "assessment")],
        columns=["source", "text", "type"],
    )  # fmt: skip
    assert shapes.twice_labelled(rows) == (2, 1)
