"""A label whose head says little alone keeps the of-phrase right after it (review68 14): "the subject of intense
media speculation" labelled its subject "subject", "a safe pair of hands" "safe pair". Other heads stay cut before
their prepositions: "leader of the Labour Party" labels "leader", as before."""

from __future__ import annotations

import pytest
from narrative_pipeline.narratives.framing import extract_framing
from narratives_support import analyse


@pytest.fixture
def labels(parse, registry, plover_lexicon):
    def _labels(body: str, actor: str) -> set[str]:
        article, mentions, claims, _ = analyse(parse, registry, body)
        return {r.label for r in extract_framing([article], mentions, claims, plover_lexicon) if r.actor_id == actor}

    return _labels


@pytest.mark.parametrize(
    ("body", "actor", "label"),
    [
        (
            "Tony Blair has been the subject of intense media speculation for weeks.",
            "tony_blair",
            "subject of intense media speculation",
        ),
        ("Tony Blair is widely regarded as a safe pair of hands by his party.", "tony_blair", "safe pair of hands"),
        ("Turkey is part of a pact which could see trade rise, the minister said.", "state_tur", "part of a pact"),
        ("Gordon Brown, a member of the cabinet since 1997, spoke on Monday.", "gordon_brown", "member of the cabinet"),
    ],
)
def test_a_partitive_head_keeps_its_of_phrase(labels, body, actor, label):
    assert label in labels(body, actor)


@pytest.mark.parametrize(
    ("body", "actor", "label", "cut"),
    [
        ("Tony Blair is the leader of the Labour Party, his spokesman said.", "tony_blair", "leader", "leader of"),
        ("Tony Blair is a critic of the plan, his spokesman said.", "tony_blair", "critic", "critic of"),
        ("Turkey is part, the minister said, of a pact.", "state_tur", "part", "part,"),
    ],
)
def test_other_heads_and_parted_of_phrases_stay_cut(labels, body, actor, label, cut):
    got = labels(body, actor)
    assert label in got
    assert not any(g.startswith(cut) and g != label for g in got)
