"""claims71 (issue 12; review56 findings 5 and 10) on claims69's two rules.

Finding 5: `type.depicted_as` took a sight verb's "as" noun of `depicted_as_nouns` for literal seeing whatever modified
it, so characterisations with an evaluative modifier or a relative clause ("a spoilt child who cannot accept defeat",
"a naive schoolboy out of his depth") lost `regarded-as`. Literal seeing now needs a sight in the past or with an
auxiliary (a simple present "see / view X as" is a standing view: "Investors see the bank as a bystander"), no
relative clause on the noun, and no modifier before it but a determiner, a number, an age or a word of
`depicted_as_modifiers` ("a young boy", "a live broadcast", "a front-seat passenger").

Finding 10: `certainty.own_doubt` hedged "I / we doubt" with a noun object ('"We doubt the figures," the union said':
a dispute). The labels type a speaker's questioning of a thing an assessment, reported (5 of 5 "questioned X" rows:
silver 2, s16, s17, opinion23; no labelled or corpus row holds "I / we doubt" with a noun object); one's own doubt
hedges only a clause it governs (the 12 labelled and corpus "I doubt" rows all have one). Counts in
config/eval/README.md, "claims71"."""

from __future__ import annotations

import pytest
from narrative_pipeline.classify.relabel import holds_type


def last(claims):
    return claims[-1]


def seeing(claims):
    """The claim of the sight verb (a relative clause on the 'as' noun can be a claim of its own)."""
    return next(c for c in claims if any(w in c.text.split() for w in ("see", "saw", "seen", "views", "viewed")))


@pytest.mark.parametrize(
    "body",
    [
        # review56 finding 5's four sentences
        "Critics see the minister as a spoilt child who cannot accept defeat.",
        "Many fans saw him as a naive schoolboy out of his depth.",
        "The board views the chairman as a passenger who contributes nothing.",
        "Investors see the bank as a bystander in the crisis.",
        # claims69's known cost: a figurative passenger in a present passive
        "Ferguson is seen as a passenger in the side by many supporters.",
        # a relative clause, an evaluative modifier
        "Rivals saw him as a pupil who never learned the lesson.",
        "Some voters viewed the leader as a petulant teenager.",
    ],
)
def test_characterising_sight_keeps_regarded_as(claims_of, body):
    c = seeing(claims_of(body)[0])
    assert (c.claim_type, c.type_rule) == ("assessment", "regarded-as"), (c.text, c.claim_type, c.type_rule)
    assert holds_type(c)


@pytest.mark.parametrize(
    "body",
    [
        # what the one seen was then, with a modifier of `depicted_as_modifiers`, a number or an age
        "I first saw him as a young boy in Glasgow.",
        "Officials said about 10 million people viewed the final as a live broadcast on the BBC.",
        "Police said the suspect was seen as a front-seat passenger in a blue car on Monday.",
        "Scouts first saw him as a 15-year-old schoolboy at Celtic.",
        # claims69's (a bare noun, past)
        "Mr Smith said fans first saw Rooney as a teenager at Everton.",
    ],
)
def test_literal_sight_stays_no_regard(claims_of, body):
    c = last(claims_of(body)[0])
    assert c.type_rule not in {"regarded-as", "verb-assessment"}, (c.text, c.claim_type, c.type_rule)
    assert not holds_type(c)


@pytest.mark.parametrize(
    "body",
    [
        # review56 finding 10: a noun object disputes a thing (the labels: assessment, reported)
        '"We doubt the figures," the union said.',
        '"I doubt it," he said.',
        '"I doubt it very much," he said.',
        '"We seriously doubt these claims," a spokesman said.',
    ],
)
def test_doubting_a_thing_is_no_hedge(claims_of, body):
    c = last(claims_of(body)[0])
    assert c.certainty == "reported", (c.text, c.certainty, c.certainty_rule)


@pytest.mark.parametrize(
    "body",
    [
        # a clause after "doubt": that, whether, if, none
        '"I doubt it will happen," he said.',
        '"I doubt if he will play on Saturday," he said.',
        '"We doubt that the figures are right," the union said.',
        '"I doubt whether the plan will work," he said.',
    ],
)
def test_doubting_a_clause_still_hedges(claims_of, body):
    c = last(claims_of(body)[0])
    assert (c.certainty, c.certainty_rule) == ("hedged", "hedge-verb"), (c.text, c.certainty, c.certainty_rule)
