"""claims70: the shape counts of h70's disagreements (`workflow/scripts/shapes_h70_claims70.py`): each shape's
pattern takes the unit of h70 it was named from and leaves a near sentence alone; the label and corpus splits count
as they say."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "workflow" / "scripts"))

from shapes_h70_claims70 import SHAPES, corpus_split, label_split  # noqa: E402


@pytest.mark.parametrize(
    ("shape", "hit", "miss"),
    [
        ("feel like", '"But we feel like we\'ve turned a page.', "We feel that it is right."),
        ("subject + need(s) + object", '"They need strong people on the board," he said.', "They need to win."),
        ("the more ..., the better", '"The more involved I can be with the LTA, the better.', "The more the merrier."),
        ("inverted 'Had X ... would have'", '"Had they kicked their points they would have beaten France."',
         "They had kicked well and would have known it."),
        ("100%", "The support has been 100%.", "The support has been 10%."),
    ],
)  # fmt: skip
def test_each_shape_takes_its_unit_and_leaves_a_near_one(shape, hit, miss):
    assert SHAPES[shape].search(hit) and not SHAPES[shape].search(miss)


def test_the_counterfactual_takes_an_if_had_and_an_inverted_had_but_not_a_plain_would_have():
    pattern = SHAPES["counterfactual with 'if ... had' or inverted 'had'"]
    assert pattern.search("He would have stayed down longer if I had headbutted him.")
    assert pattern.search("Had they been ruthless, Wales could have gone in 30 points down.")
    assert not pattern.search("He said he would have to leave.")


def test_the_splits_count_labels_model_and_run_types():
    rows = pd.DataFrame(
        {"text": ["we feel like it", "we feel like that", "no shape"], "label": ["assessment"] * 3,
         "pred": ["event", "assessment", "event"]}
    )  # fmt: skip
    got = label_split(rows, SHAPES["feel like"])
    assert got == {"rows": 2, "labels": {"assessment": 2}, "model_right": 1, "errors": {("assessment", "event"): 1}}
    claims = [("I feel like a king", "event"), ("feels like home", "assessment"), ("no", "event")]
    assert corpus_split(claims, SHAPES["feel like"]) == {"event": 1, "assessment": 1}
