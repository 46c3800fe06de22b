"""actors54 (issue 12, actors on any news): a person whose name spaCy labels an organisation, typed a person where the
page says so (`person-evidence`); "the state" / "the county" for the one US state or county the page names
(`place-descriptor`). Each sentence through the real parse (`typed` / `mentions` / `described` of
tests/actors/conftest.py)."""

from __future__ import annotations

import pytest

VARGA = (
    "The home side's Craig Bryson had a goal chopped off before Stan Varga headed Celtic into the lead. "
    "Stilian Petrov slid in a third, Varga tapped in his second and Craig Bellamy completed the rout."
)


def test_a_pronoun_of_its_own_clause_makes_a_name_a_persons(typed, mentions):
    """spaCy labels "Stan Varga" ORG; "Varga tapped in his second" says he is a person, and "Varga" is his surname."""
    assert typed(VARGA)["Stan Varga"] == ("person", "person-evidence")
    assert ("Varga", "disc.stan_varga", "surname") in mentions(VARGA)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("South Africa's Schalk Burger was named player of the year at the awards.", "Schalk Burger"),
        ("Owain Bennallack is the editor of Develop magazine.", "Owain Bennallack"),
    ],
)
def test_a_persons_noun_the_name_is_said_to_be(typed, text, name):
    assert typed(text)[name] == ("person", "person-evidence")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "him" as the object of the subject's own verb is someone else (Fuller)
        ("Fuller broke clear but failed to hit the target as Kolo Toure closed him down.", "Kolo Toure"),
        # another name between the subject and "his": his may be Mourinho's
        ("Chelsea thanked Jose Mourinho for his work.", "Chelsea"),
        # "his" in a clause with a subject of its own
        ("Celtic won the game after Stan Varga scored his second.", "Celtic"),
        # "his" of another verb's clause ("monitoring"): anyone's
        ("Gerrard may leave, with Real Madrid also believed to be monitoring his situation.", "Real Madrid"),
        # a copula: the subject is his, not he
        ("If he has no firm offer, Red Sharks Veracruz will be his destination.", "Red Sharks Veracruz"),
        # a "he" of a reported clause: bodies report on persons
        (
            "Last December, the International Rugby Board confirmed that he could only be eligible for England.",
            "International Rugby Board",
        ),
    ],
)
def test_a_pronoun_that_may_be_anothers_is_no_evidence(typed, text, name):
    assert typed(text).get(name, ("", ""))[1] != "person-evidence"


def test_an_office_a_body_holds_too_is_no_evidence(typed):
    """'leader', 'member' are said of bodies as well ("Pixel Labs is the leader in search")."""
    text = "Pixel Labs is the leader in search, analysts said. Pixel Labs said sales rose."
    assert typed(text).get("Pixel Labs", ("", ""))[1] != "person-evidence"


CALIFORNIA = (
    "Grid operators in California called for cuts on Friday. The state is currently reviewing proposals, a spokesman "
    "said. Prices rose across California."
)
RIVERSIDE = (
    "Officials in Riverside County ran the programme with the schools. The schools of Riverside County sent pupils to "
    "it. Now, through the settlement, the county will no longer accept referrals."
)
FLORIDA = (
    "The transit trust of Florida met in Miami, Florida. It gave the county an extra month and then urged the county "
    "and the state, which is funding two-thirds, to act."
)


@pytest.mark.parametrize(
    ("text", "noun", "place"),
    [
        (CALIFORNIA, "state", "disc.california"),
        (RIVERSIDE, "county", "disc.riverside_county"),
        (FLORIDA, "state", "disc.florida"),  # joined to "the county", the object of "urged"
    ],
)
def test_the_state_or_county_the_page_names(described, text, noun, place):
    assert described(text)[noun] == (place, "place-descriptor")


@pytest.mark.parametrize(
    "text",
    [
        "Voters in Texas and Ohio went to the polls. Texas and Ohio count fast. The state said it would count every vote.",
        "Texas Instruments said its sales rose. The state said it would cut taxes.",  # no state: a firm's name
        "Officials in Washington said talks went well in Washington. The state said it would cut taxes.",  # the capital
        "The state said it would cut taxes. Officials in California said talks went well.",  # named only after
        "The county said it would cut taxes, officials in Kent said.",
        # named once, long before: "the state" in general ("the state's monopoly on violence")
        "He grew up in Massachusetts. Parties now compete for control over the state's monopoly on violence.",
    ],
)
def test_no_place_descriptor_without_one_place_named_before(described, text):
    assert all(rule != "place-descriptor" for _, rule in described(text).values())


def test_a_city_states_name_gives_the_state(described):
    """'New York' may be the city: "the state" is New York state."""
    text = (
        "Hospitals in New York are full. Governor Andrew Cuomo said New York had turned a corner. He said the state "
        "was succeeding in flattening the curve."
    )
    assert described(text)["state"] == ("disc.new_york_state", "place-descriptor")


def test_an_owner_says_where_not_who(described):
    """'the state's black voters': where the voters are, no actor (web20's labels count none)."""
    text = "Biden leads in South Carolina. South Carolina votes on Saturday. Among the state's black voters he leads."
    assert "state" not in described(text)


def test_not_as_a_place(described):
    """'across the state': a place, not the state acting (`country_dependencies`)."""
    text = "Grid operators in California called for cuts. California sweltered. Blackouts spread across the state."
    assert "state" not in described(text)
