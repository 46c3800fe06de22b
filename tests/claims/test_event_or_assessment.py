"""claims.rules.v20: event or assessment. A plain present copula with a noun or a preposition states a
role, a place or a membership (an event); only under "may / might" does it hedge a judgement of now.
Modifiers and membership phrases, "show" and "consider" make no assessment (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "The goalkeeper is in hospital after a clash of heads.",
        "Two Welsh films are among the nominees for the award.",
        "The chief executive is on trial for fraud in Milan.",
        "Ms Osei is a regular on the station's morning programme.",
        "The bank is one of the largest lenders in the region.",
    ],
)
def test_a_plain_present_copula_is_an_event(one, body):
    assert one(body).claim_type == "event"


@pytest.mark.parametrize(
    "body",
    [
        "The decision is a disaster for the town.",
        "The new law is unfair.",
        "This might be a sign of weakness in the market.",
    ],
)
def test_an_evaluation_or_a_hedged_judgement_stays_an_assessment(one, body):
    assert one(body).claim_type == "assessment"


@pytest.mark.parametrize(
    "body",
    [
        "The key interest rate has risen by a quarter of a point.",
        "The college, which is part of the university, opened a new library.",
        "Fans protested on the main forum of the site.",
    ],
)
def test_the_key_the_main_and_part_of_make_no_assessment(one, body):
    assert one(body).claim_type == "event"


def test_there_is_no_doubt_is_still_an_assessment(one):
    assert one("There is no doubt that the new stadium helped the club.").claim_type == "assessment"


@pytest.mark.parametrize(
    "body",
    ["Figures from the agency showed a sharp fall in sales.", "The board is considering a bid for the airline."],
)
def test_show_and_consider_state_what_happened(one, body):
    assert one(body).claim_type == "event"
