"""actors63 (session 47, issue 12): a plural person's noun opening a person's name ("Chefs Jamie Oliver"), and
a league's "leaders" before a club's one-word name that "and" joins to no second name ("leaders Chelsea and the
Gunners", "leaders Barcelona and Owen is confident"). Each text through the real parse (`mentions`, `typed` of
tests/actors/conftest.py); the sentences are written for the branch, one in a BBC article's words."""

from __future__ import annotations

import pytest


def ids(found) -> set[str]:
    return {a for _, a, _ in found}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Chefs Jamie Oliver and Hugh Fearnley-Whittingstall signed the letter to the prime minister.",
            "disc.jamie_oliver",
        ),
        (
            "Seeds Dominik Hrbaty, Ivan Ljubicic and Mario Ancic made comfortable progress in the first round.",
            "disc.dominik_hrbaty",
        ),
    ],
    ids=["chefs", "seeds"],
)
def test_a_plural_persons_noun_is_cut_off_the_name(mentions, text, actor):
    found = mentions(text)
    assert actor in ids(found), found


@pytest.mark.parametrize(
    "text",
    [
        "The charity was founded by Girls Aloud after the tour. Girls Aloud said the money would go to schools.",
        "The video for Girls Girls Girls was shown on Monday. The single sold 40,000 copies.",
    ],
    ids=["girls-aloud", "girls-girls-girls"],
)
def test_a_plural_noun_that_is_the_name_stays(mentions, text):
    """Near cases: a two-word name is not cut to one word; a repeated plural is a title."""
    found = mentions(text)
    assert not any(t in {"Aloud", "Girls Girls"} for t, _, _ in found), found


def test_leaders_and_a_clause_of_another_name(typed):
    found = typed(
        "Real Madrid beat Mallorca 3-1 on Saturday.\n\nVictory took Real to within six points of leaders Barcelona and "
        "Owen is confident Real can close the gap."
    )
    assert found["Barcelona"][0] != "person", found


def test_persons_listed_after_a_plural_noun_are_persons(typed):
    """Near case: "sprinters Kostas Kenteris and Katerina Thanou were" lists two persons (actors50)."""
    found = typed("Greek sprinters Kostas Kenteris and Katerina Thanou were charged by the IAAF on Monday.")
    assert found["Kostas Kenteris"][0] == "person", found
    assert found["Katerina Thanou"][0] == "person", found
