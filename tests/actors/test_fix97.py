"""fix97 (session 64, issue 12; actors.rules.v177): review77's actor findings 1 and 4.

- config/claims_lexicon.yaml: more common given names (continental European first names of players and athletes), so
  that a two-word name spaCy labels an organisation's and that opens with one is a person's (actors87's rule,
  `typing._persons_by_a_given_name`): "Linford Christie countered", "against Xavier Malisse" (review77 1);
- config/actors.yaml: the US television networks NBC, CBS and MTV are media outlets (review77 4: typed organisation
  by spaCy's label)."""

from __future__ import annotations

import pytest

PERSONS = [
    (
        "Linford Christie",
        "UK Athletics has been criticised for its coaching system by former athletes.\n\nHowever, Linford Christie "
        "countered: \"It's easy to criticise when you haven't gone through the system here.\"\n",
    ),
    (
        "Xavier Malisse",
        "Seventh seed Jurgen Melzer came through 6-3 6-3 against Xavier Malisse - winner in Delray Beach last week.\n",
    ),
    (
        "Freddie Ljungberg",
        "Freddie Ljungberg is likely to be used in an emergency striking role and will be partnered by either Arturo "
        "Lupoli or Jeremie Aliadiere.\n",
    ),
    (
        "Amelie Mauresmo",
        "Only veteran Lindsay Davenport held the new wave at bay, taking her to number one ahead of Amelie Mauresmo, "
        "whose Grand Slam drought goes on.\n",
    ),
]


@pytest.mark.parametrize(("name", "text"), PERSONS)
def test_a_continental_given_name_opens_a_persons_name(typed, name, text):
    assert typed(text).get(name, (None,))[0] == "person"


def test_near_case_a_city_that_is_a_given_name_elsewhere_is_no_person(typed):
    text = "The team beat Inter Milan 2-0 at the San Siro on Sunday. Inter Milan had won their last five games.\n"
    assert typed(text).get("Inter Milan", ("organisation",))[0] != "person"


def test_near_case_a_given_name_before_a_bodys_noun_stays_the_body(typed):
    text = "Xavier University said on Monday that it would open a new campus in the city next year.\n"
    assert typed(text).get("Xavier University", ("organisation",))[0] != "person"


def test_an_american_network_is_a_media_outlet(typed):
    text = (
        "Austin Aitken is taking action against NBC over its programme Fear Factor.\n\n"
        "NBC said the show did not break any rules.\n"
    )
    assert typed(text).get("NBC", (None,))[0] == "media"


def test_a_network_fined_by_the_regulator_is_a_media_outlet(linked):
    text = "The US Federal Communications Commission fined CBS $550,000 last autumn after the half-time show.\n"
    assert ("CBS", "cbs") in linked(text)
