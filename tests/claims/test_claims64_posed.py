"""claims64: a verb of `posing_verbs` ("pose", "present") whose object is a noun of `posed_nouns` ("risk",
"challenge") judges what its subject brings, an assessment (`type.posed_object`, read by `evaluative-word`): b47's
"Working from home presents a multitude of challenges" (claims62's strict xfail). Counted first: 3 labelled claims of the
shape with no modal (b47's, s14's "posed a threat", the corpus' "posed a danger"), all assessments; under "will" /
"should" the modal rules come first (s16's "will pose exceptional challenges" a prediction). Each sentence through the
real parse and the rules (config/eval/README.md "claims64")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Working from home presents a multitude of challenges.",
        "Doubts about the strength of the US recovery do however pose risks for 2005.",
        "Pension and healthcare costs posed the greatest risks to the economy, he said.",
        "This presents a challenge to broadcasters.",
    ],
    ids=["multitude-of-challenges", "pose-risks", "reported", "a-challenge"],
)
def test_posing_a_risk_or_a_challenge_is_a_judgement(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("assessment", "evaluative-word"), claim.type_cue


@pytest.mark.parametrize(
    ("body", "claim_type"),
    [
        ("The period until elections will pose exceptional challenges to the government.", "prediction"),
        ("Any move to raise taxes could pose a significant risk to the economy, he added.", "prediction"),
        ("The company presented its results to investors on Monday.", "event"),
        ("The firm presented a plan to meet the challenges of the market.", "event"),
        ("The minister presented the challenges facing the service in a speech on Monday.", "event"),
    ],
    ids=["will-pose", "could-pose", "presented-results", "challenge-elsewhere", "presented-the-challenges"],
)
def test_a_modal_a_shown_thing_or_another_object_is_left_alone(one, body, claim_type):
    claim = one(body)
    assert claim.claim_type == claim_type, (claim.type_rule, claim.type_cue)
    assert claim.type_rule != "evaluative-word"


def test_a_risk_posed_by_something_is_a_modifier(one):
    """'the risk posed by ...': a passive participle in a modifier, no judgement of the clause's own."""
    claim = one("Officials met on Monday to discuss the risk posed by the floods.")
    assert claim.type_rule != "evaluative-word", claim.type_cue
