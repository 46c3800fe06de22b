"""claims73 (issue 12): a newsroom's finding out is its report. "..., BBC Scotland has learned", "the BBC has learnt
that ...", "..., OBSERVER ONLINE has learnt": a verb of finding out (`newsroom_learning_verbs`) whose active subject
names a news outlet or a journalist (`newsroom_words`) makes that subject the claimer (claims/verbs.py
`newsroom_finding`), as the labels have it (s14's two rows and web73's one, all actor); m61 gave all such rows of both
corpora to the author. A person or a team that learns reports nothing (config/eval/README.md, "claims73")."""

from __future__ import annotations

import pytest
from narrative_pipeline.classify.relabel import ACTOR_RULES


def last(claims):
    return claims[-1]


@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        # s14 (labelled actor "BBC Scotland", reported)
        (
            "Council tax in Scotland is set to rise by an average of about 4% in the coming year, BBC Scotland has "
            "learned.",
            "BBC Scotland",
        ),
        # s14 (labelled actor "the BBC's political editor", hedged)
        (
            "Tony Blair is likely to name 5 May as election day when Parliament returns from its Easter break, the "
            "BBC's political editor has learned.",
            "BBC's political editor",
        ),
        # web73 (labelled actor "OBSERVER ONLINE", reported)
        (
            "Police have since launched a search for the woman, who fled after the incident, OBSERVER ONLINE has "
            "learnt.",
            "OBSERVER ONLINE",
        ),
        # m61-bbc and m61-web: the frame before its content
        ("However, the BBC has learnt that the club is unlikely to reject the latest plan out of hand.", "BBC"),
        (
            "Kaieteur News learnt that the hunter had arrived at Bethany where he left his tractor by a camp.",
            "Kaieteur News",
        ),
        (
            "Blackburn have rejected a third bid from Rangers for Scotland captain Barry Ferguson, BBC Sport has learnt.",
            "BBC Sport",
        ),  # fmt: skip
    ],
)
def test_a_newsroom_that_has_learned_is_the_claimer(claims_of, body, claimer):
    c = last(claims_of(body)[0])
    assert c.claimer_kind == "actor" and claimer in (c.claimer_text or ""), (c.text, c.claimer_kind, c.claimer_text)
    assert c.claimer_rule == "newsroom-finding" and "learn" in (c.claimer_cue or ""), (c.claimer_rule, c.claimer_cue)


def test_the_classifier_holds_a_newsrooms_claim():
    """The model gave "..., OBSERVER ONLINE has learnt." back to the author (claims73-try1): the rule's kind holds."""
    assert "newsroom-finding" in ACTOR_RULES


@pytest.mark.parametrize(
    "body",
    [
        # m61-bbc: a person or a team learning
        "The images were removed as soon as she learned she had been suspended.",
        "Similarly, Wales have learnt that style alone does not win matches.",
        "The positive thing to take from Paula's Olympics is that she will have learned a lot from it.",
        # silver: lessons learnt, no newsroom
        "Public accounts committee chairman Edward Leigh was giving his reaction to a report on lessons to be learnt.",
        # a newsroom that learns a skill reports nothing it found
        "The newspaper's reporters learned Welsh in a year.",
    ],
)
def test_a_person_or_a_team_that_learns_is_no_claimer(claims_of, body):
    for c in claims_of(body)[0]:
        assert c.claimer_rule != "newsroom-finding" and "learn" not in (c.claimer_cue or ""), (c.text, c.claimer_text)
