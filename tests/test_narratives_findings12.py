"""Narratives findings of a researcher's test (usertest10, issue 12), each on made-up sentences, with the
case the rule must leave alone."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import discovered_id
from narratives_support import PLOVER, framing_of, one, rows


@pytest.mark.parametrize(
    "body",
    [
        "Labour support has been slipping in the south, a survey found.",
        "The Tories' popularity has slumped since the spring.",
    ],
)
def test_a_partys_standing_makes_it_no_agent(statements, body):
    assert not any(s.agent_actor_id in {"labour_party", "conservative_party"} for s in statements(body))


def test_a_partys_support_for_something_is_still_its_act(statements):
    s = one(statements("Labour support for the scheme was crucial."), "support")
    assert (s.agent_actor_id, s.action_class) == ("labour_party", "SUPPORT")


def test_attacking_a_partys_taxes_is_a_verbal_attack(statements):
    # the parser lemmatises "taxes" as "taxis", so "attack tax" was missed and the verb read as ASSAULT
    s = one(statements("Charles Kennedy attacked Labour's 'stealthy' taxes on Tuesday."), "attacked")
    assert s.action_class != "ASSAULT" and s.quad_class == PLOVER.quad_of(s.action_class)


def test_attacking_a_state_is_still_an_assault(statements):
    assert one(statements("Russia attacked Georgia on Friday."), "attacked").action_class == "ASSAULT"


def test_the_prime_minister_gives_no_label_prime(parse, registry):
    body = (
        'Reform is overdue, said courts minister Anna Fairlie. Ms Fairlie said: "The prime minister should be'
        ' free to choose the best person."'
    )
    labels = [r.label for r in framing_of(parse, registry, body)]
    assert "prime" not in labels and "minister" not in labels


@pytest.mark.parametrize(
    ("body", "agent"),
    [
        ("The Tories have given their backing to the new stadium.", "conservative_party"),
        ("Only Ruritania receives IMF support at present.", "imf"),
    ],
)
def test_support_given_or_received_still_has_its_giver(statements, body, agent):
    assert any(s.agent_actor_id == agent and s.action_class == "SUPPORT" for s in statements(body)), rows(
        statements(body)
    )


def test_support_received_from_someone_is_the_givers(statements):
    found = statements('The minister Ann Tolley said she received "moral support" from the charity Helpwise.')
    assert not any(s.action_class == "SUPPORT" and s.agent_actor_id == discovered_id("Ann Tolley") for s in found)


def test_support_received_from_nobody_named_has_no_agent(statements):
    found = statements("Ann Tolley, the minister, gained support during the campaign.")
    assert not any(s.action_class == "SUPPORT" and s.agent_actor_id is not None for s in found), rows(found)


def test_an_appeal_lost_is_still_the_losers(statements):
    found = statements("The Scottish Executive has lost an appeal against the ruling.")
    assert any(s.agent_actor_id == "scottish_executive" and s.action_class == "REQUEST" for s in found), rows(found)


def test_the_receiver_of_an_act_is_its_patient(statements):
    s = one(statements("The BBC received 3,000 complaints about the show."), "complaints")
    assert (s.agent_actor_id, s.action_class, s.patient_actor_id) == (None, "ACCUSE", "bbc")
