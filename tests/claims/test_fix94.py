"""fix94 (session 63, issue 12; claims.rules.v131): review76's claims finding 5: a possibility modal over a progressive
with no time to come on its verb ("may be reaching saturation level") is a hedged statement of what is now, not a
prediction (`modals.ongoing`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Analysts said the current level of TV coverage may be reaching saturation level.",
        "The company's interest in the market could be waning, analysts believe.",
    ],
)
def test_a_possibility_over_a_progressive_is_no_prediction(one, body):
    claim = one(body)
    assert claim.claim_type != "prediction" or claim.type_rule != "modal-possibility"
    assert claim.certainty == "hedged"


@pytest.mark.parametrize(
    "body",
    [
        "I might be playing some singles events this season, the player said.",
        "The firm could be moving its headquarters to Dublin next year.",
        "The bank may raise interest rates in the spring.",
    ],
)
def test_near_case_a_progressive_with_a_time_to_come_is_a_prediction(one, body):
    assert one(body).claim_type == "prediction"
