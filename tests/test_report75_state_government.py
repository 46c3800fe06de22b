"""A state named by its government (review68 11 b): "the government", "the Russian government", "the Kremlin"
link to the state, as ANNOTATION.md says, and the statements, narratives and actor edges now say that the text
names its government (`agent_as` / `patient_as` = "government"), so the Conservatives backing the government's plans
no longer read as backing the United Kingdom, and the report draws "United Kingdom (government)"."""

from __future__ import annotations

import pytest
from narrative_pipeline.narratives.aggregate import aggregate, narrative_id
from narrative_pipeline.narratives.stateparts import with_parts
from narrative_pipeline.records import StatementRecord
from narratives_support import analyse, statements_of


@pytest.fixture
def parted(parse, registry, plover_lexicon):
    """The statements of a body text with the parts of state they name."""

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
    ("body", "state"),
    [
        ("The Conservatives said they would support the government over the plans for ID cards.", "state_gbr"),
        ("The Russian government condemned the attack on the embassy in a statement.", "state_rus"),
        ("The Kremlin condemned the attack on the embassy in a statement.", "state_rus"),
        ("Russia's government condemned the attack on the embassy in a statement.", "state_rus"),
    ],
)
def test_a_state_named_by_its_government(parted, body, state):
    parts = _by_state(parted(body), state)
    assert parts
    assert all("government" in p for p in parts)


@pytest.mark.parametrize(
    ("body", "state"),
    [
        ("Russia condemned the attack on the embassy in a statement.", "state_rus"),
        ("The Conservatives said they would support Russia over the plans for ID cards.", "state_rus"),
    ],
)
def test_a_state_named_itself_stays_unparted(parted, body, state):
    parts = _by_state(parted(body), state)
    assert parts
    assert all(p == (None, None) for p in parts)


def _statement(k: int, patient_as: str | None) -> StatementRecord:
    return StatementRecord(
        statement_id=f"a{k}:t0", claim_id=f"a{k}:c0", article_id=f"a{k}", sentence_id=f"a{k}:s0",
        agent_actor_id="conservative_party", agent_mention_id=f"a{k}:m0", agent_rule="subject",
        action_lemma="back", action_text="back", action_start=0, action_end=4, action_class="SUPPORT",
        quad_class="verbal_cooperation", patient_actor_id="state_gbr", patient_mention_id=f"a{k}:m1",
        patient_rule="object", negated=False, class_rule="verb", class_cue="back", class_cue_start=0,
        class_cue_end=4, patient_as=patient_as,
    )  # fmt: skip


def test_the_government_is_its_own_narrative_and_edge():
    found = [_statement(0, "government"), _statement(1, "government"), _statement(2, None)]
    articles = [{"article_id": f"a{k}", "published_at": "2005-01-10", "source_path": f"a{k}"} for k in range(3)]
    narratives, edges, _ = aggregate(found, [], articles)
    assert sorted((n.patient_as or "", n.n_statements) for n in narratives) == [("", 1), ("government", 2)]
    assert sorted((e.patient_as or "", e.n_statements) for e in edges) == [("", 1), ("government", 2)]
    # the narrative of the state itself keeps its id
    plain = next(n for n in narratives if n.patient_as is None)
    assert plain.narrative_id == narrative_id("conservative_party", "SUPPORT", "state_gbr", False)


def test_the_network_draws_the_government_as_its_own_node():
    import pandas as pd
    from narrative_pipeline.report.markup import actor_href
    from narrative_pipeline.report.network import edges, svg

    rows = [
        ("government", 5),
        (None, 1),
    ]
    table = pd.DataFrame(
        [
            {
                "agent_actor_id": "conservative_party",
                "patient_actor_id": "state_gbr",
                "quad_class": "verbal_cooperation",
                "agent_as": None,
                "patient_as": part,
                "period": None,
                "n_statements": n,
                "n_articles": n,
                "n_stories": n,
            }  # fmt: skip
            for part, n in rows
        ]
    )
    found = edges({"actor_edges": table})
    assert [(e.patient_as, e.weight) for e in found] == rows
    html = svg(found, {"state_gbr": "United Kingdom", "conservative_party": "Conservative Party"})
    assert "United Kingdom (government)" in html
    assert html.count('class="node"') == 3  # the party, the state, the state's government
    assert html.count(f'href="{actor_href("state_gbr")}"') == 2  # both link to the state's page
