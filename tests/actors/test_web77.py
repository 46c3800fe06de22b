"""web77 (session 57, issue 12; actors.rules.v150): places and courts on saved web pages, read from the dev web
gold's and the web hand checks' mention errors.

- `residence-place` / `state-as-residence`: the home the news gives a person with their age ("Heather Grant, 33, of
  Christiana, Manchester", "Stephen Douglas, 26, from Wales, said", "Jayden F. Snow, 22, Pana, was arrested") is a
  place, not an actor, whatever label spaCy gives it and whether the registry names it;
- `region-of-name` takes a nationality or a country before the region noun ("the Brazilian states of Mato Grosso and
  Paraná", "the Indian state of Andhra Pradesh") and the later items of the list;
- `court-inside-another-courts-name`: a court's registry alias inside a longer court name ("California's 4th
  District Court of Appeal", "a US Court of Appeal") is no mention of the registry's court."""

from __future__ import annotations

import pytest


def _surfaces(found) -> set[str]:
    return {surface for surface, _ in found}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("They are: Heather Grant, 33, of Christiana, Manchester and a man known as Nigel Ambersley.", "Manchester"),
        ("Charged were James Lee, 68, of Torrance; and Junmyung Lee, 30, of Dedham; and two others.", "Dedham"),
        (
            "Leslie Gray, 43, of Tuxford, Nottingham; and Robert James Alcorn, 37, of Auckland, New Zealand.",
            "Nottingham",
        ),
        ("One of the men, David Redvers, 34, from Hartpury, Gloucestershire, said he was held.", "Hartpury"),
        ("Jayden F. Snow, 22, Pana, was arrested on an active warrant.", "Pana"),
    ],
)
def test_a_persons_home_given_with_their_age_is_no_actor(linked, text, place):
    assert place not in _surfaces(linked(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Stephen Douglas, 26, from Wales, said after the speech he was angry.", "Wales"),
        ("Mr Mubanga, 32, from Wembley, London, said he was brutally interrogated.", "London"),
    ],
)
def test_a_registry_state_or_capital_as_a_persons_home_is_no_actor(linked, text, place):
    assert place not in _surfaces(linked(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The boys playing Billy are James Lomas, 15, George Maguire, 14, and Liam Mower, 12.", "George Maguire"),
        ("Wales, who lost 24-10 in 2004, said they were ready.", "Wales"),
        ("Police arrested John Smith, 45, who said London had failed him.", "London"),
    ],
)
def test_a_name_that_is_no_home_after_an_age_stays(linked, text, name):
    assert name in _surfaces(linked(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The city, along with parts of the Brazilian states of Mato Grosso and Paraná, was blanketed by smoke.",
            "Mato Grosso",
        ),
        (
            "The city, along with parts of the Brazilian states of Mato Grosso and Paraná, was blanketed by smoke.",
            "Paraná",
        ),
        ("Trials are due to start this month in the Indian state of Andhra Pradesh.", "Andhra Pradesh"),
    ],
)
def test_a_name_after_a_nations_region_noun_and_of_is_a_place(linked, text, place):
    assert place not in _surfaces(linked(text))


def test_a_capitalised_region_word_is_no_region_noun(linked):
    assert "Iraq" in _surfaces(linked("The Islamic State of Iraq said it had attacked Iraq again."))


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, California’s 4th District Court of Appeal in Santa Ana found that Amazon can be held liable.",
        "A US Court of Appeal ruled on Monday that the firm was liable.",
    ],
)
def test_a_registry_courts_alias_inside_another_courts_name_links_no_one(linked, text):
    assert not any(actor == "court_of_appeal" for _, actor in linked(text))


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Court of Appeal ruled on Monday that the minister had acted lawfully.", "court_of_appeal"),
        ("Lawyers said the Appeal Court would hear the case.", "court_of_appeal"),
        ("The English High Court ruled against the bank.", "high_court_ew"),
    ],
)
def test_the_registry_court_itself_stays(linked, text, actor):
    assert any(a == actor for _, a in linked(text))


# The object of "according to" that is the surname of a person the article named in full is that person, even where
# spaCy labels it a place (the dev pages' "According to Parrington", after "said Mark Parrington").
@pytest.mark.parametrize(
    ("text", "surname", "actor"),
    [
        (
            "“The state has seen fires,” said Mark Parrington, a senior scientist.\n\n"
            "According to Parrington, fires in the Amazon release an average of 500 tons.",
            "Parrington",
            "disc.mark_parrington",
        ),
        (
            "“The smoke came here,” Alberto Shiguematsu, a resident who tweeted about the smoke, said.\n\n"
            "According to Shiguematsu, the sky went dark around 3:15 PM yesterday.",
            "Shiguematsu",
            "disc.alberto_shiguematsu",
        ),
    ],
)
def test_according_to_a_surname_labelled_a_place_is_the_person(linked, text, surname, actor):
    assert (surname, actor) in linked(text)


def test_according_to_a_place_no_person_is_named_after_stays_no_person(linked):
    found = linked("According to Nottingham, the talks failed. The council said so.")
    assert not any(surface == "Nottingham" and actor.startswith("disc.") and "_" in actor for surface, actor in found)


# review68 13: a blotter's heading in capitals, a plural whose singular the page writes in lower case in some form.
def test_a_plural_heading_in_capitals_over_its_word_in_lower_case_is_no_actor(linked):
    text = (
        "October 20: ARRESTS – A male juvenile, 16, Taylorville, was arrested for aggravated assault and damage.\n\n"
        "October 24: ARRESTS – Corey O. Inman, 38, Springfield, was arrested for retail theft.\n\n"
        "October 25: ARRESTS – Chad Hull, 37, Bulpitt, was arrested by Kincaid police for violating an order."
    )
    assert "ARRESTS" not in _surfaces(linked(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The IFS said the tax rises were not needed. Economists at the IFS said so, if anyone asked.", "IFS"),
        ("UNICEF said the children were arrested. UNICEF staff helped.", "UNICEF"),
    ],
)
def test_an_initialism_in_capitals_stays(linked, text, name):
    assert name in _surfaces(linked(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "All three places are in Wedding's so-called African Quarter, where 25 streets have associations with Africa.",
            "African Quarter",
        ),
        (
            "Brookhaven Village closed due to gas leak\n\nA large construction site is also underway at Brookhaven Village.",
            "Brookhaven Village",
        ),
        (
            "This video delves into a vote that will impact Nostrand Houses tenants. Wednesday is a monumental day for "
            "residents at the Nostrand Houses in Sheepshead Bay, Brooklyn.",
            "Nostrand Houses",
        ),
    ],
)
def test_a_district_village_or_housing_estate_is_no_actor(linked, text, place):
    assert place not in _surfaces(linked(text))
