"""review37: review36's narratives rule (v18: a pronoun does not stand for its clause's subject's owner when another
argument of the clause fits it) read on the BBC corpus (config/eval/README.md "review37")."""

from __future__ import annotations

import pytest
from narratives_support import agents_of


@pytest.mark.xfail(
    strict=True,
    reason="review37: v18 (`arguments._another_argument`) drops the owner when a by-agent fits the pronoun as well; "
    "BBC 'Rooney's desperate search for a goal ... was halted again by Martyn in injury-time when he outpaced Stubbs' "
    "lost its right agent Rooney (the keeper Martyn halted the search; he is Rooney): the clause's meaning decides",
)
def test_the_owner_of_a_halted_action_is_the_pronoun_of_the_clause_after(statements):
    found = statements("Rooney's desperate search for a goal was halted by Martyn when he outpaced Stubbs.")
    assert agents_of(found, "outpaced") == ["disc.rooney"]


def test_near_case_the_by_agent_is_the_pronoun_when_it_acts_next(statements):
    found = statements("Wayne Carlisle's cross was met by Mr Scott and he blasted the ball home.")
    assert "disc.wayne_carlisle" not in agents_of(found, "blasted")
