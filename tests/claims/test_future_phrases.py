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


@pytest.mark.parametrize(
    "body",
    [
        "The ferry was due to sail from Dover on the morning of the storm.",
        "Jones, 61, was set to retire at the end of the season before the club was sold.",
    ],
)
def test_a_past_arrangement_in_the_authors_voice_is_an_event(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("event", "past-arrangement")


@pytest.mark.parametrize(
    "body",
    [
        "The minister said the talks were due to resume on Monday.",
        "The union is due to meet the employers again next week.",
        "Analysts said prices were likely to rise in the spring.",
    ],
)
def test_a_reported_or_present_arrangement_stays_a_prediction(one, body):
    assert one(body).claim_type == "prediction"


def test_a_report_the_rules_did_not_attribute_keeps_its_future(one):
    claim = one("Zoopla said estate agents were set to enter the spring with fewer homes to sell.")
    assert claim.claim_type == "prediction"


@pytest.mark.parametrize(
    "body",
    [
        "The aim of the scheme is to cut waiting lists in half.",
        "What the airline really wants to do is to fly more routes from Leeds.",
        "The brewer needs new money if it is to survive the winter.",
        "The only answer is to build more houses.",
    ],
)
def test_be_to_that_says_what_an_aim_consists_of_is_no_prediction(one, body):
    claim = one(body)
    assert claim.claim_type != "prediction"


@pytest.mark.parametrize(
    "body",
    [
        "The carmaker is to close its plant near Turin.",
        "Two hundred jobs are to go at the factory.",
        "The old bridge is to be replaced by a tunnel.",
    ],
)
def test_be_to_of_an_arrangement_is_a_prediction(one, body):
    assert one(body).claim_type == "prediction"


def test_a_passive_be_to_after_such_a_noun_is_still_arranged(one):
    assert one("Such a policy is to be proposed at the next meeting of the board.").claim_type == "prediction"
