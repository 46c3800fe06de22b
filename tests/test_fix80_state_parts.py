"""fix80 (session 59): report75's left parts of a state.

"The authorities" are a government's bodies (ANNOTATION.md: "a government or one of its bodies"), so a state named by
them is named by its government (`government_nouns`, matched as written: "authorities", not "a local authority"); an
armed force is an actor kind of its own in ANNOTATION.md, so a state named by its armed forces ("British troops",
"the Chilean military", "US forces") is the part `military` (`military_nouns`), a narrative and edge of its own."""

from __future__ import annotations

import pytest
from narrative_pipeline.narratives.aggregate import aggregate
from narrative_pipeline.narratives.stateparts import with_parts
from narrative_pipeline.records import StatementRecord
from narratives_support import analyse, statements_of


@pytest.fixture
def parted(parse, registry, plover_lexicon):
    def _parted(body: str) -> list[StatementRecord]:
        article, mentions, claims, _ = analyse(parse, registry, body)
        return with_parts(statements_of(parse, registry, body), [article], mentions, plover_lexicon)

    return _parted


def _by_state(found: list[StatementRecord], state: str) -> list[tuple[str | None, str | None]]:
    return [
        (s.agent_as if s.agent_actor_id == state else None, s.patient_as if s.patient_actor_id == state else None)
        for s in found
        if state in (s.agent_actor_id, s.patient_actor_id)
    ]


@pytest.mark.parametrize(
    ("body", "state", "part"),
    [
        ("British troops attacked the rebels near Basra, killing 12.", "state_gbr", "military"),
        ("Russian soldiers attacked the embassy of Georgia.", "state_rus", "military"),
        ("The Russian military attacked the embassy of Georgia.", "state_rus", "military"),
        ("Russian authorities condemned the attack on the embassy in a statement.", "state_rus", "government"),
    ],
)
def test_a_state_named_by_its_military_or_its_authorities(parted, body, state, part):
    parts = _by_state(parted(body), state)
    assert parts
    assert all(p[0] == part for p in parts), parts


def test_a_state_named_itself_stays_unparted(parted):
    parts = _by_state(parted("Russia attacked the embassy of Georgia."), "state_rus")
    assert parts
    assert all(p == (None, None) for p in parts), parts


def test_the_military_is_a_narrative_of_its_own(parted):
    found = parted("Russian troops attacked Georgia. Russia attacked Georgia again.")
    assert {(s.agent_actor_id, s.agent_as) for s in found if s.action_class == "ASSAULT"} == {
        ("state_rus", "military"),
        ("state_rus", None),
    }, found
    articles = [{"article_id": found[0].article_id, "published_at": "2005-01-10", "source_path": "a"}]
    narratives, edges, _ = aggregate(found, [], articles)
    assert sorted(n.agent_as or "" for n in narratives if n.action_class == "ASSAULT") == ["", "military"]
    assert sorted(e.agent_as or "" for e in edges) == ["", "military"]


def test_a_label_of_a_state_named_by_its_government_says_so(parse, registry):
    from narratives_support import framing_of

    found = framing_of(parse, registry, "Britain will act. The government said it would act.")
    assert [(f.actor_id, f.label, f.actor_as) for f in found] == [("state_gbr", "government", "government")]


def test_a_label_of_a_state_named_itself_has_no_part(parse, registry):
    from narratives_support import framing_of

    found = framing_of(parse, registry, "Russia, a key ally of Iran, condemned the attack.")
    assert [(f.actor_id, f.label, f.actor_as) for f in found] == [("state_rus", "key ally", None)]
