"""actors69 (session 49, issue 12): in an article about sport, a name alone in brackets right after a player's name
("P O'Connell (Munster)", "Jason White (Sale Sharks)") is the player's club, not a person. Each text through the real
parse (`typed` of tests/actors/conftest.py); the sentences are written for the branch in the words of BBC sport squad
lists; the near cases are the m56 rows the rule must leave."""

from __future__ import annotations

import pytest

SPORT = (
    " The striker scored twice in the league match and the club's coach said the squad would push for the cup this"
    " season."
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Forwards: Paul O'Connell (Munster), Simon Best (Ulster), Reggie Corrigan (Leinster)." + SPORT,
            "Ulster",
        ),
        (
            "Backs: Jason Robinson (Sale Sharks, capt), Mark Cueto (Sale Sharks), Mike Tait (Newcastle)." + SPORT,
            "Sale Sharks",
        ),
        ("Replacements: Chris Paterson (Edinburgh Rugby), Gordon Ross (Leeds Tykes)." + SPORT, "Edinburgh Rugby"),
    ],
    ids=["ulster", "sale-sharks-capt", "edinburgh-rugby"],
)
def test_a_club_in_brackets_after_a_player_is_a_club(typed, text, name):
    found = typed(text)
    assert found[name][0] == "organisation", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('An angry Beattie initially said: "He (Gallas) would have been sent off." ' + SPORT, "Gallas"),
        ('"We have gone for Olly (Barkley) because he kicks well," the coach said.' + SPORT, "Barkley"),
        ('"I said to Gareth (Thomas, the Wales captain) that he should rest," he said.' + SPORT, "Thomas"),
    ],
    ids=["pronoun", "given-name", "given-name-apposition"],
)
def test_a_bracket_saying_whom_a_word_means_stays_a_person(typed, text, name):
    """Near cases from m56's rows: the bracket names the person a pronoun or a given name means."""
    found = typed(text)
    assert found.get(name, ("person", None))[1] != "team-cue", found


def test_outside_sport_no_club(typed):
    found = typed("The panel heard from Simon Best (Ulster) and two other witnesses about the council's plan.")
    assert found.get("Ulster", (None, None))[1] != "team-cue", found
