"""claims31 (issue 12, claim type, the event / assessment line): an adverb after an active verb that judges how the
thing was done ('played really well') makes the claim an assessment (`judged-manner`, claims.rules.v36). With the near
cases it must not fire on."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "The visitors played really well in the second half.",
        "The young striker handled the pressure well.",
        '"Our keeper has not played at all badly," the coach said.',
        "The committee said all the negotiations had gone well.",
        "The orchestra performed the overture brilliantly.",
    ],
)
def test_a_judging_adverb_of_manner_is_an_assessment(one, body):
    claim = one(body)
    assert claim.type_rule == "judged-manner"
    assert claim.claim_type == "assessment"


@pytest.mark.parametrize(
    "body",
    [
        "The new album was poorly received by critics.",  # a passive: what happened
        "The driver was not badly injured in the crash.",  # a passive
        "The minister knew full well what the costs were.",  # a verb of `manner_judgement_excluded_verbs`
        "The team arrived well before the kick-off.",  # 'well' of degree before a preposition
        "The band played two new songs as well.",  # 'as well': addition
        "Turnout rose well over 60% in the northern towns.",  # a 'well' of degree before a figure
        '"And he says well, we have no money left," the MP said.',  # an interjection after a verb of saying
        '"We missed our captain badly against the champions," the coach said.',  # 'badly' of how much
        "The film is tipped to do well at the awards next month.",  # a to-infinitive: what is expected
    ],
)
def test_no_judged_manner(one, body):
    assert one(body).type_rule != "judged-manner"


def test_a_judged_manner_to_come_stays_a_prediction(one):
    claim = one("The film will do well at the box office next year.")
    assert claim.claim_type == "prediction"
