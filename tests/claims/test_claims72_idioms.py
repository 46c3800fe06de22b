"""claims72 (issue 12): two fixed shapes of the type misses whose labels agree. A comparative correlative that closes
on "the better" judges the action of its first half desirable, a prescription (`type.sooner_the_better`, rule
`necessity-judgement`, which the classifier holds): the labels' 2 of 2 such units (h70, s17), the model's out of fold
assessment on s17's. "(only) a matter / question of time before / until X" says X is bound to come, a prediction
(`type.bound_to_come`, rule `bound-to-come`, held too: unheld, the model made one of the corpora's 3
rows an assessment): the labels' 1 of 1 (silver), the corpora's 3 such rows all typed
otherwise on m60 (config/eval/README.md, "claims72")."""

from __future__ import annotations

import pytest
from narrative_pipeline.classify.relabel import holds_type


def last(claims):
    return claims[-1]


@pytest.mark.parametrize(
    "body",
    [
        # s17 (labelled a prescription, the model's assessment out of fold) and h70 (labelled a prescription)
        'He told BBC Radio 4\'s Today programme: "The sooner we get on with this, the better."',
        '"The more involved I can be with the LTA, the better.',
        # m60-bbc: a reporting tail after it
        '"People do fall by the wayside and the more avenues we can provide for aspiring authors, the better," he '
        "added.",
    ],
)
def test_the_sooner_the_better_is_a_prescription(claims_of, body):
    c = last(claims_of(body)[0])
    assert (c.claim_type, c.type_rule) == ("prescription", "necessity-judgement"), (c.text, c.claim_type, c.type_rule)
    assert holds_type(c)


@pytest.mark.parametrize(
    "body",
    [
        # s16 / silver: "for the better" is no correlative
        '"I believe it changed me for the better."',
        "Mr McConnell said the tragedy should change the world for the better.",
        # m60-bbc: a correlative of fact, "the better" with a noun
        "The more cameras using Piero, the better the detail possible out the other end.",
        # no first half
        "Of the two bids, the better was the lower one.",
    ],
)
def test_other_uses_of_the_better_are_left_alone(claims_of, body):
    for c in claims_of(body)[0]:
        assert c.type_rule != "necessity-judgement", (c.text, c.claim_type, c.type_rule)


@pytest.mark.parametrize(
    "body",
    [
        # silver (labelled a prediction, the model's assessment out of fold)
        "However, he added that it was only a matter of time before such large attacks were mounted.",
        # m60-bbc
        '"It is only a matter of time until the euro reaches $1.30."',
        "It can therefore be only a matter of time before some other TV favourites receive the Hollywood treatment.",
        "Analysts say it is just a question of time before the firm is sold.",
    ],
)
def test_a_matter_of_time_before_is_a_prediction(claims_of, body):
    c = last(claims_of(body)[0])
    assert (c.claim_type, c.type_rule) == ("prediction", "bound-to-come"), (c.text, c.claim_type, c.type_rule)
    assert holds_type(c)


@pytest.mark.parametrize(
    "body",
    [
        # the author's past narration tells what came
        "It was only a matter of time before the bubble burst, and in March it did.",
        # negated
        "It is not a matter of time before the deal is done, but of money.",
        # no awaited thing
        "For the club, reaching the final is a matter of time and patience.",
    ],
)
def test_other_matters_of_time_are_left_alone(claims_of, body):
    c = claims_of(body)[0][0]
    assert c.type_rule != "bound-to-come", (c.text, c.claim_type, c.type_rule)
