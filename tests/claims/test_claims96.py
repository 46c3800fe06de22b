"""claims96 (claims.rules.v132): a copula whose complement is a noun of interpretation with a phrase of its own ('a
sign of', 'a response to', 'another example in') reads what its subject means or why it came: an assessment."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "The sale of the stake to Ferrovial is a lifeline to Jarvis, which was weighed down by debts.",
        "The appearance of the Beckham trojan is just another example in a long line of viruses that trade on fame.",
        "Collins' ban is a result of her connection to the federal inquiry into the doping scandal.",
        "The ruling was a response to the involvement in telecoms projects by Turkish companies.",
        "The deficit has been a key factor in pushing the US dollar lower.",
        "The amount of data people store on their gadgets is clearly a sign that they are finding more things to do.",
        "The new contract is a testament to the strength of the club's finances.",
    ],
)
def test_a_copula_of_an_interpretive_noun_with_its_phrase_is_an_assessment(one, body):
    claim = one(body)
    assert claim.claim_type == "assessment", (claim.type_rule, claim.type_cue)


@pytest.mark.parametrize(
    ("body", "ctype"),
    [
        # what a thing is, no reading of it
        ("Cocoa was the main export product in Nigeria during the 1960s.", "event"),
        ("GDP is a measure of a country's economic health.", "event"),
        # an existential: what is or is not there
        ("There was no sign of the missing climbers on Sunday.", "event"),
        # the noun without a phrase of its own
        ("The result was announced on Monday.", "event"),
        # a modal comes first
        ("The defeat will be a reminder to the coach of what his players can do.", "prediction"),
    ],
)
def test_other_copulas_keep_their_type(one, body, ctype):
    claim = one(body)
    assert claim.claim_type == ctype, (claim.type_rule, claim.type_cue)


@pytest.mark.parametrize(
    "body",
    [
        "The health arguments far outweighed lingering public disquiet about a complete ban.",
        "S&P said the solidity of government finances outweighed the risk.",
    ],
)
def test_one_thing_weighed_against_another_is_an_assessment(one, body):
    claim = one(body)
    assert claim.claim_type == "assessment", (claim.type_rule, claim.type_cue)
    assert claim.type_rule == "verb-assessment", claim.type_rule


def test_a_known_cause_in_a_finding_is_no_interpretive_noun(one):
    claim = one("Allopurinol is the most common cause of the syndrome in older patients.")
    assert claim.type_rule == "default-event", (claim.type_rule, claim.type_cue)
