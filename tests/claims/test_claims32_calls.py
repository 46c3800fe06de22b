"""claims32 (issue 12, claim type): a call for something that no attribution took (its subject a document or a
relative pronoun) asks for it to be done, a prescription (claims.rules.v36). With the near cases it must not fire on."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "The budget for next year calls for the sale of a fifth of the state's holdings.",
        "The plan calls for a new bridge over the river by 2010.",
    ],
)
def test_an_unattributed_call_for_a_thing_is_a_prescription(one, body):
    claim = one(body)
    assert claim.type_rule == "verb-prescription"
    assert claim.claim_type == "prescription"


def test_a_relative_call_is_a_prescription(claims_of):
    claims, _ = claims_of("Several charities, who have called for an apology, met the minister on Monday.")
    call = next(c for c in claims if "called for" in c.text)
    assert call.claim_type == "prescription"


@pytest.mark.parametrize(
    "body",
    [
        "The minister called the rebate unjustified.",  # naming a judgement: verb-assessment
        "The plan does not call for a new bridge over the river.",  # negated: nothing is asked
        "Mr Smith called in sick on Monday.",  # no preposition of asking
    ],
)
def test_no_unattributed_call(one, body):
    assert one(body).claim_type != "prescription"


def test_an_attributed_call_keeps_its_speech_act(one):
    claim = one("The unions have called for a new inquiry into the closures.")
    assert claim.type_rule == "speech-act-prescription"
    assert claim.claim_type == "prescription"


@pytest.mark.parametrize(
    "body",
    [
        "They can be called up for ten training days next year.",
        "The keeper was called into action after ten minutes.",
    ],
)
def test_a_passive_call_asks_nothing(claims_of, body):
    claims, _ = claims_of(body)
    assert all(c.type_rule != "verb-prescription" for c in claims)


# `polled_share` (reported-finding): a share of a group polled or voting as the source of what should be done or is
# wanted states the poll's finding, an event
@pytest.mark.parametrize(
    "body",
    [
        "In the survey, 47% believe the council should close the bridge.",
        "Some 40 per cent of those polled said the mayor should resign.",
        "Almost a quarter of those questioned said they wanted a longer holiday.",
        "Most voters said the town should keep its market in the 1975 referendum.",
    ],
)
def test_a_polled_share_wishing_is_a_finding(one, body):
    claim = one(body)
    assert claim.type_rule == "reported-finding"
    assert claim.claim_type == "event"


@pytest.mark.parametrize(
    "body",
    [
        "In the survey, 18% said they would not buy a car next year.",  # what the share will do: a prediction
        "The union said the council should close the bridge.",  # no share: the union's prescription
        "England's fly-half said the team should attack more.",  # 'half' of a hyphenated word
    ],
)
def test_no_polled_share(one, body):
    assert one(body).type_rule != "reported-finding"


# `stance_on_future`: an adjective of stance the tagger reads as a participle ('concerned' -> 'concern') still leaves
# the type to its clause about the future
@pytest.mark.parametrize(
    "body",
    [
        "The council is concerned that the new rules could close the market.",
        "The union is concerned that the ruling could threaten the jobs of bakers.",
    ],
)
def test_a_participle_stance_over_a_future_is_a_prediction(one, body):
    claim = one(body)
    assert claim.type_rule == "stance-on-future"
    assert claim.claim_type == "prediction"


def test_a_participle_stance_without_a_clause_stays_a_judgement(one):
    assert one("The council is concerned about the market.").type_rule != "stance-on-future"
