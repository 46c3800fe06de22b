"""A label whose premodifier or apposition holds a conjunct that is another actor's name is cut after the
conjunction (review68 14: "A conflict between the Argentine State and water firm Aguas Argentinas" labelled Aguas
Argentinas "Argentine State and water firm"); a premodifier both conjuncts share stays whole ("former Spurs and England
defender")."""

from __future__ import annotations

import pytest
from narrative_pipeline.narratives.framing import extract_framing
from narratives_support import analyse


@pytest.fixture
def labels(parse, registry, plover_lexicon):
    def _labels(body: str, name: str) -> set[str]:
        article, mentions, claims, _ = analyse(parse, registry, body)
        ids = {m.mention_id for m in mentions if m.text == name}
        found = extract_framing([article], mentions, claims, plover_lexicon)
        return {r.label for r in found if r.mention_id in ids}

    return _labels


@pytest.mark.parametrize(
    ("body", "name", "label"),
    [
        (
            "The conflict between the Argentine State and water firm Aguas Argentinas went on for years.",
            "Aguas Argentinas",
            "water firm",
        ),
        ("The case involves club chairman Peter Ridsdale and Leeds striker Alan Smith.", "Alan Smith", "Leeds striker"),
        (
            "Elton John was joined by French singer Charles Aznavour and British ambassador John Holmes.",
            "John Holmes",
            "British ambassador",
        ),
        (
            "The agency charged Kelli White and Olympic relay star Alvin Harrison last year.",
            "Alvin Harrison",
            "Olympic relay star",
        ),
    ],
)
def test_a_conjunct_naming_another_actor_is_cut(labels, body, name, label):
    got = labels(body, name)
    assert label in got
    assert not any(g.endswith(label) and g != label for g in got)


@pytest.mark.parametrize(
    ("body", "name", "label"),
    [
        ("He signed former Spurs and England defender Gary Stevens on Monday.", "Gary Stevens", "Spurs and England"),
        ("He praised Bath and England centre Mike Tindall after the game.", "Mike Tindall", "Bath and England centre"),
        (
            "Fans cheered Bad Education and Hong Kong director Wong Kar-Wai at the festival.",
            "Wong Kar-Wai",
            "Bad Education and Hong Kong director",
        ),
    ],
)
def test_a_shared_premodifier_stays_whole(labels, body, name, label):
    assert any(label in g for g in labels(body, name))
