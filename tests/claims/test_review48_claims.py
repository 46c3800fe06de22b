"""review48 (fresh-eyes review of session 46's merges): claims58's 'would' of frequency read as 'used to' (a past
habit) must not take a plan's or a condition's 'would' ("Under the proposals, inspectors would regularly visit
every school": a prediction, not an event). Each sentence through the real parse; written for the review."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Under the proposals, inspectors would regularly visit every school in the country.",
        "Under the plan, troops would routinely patrol the border villages.",
        "If elected, the party would regularly hold referendums on new taxes.",
    ],
)
def test_a_would_of_frequency_in_a_plan_or_condition_is_a_prediction(one, body):
    claim = one(body)
    assert claim.claim_type == "prediction", (claim.claim_type, claim.type_rule)


def test_a_would_of_frequency_in_the_past_is_still_a_habit(one):
    claim = one("In the 1990s, troops would routinely fire on unarmed protesters.")
    assert claim.claim_type == "event", (claim.claim_type, claim.type_rule)


@pytest.mark.xfail(
    strict=True,
    reason="review48: the parser hangs ', which residents disputed' on 'killed' inside the reported clause; "
    "claims58's sentential_relative reads only a relative on the reporting verb, so the dispute stays in the army's "
    "claim",
)
def test_a_sentential_relative_on_a_reported_clause_is_a_unit_of_its_own(claims_of):
    claims, _ = claims_of("The army said it had killed 20 militants, which residents disputed.")
    assert len(claims) == 2, [c.text for c in claims]
