"""claims13 (claims.rules.v20): arranged futures and their past, and the speaker a pronoun follows
(made-up sentences; review12's six findings are plain tests in test_review12_findings.py)."""

from __future__ import annotations

import pytest

# --- a plan or arrangement in the author's past tense narrates what was arranged: an event


@pytest.mark.parametrize(
    "body",
    [
        "The ferry was due to sail at noon, but the storm kept it in port.",
        "The council planned to sell the depot.",
        "The firm intended to float on the stock market.",
        "The concert was scheduled to take place in the park.",
    ],
)
def test_a_past_arrangement_is_an_event(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("event", "past-arrangement")


@pytest.mark.parametrize(
    "body",
    [
        "The ferry is due to sail at noon.",
        "The council plans to sell the depot.",
        "The council said it planned to sell the depot.",
        "The concert is scheduled to take place in the park.",
    ],
)
def test_a_present_or_reported_arrangement_stays_a_prediction(one, body):
    assert one(body).claim_type == "prediction"


# --- the "be to" future, active and passive, stays a prediction; after a noun of aim it is none


@pytest.mark.parametrize(
    "body",
    [
        "The minister is to unveil a new housing plan.",
        "The workers are to be offered a pay rise.",
        "The factory is to shut in the spring.",
        "Up to 300 jobs are to go at the factory.",
    ],
)
def test_the_be_to_future_is_a_prediction(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prediction", "phrase-future")


@pytest.mark.parametrize(
    "body",
    [
        "Their only answer is to borrow more money.",
        "The aim of the scheme is to cut waste.",
        "The council's goal is to rebuild the bridge.",
    ],
)
def test_be_to_after_a_noun_of_aim_is_no_prediction(one, body):
    assert one(body).claim_type != "prediction"


def test_a_plan_that_is_to_come_stays_a_prediction(one):
    assert one("The new rail plan is to get the go-ahead this month.").claim_type == "prediction"


def test_is_to_blame_judges(one):
    claim = one("Poor maintenance is to blame for the delays.")
    assert claim.claim_type == "assessment"


# --- a name in apposition to the speaker's noun is the speaker, not the possessor


def test_a_pronoun_after_a_named_lawyer_is_not_the_client(claims_of):
    claims, _ = claims_of(
        "Mr Grant Hollis will not face trial. His case drew attention. Hollis's lawyer, Quentin R Varley Jr, "
        'said the singer was relieved. "He wants to get back to work," he said.'
    )
    frame, pronoun = claims[-2], claims[-1]
    assert pronoun.claimer_text == "he"
    assert pronoun.claimer_actor_id is None or pronoun.claimer_actor_id != "disc.grant_hollis"
    assert frame.claimer_text is not None and "Varley" in frame.claimer_text


def test_a_pronoun_after_a_spokesman_still_goes_to_his_principal(claims_of):
    claims, _ = claims_of(
        '"The vote was close," John Smith told reporters. "We lost by a whisker," Mr Brown\'s spokesman said. '
        '"The count was fair," he added.'
    )
    assert claims[-1].claimer_actor_id == claims[-2].claimer_actor_id is not None


# --- a speaker whose common first name gives the other gender is passed over


def test_she_skips_a_speaker_with_a_mans_first_name(claims_of):
    claims, _ = claims_of('"Rents will rise," according to Peter Dunmore. "Tenants will suffer," she added.')
    assert claims[-1].claimer_actor_id is None


def test_he_still_goes_to_a_speaker_with_a_mans_first_name(claims_of):
    claims, _ = claims_of(
        'Jane Hill opened the meeting. "Rents will rise," according to Peter Dunmore. "Tenants will suffer," he added.'
    )
    assert claims[-1].claimer_actor_id == claims[-2].claimer_actor_id is not None


# --- 'may / could be' with a time to come on it: a prediction of where or when


@pytest.mark.parametrize(
    "body", ["The summit could be in Rome next year.", "The trophy may be on show in the museum tomorrow."]
)
def test_may_be_somewhere_at_a_time_to_come_is_a_prediction(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.certainty) == ("prediction", "hedged")


# --- a time phrase inside an object's clause or a comparison is not the clause's own time


def test_a_past_time_phrase_on_the_verb_still_unhedges_could(one):
    claim = one("In those days a miner could be sacked without notice.")
    assert claim.certainty == "asserted"


@pytest.mark.parametrize(
    "body",
    [
        "Sales could drop to a level not seen in those days.",
        "Fares could rise more sharply than at the time of the strike.",
    ],
)
def test_a_nested_past_time_phrase_keeps_the_hedge(one, body):
    assert one(body).certainty == "hedged"


# --- 'must have' with a period: a requirement only with a quantifier or a generic subject


@pytest.mark.parametrize(
    "body",
    [
        "Candidates must have lived in the county for at least five years.",
        "Members must have paid fees for two years.",
    ],
)
def test_must_have_for_a_period_of_whoever_fits_is_a_requirement(one, body):
    assert one(body).claim_type == "prescription"


@pytest.mark.parametrize(
    "body", ["The climber must have waited on the ledge for two days.", "He must have slept for ten hours."]
)
def test_must_have_for_a_period_of_one_case_is_an_inference(one, body):
    assert one(body).claim_type == "assessment"


# --- a comparative likelihood states a fact unless a time to come, a condition or a later event is on it


@pytest.mark.parametrize(
    "body",
    [
        "Tenants are less likely to complain if rents are frozen.",
        "Buyers are more likely to wait until next spring.",
        "Voters are less likely to turn out after the scandal.",
    ],
)
def test_a_comparative_likelihood_about_what_is_to_come_is_a_hedged_prediction(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.certainty) == ("prediction", "hedged")


@pytest.mark.parametrize(
    "body",
    [
        "Cyclists were more likely to be injured in the city.",
        "Pupils are 20% more likely to pass with a tutor.",
        "Girls are more likely to read for pleasure than boys.",
        "Drivers who skip breaks are more likely to crash.",
    ],
)
def test_a_comparative_likelihood_with_nothing_to_come_is_a_fact(one, body):
    claim = one(body)
    assert (claim.type_rule, claim.certainty) == ("comparative-likelihood", "asserted")


# --- 'appear' with a state after the preposition still hedges; a place does not


@pytest.mark.parametrize("body", ["The bid appeared in trouble by the summer.", "The team appeared in control."])
def test_appearing_in_a_state_hedges(one, body):
    assert one(body).certainty == "hedged"


def test_appearing_in_a_place_does_not_hedge(one):
    assert one("The singer appeared in a charity concert last year.").certainty == "asserted"


# --- a present simple with a day, a date or a time to come after it: a scheduled future


@pytest.mark.parametrize(
    "body",
    [
        "The festival opens on Friday.",
        "Leeds play Hull on 12 March.",
        "The inquiry resumes next month.",
        "The strike starts tomorrow.",
    ],
)
def test_a_scheduled_present_is_a_prediction(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prediction", "scheduled-present")


@pytest.mark.parametrize(
    "body",
    [
        "The museum opens on Sundays.",
        "The shares closed at a record on Friday.",
        "The figure compares with a low on Friday, which was then a record.",
        "Some of these parts cost next to nothing.",
        "The festival is on Friday.",
    ],
)
def test_a_habit_a_past_or_a_copula_is_no_scheduled_present(one, body):
    assert one(body).type_rule != "scheduled-present"
