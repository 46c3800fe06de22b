"""Session 20: 'attribute X to Y' is a speech act (the web claims hand check, claims-handcheck-web20)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        (
            "Researchers like Akshay Deoras, a meteorologist at the University of Reading, attribute this rise to "
            "the warming of the Arabian Sea.",
            "Researchers",
        ),
        ("Analysts attributed the falls to excessive expectations in some quarters.", "Analysts"),
    ],
)
def test_who_puts_a_cause_down_to_something_claims_it(one, body, claimer):
    claim = one(body)
    assert (claim.certainty, claim.claimer_kind) == ("reported", "actor")
    assert claimer in claim.claimer_text


@pytest.mark.parametrize(
    "body",
    [
        "The quote, attributed to Thomas Jefferson, was printed on the cover.",
        "Much of the growth can be attributed to the country's strong economy.",
    ],
)
def test_a_passive_attribution_names_no_claimer(one, body):
    assert one(body).claimer_kind != "actor"
