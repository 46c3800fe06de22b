"""fix98 (session 65, issue 12; claims.rules.v139): review77's finding 8. A "will" in a clause opened by a relative
"where" or "when" that tells the place or time of a present or past main clause ("The cut-off date ... is 1 April,
when those remaining will go on sale") describes where or when; the claim is the main clause's, not a prediction
(`modals.relative_adverb_clause`, read by `describing` and so by `modal_future_in_content`). A main clause that looks
ahead, a copula's noun the clause restricts, and a progressive keep the prediction."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        # BBC, review77's class (m77: a prediction)
        "The cut-off date for swapping tickets is 1 April, when those remaining will go on sale to the public.",
        # BBC (m77: a prediction)
        "A three-judge panel gave prosecution lawyers until Monday to study the documents, when the trial will be "
        "reconvened.",
        # made up
        "The court adjourned the hearing until Friday, when the judge will deliver her verdict.",
    ],
)
def test_a_will_in_a_relative_where_or_when_clause_is_no_prediction(one, body):
    claim = one(body)
    assert claim.claim_type != "prediction", (claim.type_rule, claim.type_cue)


@pytest.mark.parametrize(
    "body",
    [
        # a copula's noun the clause restricts: the clause is the point
        "There is only one place in the world where you will be able to get tickets.",
        # a progressive main clause looks ahead
        "They are embarking on a world tour later this year which will take in 60 cities across the US.",
        # a cleft's relative clause is the content
        "Jet Airways and Air Sahara are the two companies that will benefit initially.",
        # the main clause's own future
        "The team will travel to Rome on Friday, when they will face Italy.",
    ],
)
def test_near_case_the_prediction_stays(one, body):
    assert one(body).claim_type == "prediction"
