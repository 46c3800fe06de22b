"""claims62 (issue 12, claims.rules.v85): a multiplier on a copula's comparison measures it, as a figure does.

The b47 blind check (BBC business, tech and entertainment) held '"The service is twice as fast as any other service on
offer in the UK and 16 times faster than most broadband services," said Mr Stening.', labelled an event (a checkable
comparison); `copula-adjective` typed it an assessment. Counted on the label files first (silver, s9, s14, s16, s17,
the hand checks, the dev golds): of 8 labelled claims that multiply a comparison ("twice / N times / half" with a
comparative or "as ... as"), 7 are events ("ten times more than in 2003", "four times more overcrowded than France",
"2,000 times faster than a 512kbps broadband connection", ...) and the 8th is under "would" (a prediction, which the
rule leaves to the modal rules). `measured_state` now takes such a multiplier (`multiplied`, lexicon
`multiplier_words`, or "times" with a cardinal) for a measured figure: `measured-state`, an event. Not on a word of
`evaluative_words` ('twice as good as his brother': a judgement), not 'at times', not under a modal.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "The new chip is three times faster than the old one.",
        "Prices in London are twice as high as in the north.",
        "Games titles are four to five times more expensive than cinema tickets.",
        "House prices in the village are half as high as in London.",
        "Operating profits were at 380m euros, ten times more than in 2003.",
    ],
)
def test_a_multiplied_comparison_is_a_measured_state(one, body):
    c = one(body)
    assert (c.claim_type, c.type_rule) == ("event", "measured-state"), (c.text, c.type_cue)


def test_a_reported_multiplied_comparison_is_a_measured_state(one):
    c = one('"The service is twice as fast as any other service on offer in the UK," said Mr Stening.')
    assert (c.claim_type, c.type_rule, c.type_cue) == ("event", "measured-state", "twice"), c.text


def test_a_multiplied_judgement_stays_an_assessment(one):
    c = one("He was twice as good as his brother, the coach said.")
    assert (c.claim_type, c.type_rule) == ("assessment", "copula-adjective"), (c.text, c.type_cue)


def test_a_comparison_with_no_multiplier_stays_an_assessment(one):
    c = one("The new engine is much faster than the old one.")
    assert (c.claim_type, c.type_rule) == ("assessment", "copula-adjective"), (c.text, c.type_cue)


def test_times_with_no_number_is_no_multiplier(one):
    c = one("At times the debate was bitter.")
    assert (c.claim_type, c.type_rule) == ("assessment", "copula-adjective"), (c.text, c.type_cue)


def test_a_multiplied_comparison_under_a_modal_stays_a_prediction(one):
    c = one("It could be twice as expensive by 2010.")
    assert (c.claim_type, c.type_rule) == ("prediction", "conditional-state"), (c.text, c.type_cue)
