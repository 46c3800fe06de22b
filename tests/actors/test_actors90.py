"""actors90 (session 59, issue 12; persons fix78 left).

1. A title + surname the article names in full for more than one person links to the one person its title's gender
   does not exclude ("Katherine Jackson ... Michael Jackson ... Mr Jackson": Michael Jackson; "Mr Anderson" beside
   "Zoe Anderson" and "Chris Anderson": Chris Anderson); a given name the page gives as kin of a person named in full
   ("Michael Howard's wife, Sandra,") is that person's surname's where a title of her gender stands before the surname
   on the page ("Mrs Howard"): both are one "Sandra Howard".
"""

from __future__ import annotations

import re

import pytest

# 1: a title's gender among the persons of a surname

JACKSON = (
    "Michael Jackson denies molesting a boy. His mother Katherine Jackson told Fox News he was innocent. "
    "Describing Mr Jackson as a good person, she said she feared he would not get a fair trial."
)
ANDERSON = (
    "Zoe Anderson, 24, was overcome by fumes at the home of her father, publisher Chris Anderson. "
    "The court heard the boiler was faulty. Mr Anderson, who quit the firm in 2001, had given evidence."
)
HOWARD = (
    "Michael Howard's ex-model wife, Sandra, is to play a leading role in the campaign. "
    "Mrs Howard will make solo visits to target seats. Mr Howard will host a news conference. "
    'On Mrs Howard\'s role, Mr Fox said: "Sandra has already been campaigning with Michael."'
)


@pytest.mark.parametrize(
    ("text", "surname", "actor"),
    [(JACKSON, "Jackson", "disc.michael_jackson"), (ANDERSON, "Anderson", "disc.chris_anderson")],
)
def test_a_title_picks_the_one_person_of_its_gender(mentions, text, surname, actor):
    got = [a for t, a, _ in mentions(text) if t == surname]
    assert got and got[-1] == actor


def test_a_kin_given_name_and_the_titled_surname_are_one_person(mentions):
    got = mentions(HOWARD)
    howards = [a for t, a, _ in got if t == "Howard"]
    sandras = [a for t, a, _ in got if t == "Sandra"]
    assert howards.count("disc.sandra_howard") == 2 and "michael_howard" in howards
    assert sandras == ["disc.sandra_howard", "disc.sandra_howard"]


@pytest.mark.parametrize(
    "text",
    [
        # no title of her gender on the page: her given name is kept as written
        "Michael Howard's wife, Sandra, is to play a leading role in the campaign. Sandra will visit seats.",
        # the possessor is named by title only: "Mr Nogar" may be the father, not the son
        "Mr Nogar's son, Stephen, was at the hearing. Mr Nogar said he was proud.",
    ],
)
def test_no_kin_surname_without_a_title_that_excludes_the_named_person(mentions, text):
    got = mentions(text)
    assert "disc.sandra_howard" not in {a for _, a, _ in got} and "disc.stephen_nogar" not in {a for _, a, _ in got}


@pytest.mark.parametrize(
    ("text", "surname", "actor"),
    [
        # both of the title's gender: the one named before it, as before
        (
            "Boris Johnson spoke first. Mr Johnson said the vote was won. Gareth Johnson spoke later.",
            "Johnson",
            "boris_johnson",
        ),
        # a woman's full name alone and "Ms": hers, as before
        ("Sarah Jones opened the shop in May. Ms Jones said the shop would close.", "Jones", "disc.sarah_jones"),
    ],
)
def test_a_title_that_excludes_no_one_reads_as_before(mentions, text, surname, actor):
    got = [a for t, a, _ in mentions(text) if t == surname]
    assert actor in got


# 2: an occupation noun before a one-word name


@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        (
            "The sprinter has filed a lawsuit for defamation against Balco boss Victor Conte following his claims.",
            "Victor Conte",
            "disc.victor_conte",
        ),
        ("Barcelona star Ronaldinho admitted he was tired after the match.", "Ronaldinho", "disc.ronaldinho"),
        (
            "Forest received a bid for Andy Reid. Southampton's offer for Republic of Ireland international Reid "
            "comprised cash and two players.",
            "Reid",
            "disc.andy_reid",
        ),
        ("Shortly afterwards model Caprice and actor Jeremy Edwards left the show.", "Caprice", "disc.caprice"),
    ],
)
def test_a_name_after_an_occupation_is_the_person_not_part_of_a_body(mentions, text, name, actor):
    got = mentions(text)
    assert (name, actor) in {(t, a) for t, a, _ in got}
    assert not any(re.search(r"\b(boss|star|international|model)\b", t) for t, _, _ in got)  # "Balco boss ..."


def test_the_body_before_the_occupation_keeps_its_own_name(mentions):
    got = {t for t, _, _ in mentions("Barcelona star Ronaldinho admitted he was tired after the match.")}
    assert "Barcelona" in got


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Williams will captain Wales against Italy on Saturday.", "Wales"),
        ("He wants to coach Chelsea next season.", "Chelsea"),
    ],
)
def test_an_occupation_verb_with_a_subject_or_auxiliary_names_no_person(typed, text, word):
    assert typed(text).get(word, ("",))[0] != "person"


def test_a_given_name_before_a_quoted_nickname_is_no_whole_name(mentions):
    got = {t for t, _, _ in mentions('Rap mogul Marion "Suge" Knight has been arrested for violating his probation.')}
    assert "Marion" not in got
