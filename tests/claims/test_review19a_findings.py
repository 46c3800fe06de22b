"""review19a: claims25's type rules (claims.rules.v29) on BBC sentences where they fire and are wrong."""

from __future__ import annotations

import pytest


# fixed (review19a): a first-person hope told in the past is no wish put forward (BBC sport and business quotes)
@pytest.mark.parametrize(
    ("body", "part"),
    [
        ('"He has had a big course of antibiotics but they haven\'t done the job we hoped they would."', "hoped"),
        ('"The 7E7 fits better for what we needed and it could be delivered when we hoped to get it."', "hoped"),
    ],
)
def test_a_hope_told_in_the_past_is_no_prescription(claims_of, body, part):
    claims, _ = claims_of(body)
    types = [c.claim_type for c in claims if part in c.text]
    assert types and "prescription" not in types


# not to break: a hope for what is to be still prescribes, "would" included
@pytest.mark.parametrize(
    "body",
    [
        '"I hope that would teach him not to behave like that."',
        '"I hope that Bafta voters will respond to the extremely high standard of acting from the whole cast."',
    ],
)
def test_a_hope_for_what_is_to_be_still_prescribes(one, body):
    assert one(body).claim_type == "prescription"


# fixed (review19a): "What X wants is ..." in the author's voice tells X's stance, no wish the author puts forward
@pytest.mark.parametrize(
    "body",
    [
        "What the IRB does not want is a football scenario where the verbal slanging matches often overshadow the "
        "game itself.",
        "What the government wants is a deal before the election.",
    ],
)
def test_anothers_want_in_a_cleft_is_no_prescription(one, body):
    assert one(body).claim_type != "prescription"


# not to break: the speaker's own want in a cleft still prescribes
def test_own_want_in_a_cleft_still_prescribes(one):
    body = '"What we want is for more people to earn and own," Mr Milburn told BBC Radio 4\'s Today show.'
    assert one(body).claim_type == "prescription"


# fixed (review19a): "it was time" (claims25's lexicon addition) prescribes only as reported speech ("Tony Blair said
# it was time to ..."), not in an account of a past decision or change (`backshifted_phrases`): the CSA chief's
# departure (politics/csa-chief-who-quit-still-in-job) and a radio show's revamp are told, not called for
@pytest.mark.parametrize(
    ("body", "part"),
    [
        (
            'He replied: "The chief executive decided it was time to move on, there is a new chief executive coming '
            'in."',
            "decided",
        ),
        ('"But things have moved on a lot now so it was time for a change," says JK.', "time for a change"),
        ('He said: "It was time to go."', "time to go"),
    ],
)
def test_it_was_time_of_a_past_decision_is_no_prescription(claims_of, body, part):
    claims, _ = claims_of(body)
    types = [c.claim_type for c in claims if part in c.text]
    assert types and "prescription" not in types


# not to break: "it was time" reported under a past verb of saying still prescribes
@pytest.mark.parametrize(
    "body",
    [
        "Prime Minister Tony Blair said it was time to draw a line under the controversy surrounding David Blunkett.",
        "Mr Blair insisted on Wednesday it was time for the London mayor to say sorry.",
    ],
)
def test_it_was_time_reported_still_prescribes(one, body):
    assert one(body).claim_type == "prescription"


# fixed (claims27): advised_option took an infinitive of viewing or judging ("to describe X as Y", "to blame X", "to
# expect X") for an action; "it would be wrong to describe the plan as a tax cut" judges the plan (an assessment), as
# the rule's own "crass and ignorant to liken ..." does (type.view_infinitive). No BBC sentence has one.
@pytest.mark.parametrize(
    "body",
    [
        "Mr Howard said it would be wrong to describe the plan as a tax cut.",
        "It would be wrong to blame the prime minister for the war.",
        "It would be naive to expect a breakthrough at the talks.",
    ],
)
def test_a_view_of_an_act_is_no_advice(one, body):
    assert one(body).claim_type != "prescription"
