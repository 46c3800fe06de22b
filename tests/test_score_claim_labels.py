"""The hand-check scorer (workflow/scripts/score_claim_labels.py) on made-up claims and labels."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("score_claim_labels", ROOT / "workflow/scripts/score_claim_labels.py")
scl = importlib.util.module_from_spec(spec)
spec.loader.exec_module(scl)

CLAIMS = [
    {
        "start": 0,
        "end": 40,
        "claim_type": "event",
        "certainty": "asserted",
        "claimer_kind": "author",
        "claimer_text": None,
    },
    {
        "start": 41,
        "end": 90,
        "claim_type": "assessment",
        "certainty": "reported",
        "claimer_kind": "actor",
        "claimer_text": "Finance Minister Ana Ruiz",
    },
]


def label(start: int, end: int, **kw: object) -> dict:
    base = {
        "article": "a.txt",
        "start": start,
        "end": end,
        "text": "x",
        "claim_type": "event",
        "certainty": "asserted",
        "claimer_kind": "author",
        "claimer_text": None,
    }
    return {**base, **kw}


def test_a_label_goes_to_the_claim_it_overlaps_most() -> None:
    assert scl.best_match(label(30, 60), CLAIMS) is CLAIMS[1]
    assert scl.best_match(label(0, 45), CLAIMS) is CLAIMS[0]
    assert scl.best_match(label(95, 99), CLAIMS) is None


def test_each_decision_is_judged_and_a_phrase_matches_by_words() -> None:
    right = label(41, 90, claim_type="assessment", certainty="reported", claimer_kind="actor", claimer_text="Ana Ruiz")
    wrong = label(41, 90, claim_type="prediction", certainty="hedged", claimer_kind="actor", claimer_text="the bank")
    assert {d: scl.judge(right, CLAIMS[1])[d] for d in scl.DECISIONS} == dict.fromkeys(scl.DECISIONS, "right")
    assert {d: scl.judge(wrong, CLAIMS[1])[d] for d in scl.DECISIONS} == {
        "claim_type": "wrong",
        "certainty": "wrong",
        "claimer_kind": "right",
        "claimer_phrase": "wrong",
    }


def test_counts_leave_out_labels_that_are_no_claim_and_count_dropped_spans_as_not_right() -> None:
    labels = [label(0, 40), label(41, 90, claim_type="none", certainty=None, claimer_kind=None), label(95, 99)]
    result = scl.score(labels, {"a.txt": CLAIMS})
    assert (result["n_labels"], result["n_claims"]) == (3, 2)
    assert result["right"] == dict.fromkeys(scl.DECISIONS, 1)
    assert result["outcomes"][2]["outcome"]["claim_type"] == "dropped"


def test_a_label_with_a_null_type_is_no_claim_either() -> None:
    # web22 marks the spans it judged no claim with a null claim_type; counting them as claims scored a run that
    # (rightly) makes no claim there as wrong on the claimer phrase (session 44)
    labels = [label(0, 40), label(41, 90, claim_type=None, certainty=None, claimer_kind=None), label(95, 99)]
    result = scl.score(labels, {"a.txt": CLAIMS})
    assert (result["n_labels"], result["n_claims"]) == (3, 2)
