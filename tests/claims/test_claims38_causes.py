"""claims38: a cause told as what drove a thing ("fuel"), a turn told as what it announces ("herald"), a wrong alleged
("infringe") and "cast doubt" judge or explain (assessments); the near cases keep their own rules."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "type_rule"),
    [
        ("Consumer spending fuelled France's economic growth in the last quarter of 2004.", "verb-assessment"),
        ("Interest in the share sale has been fuelled by hopes for robust growth in air travel.", "verb-assessment"),
        ("The original Doom heralded a new era in computer games.", "verb-assessment"),
        ("The new mobile service has infringed the rights of the older firm.", "verb-assessment"),
        ("The Christmas chaos cast doubt on the airline's ability to emerge from bankruptcy.", "phrase-assessment"),
        ("A conflict with the state is casting doubt on the firm's future.", "phrase-assessment"),
    ],
)
def test_causes_heralds_and_doubts_are_assessments(one, body, type_rule):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("assessment", type_rule)


@pytest.mark.parametrize(
    ("body", "claim_type"),
    [
        # a future modal over the verb comes first: what may come
        ("The deal could herald a new digital licence fee.", "prediction"),
        # the noun of a name is no verb: the rules' event as before
        ("British Nuclear Fuels returned the waste to Japan last year.", "event"),
        # "cast" without "doubt": a deed
        ("The American cast his vote on Tuesday.", "event"),
    ],
)
def test_near_cases_keep_their_type(one, body, claim_type):
    assert one(body).claim_type == claim_type
