"""claims.rules.v28 (claims23): advocacy with "argue for" and "stress the need for", advice to "you", a state's
attack, a place behind the lines, and the clause "made clear" (real and BBC-style sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        ("Mr Kennedy argued for a fairer tax on local homes.", "prescription"),
        ("Mr Blunkett argued for them in Cabinet.", "event"),  # a pronoun: whom he spoke for
        ("He argued with his wife about the money.", "event"),
    ],
)
def test_arguing_for_a_thing(one, body, ctype):
    assert one(body).claim_type == ctype


@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        ("The report underlined the need for more teachers in rural schools.", "prescription"),
        ("She stressed the importance of the talks.", "event"),
    ],
)
def test_stressing_a_need(one, body, ctype):
    assert one(body).claim_type == ctype


def test_you_will_need_to_register_is_advice(claims_of):
    claims, _ = claims_of('"If you want your voice to be heard on 5 May you will need to have registered by Friday."')
    assert claims[-1].claim_type == "prescription"


def test_they_will_need_to_is_still_a_forecast(one):
    assert one("Regulators will still need to give their approval.").claim_type == "prediction"


def test_made_clear_takes_its_clause(one):
    claim = one(
        "Mr Clarke said he had made clear the UK would welcome genuine economic migrants for key jobs on a strict "
        "points based system."
    )
    assert claim.claim_type == "prediction"


@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        ("British hurdler Sarah Claxton is confident she can win her first major medal in Madrid.", "prediction"),
        ('"We are confident of getting a result," the manager said.', "prediction"),
        ("The Briton is optimistic of surpassing his best effort at the Australian Open.", "prediction"),
    ],
)
def test_expecting_what_can_be_done_is_a_prediction(claims_of, body, ctype):
    claims, _ = claims_of(body)
    assert claims[0].claim_type == ctype


def test_confidence_in_a_thing_is_no_forecast(one):
    claim = one("Mr Marchionne is confident of his firm's legal position.")
    assert claim.claim_type != "prediction"


@pytest.mark.parametrize(
    "body",
    [
        "Deputy Mayor Nicky Gavron said she believed the Mayor of London would say sorry on Tuesday.",
        '"We think free DTT could put brakes on the underlying growth of pay-TV in France," said Henri de Bodinat.',
        "Lord Woolf said he did not think there would be difficulties.",
    ],
)
def test_a_belief_about_what_would_come_is_a_prediction(claims_of, body):
    claims, _ = claims_of(body)
    assert (claims[0].claim_type, claims[0].type_rule) == ("prediction", "stance-on-future")


@pytest.mark.parametrize(
    "body",
    [
        "The committee believed the new laws might be incompatible with the Human Rights Act.",
        "She said she had not thought the film would appeal to Academy voters.",
    ],
)
def test_a_hedged_judgement_or_a_past_belief_is_no_forecast(one, body):
    assert one(body).type_rule != "stance-on-future"


@pytest.mark.parametrize(
    "body",
    [
        "Kenteris and Thanou can appeal against any decision at the Court of Arbitration for Sport.",
        "The handheld console can play games, music and movies.",
        "Mothers can currently take up to six months' paid leave.",
    ],
)
def test_what_the_author_says_can_be_done_is_an_event(one, body):
    assert one(body).claim_type == "event"


def test_what_a_speaker_says_can_be_done_still_judges(claims_of):
    claims, _ = claims_of('"You can\'t fix everything with money," he admitted.')
    assert (claims[0].claim_type, claims[0].type_rule) == ("assessment", "modal-ability")
