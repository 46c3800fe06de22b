"""claims52 (issue 12, claims.rules.v65): future cues that are not the proposition's future, and stated aims.

Each was counted on every label set (silver, the extra label files, the dev golds, s24) before it was written
(docs/claims-classifier-tries.md, "claims52"):

- a perfect infinitive after a phrase of likelihood ("are likely to have convinced the MPC") judges what has likely
  happened: an assessment (`type.inferred_past`, rule `hedged-judgement`; 3 of 3 labelled units assessments);
- a phrase of the future whose "be" is in the past inside quotation marks ('"I knew I was going to get it ..."') is a
  quoted speaker's narration of what was then to come, not a forecast (`type.quoted_past`; 7 of 7 labelled units an
  event or an assessment);
- "X is to ..." with a noun of aim, pledge or policy as its subject states an actor's stance, an event
  (`type.stated_aim`, rule `stated-attitude`; 14 of 17 labelled units events); "pledge", "policy", "strategy" join
  `aim_nouns`, so `phrase_future` no longer reads them as forecasts;
- a modal in a relative clause on the main clause's subject or object describes who or what the claim is about
  ("Amor, who will captain England ..., was delighted"): `modal_future_in_content` leaves it to the main clause
  (`modals.describing`; 12 of 13 labelled units not predictions).
"""

from __future__ import annotations

import pytest


def last(claims):
    return claims[-1]


def typed(claims_of, body):
    c = last(claims_of(body)[0])
    return c.claim_type, c.type_rule, c.text


@pytest.mark.parametrize(
    "body",
    [
        # silver: labelled an assessment, a prediction on m42
        "Slower consumer spending and a quieter housing market are likely to have convinced the MPC that rates should "
        "be left unchanged in recent months.",
        # s9: labelled an assessment
        "The strength of the pound against the dollar is expected to have resulted in a fall in the number of US films "
        "shot in the UK during 2004, Screen International added.",
        # made up
        "Higher fuel prices are likely to have hurt the airline's sales in the last quarter.",
    ],
)
def test_a_perfect_infinitive_after_a_phrase_of_likelihood_is_an_assessment(claims_of, body):
    assert typed(claims_of, body)[:2] == ("assessment", "hedged-judgement")


@pytest.mark.parametrize(
    "body",
    [
        # a future perfect with a time to come is still a forecast
        "The builders are expected to have finished the new stand by next year.",
        # 'have' as the main verb, no perfect
        "The firm is likely to have a strong year.",
    ],
)
def test_a_future_perfect_or_a_main_verb_have_stays_a_prediction(claims_of, body):
    claim_type, rule, text = typed(claims_of, body)
    assert claim_type == "prediction" and rule != "hedged-judgement", (text, claim_type, rule)


@pytest.mark.parametrize(
    "body",
    [
        # silver: labelled an assessment, a prediction on m42
        '"He was almost bound to get the answer he wanted from this enquiry," she said.',
        # s16: labelled an event
        '"I knew I was going to get it before I even took the kick," he said later.',
        # s16: labelled an event
        '"When the news about the loss came out, we knew there were going to be redundancies," said Jason Parkinson.',
        # made up
        '"We were going to sell the club before the bid came in," the chairman said.',
    ],
)
def test_a_quoted_past_phrase_of_the_future_is_no_prediction(claims_of, body):
    claim_type, rule, text = typed(claims_of, body)
    assert claim_type != "prediction" and rule != "phrase-future", (text, claim_type, rule)


@pytest.mark.parametrize(
    "body",
    [
        # reported speech shifts the tense back: still the speaker's forecast
        "The firm said it was set to cut 200 jobs.",
        "Analysts said consolidation in the sector was likely to continue.",
        # a quoted present
        '"We are going to win the league," he said.',
        # the author's own past narration, not quoted (labelled predictions in s9 and s16)
        "The charity was going to push for all the cash to be handed over.",
    ],
)
def test_a_reported_or_present_phrase_of_the_future_stays_a_prediction(claims_of, body):
    assert typed(claims_of, body)[:2] == ("prediction", "phrase-future")


@pytest.mark.parametrize(
    "body",
    [
        # silver: labelled an event, a prediction on m42
        "The flagship pledge is to replace council tax with a local income tax.",
        # s14: labelled an event
        "Nintendo's goal is to ship 5 million of its new consoles by March 2005.",
        # s14: labelled an event, a prediction on m42
        "Mr Brown told the House that government policy is to raise fuel duty at least in line with inflation.",
        # s16: labelled an event
        '"The goal of the project is to unlock the wealth of information that is offline," said Susan Wojcicki.',
        # made up
        "The aim of the new law was to cut the number of empty homes.",
    ],
)
def test_an_aim_or_pledge_stated_with_be_to_is_an_event(claims_of, body):
    assert typed(claims_of, body)[:2] == ("event", "stated-attitude")


@pytest.mark.parametrize(
    ("body", "claim_type"),
    [
        # a plan can itself be what is to come
        ("The transport plan is to get the go-ahead this month.", "prediction"),
        # a task or an answer is no stance
        ("The first task is to stabilise the cash flow.", None),
        ('"Their only answer is to raise taxes," he said.', None),
        # under a modal: what the aim will be
        ("The goal will be to win the league.", "prediction"),
        # a plural subject
        ("Jobs are to go at the insurance broker.", "prediction"),
        # a passive infinitive: what is to be done to the policy, arranged
        ("Such a policy is to be proposed at the next meeting of the board.", "prediction"),
        # a judged aim is advice, no stance stated
        ("Clearly the prisoners' best strategy is to keep their mouths shut.", None),
    ],
)
def test_plans_tasks_answers_and_modal_aims_are_no_stated_aim(claims_of, body, claim_type):
    found, rule, text = typed(claims_of, body)
    assert rule != "stated-attitude", (text, found, rule)
    assert claim_type is None or found == claim_type, (text, found, rule)


@pytest.mark.parametrize(
    "body",
    [
        # silver: labelled an event, a prediction on m42
        "Amor, who will captain England in the opening tournament in Dubai, was delighted with his award.",
        # silver: labelled an event, a prediction on m42
        "London-based software developer Connectotel has unveiled software that will expand the SMS functions of "
        "Skype.",
        # s9: labelled an event
        "Mark Carroll, who will join Cragg in the European Indoor Championships next month, finished a solid third.",
        # made up
        "The club has signed a striker who will join the squad in the summer.",
        # BBC: a noun's own clause on the subject
        'The idea that the digital divide will evaporate with time is "wishful thinking", the report concludes.',
    ],
)
def test_a_future_modal_in_a_description_leaves_the_main_clause_its_type(claims_of, body):
    claim_type, rule, text = typed(claims_of, body)
    assert claim_type != "prediction" and rule != "modal-future", (text, claim_type, rule)


@pytest.mark.parametrize(
    "body",
    [
        # the main clause has a modal of its own
        "Keys, who will sing the anthem, will be accompanied by 150 students.",
        # a cleft and an existential: the relative clause is the content
        "It is the economy that will decide how people vote.",
        '"There are people who will want the device because of its size," he said.',
        # a reported future, no relative clause
        "He said the firm will cut 200 jobs.",
        # a noun's own clause on the object is what is reported (ANNOTATION: 'denied that P' takes P's type)
        "Chancellor Gordon Brown's closest ally has denied suggestions there will be a Budget giveaway on 16 March.",
        # the main clause itself plans what is to come (claims14)
        "The band is planning a world tour which will take in 60 cities.",
    ],
)
def test_a_future_modal_of_the_claim_itself_stays_a_prediction(claims_of, body):
    claim_type, rule, text = typed(claims_of, body)
    assert claim_type == "prediction", (text, claim_type, rule)
