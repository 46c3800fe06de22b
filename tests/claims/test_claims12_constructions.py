"""claims.rules.v19: constructions of news prose whose type or certainty the rules got wrong (issue 12:
review10's and usertest10's findings; made-up sentences, positive and negative cases for each)."""

from __future__ import annotations

import pytest

# --- "must have" with a condition to meet is a requirement, not an inference about the past


@pytest.mark.parametrize(
    "body",
    [
        "Candidates must have worked in the sector to apply for the grant.",
        "Tenants must have paid rent for six months, the council said.",
    ],
)
def test_must_have_with_a_condition_is_a_prescription(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prescription", "modal-prescription")


@pytest.mark.parametrize(
    "body",
    [
        "The burglars must have used a ladder.",
        "She must have waited for hours at the station.",
        "The firm could have sold the plant for two years.",
    ],
)
def test_must_have_without_a_condition_stays_a_counterfactual(one, body):
    assert one(body).type_rule == "counterfactual"


# --- "appear" with a place or an occasion: someone showed up, no hedge


@pytest.mark.parametrize(
    "body",
    [
        "The goalkeeper appeared on a chat show last week.",
        "Two men appeared before magistrates in Leeds on Friday.",
        "The band appeared with an orchestra at the festival.",
    ],
)
def test_appearing_somewhere_is_no_hedge(one, body):
    claim = one(body)
    assert (claim.certainty, claim.certainty_rule) == ("asserted", "author-default")


@pytest.mark.parametrize(
    "body",
    [
        "The deal appears to have collapsed.",
        "The striker seemed tired in the second half.",
        "It appears that the ferry left early.",
    ],
)
def test_appear_and_seem_over_a_complement_still_hedge(one, body):
    assert one(body).certainty == "hedged"


# --- a comparative likelihood stated as fact


@pytest.mark.parametrize(
    "body",
    [
        "Renters are more likely to move house than owners.",
        "Smokers were twice as likely to fall ill, and smokers were 40% more likely to miss work.",
    ],
)
def test_a_comparative_likelihood_is_no_hedge_and_no_prediction(claims_of, body):
    claims, _ = claims_of(body)
    likely = [c for c in claims if "more likely" in c.text]
    assert likely and all(c.certainty != "hedged" and c.claim_type != "prediction" for c in likely)
    assert all(c.type_rule == "comparative-likelihood" for c in likely)


@pytest.mark.parametrize(
    "body",
    [
        "The talks are likely to resume in March.",
        "Buyers would be more likely to wait for the new model.",
        "The region's economy is less likely to slow than the capital's.",
    ],
)
def test_a_likelihood_about_the_future_stays_a_hedged_prediction(one, body):
    claim = one(body)
    assert claim.certainty == "hedged" and claim.type_rule != "comparative-likelihood"


# --- "could" with a phrase setting the clause in the past: what was possible then


@pytest.mark.parametrize(
    "body",
    [
        "At the time, tenants could be evicted without a hearing.",
        "In those days a family could rent a flat for a few pounds a week.",
    ],
)
def test_a_past_could_is_no_hedge_and_no_prediction(one, body):
    claim = one(body)
    assert claim.certainty == "asserted" and claim.claim_type != "prediction"


@pytest.mark.parametrize(
    "body",
    [
        "Tenants could be evicted without a hearing next year.",
        "The bill could then become law before the summer.",
        "If prices fall at the time of the sale, the firm could lose money.",
    ],
)
def test_a_could_about_what_may_come_stays_a_hedged_prediction(one, body):
    claim = one(body)
    assert (claim.certainty, claim.claim_type) == ("hedged", "prediction")


# --- "may be" over a noun phrase: a hedged assessment of now (the rules; the model may differ)


@pytest.mark.parametrize(
    "body",
    ["This may be one of those winters when the roads stay open.", "The dispute might be a sign of deeper trouble."],
)
def test_may_be_over_a_noun_phrase_is_a_hedged_assessment(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule, claim.certainty) == ("assessment", "present-copula", "hedged")


@pytest.mark.parametrize(
    "body", ["There may be delays on the line.", "Exports could be one of the bright spots next year."]
)
def test_there_may_be_and_could_be_are_not_a_judgement_of_now(one, body):
    assert one(body).type_rule != "present-copula"


# --- "he added" after another speaker's words: the speaker named outside subject position


@pytest.mark.parametrize(
    "body",
    [
        'John Smith said the vote was close. "We lost by a whisker," according to Peter Brown. '
        '"The count was fair," he added.',
        '"The vote was close," John Smith told reporters. "We lost by a whisker," Mr Brown\'s spokesman said. '
        '"The count was fair," he added.',
    ],
)
def test_a_pronoun_goes_to_the_speaker_of_the_sentence_before(claims_of, body):
    claims, _ = claims_of(body)
    speaker, added = claims[-2], claims[-1]
    assert added.claimer_text == "he" and added.claimer_actor_id == speaker.claimer_actor_id is not None
    assert added.claimer_actor_id != claims[0].claimer_actor_id


def test_a_pronoun_skips_a_speaker_of_the_other_gender(claims_of):
    claims, _ = claims_of(
        'John Smith said the vote was close. "We lost by a whisker," according to Ms Jane Brown. '
        '"The count was fair," he added.'
    )
    assert claims[-1].claimer_actor_id == claims[0].claimer_actor_id is not None


def test_a_pronoun_inside_a_quotation_is_not_the_last_speaker(claims_of):
    # someone quoted speaks of a third person ("he thinks ..."): the pronoun keeps the narration's subject
    claims, _ = claims_of(
        'Mr Peter Brown said the vote was close. "It was a whisker," according to Mr John Smith. '
        '"He does not stop there: he thinks the count was fair."'
    )
    assert claims[-1].claimer_text == "he" and claims[-1].claimer_actor_id == "disc.peter_brown"


@pytest.mark.parametrize(
    "body",
    ["At the time it seemed to be the right thing to do.", "With the rain, the pitch appeared to be soft."],
)
def test_a_fronted_preposition_leaves_the_hedge(one, body):
    assert one(body).certainty == "hedged"
