"""review49 (fresh-eyes review of session 46's round 2): actors60's `surname-a-common-word` dropped a politician named
by surname alone on a page of war or aid news that also writes the common word ("Rice said Washington would send food
to Darfur ... rice and flour supplies had run out"): a name that speaks on the page is the person, and words of war
and diplomacy are words of politics. Each text through the real parse (`mentions`, `typed` of
tests/actors/conftest.py); the sentences are written for the review."""

from __future__ import annotations

import pytest


def ids(found) -> set[str]:
    return {a for _, a, _ in found}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (
            "Rice said Washington would send food to Darfur. Aid agencies said rice and flour supplies had run out in "
            "the camps.",
            "condoleezza_rice",
        ),
        (
            "Straw said Iran must stop enriching uranium. Farmers in the north were burning straw in the fields.",
            "jack_straw",
        ),
        ("Cook told the BBC the invasion was illegal. Soldiers cook their meals on open fires.", "robin_cook"),
    ],
    ids=["rice-said", "straw-said", "cook-told"],
)
def test_a_surname_that_speaks_is_the_politician(mentions, text, actor):
    """'Rice said': the subject of a verb of speech is a person, whatever else the page writes in lower case."""
    assert actor in ids(mentions(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rice arrived in Khartoum on Monday. Sacks of rice and flour were piled at the airport, where the US Secretary "
        "of State met officials.",
        "Rice landed in Jerusalem on Sunday. Israeli troops fired on militants as families queued for rice.",
    ],
    ids=["secretary-officials", "troops-militants"],
)
def test_war_and_diplomacy_are_words_of_politics(mentions, text):
    assert "condoleezza_rice" in ids(mentions(text))


def test_a_recipes_rice_that_adds_nothing_said_is_still_no_politician(mentions):
    """Near case: the recipes' rows actors60 dropped stay dropped ("Cook for 4 to 5 minutes" is no speaker)."""
    text = "Cook for 4 to 5 minutes over a medium flame. Add the rice and cook for 2 minutes more."
    assert "robin_cook" not in ids(mentions(text))


def test_a_captain_of_another_nation_is_not_the_pages_captain(mentions):
    text = (
        "All Blacks captain Tama Umaga has warned the Lions will be his most fearsome opponents yet.\n\n"
        "Umaga will meet O'Driscoll in Saturday's Rugby Aid match at Twickenham, with the Irish captain leading the "
        "Northern Hemisphere side."
    )
    assert not any(t == "captain" and a == "disc.tama_umaga" for t, a, _ in mentions(text))


def test_league_leaders_are_a_team(typed):
    found = typed(
        "Sir Alex Ferguson was left ruing Manchester United's failure to close the gap after his side's 1-1 draw with "
        "Fulham.\n\nPremiership leaders Chelsea and the Gunners endured a 2-2 stalemate at Highbury, where the "
        "striker scored twice in the first half of the match."  # actors63: "of the match" makes the text sport's
    )
    assert found["Chelsea"][0] != "person", found


def test_a_plural_persons_noun_opening_a_name_is_cut(mentions):
    found = mentions("Chefs Jamie Oliver and Hugh Fearnley-Whittingstall signed the letter to the prime minister.")
    assert not any(a and "chefs" in a for _, a, _ in found), found


def test_a_recipes_rice_that_adds_flavour_is_no_speaker(mentions):
    """Near case of the speaker guard: 'Rice adds a nutty flavour' has 'add' for its verb but reports no clause."""
    text = "Rice adds a nutty flavour to the soup. Rinse the rice well before you cook it."
    assert "condoleezza_rice" not in ids(mentions(text))
