"""review21a: a fresh-eyes review of session 20's claim rules (claims.rules.v30, v31) on political and conflict news.

What the rules get right is covered by claims28's and attribute20's tests; these are the findings left open."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(
    strict=True,
    reason="review21a: v31 made 'attribute' a speech act but not an assessment verb, so 'Washington attributed the"
    " attack to Moscow' (a cause put down to someone: an explanation, ANNOTATION.md's assessment, as 'blame' is) is"
    " typed an event by the rules; adding it to assessment_verbs changes the classifier's features (retrain)",
)
@pytest.mark.parametrize(
    "body",
    [
        "Washington attributed the attack to Moscow.",
        "The ministry attributed the deaths to a gas leak.",
    ],
)
def test_a_cause_attributed_is_an_assessment(one, body):
    assert one(body).claim_type == "assessment"


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Iran, Israel said, was building a bomb.", "Israel"),
        ("Protesters, police said, had thrown stones at officers.", "police"),
        ("This year, because of the war, the government said the election would be delayed.", "government"),
        ("Last week, Kremlin spokesman Dmitry Peskov said the talks had failed.", "Kremlin spokesman Dmitry Peskov"),
    ],
)
def test_nearest_subject_on_conflict_news(one, body, source):
    """Probes of `sources.nearest_subject` (v30) on war and election sentences: all right."""
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", source)
