"""claims33 (issue 12, claim type; review25's finding): an unattributed call is a prescription only when its subject
names no source of its own: a document, a pronoun, or none in a conjunct (`type.caller`); a call with its preposition
of asking is never a judgement (`type.asking_use`)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "The submission also calls for decent wages and training for people working in the sector.",
        "Section 404 of the act calls for all firms to certify their accounts.",
        "It called for action to create jobs.",
    ],
)
def test_a_document_or_a_pronoun_that_calls_for_a_thing_prescribes(one, body):
    claim = one(body)
    assert claim.type_rule == "verb-prescription"
    assert claim.claim_type == "prescription"


def test_a_conjunct_call_that_shares_its_subject_prescribes(claims_of):
    claims, _ = claims_of(
        "The Liberal Democrats have not been drawn too deeply into the argument but have called for a Europe-wide "
        "policy on immigration."
    )
    call = next(c for c in claims if "called for" in c.text)
    assert call.claim_type == "prescription"


@pytest.mark.parametrize(
    "body",
    [
        "The home side called for offside against the striker.",  # an appeal in play (labelled an event)
        "Some voices in the industry are calling for radical changes to the labour market.",  # labelled an event
        "But calls for a shift in the bank's policy have fallen on deaf ears.",  # 'calls' a noun the parser made a verb
    ],
)
def test_a_call_by_a_named_or_misparsed_subject_is_no_unattributed_call(one, body):
    claim = one(body)
    assert claim.type_rule != "verb-prescription"
    assert claim.claim_type != "assessment"


def test_a_judging_call_is_still_an_assessment(one):
    claim = one("The minister called the rebate unjustified.")
    assert claim.claim_type == "assessment"


# `polled_share` (review25's low finding): 'most X' is a poll's or a vote's count only where the sentence names one;
# a body of opinion ('most economists') puts its prescription forward (ANNOTATION: a speech act carries its content)
def test_most_economists_put_a_prescription_forward(one):
    claim = one("Most economists said the bank should cut rates.")
    assert claim.type_rule != "reported-finding"
    assert claim.claim_type == "prescription"


@pytest.mark.parametrize(
    "body",
    [
        "Most Gibraltarians said in a referendum they wanted to remain British.",
        "Most people questioned said the council should close the bridge.",
    ],
)
def test_most_of_a_poll_or_a_vote_is_a_finding(one, body):
    claim = one(body)
    assert claim.type_rule == "reported-finding"
    assert claim.claim_type == "event"


# `present_advice`: 'it is' + a word of advisability + an infinitive of an action judges an action still to be taken,
# a prescription; in the past it judges what was (ANNOTATION's 'it was wrong to put China under the embargo')
@pytest.mark.parametrize(
    "body",
    [
        "It is simply not acceptable in the modern age for the rest of the country to pay for the capital.",
        "It's probably smart to get on their good sides.",
        "Moreover, it's simply not acceptable not to consider the aspect of equity.",
    ],
)
def test_present_advice_is_a_prescription(one, body):
    claim = one(body)
    assert claim.type_rule == "necessity-judgement"
    assert claim.claim_type == "prescription"


@pytest.mark.parametrize(
    "body",
    [
        "It was wrong to put China under the embargo.",  # the past: a judgement of what was
        "It is wrong to say that the plan failed.",  # a framing
        # a framing whose 'that' the parser makes the object of 'say'
        '"It is not right to say that if you are from a minority group you must be disadvantaged."',
        "It is okay to get drunk once in a while.",  # no word of advisability (the labels: an assessment)
        "It has been interesting to watch the game from the stands.",  # a perfect: what was
    ],
)
def test_no_present_advice(one, body):
    assert one(body).claim_type != "prescription"


# claims33-curly, claims34: a curly-apostrophe contraction is read as the straight one (`nlp.parser_text`)
@pytest.mark.parametrize(
    "body",
    [
        "It’s probably smart to get on their good sides.",
        "Moreover, it’s simply not acceptable not to consider the aspect of equity.",
    ],
)
def test_a_curly_apostrophe_contraction_reads_as_a_straight_one(one, body):
    curly, straight = one(body), one(body.replace("’", "'"))
    assert (curly.type_rule, curly.claim_type) == (straight.type_rule, straight.claim_type)
