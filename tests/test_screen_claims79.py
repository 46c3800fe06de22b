"""claims79: the settings screen of the claim classifier (`workflow/scripts/screen_claims79.py`): variant names give
the settings they say, the class weight reaches the fitted model and only it, the bootstrap of a difference is paired."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "workflow" / "scripts"))

import screen_claims79 as screen  # noqa: E402
from narrative_pipeline.training.train import Hyper, Row  # noqa: E402


@pytest.mark.parametrize(
    ("name", "hyper", "dropped", "weight", "refit"),
    [
        ("base", Hyper(), None, None, {"claim_type", "certainty", "claimer_kind"}),
        ("c=0.05", Hyper(c_type=0.05), None, None, {"claim_type"}),
        ("mc=3", Hyper(min_count=3), None, None, {"claim_type"}),
        ("drop=ngram", Hyper(), "ngram", None, {"claim_type"}),
        ("w=1.5", Hyper(), None, 1.5, {"claim_type"}),
    ],
)
def test_variant_names(name, hyper, dropped, weight, refit):
    assert screen.parse_variant(name) == (hyper, dropped, weight, refit)


def test_unknown_variant():
    with pytest.raises(ValueError):
        screen.parse_variant("lr=0.1")


def _rows() -> list[Row]:
    """Two words that split assessment from event, and a third shared by both."""
    rows = []
    for k in range(12):
        label = "assessment" if k % 3 == 0 else "event"
        features = {"bias": 1.0, "w:both": 1.0, ("w:good" if label == "assessment" else "w:said"): 1.0}
        if k % 4 == 0:
            features = {"bias": 1.0, "w:both": 1.0}
        rows.append(Row(f"a{k}", "silver", f"c{k}", features, {"claim_type": label}, None))
    return rows


def test_assessment_weight_raises_assessment_on_a_shared_word():
    plain = screen.weighted_fit(_rows(), "claim_type", Hyper(), None)
    weighted = screen.weighted_fit(_rows(), "claim_type", Hyper(), 3.0)
    shared = {"w:both": 1.0}
    assert plain.predict(shared).distribution["assessment"] < weighted.predict(shared).distribution["assessment"]


def test_weight_is_left_off_after_the_fit():
    import sklearn.linear_model as sklm

    shipped = sklm.LogisticRegression
    screen.weighted_fit(_rows(), "claim_type", Hyper(), 2.0)
    assert sklm.LogisticRegression is shipped
    assert screen.weighted_fit(_rows(), "claim_type", Hyper(), None) == screen.weighted_fit(
        _rows(), "claim_type", Hyper(), None
    )


def test_bootstrap_of_the_same_rows_is_zero():
    x = pd.DataFrame({"group": ["a", "a", "b", "c"], "pred": ["event"] * 4, "label": ["event", "x", "event", "x"]})
    assert screen.bootstrap_sd(x, x) == 0.0
    y = x.assign(pred=["event", "x", "event", "event"])
    assert screen.bootstrap_sd(x, y) > 0.0
