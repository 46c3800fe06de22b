"""review21a: a fresh-eyes review of session 20's claim rules (claims.rules.v30, v31) on political and conflict news:
'attribute' typed as an assessment (claims.rules.v32), and probes of the nearer-subject rule that it passes."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Washington attributed the attack to Moscow.",
        "The ministry attributed the deaths to a gas leak.",
    ],
)
def test_a_cause_attributed_is_an_assessment(one, body):
    """claims.rules.v32: v31 made 'attribute' a speech act but not an assessment verb, so a cause put down to someone
    (an explanation: ANNOTATION.md's assessment, as 'blame') was typed an event."""
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


def test_a_quote_attributed_to_someone_stays_the_authors_event(one):
    """Near case (BBC, unchanged by v32): a participle that attributes a quote reports nothing. ("His death has been
    attributed to treatment", a cause put down by nobody named, is an assessment by the rules now and an event after
    the classifier in the BBC run: arguable, an explanation.)"""
    claim = one("I am reminded of a quote attributed to Thomas Jefferson.")
    assert (claim.claim_type, claim.claimer_kind) == ("event", "author")
