"""review51 (fresh-eyes review of session 47's round 2): narr22 made the of-phrase of a held noun (`held_nouns`:
support, backing, endorsement, approval, blessing) its giver under a receiving or holding verb only ("has the support
of the Mayor"); under any other governor, or none, the of-phrase stayed the patient, so "despite the support of
Cabinet ministers and Tory backbenchers", "with the backing of former Ministers Sir Nicholas Soames and Theresa
Villiers", "said the support of Mr Magnier and Mr McManus was crucial" made the supporters the supported (m51: 8 of
the 9 such rows). Now a held noun's of-phrase is who gives it wherever it stands, but in "in / into support of X",
where X gets it. Each text through the real parse (`statements` of tests/conftest.py); the sentences are written for
the review, in the runs' words."""

from __future__ import annotations

import pytest
from narratives_support import rows


def support(found):
    return [(s.agent_actor_id, s.patient_actor_id) for s in found if s.action_lemma in {"support", "backing"}]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "The amendment was rejected by the Commons despite the support of the Liberal Democrats.",
            "liberal_democrats",
        ),
        ("The petition was launched with the backing of the Conservative Party.", "conservative_party"),
        ("Analysts said the support of the Labour Party was crucial to the bill.", "labour_party"),
        ("The bill has won the support of the Conservative Party.", "conservative_party"),
    ],
    ids=["despite", "with-the-backing", "subject", "won"],
)
def test_a_held_nouns_of_phrase_gives_it(statements, text, agent):
    found = statements(text)
    got = support(found)
    assert got and all(a is not None and agent in a for a, _ in got), rows(found)
    assert all(p is None or agent not in p for _, p in got), rows(found)


def test_in_support_of_keeps_the_supported_as_patient(statements):
    """Near case: 'in support of X', 'roused into support of Nadal': X gets the support."""
    found = statements("Thousands of people marched in support of the Labour Party on Saturday.")
    got = support(found)
    assert got and all(p is not None and "labour" in p for _, p in got), rows(found)
    assert all(a is None or "labour" not in a for a, _ in got), rows(found)


def test_a_holding_verbs_giver_is_unchanged(statements):
    """narr22's rows hold: 'Mr Blair has the support of the Labour Party' (Labour gives it, Blair gets it)."""
    found = statements("Mr Blair has the support of the Labour Party.")
    assert support(found) == [("labour_party", "tony_blair")], rows(found)


def test_in_the_support_of_x_for_y_x_gives_it(statements):
    """In "the support of X for Y" X gives it (fails on f06a7a5c, where X was the patient)."""
    found = statements("The support of the Conservative Party for Mr Blair surprised many observers.")
    got = support(found)
    assert got and all(a is not None and "conservative" in a for a, _ in got), rows(found)


@pytest.mark.xfail(
    strict=True,
    reason="review51: the of-phrase's possessor is taken for the giver ('the backing of Curtis's family': Curtis), "
    "as for a from-phrase; and 'failed to get' is no negation",
)
def test_a_possessor_in_the_of_phrase_is_not_the_giver(statements):
    found = statements("The film failed to get the backing of Curtis's family.")
    assert all(a is None or "curtis" not in a for a, _ in support(found)), rows(found)


@pytest.mark.xfail(
    strict=True,
    reason="review51: 'needs / requires the support of X' reads X's support as given (need is a receiving verb; the "
    "support is wanted, not had)",
)
def test_a_needed_support_is_not_given(statements):
    found = statements("Glazer needs the support of the tycoons JP McManus and John Magnier.")
    assert not support(found), rows(found)
