"""review12: claims.rules.v19's new rules on made-up sentences they should not fire on (strict xfails
until claims.rules.v20, session "claims13", fixed them; claims.rules.v18 had each of these right or,
for 'may be ... next week', no less wrong)."""

from __future__ import annotations

import pytest

# --- 'appear' + preposition: a state ('on course', 'in good shape'), not a place one showed up at


@pytest.mark.parametrize(
    "body",
    [
        "Labour appeared on course for a third term.",
        "The economy appeared in good shape last year.",
        "The talks appeared at risk of collapse.",
        "The minister appeared on the verge of tears.",
    ],
)
def test_appearing_in_a_state_still_hedges(one, body):
    assert one(body).certainty == "hedged"


# --- a comparative likelihood about what is to come is a hedged prediction, plural subject or not


@pytest.mark.parametrize(
    "body",
    [
        "Prices are more likely to rise next year.",
        "Shares are more likely to fall if rates rise.",
        "Investors are less likely to buy shares after the election.",
    ],
)
def test_a_comparative_likelihood_about_the_future_is_a_hedged_prediction(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.certainty) == ("prediction", "hedged")


# --- 'must have ... for N days' can be an inference about the past, not a requirement


@pytest.mark.parametrize(
    "body",
    [
        "The body must have been in the water for three days.",
        "The victim must have lain there for two days, police said.",
    ],
)
def test_must_have_with_a_period_can_be_an_inference(one, body):
    assert one(body).claim_type == "assessment"


# --- 'may be' + a place or date with a time to come: where or when something will be


@pytest.mark.parametrize(
    "body", ["The minister may be in Brussels next week.", "The final might be at Wembley next year."]
)
def test_may_be_somewhere_later_is_a_prediction(one, body):
    assert one(body).claim_type == "prediction"


# --- a pronoun after an 'according to' speaker: the speaker's gender is unknown without a title


@pytest.mark.parametrize(
    "body",
    [
        'Jane Smith opened the debate. "It is fair," according to Gordon Brown. She said the party would win.',
        '"Taxes will rise," according to Gordon Brown. "We have no choice," she added.',
    ],
)
def test_she_does_not_go_to_a_man_named_without_a_title(claims_of, body):
    claims, _ = claims_of(body)
    she = claims[-1]
    assert she.claimer_text.lower() == "she" and she.claimer_actor_id != "gordon_brown"


# --- 'could' with a past-time phrase deeper in the clause: the phrase is not the clause's own time


@pytest.mark.parametrize(
    "body",
    [
        "Prices could fall to levels last seen in the past decade.",
        "Rates could rise faster than in the past.",
        "The bank could return to the profits it made previously.",
        "Workers could be sacked at the time the plant closes.",
    ],
)
def test_could_with_a_nested_past_phrase_stays_a_hedged_prediction(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.certainty) == ("prediction", "hedged")
