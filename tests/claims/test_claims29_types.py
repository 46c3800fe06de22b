"""claims29 (issue 12, claim type): a 'since' of time, a wish told in the past, a hedged judgement of what is, and
verbs that judge a worth or a showing (claims.rules.v32). Each rule with the near cases it must not fire on."""

from __future__ import annotations

import pytest


# `time_since`: a 'since' clause on a verb in the perfect tells from when, not why (the labels: 11 such claims events,
# none an assessment; the explanation rule made them assessments)
@pytest.mark.parametrize(
    "body",
    [
        "The company has grown rapidly since it launched operations in 1993.",
        "Since Yukos' founder was arrested a year ago, the Russian market has dropped by 10%.",
        "At least 111 of the bodies had been set up since Labour won power in 1997.",
        "More than 200 million songs have been sold by the store since it was launched.",
    ],
)
def test_since_of_time_is_no_explanation(one, body):
    claim = one(body)
    assert claim.type_rule != "explanation"
    assert claim.claim_type == "event"


# not to break: a 'since' (or 'because') of a reason on a verb not in the perfect still explains
@pytest.mark.parametrize(
    "body",
    [
        "The sales figures suggest that it may be a largely adult audience driving demand, since the game has an 18 "
        "certificate.",
        "Since the scheme was too costly, the council dropped it.",
        "The firm has cut 200 jobs because demand fell.",
    ],
)
def test_since_or_because_of_a_reason_explains(one, body):
    assert one(body).type_rule == "explanation"


# `past_wish`: a first-person want, wish or hope in the simple past (or with 'did') tells a wish the speaker had, not
# one put forward (web20's hand check: "So I wanted to have the Swedish face of the crisis on my arm"; the labels: 5
# such claims, none a prescription), whether the quotation has its frame ('reported-wish') or not
@pytest.mark.parametrize(
    "body",
    [
        '"So I wanted to have the Swedish face of the crisis on my arm," he added.',
        '"We wanted to give world cinema more emphasis," she said.',
        '"We didn\'t want to put pressure on ourselves," the captain said.',
        '"We hoped that Imelda Staunton would get a nomination," he said.',
    ],
)
def test_first_person_past_wish_is_no_prescription(one, body):
    claim = one(body)
    assert claim.type_rule not in {"first-person-desire", "reported-wish"}
    assert claim.claim_type != "prescription"


# not to break: a present first-person wish or hope is put forward (a prescription), and so is a third person's wish
# told in reported speech ('he said he wanted': the tense is the reporting's)
@pytest.mark.parametrize(
    "body, rule",
    [
        ('"We want to make courts the last resort," she added.', "first-person-desire"),
        ('"We hope the talks will succeed," he said.', "first-person-desire"),
        ("\"I don't want to be told when it's hit £750,\" she said.", "first-person-desire"),
        (
            "The home secretary said he wanted everyone entering the UK to have their fingerprints taken.",
            "reported-wish",
        ),
    ],
)
def test_present_or_reported_wish_stays_a_prescription(one, body, rule):
    claim = one(body)
    assert (claim.type_rule, claim.claim_type) == (rule, "prescription")


# `hedged_judgement`: a possibility modal over a 'be' that no earlier rule took as what may come is a hedged judgement
# of what is (an assessment), not default-event's event (the labels: 10 such claims, 5 assessments, 4 predictions, 1
# prescription, no event)
@pytest.mark.parametrize(
    "body",
    [
        "This could be one way of gaining some of that back.",
        "It may be that the changeover is simply too difficult for them to master.",
        "There could be no deals about the premiership.",
    ],
)
def test_possible_be_with_no_other_rule_is_a_hedged_judgement(one, body):
    claim = one(body)
    assert (claim.type_rule, claim.claim_type) == ("hedged-judgement", "assessment")


# not to break: a possibility of what is to come stays modal-possibility's prediction, an adjective stays
# copula-adjective's, a plain 'be' is no hedge, and a
# 'be' of where things stand stays an event (claims20)
@pytest.mark.parametrize(
    "body, rule",
    [
        ("Carlton Cole could be out for six weeks.", "modal-possibility"),
        ("There could be further walkouts next month.", "modal-possibility"),
        ("The plan could be dangerous.", "copula-adjective"),
        ("This is one way of gaining some of that back.", "default-event"),
        ("The new terminal may be behind schedule.", "default-event"),
    ],
)
def test_hedged_judgement_leaves_forecasts_adjectives_and_perfects(one, body, rule):
    assert one(body).type_rule == rule


# assessment_verbs: 'undervalue', 'overvalue', 'impress' judge a worth or a showing (the labels: 8 such claims, all
# assessments; default-event before)
@pytest.mark.parametrize(
    "body",
    [
        "The bid undervalued the business.",
        "Davies impressed during a recent loan spell at Loftus Road.",
        "Analysts said the shares were overvalued by the market.",
    ],
)
def test_judging_a_worth_or_a_showing_assesses(one, body):
    assert one(body).claim_type == "assessment"


# not to break: 'impress' with an object tells how someone took a thing, an event (gold-politics-dev)
def test_impressing_someone_is_their_reaction(one):
    claim = one("Her comments did not impress Tory shadow education secretary Tim Collins.")
    assert (claim.type_rule, claim.claim_type) == ("default-event", "event")
