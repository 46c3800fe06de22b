"""actors66 (session 48, issue 12): in an article about sport, a one-word name that is the subject of a plural
"have" / "are" / "were" right after it is a club ("Blackburn have rejected a third bid": review51's audit row, typed a
person), not a person. Each text through the real parse (`typed` of tests/actors/conftest.py); the sentences are
written for the branch in the words of BBC sport articles; the near cases are the m52 rows the rule must leave."""

from __future__ import annotations

import pytest

SPORT = (
    " The striker scored twice in the league match and the club's coach said the squad would push for the cup this"
    " season."
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Blackburn have rejected a third bid from Rangers for their midfielder." + SPORT, "Blackburn"),
        ("Norwich have signed a midfielder until the end of the season." + SPORT, "Norwich"),
        ("Edinburgh were not in action during the first two weeks of the season." + SPORT, "Edinburgh"),
    ],
    ids=["blackburn-have", "norwich-have", "edinburgh-were"],
)
def test_a_one_word_subject_of_a_plural_verb_is_a_club(typed, text, name):
    found = typed(text)
    assert found[name][0] == "organisation", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Greek sprinter Katerina Thanou was charged on Monday. Kenteris and Thanou were suspended." + SPORT, "Thanou"),
        ("Me and Gethin are quite young, the winger said." + SPORT, "Gethin"),
        ("Serena Williams rejected claims that she and sister Venus are a declining force in tennis." + SPORT, "Venus"),
    ],
    ids=["listed-surname", "me-and-gethin", "sister-venus"],
)
def test_a_person_before_a_plural_verb_stays_a_person(typed, text, name):
    """Near cases from m52's rows: a name joined to another takes the plural from the pair; a person's noun before it
    types it first."""
    found = typed(text)
    assert found.get(name, ("person",))[0] != "organisation", found


def test_a_singular_verb_leaves_the_name_alone(typed):
    """'Hewitt has' agrees with one person: no club cue."""
    found = typed("Hewitt has rejected talk of a rift with his coach." + SPORT)
    assert found.get("Hewitt", (None, None))[1] != "team-cue", found


def test_outside_sport_no_club(typed):
    found = typed("Blackburn have rejected the council's plan for the town centre, residents said.")
    assert found.get("Blackburn", (None, None))[1] != "team-cue", found  # outside sport the cue is not read


def linked(found) -> dict[str, str]:
    return {t: a for t, a, _ in found}


def test_a_nickname_is_the_one_club_of_it_the_article_names(mentions):
    found = mentions(
        "Birmingham have confirmed Blackburn made a bid for their midfielder." + SPORT + " The Blues rejected the bid."
    )
    assert linked(found).get("Blues") == "disc.birmingham", found


def test_a_nickname_two_of_whose_clubs_are_named_is_left(mentions):
    """Near case: 'Blues' beside Chelsea and Everton (an m52 article) may be either."""
    found = mentions(
        "Chelsea have beaten Everton in the league match." + SPORT + " The Blues were the better side at the end."
    )
    assert linked(found).get("Blues") not in {"disc.chelsea", "disc.everton"}, found


def test_a_nickname_outside_sport_is_left(mentions):
    found = mentions("Arsenal shares rose on Monday, the company said. The Gunners announced higher profits.")
    assert linked(found).get("Gunners") != "disc.arsenal", found
