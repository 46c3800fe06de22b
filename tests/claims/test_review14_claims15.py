"""review14's findings on claims15 (claims.rules.v23): constructions the new type rules got wrong, fixed in
claims.rules.v24 (session claims16; the other side of each fix: tests/claims/test_claims16_constructions.py).

BBC sentences where the corpus has one; otherwise a sentence built as the news writes them (said so in the
test)."""

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
        # built as the sport pages write them (the BBC corpus has the first person: 'we had to')
        "He said he had to withdraw from the tournament because of a back injury.",
        "Holmes said she had to pull out of the race with a calf injury.",
    ],
)
def test_a_speakers_own_past_necessity_in_the_third_person_is_no_prescription(one, body):
    assert one(body).claim_type != "prescription"


def test_a_reported_necessity_with_a_past_time_is_no_prescription(one):
    assert one("The bank said more money had to be set aside last year to cover bad loans.").claim_type != (
        "prescription"
    )


@pytest.mark.parametrize(
    "body",
    [
        "But economists said there could be a number of reasons for a fall in the borrowing, which include "
        "credit cards and personal loans.",
        "There may be a perception that war, terrorism and religious and political divisions are making the "
        "world a worse place, even though that has not so far been reflected in global economic performance, "
        "says the BBC's Elizabeth Blunt.",
    ],
)
def test_a_possible_reason_or_perception_is_no_prediction(one, body):
    assert one(body).claim_type != "prediction"


def test_a_passive_call_with_its_judge_is_an_assessment(claims_of):
    body = (
        "Depp's charismatic performance drew an audience of adults and children alike into Barrie's vivid "
        'imagination, and he was called the "fifth child of the group" by the film\'s director Marc Forster.'
    )
    claim = _claims_containing(claims_of, body, "was called")
    assert claim.claim_type == "assessment"


def test_a_recommendation_not_made_is_no_prescription(one):
    assert one("The committee did not recommend that the tax be scrapped.").claim_type != "prescription"


def test_appealing_to_someone_is_no_prescription(one):
    assert one("The idea appealed to young voters.").claim_type != "prescription"


def test_a_defending_champion_is_no_judgement(one):
    claim = one(
        "Defending champion and top seed Andy Roddick rallied to beat Sweden's Thomas Enqvist 3-6 7-6 (8-6) 7-5."
    )
    assert (claim.claim_type, claim.claimer_kind) == ("event", "author")


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "His wife Sharon, who called the police, said her wedding rings were taken from her bedside table as "
            "she slept.",
            "called the police",
        ),
        (
            "She called her service provider, and they told her it would be five days before an engineer would "
            "show up with a new cable modem.",
            "called her service provider",
        ),
    ],
)
def test_telephoning_someone_is_an_event(claims_of, body, words):
    assert _claims_containing(claims_of, body, words).claim_type == "event"


def test_a_quoted_existential_leaves_no_fragment_claim(claims_of):
    claims, _ = claims_of(
        'The Bat spokeswoman said: "There is nothing for us to add...since our announcement in July last year."'
    )
    assert [c.text for c in claims if "There is nothing" not in c.text] == []


def test_a_reported_necessity_that_happened_on_given_days_is_an_event(one):
    body = (
        "US Airways had to cancel approximately 65 flights on Thursday, 180 on Friday, 140 on Saturday, 43 on "
        "Sunday and 15 on Monday, said industry officials."
    )
    assert one(body).claim_type == "event"


def test_a_cost_that_is_needed_is_no_prescription(one):
    assert one("It is estimated that £500,000 is needed to buy the Grade II listed building.").claim_type != (
        "prescription"
    )


def test_a_passive_call_for_is_no_event(one):
    body = (
        'The judge in the case, which lasted seven days, said that "a heavy penalty was called for because of the '
        'enormous damage Buhecha caused to legitimate business".'
    )
    assert one(body).claim_type != "event"


@pytest.mark.parametrize(
    "body",
    [
        '"There\'s no plans at the moment around the Barcelona game."',
        '"In Albania particularly there is no statutory child care or protection structure.',
    ],
)
def test_a_quoted_statement_that_something_is_not_there_is_an_event(one, body):
    assert one(body).claim_type == "event"
