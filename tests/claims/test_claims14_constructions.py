"""claims14 (claims.rules.v21): a copula that states an actor's feeling or a measured figure is an event
(ANNOTATION: an actor's attitude, a statement of fact about the state of the world), also when reported;
under a modal, negated, or said of a thing the rules keep their old decision (made-up sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "The manager said he was happy to sign the new contract.",
        "Ms Kaur is proud of what the charity has achieved.",
        "The striker told reporters he was sorry for the red card.",
        "The players were upset after the final whistle.",
        "The airline said it was embarrassed by the delays.",
        "Residents are concerned about the noise from the new runway.",
    ],
)
def test_a_feeling_after_a_copula_is_an_event(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("event", "stated-attitude")


@pytest.mark.parametrize(
    "body",
    [
        "The fans are not happy with the new kit.",  # negated: an evaluation of the kit
        "The forecasts were too optimistic.",  # not an attitude adjective: said of a thing
    ],
)
def test_a_negated_feeling_or_an_evaluation_of_a_thing_stays_an_assessment(one, body):
    assert one(body).claim_type == "assessment"


def test_a_feeling_under_a_modal_is_no_stated_attitude(one):
    assert one("The chairman would be glad to sell the club.").type_rule != "stated-attitude"


@pytest.mark.parametrize(
    "body",
    [
        "The statistics office said growth for the year was 1.6%.",
        "The firm said its profits were 74.7bn yuan in 2004.",
        "House prices were 11.8% higher than a year earlier.",
        "The trade deficit was 24.4% above the previous record.",
        "Retailers reported that sales were well up on last year.",
        "The average price of a ticket is $6.25.",
    ],
)
def test_a_measured_figure_after_a_copula_is_an_event(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("event", "measured-state")


@pytest.mark.parametrize(
    "body",
    [
        "The average price of a ticket could be as high as $6.25 next year.",  # an outlook
        "The final was one of the best games of the season.",  # 'one' is no figure
        "The striker is a player who scored 20 goals last season.",  # a figure in a clause on the noun
    ],
)
def test_no_measured_state_under_a_modal_or_without_a_figure_of_the_complement(one, body):
    assert one(body).type_rule != "measured-state"


@pytest.mark.parametrize(
    "body",
    [
        "A survey by the council suggests that most residents cycle to work.",
        "Most households own two cars, according to a report by the transport institute.",
        "A study by the university found that teenagers are the heaviest users of the service.",
        "Farmers face higher costs this winter, research has suggested.",
    ],
)
def test_a_present_state_a_study_or_report_puts_forward_is_an_event(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("event", "reported-finding")


@pytest.mark.parametrize(
    "body",
    [
        "The minister says the plan works.",  # an actor's judgement
        "Critics said the scheme was a waste of money.",
    ],
)
def test_what_an_actor_says_stays_an_assessment(one, body):
    assert one(body).claim_type == "assessment"


@pytest.mark.parametrize(
    "body",
    [
        "The bank said it would remain profitable despite high fuel prices.",
        "A secular state would be less tolerant, the bishop argued.",
        "Growth this year may be slower than in 2004.",
        "The average cost of a ticket could be as high as $9 next year.",
    ],
)
def test_a_state_under_would_or_a_comparison_under_may_is_a_prediction(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prediction", "conditional-state")


@pytest.mark.parametrize(
    "body",
    [
        "It would be more enjoyable if the team could win occasionally.",  # a condition
        "It would be naive not to use the new technology.",  # a judgement of an action
        "The new law may be unfair.",  # no comparison under 'may'
        "The chairman would be glad to sell the club.",  # an attitude
    ],
)
def test_no_conditional_state_with_a_condition_a_judged_action_or_an_attitude(one, body):
    assert one(body).type_rule != "conditional-state"


@pytest.mark.parametrize(
    "body",
    [
        "He said he had been a fan of the band from the start, up until now.",
        "The future of the stadium is still up in the air.",
    ],
)
def test_up_without_a_measure_is_no_measured_state(one, body):
    assert one(body).type_rule != "measured-state"


def test_shares_down_by_a_figure_are_a_measured_state(one):
    assert one("Shares in the bank were down 4% on Friday.").type_rule == "measured-state"


def test_a_feeling_over_a_clause_leaves_the_type_to_the_clause(one):
    # the commission holds that the question is easy to understand: not a stated feeling
    claim = one("The commission said it was satisfied the question was easy to understand.")
    assert claim.type_rule != "stated-attitude"


@pytest.mark.parametrize(
    "body",
    [
        "The minister said lifting the embargo would be irresponsible.",  # a judgement of an action
        "The chief constable questioned how his officers would be able to apply the powers.",  # a question
    ],
)
def test_no_conditional_state_for_a_judged_action_or_a_question(one, body):
    assert one(body).type_rule != "conditional-state"


@pytest.mark.parametrize(
    "body",
    [
        "He is an inspirational captain.",
        "It was a brilliant goal by the winger.",
        "The director is an incredibly exciting film-maker.",
    ],
)
def test_praise_is_an_evaluation(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("assessment", "evaluative-word")


def test_outstanding_payments_are_no_praise(one):
    assert one("The agency is chasing outstanding payments of more than £720m.").claim_type == "event"


@pytest.mark.parametrize(
    "body",
    [
        "The department has not said if it will appeal.",
        "Nobody knows who will replace the manager.",
        "We don't know who the winners will be.",
    ],
)
def test_a_future_in_a_question_left_open_is_no_forecast(one, body):
    assert one(body).claim_type == "event"


@pytest.mark.parametrize(
    "body",
    [
        "It is not yet clear if the match will be replayed.",  # an uncertainty about what is to come
        "The band is planning a world tour which will take in 60 cities.",  # a relative clause
        "Analysts say it will beat its rivals, which is why the shares will rise.",
    ],
)
def test_an_uncertain_or_relative_future_stays_a_prediction(one, body):
    assert one(body).claim_type == "prediction"


@pytest.mark.parametrize(
    "body",
    [
        "Half of the complaints were internet-related.",
        "The retailer is majority-owned by a Malaysian investor.",
        "Young people are particularly hard hit by the cuts.",
    ],
)
def test_a_state_a_participle_tells_is_an_event(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("event", "stated-attitude")


def test_a_graded_participle_stays_an_evaluation(one):
    assert one("The coach said the second try was very well worked.").type_rule != "stated-attitude"
