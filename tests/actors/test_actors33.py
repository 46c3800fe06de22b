"""actors33 (issue 12, political and conflict news): a nationality before a noun of the state's territory ("Israeli
towns", "the Ukrainian border") names the state in a sentence of armed hostility (the state attacked or threatened,
the statement gold's convention); a locative preposition opening a sentence, taken by spaCy into a person's name
("Near Kharkiv"), makes no person. With the near cases they must not fire on: the same phrases as places
("breweries in eight Russian cities", "a factory near the Dutch border"), a region named after its nationality
("the Israeli town of Sderot"), a person after a word that is no locative preposition."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors.discovery import _place_after_an_opening_preposition


def test_a_nationality_on_towns_under_rocket_fire_names_the_state(linked):
    assert ("Israeli", "state_isr") in linked("Hamas fired rockets at Israeli towns overnight.")


def test_a_nationality_on_a_border_where_troops_mass_names_the_state(linked):
    found = linked("Russia massed tens of thousands of troops on the Ukrainian border.")
    assert ("Ukrainian", "state_ukr") in found


def test_a_nationality_on_cities_struck_by_missiles_names_the_state(linked):
    assert ("Russian", "state_rus") in linked("Missiles struck Russian cities on Sunday.")


def test_near_case_cities_where_a_firm_owns_breweries_are_a_place(linked):
    found = linked("The company owns breweries in eight Russian cities.")
    assert all(a != "state_rus" for _, a in found)


def test_near_case_a_border_near_a_factory_is_a_place(linked):
    found = linked("However, at one factory near the Dutch border things are changing.")
    assert all(a != "state_nld" for _, a in found)


def test_near_case_a_region_named_after_its_nationality_stays_a_place(linked):
    found = linked("Rockets were fired at the Israeli town of Sderot.")
    assert all(a != "state_isr" for _, a in found)


def test_a_place_after_near_opening_the_sentence_is_no_person(mentions):
    found = mentions("Near Kharkiv, the army regrouped.")
    assert all("Kharkiv" not in text for text, _, _ in found), found


def test_near_case_a_person_after_an_opening_word_that_places_nothing(linked):
    assert ("Tony Blair", "tony_blair") in linked("Along with Tony Blair, Gordon Brown spoke on Monday.")


def test_a_person_span_cut_to_nothing_is_no_place(lex):
    """actors33a: the first measure failed on 14 articles, where the cuts before left a person's span empty."""
    assert not _place_after_an_opening_preposition([], lex, 0)


@pytest.mark.xfail(
    strict=True,
    reason="actors33: neither config/actors.yaml nor actors_states.yaml has a national guard (no state's body of that"
    " name), and 'the national guard' in lower case is a descriptor (actors/descriptors.py, reviewed by review22b this"
    " session); no BBC or web page has it. Fix: a registry entry per national guard, or a descriptor rule giving a"
    " state's armed body after 'In <state or capital>,'",
)
def test_the_national_guard_after_a_state_is_a_mention(mentions):
    found = mentions("In Ukraine, the national guard was deployed to the border.")
    assert any("national guard" in text for text, _, _ in found), found
