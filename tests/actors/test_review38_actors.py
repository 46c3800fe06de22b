"""review38: wrong outputs of session 37's actor rules found on the real corpora (m38-bbc, m38-web).

- `filters.capital_as_its_city` read "the city of <capital>" in any case: a BBC reader's page that writes "the City
  of London" (the Square Mile, another place of that name) made "London has been nuked" a mention of a "City of
  London" government. Only a small "city" now makes the capital the city. Near case: "the city of London" still does.
"""

from __future__ import annotations

CITY_PAGE = (
    "People outside London will wake up one morning to find out that London has been attacked. "
    "During the bombings there were explosions in Canary Wharf and also in the City of London."
)


def test_the_city_of_london_is_no_capital_spoken_of_as_a_city(linked):
    found = linked(CITY_PAGE)
    assert not any(actor == "disc.city_of_london" and text == "London" for text, actor in found)


def test_near_case_the_city_of_london_in_small_letters_is_the_city(linked):
    found = linked(CITY_PAGE.replace("the City of London", "the city of London"))
    assert ("London", "disc.city_of_london") in found
