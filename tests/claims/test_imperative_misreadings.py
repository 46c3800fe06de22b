"""Misreadings of `type.imperative` since claims39 made its prescription hold against the model (claims.rules.v46):
of the 13 BBC claims the hold changed, 3 were right, 7 wrong and 3 arguable. Recorded from the BBC corpus (session
32's lead) as strict xfails; claims40 (claims.rules.v47) fixed three with rules of English (`type.broken_root`,
`type.time_come`, `type.conditional_imperative`). Each has a near case that stays an imperative. review33's
misreadings (three from a sample of base33-web's imperatives, one BBC) stay strict xfails."""

from __future__ import annotations

import pytest


def test_near_case_advice_to_the_reader_is_a_prescription(claims_of):
    claims, _ = claims_of("Or buy some decent firewall software and anti-virus.")
    assert any(c.claim_type == "prescription" and c.type_rule == "imperative" for c in claims)


def _known_wrong(body: str, reason: str):
    return pytest.param(body, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize(
    "body",
    [
        # an imperative joined by 'and' to a generic 'you' who is likely to or can meet the outcome: a condition
        "Spin the radio dial in the US and you are likely to find plenty of Spanish-language music.",
        "Throw in the small matter of warding off every top club in Europe, and you can see why the manager is "
        "worried.",
        # 'come' before a phrase of time, the clause after it with a subject of its own: when late August came
        "But come late August, a few hot days in the stadium in Athens told us of the true strength of Irish "
        "athletics.",
        # a surname tagged a base verb, the real verb 'appeared' a 'dep' of it: a broken parse
        "Tait himself, at least outwardly, appeared unaffected by the punishing treatment dished out to him by "
        "Gavin Henson in particular.",
        # review33: base33-web's imperatives, a seeded sample of 30 (right 24, wrong 3, arguable 3): the 3 wrong
        _known_wrong(
            "Perfect for portioning and having as a treat whenever cravings hit.",
            "an adjective opening a verbless line ('Perfect for ...', a product's blurb) tagged a base verb",
        ),
        _known_wrong(
            "Enter this pillow: the perfect solution for a comfortable side sleep without needing to risk your "
            "circulation.",
            "presentational 'enter X:' (here comes X), no one told to enter anything",
        ),
        _known_wrong(
            'File "foo.py", line 19, in <module>',
            "a line of a Python traceback quoted on a page: 'File' tagged a base verb",
        ),
        _known_wrong(
            "Throw in the small matter of warding off every top club in world football as they eye captain Steven "
            "Gerrard.",
            "review33 (BBC): 'throw in' + 'the small matter of' adds a point to the writer's list, a description",
        ),
    ],
)
def test_no_imperative_where_no_one_is_told_what_to_do(claims_of, body):
    claims, _ = claims_of(body)
    assert not any(c.type_rule == "imperative" for c in claims)


@pytest.mark.parametrize(
    "body",
    [
        # a result promised (no modal of possibility, no 'likely'): the instruction stands (claims39's web rows)
        "Toss your hair into cute pigtails, and you're ready for the night.",
        "Send it to our news desk and we'll put it in the story!",
        "Do not press too hard or you might break the stem.",
        # 'come' with a time but no clause of its own after it: an invitation
        "Come next Tuesday and see the show.",
        # a base-form verb the tagger calls a present ('whisk') as 'dep': one more instruction, no broken parse
        "Mix together yeast, honey and warm water whisk together to combine, leave for 5 minutes to let the yeast "
        "activate.",
    ],
)
def test_near_cases_stay_imperatives(claims_of, body):
    claims, _ = claims_of(body)
    assert any(c.claim_type == "prescription" and c.type_rule == "imperative" for c in claims)
