"""claims38: a present "have got to" with an infinitive is a necessity (a prescription) with an adverb between or a
contracted "'s", as the phrases of `prescription_phrases` are; the near cases are not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "You've just got to confront it.",
        "Mathew has just got to take it on the chin.",
        "It's got to be done differently than it was 30 years ago.",
    ],
)
def test_have_got_to_with_an_adverb_or_a_contraction_prescribes(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prescription", "phrase-prescription")


@pytest.mark.parametrize(
    "body",
    [
        # a preposition, no infinitive: where things stand
        "We've got to the point where we can't live without technology.",
        # the infinitive is the noun's: what he has, no necessity
        "He's got a lot of work to do this week.",
        # past
        "By then the team had just got to the final.",
    ],
)
def test_got_without_an_own_infinitive_or_in_the_past_does_not(one, body):
    assert one(body).type_rule != "phrase-prescription"
