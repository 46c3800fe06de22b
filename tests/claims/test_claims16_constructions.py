"""claims16 (claims.rules.v24): the other side of review14's findings (tests/claims/test_review14_claims15.py):
what each narrowed rule still takes, and the BBC sentences a first version of a fix got wrong (some shortened)."""

from __future__ import annotations

import pytest


def _claims_containing(claims_of, body: str, words: str):
    claims, _ = claims_of(body)
    hits = [c for c in claims if words in c.text]
    assert len(hits) == 1, [c.text for c in claims]
    return hits[0]


@pytest.mark.parametrize(
    "body",
    [
        "The Labour party said the Liberal Democrats needed to explain how they would pay for the plan.",
        "She said the human rights movement had to use simpler language to spread a moral message.",
        "Mr Armes warned that developers still had to learn how to tell stories effectively.",
    ],
)
def test_a_reported_necessity_of_others_with_no_time_gone_is_still_a_prescription(one, body):
    assert one(body).claim_type == "prescription"


def test_a_needed_figure_that_no_estimate_frames_is_still_a_prescription(one):
    body = '"At least $10 billion per annum is needed to address the HIV/Aids crisis in low income countries."'
    assert one(body).claim_type == "prescription"


def test_the_days_of_a_past_necessity_are_read_on_its_infinitive(one):
    # the parser hangs 'on Thursday' on the infinitive, not on 'had'
    body = "The airline had to cancel 40 flights on Thursday, said industry officials."
    assert one(body).claim_type == "event"


@pytest.mark.parametrize(
    "body",
    [
        '"We appeal to Powys Local Health Board to allow Powys people to choose Hereford for their treatment."',
        "The agency has appealed for more funds to update its hardware and software.",
        "He also called for reform of the United Nations, the World Bank and the IMF.",
    ],
)
def test_asking_with_an_infinitive_or_for_is_still_a_prescription(one, body):
    assert one(body).claim_type == "prescription"


@pytest.mark.parametrize(
    "body",
    [
        "The Magic Roundabout will never appeal to the children of today.",  # a forecast, no prescription
        "The game appealed to the Kiwi psyche and quickly spread.",
    ],
)
def test_appealing_to_someone_asks_nothing(one, body):
    assert one(body).claim_type != "prescription"


@pytest.mark.parametrize(
    "body",
    [
        'On 28 December, another senior economic adviser called the sale "the swindle of the century".',
        'The Commons education select committee called this "morally indefensible".',
        "This morning Peter Hain even called me a mongrel.",  # 'me' a dative: two objects
        'Mr Chirac called the rebate "unjustified".',
    ],
)
def test_calling_something_a_name_is_still_an_assessment(one, body):
    assert one(body).claim_type == "assessment"


@pytest.mark.parametrize(
    "body",
    [
        "The European Commission has called a truce in its battle with France and Germany.",
        "Four hours later, Sir Edward called the Liberal leader back to Downing Street.",
    ],
)
def test_calling_a_truce_or_a_person_back_is_an_event_in_the_authors_voice(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.claimer_kind) == ("event", "author")


def test_a_passive_call_into_action_still_names_nothing(one):
    # 'for the first time' is no preposition of asking: only one right after the verb ('was called for')
    body = "Tony Bullock in the United goal was called into action for the first time."
    assert one(body).claim_type == "event"


def test_a_defending_side_is_no_speaker(claims_of):
    body = 'Bennett said: "Wales defended fairly well but you cannot give that sort of quality ball to good sides."'
    claims, _ = claims_of(body)
    assert {c.claimer_text for c in claims} == {"Bennett"}


@pytest.mark.parametrize(
    "body",
    [
        "PCS leader Mark Serwotka warned there could be further walkouts unless the plans are dropped.",
        "There may be further trouble ahead for Everton.",
    ],
)
def test_what_may_come_is_still_a_prediction(one, body):
    assert one(body).claim_type == "prediction"


def test_a_quoted_existential_in_a_place_that_names_no_place_still_weighs(one):
    body = '"There is a reservoir of goodwill for Prince Harry in this country."'
    assert one(body).claim_type == "assessment"
