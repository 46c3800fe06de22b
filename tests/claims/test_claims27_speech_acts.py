"""claims27: speech acts of criticism and praise the lexicon missed (the issue's hand check, claims-handcheck-s18)."""

from __future__ import annotations

import pytest


# fixed (claims27): the verb's subject assesses; ANNOTATION's hard cases: speech acts carry their content
@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        (
            "In an interview published in the Radio Times in January, Victoria Wood slated comedian Sacha Baron Cohen "
            'for his character Ali G\'s "horrible" brand of "victim" humour.',
            "Victoria Wood",
        ),
        ("Conservative co-chairman Liam Fox derided the photo call.", "Conservative co-chairman Liam Fox"),
        (
            "England captain Jason Robinson has rubbished suggestions that the world champions are a team in decline.",
            "England captain Jason Robinson",
        ),
        (
            "The Coalition of Non-governmental Organizations has lauded the move as an important step forward.",
            "Coalition of Non-governmental Organizations",
        ),
        (
            "England coach Andy Robinson lambasted referee Jonathan Kaplan for his decisions.",
            "England coach Andy Robinson",
        ),
        ("The show was slated by critics.", "critics"),
    ],
)
def test_a_speech_act_of_criticism_or_praise_is_its_subjects_assessment(one, body, claimer):
    claim = one(body)
    assert (claim.claim_type, claim.certainty, claim.claimer_kind) == ("assessment", "reported", "actor")
    assert claimer in claim.claimer_text


# not to break: "slated" for a schedule, "lauded" in the passive with no agent report nothing (the labels: the author's)
@pytest.mark.parametrize(
    "body",
    [
        "The film is slated for release in May.",
        "Mr Blair is slated to speak at the conference on Friday.",
        "The film has spent months being lauded with prizes.",
    ],
)
def test_a_schedule_or_an_agentless_passive_stays_the_authors_event(one, body):
    claim = one(body)
    # claims30: a present passive of arranging with no clause ('is slated for release in May') is what is to come,
    # a prediction (`awaited_verbs`); claims46: so is 'is slated to speak' (`prediction_phrases`, as 'is set to');
    # the claimer stays the author's
    expected = "prediction" if " is slated " in body else "event"
    assert (claim.claim_type, claim.claimer_kind) == (expected, "author")


# not to break (claims27's view_infinitive): advice to act under "it would be ..." still prescribes
@pytest.mark.parametrize(
    "body",
    [
        "It would be wise to warn residents before the work starts.",
        "It would be unwise to speculate.",
    ],
)
def test_advice_to_act_still_prescribes(claims_of, body):
    claims, _ = claims_of(body)
    assert "prescription" in [c.claim_type for c in claims]


# fixed (claims27): the derider, not the party whose claims are derided, is the claimer (bbc19: "Tory", a prediction)
def test_the_derider_is_the_claimer(one):
    claim = one(
        'Mr Blair derided Tory claims they could cut £35bn in "wasteful spending" saying the party had got its sums wrong.'
    )
    assert (claim.claim_type, claim.claimer_kind, claim.claimer_text) == ("assessment", "actor", "Mr Blair")


# fixed (claims27): a speech act in a gerund after "with" is its speaker's (sources.with_speaker)
def test_a_praise_after_with_is_the_speakers(claims_of):
    claims, _ = claims_of(
        "More plaudits are given to the home team, with Jaime Vargas lauding the manner in which "
        '"Spain dominated England with order and quality".'
    )
    lauding = [c for c in claims if "lauding" in c.text]
    assert lauding and all(c.claimer_text == "Jaime Vargas" for c in lauding)
