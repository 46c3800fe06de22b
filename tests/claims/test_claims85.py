"""claims85 (claims.rules.v117): review70's "Neither X nor Y commented" (a refusal, the author's event, no claim of X or
Y), a present aim put forward by its holder (a prediction, `reported-aim`), and two of claims84's unit leftovers: a
closing speech tag with where, when and to whom it was said joins the claim it frames, and a restrictive relative
clause inside a subject before its verb stays in the subject's unit."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Neither Rover nor Shanghai Automotive commented on the reports.",
        "Neither Downing Street nor the Labour Party would comment directly on the reports.",
        "Neither company would comment on the talks.",
        "Neither Mr Howard nor Mr Letwin would say exactly how they would use that cash.",
    ],
)
def test_a_neither_subject_withholds_its_speech_act(one, body):
    c = one(body)
    assert (c.claim_type, c.certainty, c.claimer_kind) == ("event", "asserted", "author"), c
    assert c.claimer_rule == "withheld-speech"


def test_neither_could_be_reached_is_no_hedge(one):
    c = one("Neither Mr Smith nor his agent could be reached for comment.")
    assert (c.claim_type, c.certainty, c.claimer_kind) == ("event", "asserted", "author"), c


@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        ("Neither man said the deal was dead.", "Neither man"),  # content said: still the speakers' claim
        (
            "The firm's chief executive did comment on the reports, saying the talks had stalled.",
            "firm's chief executive",
        ),
    ],
)
def test_a_speech_act_with_content_keeps_its_speaker(one, body, claimer):
    c = one(body)
    assert c.claimer_kind == "actor" and claimer in (c.claimer_text or ""), c


@pytest.mark.parametrize(
    "body",
    [
        '"I\'m aiming to be fit by 18 April and hope I can play from then," he said.',
        "Microsoft Corp said on Thursday it aims to remove more carbon from the atmosphere than it emits by 2030.",
        "Sky has said it aims to have 25% of its subscribers using Sky Plus by 2010.",
        '"We aim to shift the emphasis on after-school sport away from our overstretched teachers," said Lord Moynihan.',
        '"The Commission aims to ensure that consumers are not overcharged abroad," the Commission said in a statement.',
    ],
)
def test_an_aim_put_forward_by_its_holder_is_a_prediction(one, body):
    c = one(body)
    assert (c.claim_type, c.type_rule) == ("prediction", "reported-aim"), c


@pytest.mark.parametrize(
    "body",
    [
        "The Liberal Democrats are aiming to unseat a string of top Tories at the next general election.",  # author
        '"The way John is looking at things, he is aiming to build his side around the experienced lads," said Giggs.',
        "The minister said the bill aims to end the right of male heirs.",  # a thing's purpose
        "The company said it had aimed to sell the unit last year.",  # told in the past
        '"We are not aiming to win the league," he said.',  # negated
        '"The aim is to get it right by the end of the next Parliament," he said.',  # the noun: stated_aim's
    ],
)
def test_other_aims_are_left_to_the_other_rules(one, body):
    assert one(body).type_rule != "reported-aim"


def test_a_closing_tag_with_its_setting_joins_its_claim(claims_of):
    claims, _ = claims_of(
        "\u201cI\u2019m approaching 40 years old, and I have to tend to that,\u201d she told People in 2005."
    )
    texts = [c.text for c in claims]
    assert not any(t.startswith("she told") for t in texts), texts
    assert texts[-1].endswith("she told People in 2005."), texts


@pytest.mark.parametrize(
    "body",
    [
        '"It is a disgrace," she said, accusing the council of neglect.',
        '"We will win this match," he told reporters on Tuesday.',
    ],
)
def test_a_frame_with_an_act_of_its_own_or_one_claim_stays(claims_of, body):
    claims, _ = claims_of(body)
    assert len(claims) == 1 and claims[0].text == body, [c.text for c in claims]


def test_a_relative_clause_inside_a_subject_stays_with_its_verb(claims_of):
    body = (
        '"His divorce from Diana and the disappointment the country felt over how Diana had been treated opened up a '
        'sense of disillusionment with the prince," said Ros Coward.'
    )
    claims, _ = claims_of(body)
    assert [c.text for c in claims] == [body]


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        ("The minister, who says the plan is sound, will meet the unions on Monday.", "who says the plan is sound"),
        ("He met the minister who says the plan is sound.", "who says the plan is sound"),
    ],
)
def test_a_comma_set_or_object_relative_still_splits(claims_of, body, unit):
    claims, _ = claims_of(body)
    assert any(c.text.strip(" ,.") == unit for c in claims), [c.text for c in claims]
