"""actors68 (session 49, issue 12): an unqualified "the club" is the organisation the article has named most (three
times at least) however long ago it was last named; `recent_kind_descriptors` kept it to the two sentences before,
which left 44 of the BBC corpus's 115 unlinked "the club" of a report that names its club, then its people for
paragraphs. Each text through the real parse (`mentions` of tests/actors/conftest.py), written for the branch in the
words of BBC sport articles; the near cases are what the rule must leave."""

from __future__ import annotations

import pytest

PEOPLE = (
    " Chief executive Rick Parry said the talks had gone well. Parry added that the board would meet in May."
    " Steven Gerrard scored twice on Saturday. Gerrard said he was happy. Rafael Benitez praised the midfielder."
)


def club_links(found) -> list[str | None]:
    return [a for t, a, _ in found if t == "club"]


def test_the_club_far_from_the_club_named_most(mentions):
    found = mentions(
        "Liverpool have rejected a bid for their captain. Liverpool said the offer was too low."
        " Fans of Liverpool were relieved." + PEOPLE + ' "His love for the club is there for all to see," he said.'
    )
    assert club_links(found) == ["disc.liverpool"], found


def test_a_club_named_twice_stays_recent(mentions):
    """Near case: a name said twice (the m56 Hearts report's stadium, "Murrayfield") is not enough that far on."""
    found = mentions(
        "Liverpool have rejected a bid for their captain. Fans of Liverpool were relieved."
        + PEOPLE
        + ' "His love for the club is there for all to see," he said.'
    )
    assert "disc.liverpool" not in club_links(found), found


def test_the_squad_stays_recent(mentions):
    """Near case: "the squad", "the side" far from the club may be a national side; the rule is the club's alone."""
    found = mentions(
        "Liverpool have rejected a bid for their captain. Liverpool said the offer was too low."
        " Fans of Liverpool were relieved." + PEOPLE + " He said the squad was strong."
    )
    assert ("squad", "disc.liverpool") not in {(t, a) for t, a, _ in found}, found


def test_two_clubs_named_as_often_are_left(mentions):
    """Near case: Chelsea and Everton named three times each: "the club" may be either."""
    found = mentions(
        "Chelsea have beaten Everton in the league. Everton manager David Moyes said Chelsea were lucky."
        " Chelsea and Everton meet again in the cup." + PEOPLE + " Celestine Babayaro left the club in January."
    )
    assert not {"disc.chelsea", "disc.everton"} & set(club_links(found)), found


@pytest.mark.xfail(
    strict=True,
    reason="actors68 tried: 'the government' of a story naming no state, place or nationality at all as the outlet's "
    "own (11 BBC rows, all right) but review8's tests (a diesel tax story, the Dail, Yukos) say naming no state is no "
    "evidence of the UK; left for a UK cue of its own",
)
def test_the_government_of_a_story_naming_no_place(described):
    found = described(
        "Sloppy wording of the draft animal welfare bill could leave anglers facing court, a committee has warned."
        " The committee said it was concerned the government had not consulted directly on its plans.",
        headline="Anglers could face prosecution",
    )
    assert found.get("government", (None,))[0] == "state_gbr", found
