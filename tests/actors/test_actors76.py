"""actors76 (session 51, issue 12): a capital city's name before a noun it modifies or owns that is no noun a state
acts through or by (`agency_nouns`) names the city, or something of it, not its state's government
(`filters.capital_naming_a_thing`): "his Paris apartment", "a London dealer", "London's most active public hotspot".
"Beijing officials", "Beijing's decision", "a Moscow court", "the Kremlin's wish" keep the state."""

from __future__ import annotations

import pytest

RULE = "capital-naming-a-thing"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He was found dead in the bath of his Paris apartment.", "Paris"),
        ("The painting was bought by a London dealer who sold it on to a collector.", "London"),
        ("The service has registered 1,200 sessions a week, making it London's most active public hotspot.", "London"),
        ("The video was pulled after a Dublin school complained about it.", "Dublin"),
        ("The Commission will present revised proposals to meet the Lisbon goals.", "Lisbon"),
        ("Brent crude also rose in London trading.", "London"),
        ("Tony Blair has urged London mayor Ken Livingstone to apologise.", "London"),
    ],
)
def test_a_capital_before_a_thing_of_the_city_is_no_government(verdicts, text, surface):
    assert (surface, RULE) in verdicts(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Moscow officials have dismissed the legal wrangling.", "Moscow"),  # an agency noun
        ("The Beijing authorities decided two years ago that visiting families must pay.", "Beijing"),
        ("This is despite Beijing's decision to open the sector to investors.", "Beijing"),  # an act of the state's
        ("He told a Moscow court he did not understand the complaints.", "Moscow"),  # "court" is a body of the state
        ("He is believed to have fallen victim to the Kremlin's wish to keep the resources.", "Kremlin"),  # no city
        ("Officials rejected the Moscow-Ankara plan for the region.", "Moscow"),  # a pair of names
    ],
)
def test_a_capital_before_a_body_or_an_act_of_the_state_is_left_to_the_other_rules(verdicts, text, surface):
    found = [rule for s, rule in verdicts(text) if s == surface]
    assert found and RULE not in found


@pytest.mark.parametrize(
    "text",
    [
        "Beijing issued rules allowing foreign investment.",  # the subject of a verb: not a modifier
        "London has pledged more money to the fund.",
    ],
)
def test_a_capital_that_acts_is_no_modifier(verdicts, text):
    assert all(rule != RULE for _, rule in verdicts(text))


def test_the_rule_fires_after_the_place_rule(verdicts):
    """'talks in Doha' is a place by `metonym-as-place` first; the rule adds the modifier's use beside it."""
    assert ("Doha", "metonym-as-place") in verdicts("Ministers met for talks in Doha.")


def test_a_capital_the_page_makes_act_as_a_city_stays_the_city(verdicts):
    """The web page of actors47's check: "Berlin's relationship with its colonial history" on a page whose "German
    capital has launched a project" is the City of Berlin (`capital-as-its-city`), not dropped."""
    found = verdicts(
        "The German capital has launched a project to rename streets. "
        "Berlin's relationship with its colonial history is being questioned."
    )
    assert ("Berlin", "capital-as-its-city") in found
