"""review21b: claims29 (claims.rules.v32) on conflict sentences. What is doubtful stays a strict xfail."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(
    strict=True,
    reason="review21b: claims/type.py time_since reads only the main verb's perfect; a 'since' clause whose own verb"
    " is a present perfect gives a reason, not a time ('since it has run out of ammunition'): now default-event",
)
def test_since_with_a_present_perfect_of_its_own_explains(one):
    assert one("Ukraine has been forced to retreat since it has run out of ammunition.").type_rule == "explanation"


@pytest.mark.xfail(
    strict=True,
    reason="review21b: claims/type.py explanation reads the advcl of the root and its conjuncts only; a 'because' inside"
    " a 'since' of time that time_since now skips is not seen ('continued since the talks failed because Moscow wants"
    " leverage': v31 gave explanation through the 'since', v32 default-event)",
)
def test_a_because_inside_a_since_of_time_explains(one):
    body = "The strikes have continued since the talks failed because Moscow wants leverage."
    assert one(body).type_rule == "explanation"


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("Since the invasion began, Russia has fired thousands of missiles at Ukrainian cities.", "default-event"),
        ("It may be that Russia is running short of missiles.", "hedged-judgement"),
        ("This could be the start of a wider war.", "hedged-judgement"),
        ("There may be further attacks on the power grid.", "modal-possibility"),
        ("We did not want this war.", "default-event"),
        ("Analysts attributed the retreat to a shortage of shells.", "verb-assessment"),
    ],
)
def test_claims29_on_conflict_sentences(one, body, rule):
    """Probes of the session's type rules on conflict news, all as ANNOTATION.md has them (review21b)."""
    assert one(body).type_rule == rule
