"""Misreadings of `type.imperative` since claims39 made its prescription hold against the model (claims.rules.v46):
of the 13 BBC claims the hold changed, 3 were right, 7 wrong and 3 arguable. Recorded from the BBC corpus (session
32's lead) as strict xfails; claims40 (claims.rules.v47) fixed three with rules of English (`type.broken_root`,
`type.time_come`, `type.conditional_imperative`). Each has a near case that stays an imperative. review33's
misreadings (three from a sample of base33-web's imperatives, one BBC), strict xfails in session 33, are fixed by
claims41 (claims.rules.v48, `type.not_told_to_act`)."""

from __future__ import annotations

import pytest


def test_near_case_advice_to_the_reader_is_a_prescription(claims_of):
    claims, _ = claims_of("Or buy some decent firewall software and anti-virus.")
    assert any(c.claim_type == "prescription" and c.type_rule == "imperative" for c in claims)


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
        # review33: base33-web's imperatives, a seeded sample of 30 (right 24, wrong 3, arguable 3): the 3 wrong, and
        # a BBC one; claims41 (`type.not_told_to_act`)
        # an adjective that is also a verb, no object, 'for' after it: a blurb's verbless line
        "Perfect for portioning and having as a treat whenever cravings hit.",
        "Perfect for Halloween",
        # 'enter' as a stage direction: here comes X, described after the colon
        "Enter this pillow: the perfect solution for a comfortable side sleep without needing to risk your "
        "circulation.",
        # a frame of a Python traceback quoted on a page
        'File "foo.py", line 19, in <module>',
        'File "<stdin>", line 2, in foo',
        # 'throw in' + a point of discourse: 'add to that', a description
        "Throw in the small matter of warding off every top club in world football as they eye captain Steven Gerrard.",
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
        # claims41's near cases: an adjective-verb with an object, 'enter' with a clause or a code after the colon, or
        # with no colon; 'throw in' a thing; a quoted file name with 'line' under another verb
        "Perfect your pastry with this simple guide.",
        "Enter your postcode: the nearest store will be shown.",
        "Enter this code at checkout: SAVE20.",
        "Enter the trailer when she's home.",
        "Throw in the chopped onions and stir for a minute.",
        'Run "setup.py" and check line 12 of the log.',
        # a base-form verb the tagger calls a present ('whisk') as 'dep': one more instruction, no broken parse
        "Mix together yeast, honey and warm water whisk together to combine, leave for 5 minutes to let the yeast "
        "activate.",
    ],
)
def test_near_cases_stay_imperatives(claims_of, body):
    claims, _ = claims_of(body)
    assert any(c.claim_type == "prescription" and c.type_rule == "imperative" for c in claims)
