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
