"""actors91 (session 60, issue 12): one-word names spaCy labels a person's that are clubs, grounds or bodies; the
medallist descriptor; review72 finding 8 ("the actor", "the agency"); an occupation or acting verb before a full name.

1. In an article about sport, a one-word name of a fixture list's line ("Everton v Sunderland") is a club
   (`typing._side_of_a_fixture_line`), as is a one-word name whose possessive runs into a player's full name
   ("Everton's Thomas Gravesen", `typing._owns_a_player`); one after "at" that no aiming verb governs is the ground, no
   person (`places._of_place`: "the win at Norwich", not "hit out at Mourinho"); a registry acronym written as a word
   is no person's name ("Unicef", `filters.person_name_here`).
2. `descriptors._named_twice` counts no name of the headline: "The Sydney Olympic gold medallist" after "Marion Jones
   ... against Balco boss Victor Conte" under a headline naming Conte is Marion Jones.
3. "the actor" is not a person who holds "an actor" only as an indefinite apposition while the story names another
   more often (`descriptors._kind_of_a_lesser_name`); "the agency" after "AP news agency" is the agency
   (`kinds._kind_noun_after`, `kind_descriptors: agency`).
4. "to model Sophie Dahl", "stars Kimberly Elise as a woman": a person (`typing._object_of_a_persons_verb`).
"""

from __future__ import annotations

import pytest

SPORT = (
    "The league match and the cup match were played on Saturday, with a goal and a win for the side in the"
    " championship. "
)
ARTS = "The film won an award at the festival and the album topped the chart, the singer said of the song. "

# 1: clubs, grounds and bodies


def test_a_fixture_lists_one_word_sides_are_clubs(typed):
    text = SPORT + "The draw for the fourth round:\n\nEverton v Sunderland\n\nCardiff v Blackburn\n\nWest Ham v Norwich"
    got = typed(text)
    assert all(got[name] == ("organisation", "team-cue") for name in ("Everton", "Blackburn", "Norwich"))


def test_a_single_line_of_two_names_stays_unread(typed):
    got = typed(SPORT + "Henman v Federer\n\nThe match starts at noon.")
    assert got.get("Henman", (None, None))[1] != "team-cue"


def test_a_one_word_clubs_possessive_before_a_players_name(typed):
    got = typed(SPORT + "Real Madrid are closing in on a deal for Everton's Thomas Gravesen.")
    assert got["Everton"] == ("organisation", "team-cue")


def test_a_registry_acronym_written_as_a_word_keeps_its_link(mentions):
    text = "The club said the fee would be paid to Unicef's emergency relief fund in Tamil Nadu. " + SPORT
    assert ("Unicef", "unicef", "alias") in mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Crouch took his league goal tally past 150 with a brace in Monday's 3-2 win at Norwich.",
        'He said: "There is a chance he could be involved at Everton but we\'ll just have to see."',
    ],
)
def test_a_one_word_name_after_at_in_sport_is_the_ground(mentions, text):
    got = {t: a for t, a, _ in mentions(SPORT + text)}
    assert "Norwich" not in got and "Everton" not in got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name joined to the ground, the subject of its own verb
        (
            "Kevin Keegan watched his side. City came back from two goals down to clinch a dramatic win at Carrow Road"
            " and Keegan sympathised with the home side.",
            "Keegan",
        ),
        # a person a swipe is aimed at
        ("Sir Alex Ferguson was not at the game. Wenger took a swipe at Ferguson after the game.", "Ferguson"),
    ],
)
def test_a_person_after_at_keeps_the_name(mentions, text, name):
    assert name in {t for t, _, _ in mentions(SPORT + text)}


# 2: the medallist

HEADED = (
    "Marion Jones has filed a lawsuit for defamation against Balco boss Victor Conte following his allegations that he"
    " gave her performance-enhancing drugs. The Sydney Olympic gold medallist says Conte damaged her reputation and she"
    " is seeking $25m in the suit."
)


def test_a_headline_name_is_no_second_naming(described):
    got = described(HEADED, "Jones files lawsuit against Conte")
    assert got.get("Olympic gold medallist", (None,))[0] == "disc.marion_jones"


# 3: review72 finding 8

BRANDO = (
    "Marlon Brando was first choice for the role. Schulberg said that Brando's assistant realised the film star had"
    " warmed to the idea. His assistant, Alice Marchak, said that he looked like George Raft, an actor famed for"
    " playing gangsters on the silver screen. Every time she went to see Brando from then on, he was wearing a"
    " different moustache. Brando was asked to screen test for the role, as studio executives were said to be"
    " reluctant for the actor to play the part."
)


def test_an_indefinite_apposition_gives_no_title_over_the_subject(described):
    assert described(BRANDO).get("actor", (None,))[0] != "disc.george_raft"


def test_an_indefinite_apposition_of_the_one_named_most_keeps_the_title(described):
    text = (
        "George Raft, an actor famed for playing gangsters, has died. Raft made 70 films. Raft was 85."
        " Friends said the actor had been ill for months."
    )
    assert described(text).get("actor", (None,))[0] == "disc.george_raft"


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "There was a funereal air at Peoplesoft's headquarters, reported AP news agency. \"We're mourning the"
            ' passing of a great company," the agency quoted Peoplesoft worker David Ogden as saying.',
            "associated_press",
        ),
        (
            'The Reuters news agency said the talks had failed. "We are disappointed," the agency quoted an official'
            " as saying.",
            "reuters",
        ),
    ],
)
def test_the_agency_after_a_news_agency(described, text, agency):
    assert described(text).get("agency", (None,))[0] == agency


def test_a_website_after_a_name_is_not_the_names_kind(described):
    text = (
        "Attempts by the BBC News website to contact the people behind the site have failed. The site was"
        " set up last year."
    )
    assert described(text).get("site", (None,))[0] != "bbc"


# 4: an occupation or acting verb before a full name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "From young heart-throbs like Nick Moran to model Sophie Dahl, many non-Indian stars want to make the most"
            " of this opportunity.",
            "Sophie Dahl",
        ),
        (
            "The low-budget feature Diary of a Mad Black Woman stars Kimberly Elise as a woman thrown out on the"
            " streets by her husband.",
            "Kimberly Elise",
        ),
    ],
)
def test_the_object_of_a_persons_verb_is_a_person(typed, text, name):
    assert typed(ARTS + text).get(name, (None,))[0] == "person"
