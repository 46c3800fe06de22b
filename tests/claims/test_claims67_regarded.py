"""claims67 (issue 12): the proposition's main verb one of `regard_verbs` (see, view, regard, perceive) with "as" and a
complement characterises its object, an assessment (`type.regarded_as`, rule `regarded-as`), and the classifier holds
it (`relabel.HOLDING_TYPE_RULES`). Counted on silver and the extra labels before it was written: 14 of the 19 such main
clauses are labelled assessments; the model out of fold typed 5 of the 19 right (config/eval/README.md, "claims67")."""

from __future__ import annotations

import pytest
from narrative_pipeline.classify.relabel import holds_type


def last(claims):
    return claims[-1]


@pytest.mark.parametrize(
    "body",
    [
        # silver: labelled an assessment, the model's event out of fold
        "China is seen as the main culprit, with exports soaring up 35% in 2004.",
        # s14 / s16 / s17: labelled assessments, the model's events out of fold
        "However, the figures are viewed as the most accurate measure of house prices.",
        "Some observers see this as another step closer to a full public listing.",
        "Mr Prior sees the changes as part of a wider revolution in archives generally.",
        "Labour sees nuisance behaviour as a key election issue.",
    ],
)
def test_a_main_verb_of_regard_with_as_is_an_assessment(claims_of, body):
    c = last(claims_of(body)[0])
    assert (c.claim_type, c.type_rule) == ("assessment", "regarded-as"), (c.text, c.claim_type, c.type_rule)


@pytest.mark.parametrize(
    "body",
    [
        # a modal's: what is to come (the modal rules first)
        "The news will be seen as a blow in the coastal resort.",
        # such a verb in a modifier characterises nothing the claim states
        "The party goes into its spring forum trying to highlight what it sees as a clear choice.",
        "Robinson has a tricky decision over a player he regards as central to England's future.",
        # 'as' of time: what happened
        "The government earlier saw its majority cut to just 14 as a cross-party amendment was rejected.",
        # an 'as' before the verb (m56-bbc, two rows the first version took)
        "As well as traditional broadcasting, Chinese entrepreneurs see fortunes waiting to be made in new media.",
        'As before, I see my future in public activity to build a civil society in Russia."',
        # m56-bbc rows of the second version: a clause of reason, a participle's aside, an 'as' of time
        "At present, much of the gap is covered by selling bonds to Asian states, since the dollar is seen as the "
        "world's reserve currency.",
        "Seen as particularly costly to implement, Section 404 obliges chief executives to take responsibility.",
        "The government earlier saw its 161-strong majority cut to just 14 as a cross-party amendment was narrowly "
        "rejected by the Commons despite the support of 62 Labour rebels.",
        # 'see' of witness, no 'as'
        "General Motors saw its net profits fall 37% in the last quarter of 2004.",
    ],
)
def test_other_uses_of_the_verbs_are_left_alone(claims_of, body):
    c = last(claims_of(body)[0])
    assert c.type_rule != "regarded-as", (c.text, c.claim_type, c.type_rule)


def test_the_classifier_holds_the_rule(claims_of):
    c = last(claims_of("Labour sees nuisance behaviour as a key election issue.")[0])
    assert holds_type(c)
