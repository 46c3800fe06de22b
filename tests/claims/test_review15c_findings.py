"""review15c: fresh-eyes review of claims.rules.v25 (claims17): a temporal 'as' clause with a manner-of-speaking
verb taken for an 'As X said' frame; 'it looks like' + a noun phrase (a plain description) taken for a hedge."""

from __future__ import annotations

import pytest


def test_as_protesters_shouted_is_a_time_not_a_source(one):
    claim = one("As protesters shouted, the minister left the building by a side door.")
    assert claim.claimer_kind == "author"
    assert claim.certainty == "asserted"


@pytest.mark.xfail(
    strict=True,
    reason="review15c: the hedge phrase 'it looks like' (claims.rules.v25) hedges a plain description ('it looks"
    " like a normal house'), not only 'it looks like <clause>'; claims28: not narrowed to clauses, as the labels hedge"
    " 'it looks like' + a noun phrase that judges ('It looks like a good opportunity to try out players', s14-s17;"
    " 'it looks like the $40 to $50 level'): only a look at a thing is a description, and no rule tells them apart",
)
def test_it_looks_like_a_noun_is_a_description_not_a_hedge(one):
    claim = one("It looks like a normal house from the outside.")
    assert claim.certainty == "asserted"


def test_it_looks_like_a_clause_is_still_hedged(one):
    claim = one("It looks like the deal will collapse, a union official said.")
    assert claim.certainty == "hedged"


def test_as_demanded_over_a_past_event_is_the_authors_event(one):
    claim = one("As the protesters demanded, the minister resigned on Friday.")
    assert claim.claim_type == "event"
    assert claim.claimer_kind == "author"


def test_as_predicted_over_a_past_event_is_the_authors(one):
    claim = one("As many had predicted, the Tories lost the seat.")
    assert claim.claimer_kind == "author"
    assert claim.certainty == "asserted"


def test_as_the_minister_noted_still_frames_the_clause(one):
    claim = one("As Mr Blair noted, the economy is strong.")
    assert claim.claimer_actor_id == "tony_blair"
