"""Known wrong outputs of `type.imperative` since claims39 made its prescription hold against the model
(claims.rules.v46): of the 13 BBC claims the hold changed, 3 were right, 7 wrong and 3 arguable. Recorded here
from the BBC corpus (session 32's lead); the near case is one of the 3 right ones."""

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
        _known_wrong(
            "Spin the radio dial in the US and you are likely to find plenty of Spanish-language music.",
            "an imperative joined by 'and' to a clause with a subject of its own is a condition ('if you spin the "
            "dial, you will find'), not a call; claims39 tried the guard and dropped it: on the web it took "
            "instructions with a result ('Toss your hair into cute pigtails, and you're ready for the night', 7 of 10 "
            "web rows wrong)",
        ),
        _known_wrong(
            "But come late August, a few hot days in the stadium in Athens told us of the true strength of Irish "
            "athletics.",
            "'come' before a date ('come late August': when late August came) is a preposition of time; the parser "
            "makes it the root verb with the date as its npadvmod, and the unit 'come late August' is typed a "
            "prescription",
        ),
        _known_wrong(
            "Tait himself, at least outwardly, appeared unaffected by the punishing treatment dished out to him by "
            "Gavin Henson in particular.",
            "a surname tagged a base verb ('Tait' the ROOT, the real verb 'appeared' a 'dep' of it) passes for an "
            "imperative; a root with a finite verb as its 'dep' is a broken parse",
        ),
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
