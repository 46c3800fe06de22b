"""claims.rules.v20: a future phrase that ends in "to" needs an infinitive after it; "due to" before a
noun phrase or a gerund is a cause, not a future (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Profits at the brewer fell 8% last year, mainly due to the cost of barley.",
        "Ticket sales dropped due to falling demand in the north.",
        "The delay was due to a fault in the signalling system.",
    ],
)
def test_due_to_as_a_cause_is_no_prediction(one, body):
    claim = one(body)
    assert claim.claim_type != "prediction" and claim.type_rule != "phrase-future"


@pytest.mark.parametrize(
    "body",
    [
        "The two leaders are due to meet in Geneva on Monday.",
        "The council is set to approve the new budget.",
        "The plant is to close next spring.",
    ],
)
def test_a_future_phrase_with_an_infinitive_is_a_prediction(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prediction", "phrase-future")


def test_a_later_future_phrase_after_a_causal_due_to_still_counts(one):
    claim = one("Due to the strike, the ferry company is set to cancel all crossings.")
    assert (claim.claim_type, claim.type_rule) == ("prediction", "phrase-future")


@pytest.mark.parametrize(
    "body",
    [
        "The firm is set to trial the new network in Leeds.",
        "We are going to Madrid for the second leg next week.",
    ],
)
def test_other_phrases_keep_a_to_before_a_noun(one, body):
    assert one(body).claim_type == "prediction"
