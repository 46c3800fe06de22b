"""review42 (claims.rules.v63): review41's `discourse.note_question_speaker` names a quotation's speaker from the frame
of the question that opens it; a frame's passive subject is the one asked, not the asker ('Mr Smith was asked: "Will
you stand again? The party needs a new leader."'), so the quotation's statements wait for a speaker as before
review41 and fall to the page, not to Mr Smith."""

from __future__ import annotations


def test_the_one_asked_is_not_the_questions_speaker(claims_of):
    claims, _ = claims_of(
        'Mr Smith was asked: "Will you stand again? The party needs a new leader and the voters want change."'
    )
    (claim,) = [c for c in claims if "The party needs" in c.text]
    assert claim.claimer_text != "Mr Smith"


def test_near_case_the_one_who_asks_is_still_its_speaker(claims_of):
    claims, _ = claims_of(
        'Mr Smith asked: "Will you stand again? The party needs a new leader and the voters want change."'
    )
    (claim,) = [c for c in claims if "The party needs" in c.text]
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", "Mr Smith")
