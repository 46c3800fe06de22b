"""review42: wrong outputs found reading a seeded sample of 40 of claims48's `opinion-frame` rows (m41, BBC and web),
left as strict xfails: each shape one row of the sample, too few to write a rule for without reading more."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(
    strict=True,
    reason="review42: a first-person frame inside a relative clause ('people who we believe are engaged in plotting') "
    "holds a fact believed, not a view put forward: ANNOTATION's 'is believed to' hedges the content's own type (an "
    "event); `opinion-frame` types the unit an assessment (one row of 40 read, BBC, Mr Blair on terror suspects)",
)
def test_an_opinion_frame_in_a_relative_clause_keeps_the_contents_type(claims_of):
    claims, _ = claims_of("There are several hundred people in this country who we believe are engaged in plotting.")
    (unit,) = [c for c in claims if "believe" in c.text]
    assert (unit.claim_type, unit.certainty) == ("event", "hedged")


@pytest.mark.xfail(
    strict=True,
    reason="review42: a chance of something to come held in a first-person frame ('I think there is a chance of a "
    "medal') is a prediction; no earlier rule reads 'a chance of' as one, and `opinion-frame` types it an assessment "
    "(one row of 40 read, BBC, Claxton)",
)
def test_a_chance_to_come_in_an_opinion_frame_is_a_prediction(one):
    claim = one("As long as I keep up my training I think there is a chance of a medal.")
    assert claim.claim_type == "prediction"


@pytest.mark.xfail(
    strict=True,
    reason="review42: a speech act in a gerund that gives a reason ('to apologise for likening the reporter to a "
    "guard') puts forward no content of its own claimer; since claims49 made 'liken' a reporting verb, 'the mayor' is "
    "the claimer of Mr Blair's call (one BBC row of the 14 'liken / compliment / underscore' rows read; 'criticised for "
    "arguing' is the same shape, pre-existing)",
)
def test_a_likening_apologised_for_is_not_the_claim_of_the_one_who_likened(claims_of):
    claims, _ = claims_of(
        "Mr Blair repeated calls for the mayor to apologise for likening the reporter to a concentration camp guard."
    )
    assert [c.claimer_text for c in claims] == ["Mr Blair"]
