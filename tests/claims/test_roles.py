"""Roles: one example per entry of ROLE_RULES, and the claimer and mentioned roles."""

from __future__ import annotations

import pytest
from narrative_pipeline.claims.roles import ROLE_RULES, phrase_node
from narrative_pipeline.rules import first_match
from trees import sentence

# rule -> (body, actor, role)
EXAMPLES = {
    "agent-phrase": ("The convoy of the GNA was attacked by Russia.", "state_rus", "agent"),
    "subject": ("Emirati drones bombed the headquarters of the Government of National Accord.", "state_are", "agent"),
    "passive-subject": ("Russian jets were hit by missiles.", "state_rus", "patient"),
    "object": ("Erdogan met Putin's envoy.", "vladimir_putin", "patient"),
    "prepositional-object": ("The UN imposed sanctions on Russia.", "state_rus", "patient"),
}


@pytest.mark.parametrize("name", EXAMPLES)
def test_each_role_rule_decides_its_example(name, claims_of):
    body, actor, role = EXAMPLES[name]
    _, roles = claims_of(body)
    assert (actor, role) in {(r.actor_id, r.role) for r in roles}


def test_by_phrase_without_an_agent_arc():
    # "the town hit by Turkey" where the parse attaches "by" as a plain preposition
    sent = sentence(
        "town NOUN NN ROOT 0",
        "hit VERB VBN acl 0",
        "by ADP IN prep 1",
        "Turkey PROPN NNP pobj 2 GPE",
    )
    node = phrase_node(sent.tokens[3])
    fired = first_match(ROLE_RULES, (node, None))
    assert (fired[0].name, fired[0].decides) == ("by-phrase", "agent")


def test_every_role_rule_has_an_example():
    assert {r.name for r in ROLE_RULES} == set(EXAMPLES) | {"by-phrase"}


def test_the_headquarters_of_x_shares_their_role(claims_of):
    _, roles = claims_of("Emirati drones bombed the headquarters of the Government of National Accord.")
    assert ("gna", "patient") in {(r.actor_id, r.role) for r in roles}


def test_claimer_and_mentioned(claims_of):
    _, roles = claims_of("NATO criticised the talks with the Libyan government.")
    got = {(r.actor_id, r.role) for r in roles}
    assert ("nato", "claimer") in got and ("state_lby", "mentioned") in got
