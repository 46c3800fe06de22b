"""actors92 (session 61, issue 12): descriptors that refer back to a person the article introduced with a manager's
noun or a position of two parts, and clubs before such a position.

1. `manager-of-side`: in sport, "The Gunners manager", "The former Porto coach", "The Toon boss" is the one person the
   article introduced with a manager's noun (`manager_nouns`: "Arsenal boss Arsene Wenger", "manager Jose Mourinho");
   none when two were, when a side word links another side than the holder's intro names, or outside sport.
2. A player's position the parser splits at its hyphen ("loose", "-", "head") is one word: an intro word
   ("Gloucester fly-half Henry Paul"), the noun of `sport-person` ("the Gloucester fly-half"; by its intro only, not
   the nearest person), no "head" for `role-title` ("a destroyer on the loose-head"), and a team noun after a club's
   name ("Leicester tight-head Julian White": Leicester is a club).
"""

from __future__ import annotations

import pytest

SPORT = (
    "The league match and the cup match were played on Saturday, with a goal and a win for the side in the"
    " championship. "
)

# 1: manager-of-side


@pytest.mark.parametrize(
    ("text", "descriptor", "person"),
    [
        (
            "Chelsea's Damien Duff has been ruled out of the match. Duff was hurt and manager Jose Mourinho said he"
            " could not run. The Blues boss named his side a day before the match.",
            "boss",
            "disc.jose_mourinho",
        ),
        (
            "Striker Craig Bellamy is discussing a loan move, BBC Sport understands. He fell out with Magpies manager"
            " Graeme Souness last week. The Toon boss vowed Bellamy would not play again.",
            "Toon boss",
            "disc.graeme_souness",
        ),
        (
            "The FA will take no action against Chelsea boss Jose Mourinho following his sending-off. Mourinho"
            " claimed his gesture was aimed at the media. The former Porto coach was forced to watch the climax on"
            " television.",
            "former Porto coach",
            "disc.jose_mourinho",
        ),
    ],
)
def test_a_sides_manager_is_the_one_person_introduced_as_one(described, text, descriptor, person):
    got = described(SPORT + text)
    assert got.get(descriptor) == (person, "manager-of-side")


def test_two_managers_introduced_leave_it(described):
    text = (
        "Chelsea boss Jose Mourinho and United boss Alex Ferguson walked down the tunnel together. Mourinho was"
        " concerned about the referee. Referees chief Keith Hackett believes the Blues boss has questioned them."
    )
    got = described(SPORT + text)
    assert not any(rule == "manager-of-side" for _, rule in got.values())


def test_another_linked_side_is_another_manager(described):
    text = (
        "Chelsea boss Jose Mourinho will not face any action over his comments. Mourinho was concerned about the"
        " referee. The Liverpool manager said he had seen nothing."
    )
    got = described(SPORT + "Liverpool lost at home. " + text)
    assert not any(rule == "manager-of-side" for _, rule in got.values())


def test_outside_sport_a_boss_is_left(described):
    text = (
        "Fiat boss Sergio Marchionne says he has no plans to sell the firm. Marchionne met the bank's lenders on"
        " Monday. The Detroit boss refused to comment on the talks."
    )
    got = described(text)
    assert not any(rule == "manager-of-side" for _, rule in got.values())


# 2: positions of two parts


def test_a_club_before_a_hyphened_position_is_a_club(typed):
    text = "And the prop was only recalled after Leicester tight-head Julian White suffered a neck injury."
    assert typed(SPORT + text)["Leicester"] == ("organisation", "team-cue")


def test_a_hyphened_position_is_no_head_and_no_player_on_it(described):
    text = (
        "The 21-year-old is the only uncapped player in the squad, in the absence of Ospreys loose-head Duncan"
        ' Jones. "He is keen to improve to become a destroyer on the loose-head."'
    )
    got = described(SPORT + text)
    assert not any(t.endswith("head") for t in got)


def test_the_hyphened_position_is_the_player_introduced_with_it(described):
    text = (
        "Gloucester fly-half Henry Paul has been named in the sevens squad for the tournament in Hong Kong."
        ' "This is a genuine honour," said the Gloucester fly-half.'
    )
    got = described(SPORT + text)
    assert got.get("fly-half") == ("disc.henry_paul", "sport-person")


def test_a_hyphened_position_takes_no_nearest_person(described):
    text = (
        "Yachvili nibbled away at the lead with a third penalty. And when Lewis Moody was twice penalised, the"
        " scrum-half's unerring left boot cut the deficit to two points."
    )
    got = described(SPORT + text)
    assert "scrum-half" not in got and "half" not in got


def test_a_one_word_position_keeps_the_nearest_person(described):
    text = "Winger Shane Williams has been ruled out of the match. The winger will have surgery on Monday."
    got = described(SPORT + text)
    assert got.get("winger", ("",))[0] == "disc.shane_williams"


# 3: "the star" of a performer


def test_the_star_is_the_one_performer_introduced(described):
    text = (
        "US rapper Snoop Dogg has been sued by a make-up artist who claimed he drugged her. The woman said she was"
        " assaulted after a recording of a TV show. ABC said the claims had no merit. The star has not been charged"
        " by police."
    )
    assert described(text).get("star") == ("disc.snoop_dogg", "noun-of-person")


def test_the_star_after_two_performers_is_left(described):
    text = (
        "US rapper Snoop Dogg has been sued by a make-up artist. Singer Mary Blige said she was there. ABC said the"
        " claims had no merit. Police said later that the star had not been charged."
    )
    assert "star" not in described(text)


# 4: a side played in a team game

TEAM_GAME = "The striker and the winger were both fit, the squad said before the league match on Saturday. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Jamie Noon is on the sidelines after he limped off in the first half against Saracens on Friday.",
            "Saracens",
        ),
        ("The forward fractured his forearm during Gloucester's 17-16 win over Bath on Saturday.", "Bath"),
        (
            "Charlton manager Alan Curbishley paid tribute to striker Jonatan Johansson after beating Norwich.",
            "Norwich",
        ),
    ],
)
def test_a_side_played_in_a_team_game_is_a_club(typed, text, name):
    assert typed(SPORT + TEAM_GAME + text)[name] == ("organisation", "team-cue")


def test_a_player_beaten_in_a_game_of_no_team_stays_a_person(typed):
    text = "The top seed will face Nadal in the final on Sunday, and the second seed went out."
    assert typed(SPORT + text)["Nadal"] == ("person", "ner-label")


def test_an_owner_after_against_stays_a_person(typed):
    text = "The charity match has been billed as \"Ronaldo's friends against Zidane's friends\" this year."
    assert typed(SPORT + TEAM_GAME + text).get("Zidane", ("person",))[0] == "person"


def test_a_persons_given_name_played_against_stays_a_person(typed):
    text = (
        "He will lead a team against a side captained by New Zealand winger Jonah Lomu."
        ' "This game against Jonah will be a great way to end the season," he said.'
    )
    assert typed(SPORT + TEAM_GAME + text).get("Jonah", ("person",))[0] == "person"
