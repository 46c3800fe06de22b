"""Descriptors: one example per entry of DESCRIPTOR_RULES, and what they do not link."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import Linker, discovered_id, link_article
from narrative_pipeline.actors.descriptors import DESCRIPTOR_RULES

# rule -> (text, the descriptor, the actor it refers to)
EXAMPLES = {
    "registry-descriptor": ("Khalifa Haftar lost ground. The rebels retreated to the east.", "rebels", "lna"),
    "role-title": (
        "Cardinal Keith Zorba spoke on Sunday. The cardinal said the law was wrong.",
        "cardinal",
        discovered_id("Keith Zorba"),
    ),
    "state-descriptor": ("Japan announced new limits. The government said the limits were temporary.", "government",
                         "state_jpn"),
    "named-group-head": ("UKIP spent heavily. Critics accused the party of buying votes.", "party", "ukip"),
    "group-of-named": ("The family of Baha Mousa met lawyers.", "family", discovered_id("family of Baha Mousa")),
    "group-continuation": (
        "The family of Baha Mousa met lawyers on Monday. Later the families said they would appeal.",
        "families",
        discovered_id("family of Baha Mousa"),
    ),
}  # fmt: skip


@pytest.fixture
def described(parse, registry):
    """described(text) -> {descriptor text: (actor id, rule)}."""

    def _described(text: str):
        article = parse("Headline\n\n" + text)
        chosen = link_article(article, Linker.build(registry, 90.0))
        return {article.text[c.start : c.end]: (c.actor_id, c.type_rule) for c in chosen if c.method == "descriptor"}

    return _described


@pytest.mark.parametrize("rule", DESCRIPTOR_RULES, ids=lambda r: r.name)
def test_each_descriptor_rule_links_its_example(rule, described):
    text, descriptor, actor = EXAMPLES[rule.name]
    assert described(text)[descriptor] == (actor, rule.name)


def test_every_descriptor_rule_has_an_example():
    assert [r.name for r in DESCRIPTOR_RULES] == list(EXAMPLES)


def test_title_given_beside_the_name(described):
    got = described("Jack Straw, the foreign secretary, visited Beijing. The foreign secretary said talks went well.")
    assert got["foreign secretary"] == ("jack_straw", "role-title")


def test_a_title_two_persons_hold_stays_unresolved(described):
    text = "Manager Tom Kelly and manager Ann Duff met. The manager said nothing."
    assert "manager" not in described(text)


def test_rebels_without_referent_are_not_linked(described):
    assert "rebels" not in described("The rebels retreated to the east.")


def test_the_government_of_a_nation_inside_a_state_is_the_state(described):
    got = described("Scotland voted and the UK agreed. Scotland won. The government said it was pleased.")
    assert got["government"] == ("state_gbr", "state-descriptor")


def test_the_government_of_x_is_not_the_articles_state(described):
    assert "government" not in described("Japan announced new limits. The government of Iraq said nothing.")


def test_the_authorities_and_the_administration(described):
    got = described("Japan announced new limits. The authorities said the administration would act.")
    assert got["authorities"] == ("state_jpn", "state-descriptor")
    assert got["administration"] == ("state_jpn", "state-descriptor")
