"""claims46: rules' type faults found among the type errors of the web development material (the web claims hand checks,
opinion23) and review38's xfail, each read on the corpora's rows before it was written:

- an epistemic "must be" of an inferred state ("You must be nuts", "it must be very hard for him"): an assessment,
  not a modal prescription (`type.inferred_state`);
- "is slated to" a future (`prediction_phrases`), "was slated to" a past arrangement (`arrangement_words`);
- a phrase of the future under a modal of the perfect ("may have been set for") is no future (`type.phrase_future`);
- a time judged right for an action ("Now is the perfect time to update ...") advises it (`type.opportune_time`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Doctor: You must be nuts.",
        "Mentally, it must be very hard for him.",
        "It must be so cold to live in a tent this time of year.",
        "It must be nice having your own place to decorate.",
        "That must be bad for government.",
    ],
)
def test_a_must_that_infers_a_state_is_an_assessment(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule, claim.type_cue.split()[0]) == ("assessment", "copula-adjective", "must")


@pytest.mark.parametrize(
    "body",
    [
        "You must be careful on the roads.",  # a state the subject can bring about: advice
        "We must be positive.",  # the speaker's own resolve
        "It must be able to be folded if a coach is used.",  # a requirement
        "You must not be tired at the wheel.",  # negated: a rule
        "Candidates must be over 21.",  # no word of an inferred state
    ],
)
def test_a_must_that_lays_down_what_is_to_be_stays_a_modal_prescription(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prescription", "modal-prescription")


def test_slated_to_is_a_future_and_was_slated_to_a_past_arrangement(one):
    claim = one("According to scientists, 2023 is slated to be the hottest year on record.")
    assert (claim.claim_type, claim.type_rule) == ("prediction", "phrase-future")
    claim = one("Debbie Meadows was slated to introduce Bennett at a meet-and-greet event on Saturday.")
    assert (claim.claim_type, claim.type_rule) == ("event", "past-arrangement")


def test_slated_as_a_judgement_stays_a_speech_act(one):
    claim = one("Victoria Wood slated comedian Sacha Baron Cohen for his jokes.")
    assert claim.type_rule != "phrase-future"


def test_a_phrase_of_the_future_under_a_modal_of_the_perfect_is_no_future(one):
    claim = one("In Death Valley, a world record may have been set for the hottest temperature observed on Earth.")
    assert claim.type_rule != "phrase-future"
    assert one("The vote has been set for Thursday.").type_rule == "phrase-future"  # a perfect with no modal: still set


@pytest.mark.parametrize(
    "body",
    [
        "Now is the perfect time to update your cover images for a fresh look.",
        '"The quarter of this year is the best time for us to increase fuel prices," said the minister.',
    ],
)
def test_a_time_judged_right_for_an_action_advises_it(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule, claim.type_cue) == ("prescription", "necessity-judgement", "time")


@pytest.mark.parametrize(
    "body",
    [
        "It was the right time to leave the club.",  # the past: a judgement of what was
        "It's a great time to be a Liverpool fan.",  # how things stand, no action
        "This is not the right time to raise taxes.",  # negated
        "Now is the time of year when prices rise.",  # no judgement, no action
    ],
)
def test_a_time_not_judged_right_for_an_action_to_come_is_no_advice_of_this_rule(one, body):
    claim = one(body)
    assert not (claim.type_rule == "necessity-judgement" and claim.type_cue == "time")
