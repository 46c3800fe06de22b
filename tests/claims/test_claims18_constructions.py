"""claims18 (claims.rules.v26): review15b / review15c findings fixed, with the other side of each fix (real BBC
sentences where there are some, the reviews' made-up ones otherwise)."""

from __future__ import annotations

import pytest


# case-for-action: an existential case or argument for something to be done is a prescription
@pytest.mark.parametrize(
    "body",
    [
        'Lib Dem home affairs spokesman Mark Oaten also said there was "a strong case for a judge-led judicial review".',
        "The Tory leader argued there was a moral case for embracing science which could help victims of "
        "Alzheimer's, Parkinson's and Motor Neurone disease.",
    ],
)
def test_a_case_for_an_action_is_a_prescription(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prescription", "case-for-action")


@pytest.mark.parametrize(
    "body",
    [
        "There could be a number of reasons for a fall.",  # an explanation (claims16's present-copula), no action
        "The case for war was weak, the report said.",  # no existential: a judgement of the case itself
        "There is a court case over the contract.",  # no 'for': a lawsuit
        "Last April's report by the Electoral Commission said there was no strong argument for leaving the age for "
        "standing for election at 21.",  # no case: a judgement of the case (gold-politics-dev: an assessment)
        "There is not a case for cutting taxes, the chancellor said.",
    ],
)
def test_a_case_that_asks_for_nothing_is_no_prescription(one, body):
    assert one(body).type_rule != "case-for-action"


# "congratulate" judges as "praise" does (ANNOTATION: welcomed / hailed / praised -> assessment)
@pytest.mark.parametrize(
    "body",
    [
        "The communique congratulated President Bush on his victory and stressed the importance of good "
        "transatlantic relations.",
        '"I congratulate my players," he said.',
        "Oscar-winner Andrea Arnold has been congratulated by the UK Film Council.",
    ],
)
def test_a_congratulation_is_an_assessment(one, body):
    assert one(body).claim_type == "assessment"


# a reported "had to" on a day: a tally of what was done is an event, a day alone leaves the necessity
def test_a_day_with_a_counted_object_is_still_a_time_gone(one):
    body = "The airline had to cancel 40 flights on Thursday, said industry officials."
    assert one(body).claim_type == "event"


def test_a_day_without_a_count_leaves_a_reported_necessity(one):
    assert one("The party said the vote had to be held on Thursday.").claim_type == "prescription"


def test_a_time_gone_still_makes_a_reported_necessity_an_event(one):
    assert one("The bank said more money had to be set aside last year to cover bad loans.").claim_type == "event"


# as_aside: a bare "as" clause of a verb that is no verb of saying is part of the author's clause after it
@pytest.mark.parametrize(
    "body",
    [
        "As the unions had feared, the plant closed.",
        "As the protesters demanded, the minister resigned on Friday.",
    ],
)
def test_an_as_aside_is_no_claim_and_no_frame(claims_of, body):
    claims, _ = claims_of(body)
    assert [(c.text, c.claimer_kind, c.claim_type) for c in claims] == [(body, "author", "event")]


def test_an_as_clause_of_saying_still_frames(one):
    claim = one("As Mr Blair noted, the economy is strong.")
    assert (claim.claimer_kind, claim.certainty) == ("actor", "reported")


def test_a_demand_with_an_object_is_still_a_claim_of_its_own(claims_of):
    claims, _ = claims_of("As the protesters demanded his resignation, the minister left the building.")
    assert len(claims) == 2


# owed-duty: what someone has a duty or obligation to do is a prescription
@pytest.mark.parametrize(
    "body",
    [
        '"We have a very real duty to try to get people to focus on Michael Howard\'s record."',
        "The guidance published on Tuesday said the police had a duty to investigate all incidents involving a death.",
        'UKIP asserts that Mr Hockney "has a moral obligation, if not a legal one" to stand down.',
    ],
)
def test_a_duty_to_act_is_a_prescription(one, body):
    assert one(body).claim_type == "prescription"


@pytest.mark.parametrize(
    "body",
    [
        'He said police had "acknowledged their duty to investigate allegations of hunting offences".',
        "Gordon Brown has doubled the level at which house buyers pay stamp duty to £120,000.",
        "The firm does not have a duty to consult its staff, the court ruled.",
    ],
)
def test_a_duty_acknowledged_denied_or_paid_is_no_owed_duty(one, body):
    assert one(body).type_rule != "owed-duty"


# reported-necessity: a reported "needed" with what is needed as an object or a gerund
@pytest.mark.parametrize(
    "body",
    [
        "Tory frontbencher John Redwood said Britain needed a slimmer government and lower taxes to be competitive.",
        "Constitutional Affairs Minister David Lammy said laws affecting 750,000 people with dementia needed updating.",
    ],
)
def test_a_reported_need_of_a_thing_is_a_prescription(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prescription", "reported-necessity")


def test_the_authors_need_of_a_thing_is_an_event(one):
    assert one("Fifth seed Patty Schnyder needed three sets to beat China's Na Li.").claim_type == "event"


def test_a_speakers_own_need_is_no_prescription(one):
    assert one("The firm said it needed more staff last year.").claim_type != "prescription"


# evidence_finding: what figures, polls or data suggest or indicate is a finding (an event), not a judgement
@pytest.mark.parametrize(
    "body",
    [
        "Recent data has indicated a slowdown in manufacturing and consumer spending, as well as in mortgage approvals.",
        "Opinion polls suggested that the idea had the backing of the public, he said.",
        "Revised figures indicated growth of just 0.1%.",
    ],
)
def test_what_data_suggest_is_a_finding(one, body):
    assert one(body).claim_type == "event"


@pytest.mark.parametrize(
    "body",
    [
        "Still, some measures suggest the picture is not quite so bleak.",
        "The article in the magazine suggested grieving Liverpudlians were wallowing in their victim status.",
    ],
)
def test_what_no_data_suggest_is_still_an_assessment(one, body):
    assert one(body).claim_type == "assessment"


# awaited: a present passive "is expected" with no clause or infinitive tells what is to come
@pytest.mark.parametrize(
    "body",
    [
        "A judgement from Mr Justice Sullivan is expected early in February.",
        "A Lesotho government news briefing is expected on Wednesday.",
    ],
)
def test_what_is_expected_is_a_prediction(one, body):
    assert one(body).claim_type == "prediction"


def test_what_had_been_expected_is_an_event(one):
    assert one("The 3.3% fall in car sales had been expected.").claim_type == "event"


# looks_ahead: "could be" with no noun or adjective after it says where or how things may stand
@pytest.mark.parametrize(
    "body",
    [
        "Aston Villa's Carlton Cole could be out for six weeks with a knee injury.",
        "Analysts said the device could be on shop shelves by November.",
    ],
)
def test_could_be_somewhere_is_a_prediction(one, body):
    assert one(body).claim_type == "prediction"


@pytest.mark.parametrize(
    "body",
    [
        "This could be one way of gaining some of that back.",  # a hedged judgement
        "This could be because of its proximity to busy mainline stations.",  # an explanation
        "He again insisted there could be no deals about the premiership.",  # a stance, no forecast (claims15)
        "It may be in the interests of the party to wait.",  # 'may be': a judgement of now
    ],
)
def test_could_be_a_thing_or_a_reason_is_no_prediction(one, body):
    assert one(body).claim_type != "prediction"
