"""review18d: a fresh-eyes review of claims23's type rules (claims.rules.v28), on BBC sentences. Fixed findings are
plain tests; the others are strict xfails."""

from __future__ import annotations

import pytest


# fixed (claims25): when "make ... clear" is itself the attribution its content is "clear"; a clause on it with "will"
# or "would" is the forecast declared (`declared_future`), while "has made it clear he has no plans to change the law"
# (claims20's event) keeps "clear" as its content
@pytest.mark.parametrize(
    "body",
    [
        "Mr Blair had already made it clear the issue would be put to voters in a referendum.",
        "He made it clear that he would not resign.",
    ],
)
def test_made_clear_as_the_attribution_reads_its_clause(one, body):
    assert one(body).claim_type == "prediction"


# fixed: "can" in the author's own voice over a copula, an existential, or with "we" / "one" / "no-one" is a view,
# no statement of what is possible as fact (claims23's rule made every one of them an event; `authors_judgement`)
@pytest.mark.parametrize(
    "body",
    [
        "For much of the watching media and public there can only be two possible outcomes in New York - win or lose.",
        "Online gaming can be a world of escapism where you can be yourself without fear of the thoughts of others.",
        "Gaming is like any other pastime - it can quickly become an unhealthy obsession.",
        "We really can't deal with terrorism by turning Britain into a fascist state.",
        "One can understand that frustration.",
    ],
)
def test_authors_can_of_a_judgement_assesses(claims_of, body):
    claims, _ = claims_of(body)
    assert claims[0].claim_type == "assessment"


# not to break: the author's "can" of what a thing or a body is able or allowed to do is a fact, an event
@pytest.mark.parametrize(
    "body",
    [
        "High-definition DVDs can hold up to six times more data than the DVDs we are used to.",
        "South Korea's stock exchange can delist any firm if its debt exceeds its assets two years running.",
        "An author can only win once.",
        "If I am passing through Kings Cross station on my way to a meeting then I can log on from the platform.",
    ],
)
def test_authors_can_of_a_fact_stays_an_event(one, body):
    assert one(body).claim_type == "event"


# not to break: a made-clear clause with no forecast keeps "clear" as the content (an event, claims20)
def test_made_clear_without_a_forecast_stays_an_event(one):
    assert one("The prime minister has made it clear he has no plans to change the law.").claim_type == "event"


# fixed (claims25): "over" a time (a DATE or TIME entity) is no grounds of a protest: a state attacking another over a
# weekend is still at war (`verbs.over_a_time`)
@pytest.mark.parametrize(
    "body", ["Israel attacked Lebanon over the weekend.", "Russia attacked Georgia over two days."]
)
def test_state_attacked_over_a_time_is_an_event(one, body):
    assert one(body).claim_type == "event"


# not to break: "over" a matter is still the grounds of a verbal attack
def test_state_attacked_over_a_matter_still_judges(one):
    assert one("China attacked Japan over its new textbooks.").claim_type == "assessment"


# fixed (claims25): "argued for" a side of a trial (`trial_sides`) represents it, no advocacy of a thing to be done
@pytest.mark.parametrize(
    "body", ["He argued for the defence in the trial.", "Mr Smith argued for the prosecution at the Old Bailey."]
)
def test_argued_for_a_side_of_a_trial_is_no_prescription(one, body):
    assert one(body).claim_type != "prescription"


# not to break: "argued for" a thing still advocates it
def test_argued_for_a_thing_still_prescribes(one):
    assert (
        one("The Liberal Democrats have argued for flexibility in deciding access rules.").claim_type == "prescription"
    )
