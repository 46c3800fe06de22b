"""claims39: "it is worth" an action (a gerund) is advice about it, a prescription, as "it would be wise to ..." is
(`type.advised_action`, `worth` in `advisability_words`); a gerund that frames a clause, a thing's worth, a worth in
the past and a subject that is no expletive "it" are not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "As an industry, it's worth thinking about how we want to combat this.",
        "It is worth debating a cap on donations for the future.",
        "It would be worth asking the minister again.",
        "It's definitely worth printing at home instead of going to the high street.",
    ],
)
def test_worth_an_action_is_advice(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prescription", "necessity-judgement")


@pytest.mark.parametrize(
    "body",
    [
        # a framing: the clause it frames carries the type
        "It is worth remembering that the recorders only store TV content.",
        "It is worth highlighting that the Mac Mini is just a computer.",
        # a thing's worth, no action
        "The new stadium was worth the wait.",
        # what was worth doing: a judgement of the past
        "It was worth taking the risk in the end.",
        # a thing judged worth an action, not the action advised
        "Civil liberties are worth defending.",
        # the 'it' is the thing worth waiting for: the preposition's object
        "The producer said it would be worth waiting for.",
        'Producer Kevin Wallace said it would be "worth waiting for".',
        # a price of its own: what seeing it is worth
        "It would be worth the price of admission alone to see the film's car chase.",
    ],
)
def test_worth_without_an_action_to_take_is_no_advice(one, body):
    assert one(body).type_rule != "necessity-judgement"
