"""claims56 (issue 12, claims.rules.v75): a saying verb no attribution took over a clause with will / would, a
negated 'need to / have to', and a present simple after an inverted 'Should' condition.

Each was counted on every label set (silver, the extra label files, the dev golds, s24) before it was written
(docs/claims-classifier-tries.md, "claims56"):

- a verb of `unframed_saying_verbs` (say, tell) that is the content's own root, because no attribution took its
  clause, over a clause with "will" or "would" reports a forecast (`modals.said_future`, rule `modal-future`; the
  labels call the 7 such units the rules typed events all predictions; the negated ones and those under another frame
  are left: the labels split them);
- a "need to" or "have to" whose own verb is negated, with no modal over it, says something is not required, an
  assessment (`type.no_obligation`, rule `phrase-assessment`; 5 of the 6 labelled units assessments, 1 an event, none
  a prescription);
- a present simple with no auxiliary after an inverted "Should" condition foresees what follows if it happens
  (`type.inverted_should`, rule `modal-conditional`; claims52's "Left" (3), the unit labelled a prediction).
"""

from __future__ import annotations

import pytest


def typed(claims_of, body, index=-1):
    c = claims_of(body)[0][index]
    return c.claim_type, c.type_rule, c.text


def typed_at(claims_of, body, words):
    """The type of the unit whose text holds `words`."""
    c = next(c for c in claims_of(body)[0] if words in c.text)
    return c.claim_type, c.type_rule, c.text


@pytest.mark.parametrize(
    ("body", "words"),
    [
        # "Mr Smith thanked the board and said he would not stay in charge if ..." is Mr Smith's unit of its own since
        # claims87 (report_after_deed; tests/claims/test_claims87.py)
        # s-extra: labelled a prediction (a passive 'was told': no attribution)
        (
            "The Gateshead conference was told he would help young people who were struggling to buy their own homes.",
            "would help",
        ),
        # s-extra: labelled a prediction
        ("He did, for the first time, say there would be such tax cuts.", "such tax cuts"),
        # s-extra: labelled a prediction
        ("They were told it would be brought to Speaker Michael Martin's attention.", "be brought"),
        # made up
        ("The meeting was told the new line will open in the spring.", "will open"),
    ],
)
def test_an_unframed_saying_verb_over_a_future_is_a_prediction(claims_of, body, words):
    claim_type, rule, text = typed_at(claims_of, body, words)
    assert (claim_type, rule) == ("prediction", "modal-future"), (text, claim_type, rule)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        # silver: labelled an event (negated: what was not said)
        ("The Indian-born magnate did not say where the job losses would fall.", "job losses"),
        # silver: labelled an event
        ("The firm has won the case, but the Justice Department has not said if it will appeal.", "appeal"),
        # made up: a past clause, nothing to come
        ("The meeting was told the new line opened in the spring.", "opened"),
    ],
)
def test_a_saying_verb_not_over_a_future_is_left(claims_of, body, words):
    claim_type, rule, text = typed_at(claims_of, body, words)
    assert (claim_type, rule) != ("prediction", "modal-future"), (text, claim_type, rule)


def test_a_saying_verb_over_a_perfect_modal_is_no_forecast(claims_of):
    claim_type, rule, text = typed_at(
        claims_of, "The meeting was told the line would have opened in the spring without the strike.", "have opened"
    )
    assert claim_type != "prediction", (text, claim_type, rule)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        # silver: labelled an assessment, phrase-prescription on m44
        (
            "A letter from Holyrood's Chamber Office chief Ken Hughes also made clear that Mr McLetchie did not need to "
            "list any of the clients for whom he worked as a solicitor.",
            "did not need to",
        ),
        # silver: labelled an assessment
        (
            "Generic makers can sell them more cheaply as they do not have to pay research and development costs.",
            "do not have to",
        ),
        # s-extra: labelled an assessment
        (
            "The result is of course, both prisoners confess, so the sheriff does not have to let either one off.",
            "does not have to",
        ),
        # made up
        ("Savers don't need to do anything, the bank said.", "need to"),
    ],
)
def test_a_negated_need_to_is_no_prescription(claims_of, body, words):
    claim_type, rule, text = typed_at(claims_of, body, words)
    assert (claim_type, rule) == ("assessment", "phrase-assessment"), (text, claim_type, rule)


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        # s-extra: labelled a prediction ('would not have to': a necessity to come)
        (
            "Children and pregnant women wanting to live in Britain permanently would not have to have a chest X-ray "
            "for TB.",
            "would not have to",
            ("prediction", None),
        ),
        # made up: not negated, still a call
        ("Savers need to act before the end of the month, the bank said.", "need to", ("prescription", None)),
    ],
)
def test_a_need_to_under_a_modal_or_not_negated_is_left(claims_of, body, words, expected):
    claim_type, rule, text = typed_at(claims_of, body, words)
    assert claim_type == expected[0] and (expected[1] is None or rule == expected[1]), (text, claim_type, rule)
    assert rule != "phrase-assessment", (text, claim_type, rule)


@pytest.mark.parametrize(
    "body",
    [
        # the web's advice (claims56's two wrong rows, written anew): the purpose clause is no judgement of the unit
        "You may want to change the setting so you don't have to type in your password every time.",
        "Use a password manager so that you do not need to remember every password.",
    ],
)
def test_a_negated_need_to_in_a_purpose_clause_is_left_to_the_main_clause(claims_of, body):
    claim_type, rule, text = typed(claims_of, body, 0)
    assert rule != "phrase-assessment", (text, claim_type, rule)


def test_a_present_after_an_inverted_should_is_a_prediction(claims_of):
    # s-extra: labelled a prediction, default-event on m44 (a prescription before claims54)
    claim_type, rule, text = typed(
        claims_of, 'Should the cycle end a year earlier, then the chances improve to "50/50".'
    )
    assert (claim_type, rule) == ("prediction", "modal-conditional"), (text, claim_type, rule)


@pytest.mark.parametrize(
    "body",
    [
        # silver: labelled an event (a plan already made, over a perfect)
        "Should he win the next general election, he has earmarked £4 billion for tax cuts.",
        # made up: an inverted 'had', what did not happen
        "Had the cycle ended a year earlier, the chances improve to one in two.",
        # made up: a plain 'if' is left to the rules after
        "If the cycle ends a year earlier, the chances improve to one in two.",
    ],
)
def test_a_present_after_another_condition_is_left(claims_of, body):
    claim_type, rule, text = typed(claims_of, body)
    assert rule != "modal-conditional", (text, claim_type, rule)
