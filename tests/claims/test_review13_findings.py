"""review13: constructions the claims.rules.v21 type rules (conditional-state, stated-attitude,
reported-finding) get wrong, each modelled on a BBC sentence of the bbc13m run (the rules alone)."""

from __future__ import annotations

import pytest


# review13 (fixed in claims.rules.v22): 'it would be ADJ for X to ...' with the infinitive hung under the noun
# is a judgement of an action, not a prediction
def test_a_judgement_of_an_action_for_someone_is_no_prediction(one):
    # BBC: "It would be unacceptable for any of the parties involved to hide behind commercial
    # confidentiality or even parliamentary privilege."
    body = "It would be unacceptable for any of the parties involved to hide behind commercial confidentiality."
    assert one(body).claim_type != "prediction"


# review13 (fixed in claims.rules.v22): an inverted condition ('Had X not been ...') is a counterfactual
def test_a_counterfactual_with_an_inverted_condition_is_no_prediction(one):
    # BBC: "Had England's kickers not been so bad, the position in the Six Nations would be very different now."
    body = "Had England's kickers not been so bad, the position in the Six Nations would be very different now."
    assert one(body).claim_type != "prediction"


# review13 (fixed in claims.rules.v22): a speaker's hedged judgement of now is no prediction
def test_a_first_person_hedged_judgement_is_no_prediction(one):
    # BBC: 'I would be critical of the present government in that there is too much emphasis on selling'
    assert one("I would be critical of the present government.").claim_type != "prediction"


# review13 (fixed in claims.rules.v22): 'looks set for' is what is to come (prediction_phrases), no state
def test_set_for_is_a_prediction(one):
    # BBC: "The US looks set for a continued boost to interest rates in 2005, according to the Federal Reserve."
    assert one("The US looks set for a continued boost to interest rates in 2005.").claim_type == "prediction"


# review13 (fixed in claims.rules.v22): 'ill' and 'much' grade a participle (degree_adverbs)
@pytest.mark.parametrize(
    "body",
    [
        "The plan is ill-conceived.",  # BBC: 'the remark was "ill-advised"' (stated-attitude, event)
        "The match engine is also much improved.",  # BBC, verbatim start
    ],
)
def test_an_evaluating_participle_is_an_assessment(one, body):
    assert one(body).claim_type == "assessment"


# review13 (fixed in claims.rules.v23, claims15): a participle set against another judges (contrast_adverbs)
def test_a_contrast_of_participles_is_an_assessment(one):
    # BBC, reported by Lisa Power
    assert one("The policy was prejudice-based rather than evidence-based.").claim_type == "assessment"


# review13 (fixed in claims.rules.v22): a report's quoted words are no finding (reported-finding skips quotes)
def test_an_evaluation_a_report_makes_stays_an_assessment(one):
    # BBC, verbatim
    assert one('"Lisbon is about everything and thus about nothing," the Kok report said.').claim_type == "assessment"


# review13 (fixed in claims.rules.v23, claims15): what a report recommends is a prescription (reported-recommendation)
def test_what_a_report_recommends_is_a_prescription(one):
    # BBC: "The report recommended the governing bodies of sports have a say in the type of bets offered ..."
    body = "The report recommended that the government has a say in the type of bets offered."
    assert one(body).claim_type == "prescription"
