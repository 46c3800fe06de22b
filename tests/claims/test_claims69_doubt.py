"""claims69 (issue 12): one's own present doubt qualifies its clause, a hedge ("I doubt Greg Rusedski will be that far
behind him": `certainty.own_doubt`, read by `hedge-verb`; lexicon `doubting_verbs`). Counted before it was written:
the labels type 3 of 3 such units hedged (s16, s17, sp48); m58 holds 9 such corpus rows (BBC 8, web 1), 2 of them
hedged by the rules or the model (config/eval/README.md, "claims69")."""

from __future__ import annotations

import pytest


def last(claims):
    return claims[-1]


@pytest.mark.parametrize(
    "body",
    [
        # sp48 and s17: labelled hedged; the rules' reported
        'Bailey told BBC Sport: "After Tim\'s announcement, I doubt Greg Rusedski will be that far behind him."',
        'He said: "I have been there. However, I seriously doubt the countryside will be that accommodating."',
        # m58-bbc rows the rules made reported or asserted
        '"If you\'re a start-up, I doubt that a publisher is going to walk in and give you a cheque," he said.',
        "I doubt whether Kaplan would have been too pleased at the comments made.",
        # the tagger's noun after "very much"
        "I very much doubt that 'Angels' was even the best song of the week that it came out.",
        '"We doubt the figures are right," the union said.',
    ],
)
def test_ones_own_doubt_hedges(claims_of, body):
    c = last(claims_of(body)[0])
    assert (c.certainty, c.certainty_rule) == ("hedged", "hedge-verb"), (c.text, c.certainty, c.certainty_rule)


@pytest.mark.parametrize(
    "body",
    [
        '"I don\'t doubt that he will play," he said.',  # negated: no doubt
        '"I have no doubt that he will play," he said.',  # the noun
        "Analysts doubt the plan will work, the report said.",  # another's doubt: a view reported
        '"I doubted he would come," he said.',  # a view once held
    ],
)
def test_other_doubts_are_no_hedge(claims_of, body):
    c = last(claims_of(body)[0])
    assert c.certainty != "hedged", (c.text, c.certainty, c.certainty_rule)
