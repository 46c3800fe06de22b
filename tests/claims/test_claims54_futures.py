"""claims54 (issue 12, claims.rules.v70): a reported future in the content of a verb of inference or a noun of
likelihood, and the inverted 'Should' of a condition.

Each was counted on every label set (silver, the extra label files, the dev golds, s24) before it was written
(docs/claims-classifier-tries.md, "claims54"):

- a verb of `inference_verbs` (mean, indicate, suggest, show, ...) over a clause with "will" or "would" draws a
  consequence still to come: the clause decides, a prediction (`modals.inferred_future`, rule `stance-on-future`; the
  labels call 18 of 21 such units predictions, the rest typed by other rules or a copula with an adjective);
- a noun of `likelihood_nouns` (risk, danger, prospect, ...) put forward by 'there is' or the subject of a copula, over
  a clause with a modal of the future, the conditional or possibility, says what may come (`modals.risked_future`,
  rule `stance-on-future`; 5 of 5 labelled units predictions);
- an inverted "Should he win ..." is a condition's 'if', no prescription in the content (`modals.inverted_condition`,
  claims52's "Left" (3)).
"""

from __future__ import annotations

import pytest


def typed(claims_of, body, index=-1):
    c = claims_of(body)[0][index]
    return c.claim_type, c.type_rule, c.text


@pytest.mark.parametrize(
    "body",
    [
        # silver: labelled a prediction, a verb-assessment on m43
        "He said the recent experience of Wales indicated seven million households in England would pay significantly "
        "more after revaluation.",
        # silver: labelled a prediction, a default-event on m43
        "Mr Brown's former advisor Ed Balls, now a parliamentary hopeful, said an examination of Tory plans for the "
        "economy showed there would be a £35bn difference in investment by the end of the next parliament between the "
        "two main parties.",
        # s-extra: labelled a prediction
        "Shocked health officials in Powys said this meant they would be left with the prospect of patients and "
        "doctors having to find new appointments in other hospitals.",
        # dev gold: labelled a prediction
        "She denied her faith meant she would refuse key government jobs.",
        # made up
        "The minister said the figures suggested unemployment would rise again next year.",
    ],
)
def test_a_verb_of_inference_over_a_future_is_a_prediction(claims_of, body):
    claim_type, rule, text = typed(claims_of, body)
    assert (claim_type, rule) == ("prediction", "stance-on-future"), (text, claim_type, rule)


@pytest.mark.parametrize(
    "body",
    [
        # s-extra: labelled an event (a stance: a copula with an adjective)
        'Although the White House officially still backs the US\'s traditional "strong dollar" policy, it has tacitly '
        "indicated that it would be happy if the slide continued.",
        # made up: a past clause, nothing to come
        "He said the figures showed unemployment rose sharply last year.",
        # made up: a modal over a perfect, what would have been
        "She said the report suggested the firm would have collapsed without the loan.",
        # made up: an embedded question
        "The spokesman said the results did not show whether the scheme would work.",
    ],
)
def test_a_verb_of_inference_without_a_future_is_left_alone(claims_of, body):
    claim_type, rule, text = typed(claims_of, body)
    assert rule != "stance-on-future", (text, claim_type, rule)


@pytest.mark.parametrize(
    "body",
    [
        # silver and the dev gold: labelled a prediction, a quoted-complement on m43
        'The chairman of the Bar Council, Guy Mansfield QC warned there was a real risk that people on the "margins of '
        'society" would be driven into the hands of extremists.',
        # s-extra: labelled a prediction, a default-event on m43
        "At the Bafta film awards on Saturday night, there is the prospect that a home-grown movie could walk off with "
        "a clutch of trophies.",
        # s-extra: labelled a prediction, an evaluative-word on m43
        '"There is a danger that this could be held back by the ongoing weakness of domestic demand," he said.',
        # made up: the copula's subject
        "The danger is that voters will stay at home.",
    ],
)
def test_a_noun_of_likelihood_over_what_may_come_is_a_prediction(claims_of, body):
    claim_type, rule, text = typed(claims_of, body)
    assert (claim_type, rule) == ("prediction", "stance-on-future"), (text, claim_type, rule)


@pytest.mark.parametrize(
    "body",
    [
        # made up: 'no risk' judges that nothing will
        '"There is no risk that the bank will collapse," he said.',
        # made up: a risk with no clause of its own
        "There is a real risk of flooding in the valley.",
        # made up: a risk over what might have been
        "There was a risk that the files might have been lost.",
    ],
)
def test_a_noun_of_likelihood_without_what_may_come_is_left_alone(claims_of, body):
    claim_type, rule, text = typed(claims_of, body)
    assert rule != "stance-on-future", (text, claim_type, rule)


@pytest.mark.parametrize(
    "body",
    [
        # s-extra: labelled a prediction, a modal-prescription-in-content on m43
        'Should the cycle end a year earlier, then the chances improve to "50/50".',
        # made up
        "Should the talks fail, the union has a strike ballot ready.",
    ],
)
def test_an_inverted_should_of_a_condition_is_no_prescription(claims_of, body):
    claim_type, rule, text = typed(claims_of, body, 0)
    assert claim_type != "prescription", (text, claim_type, rule)


def test_a_should_in_the_content_still_prescribes(claims_of):
    claim_type, rule, _ = typed(claims_of, "He said the plans, which were drawn up in 2003, should be re-examined.")
    assert claim_type == "prescription"


def test_a_quoted_past_bound_to_is_no_stated_attitude(claims_of):
    # silver: labelled an assessment, stated-attitude's event on m43 (claims52's "Left" (4)); claims54 stopped
    # `stated_attitude` reading 'bound' here, and review45's `inevitable_then` (merged with it) now takes the sentence
    # before `stated_attitude` is reached, so the lead kept review45's rule only (the rules corpus the same either way)
    body = (
        '"He was almost bound to get the answer he wanted from this enquiry since he stands accused of breaching section '
        '6, the section on paid advocacy," she said.'
    )
    claim_type, rule, text = typed(claims_of, body)
    assert (claim_type, rule) == ("assessment", "hedged-judgement"), (text, claim_type, rule)
