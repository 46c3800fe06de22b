"""claims62: pipeline errors of the session 47 blind BBC check outside politics (`config/eval/claims-handcheck-b47.jsonl`)
that claims.rules.v85 leaves, each a strict xfail on the unit's own sentence (config/eval/README.md "claims62").
Each is one unit of its shape in the check; none was fixed (one unit is no group the labels were counted on)."""

from __future__ import annotations

import pytest


def claim_with(claims_of, body, words):
    claims, _ = claims_of(body)
    return next(c for c in claims if words in c.text)


@pytest.mark.xfail(
    strict=True,
    reason="a future inside an indirect question ('how much money the film is going to make') under a present 'can "
    "tell' is taken for the claim's own future (`phrase-future`); the unit is a judgement of how films are judged",
)
def test_a_future_inside_an_indirect_question_does_not_make_a_prediction(claims_of):
    c = claim_with(
        claims_of,
        'He said: "You can tell how much money the film is going to make by how it does on the first weekend.',
        "first weekend",
    )
    assert c.claim_type == "assessment", (c.type_rule, c.type_cue)


@pytest.mark.xfail(
    strict=True,
    reason="the sentence is split inside the virus's name 'Bagle.AT' (a full stop with no space before a capital): "
    "the tail 'AT since the outbreak began ...' becomes an author's claim of its own",
)
def test_a_full_stop_inside_a_name_does_not_split_the_claim(claims_of):
    claims, _ = claims_of(
        "Black Spider said it had stopped more than 1 million copies of Bagle.AT since the outbreak began at 0630 BST."
    )
    assert len(claims) == 1 and claims[0].claimer_text == "Black Spider", [c.text for c in claims]


@pytest.mark.xfail(
    strict=True,
    reason="'pointed to' with a survey as its subject passes on the survey's finding (as ', a survey suggests' does: "
    "silver's actor); no rule reads it as a frame",
)
def test_a_survey_that_points_to_a_finding_is_its_claimer(one):
    c = one(
        "The Conference Board survey of 5,000 households pointed to renewed optimism about job creation and economic "
        "growth."
    )
    assert c.claimer_kind == "actor", (c.claimer_rule, c.claimer_text)
