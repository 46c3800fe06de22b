"""actors46 (issue 12, actors on other publishers' pages): a natural feature's name, a name in an address, and "the
Force" of a named force.

- `places.landscape_name`: a name opening with a natural feature's word (`landscape_name_openings`) is a place ("the
  Lake Berryessa concessions manager"). Near case: a body named after one ("the Lake Placid Organizing Committee
  said") stays an actor.
- `places.address_place`: a name in a list of place names joined by commas that a preposition of place opens is a
  place here ("returning from St. Thomas, USVI, and not reporting entry"; "killed in a crash in Osborne Store,
  Clarendon"). Near cases: the subject after a place opening the sentence ("In Washington, Obama said"), a person
  named after a place ("correspondent in Jakarta, Rachel Harvey, told") and a firm before a state's possessive ("a
  stake in Sun Interbrew, Russia's second-largest brewer") are actors.
- `filters.word_of_a_places_name`: a registry name before capitalised words that end with a place's or a building's
  word is a word of that place's name ("the Japanese Red Cross Kobe Hospital", "New York's Times Square"). Near case:
  the Red Cross before a hospital in lower case ("a Red Cross hospital") is the Red Cross.
- `resolution.org_context`: a body named by its place and a region noun ("Cork County Council") gives no short
  form, and `places.place_of_a_bodys_name` makes its place's one-word name a place: "One of Cork's oldest pubs" is
  the city's. Near case: "Newbridge" after "Newbridge Capital" is the firm.
- `common_names` gains "rv", "rvs" (a recreational vehicle, as "suv"): "restaurants, RV parking, cabins".
- `org_head_nouns` gains "force": "the Force" after "the Jamaica Defence Force" is that force. Near case: "the
  Force" where the page names no force stays apart from any other body.
"""

from __future__ import annotations

from ._found import texts as _texts


def test_a_name_opening_with_a_natural_features_word_is_a_place(mentions):
    found = mentions(
        '"We\'re not locked in to a specific plan," said Leigh Sears who is the Lake Berryessa concessions manager.'
    )
    assert "Lake Berryessa" not in _texts(found)
    assert "Leigh Sears" in _texts(found)


def test_near_case_a_body_named_after_a_natural_feature_is_an_actor(mentions):
    found = mentions("The Lake Placid Organizing Committee said on Monday that it would bid for the games.")
    assert any("Lake Placid" in t for t in _texts(found))


def test_a_name_after_a_place_in_an_address_is_a_place(mentions):
    found = mentions(
        "One of the occupants admitted to entering the United States illegally and the vessel operator admitted to "
        "returning from St. Thomas, USVI, and not reporting entry to CBP."
    )
    assert "USVI" not in _texts(found)


def test_a_name_before_a_place_in_an_address_is_a_place(mentions):
    found = mentions(
        "The police have now released the identities of the two people killed in a crash in Osborne Store, Clarendon "
        "Tuesday."
    )
    assert "Osborne Store" not in _texts(found)


def test_near_case_the_subject_after_a_place_opening_the_sentence_is_an_actor(mentions):
    found = mentions("In Washington, Obama said the talks would resume next week.")
    assert "Obama" in _texts(found)


def test_near_case_a_person_named_after_a_place_is_a_person(mentions):
    found = mentions(
        "The BBC's correspondent in Jakarta, Rachel Harvey, told World Business Report that the fund would be used."
    )
    assert "Rachel Harvey" in _texts(found)


def test_near_case_a_firm_before_a_states_possessive_is_a_firm(mentions):
    found = mentions(
        "Inbev has agreed to buy a stake in Sun Interbrew, Russia's second-largest brewer, for 259m euros."
    )
    assert "Sun Interbrew" in _texts(found)


def test_a_registry_name_inside_a_buildings_name_is_no_mention(linked):
    found = linked(
        "The masks had been kept at a machine room on the third floor of the Japanese Red Cross Kobe Hospital, "
        "officials at the institution said."
    )
    assert not any(a == "red_cross" for _, a in found)


def test_near_case_a_registry_name_before_a_building_in_lower_case_is_the_actor(linked):
    found = linked("Shells hit a Red Cross hospital in the city, the Red Cross said, and its staff fled.")
    assert ("Red Cross", "red_cross") in found


JDF = (
    "The Jamaica Defence Force (JDF) has opened a new academy for officers. Additionally, the ongoing expansion and "
    "restructuring of the Force to counter threats to national security has caused an increase in training."
)


def test_the_force_after_a_named_force_is_that_force(linked):
    assert ("Force", "disc.jamaica_defence_force") in linked(JDF)


def test_near_case_the_force_with_no_force_named_is_no_other_body(linked):
    found = linked(
        "The Jamaica Constabulary has opened a new academy. The restructuring of the Force has caused an increase."
    )
    assert not any(t == "Force" and a == "disc.jamaica_constabulary" for t, a in found)


def test_rv_is_a_common_noun(mentions):
    found = mentions("The resort will have a marina, gas docks, restaurants, RV parking and cabins, the county said.")
    assert "RV" not in _texts(found)


def test_the_place_of_a_county_council_is_no_short_form_of_it(linked):
    found = linked(
        "Cork County Council said the car parks would stay open. One of Cork's oldest pubs will be serving people "
        "outside with weather permitting."
    )
    assert not any(t == "Cork" for t, _ in found)


def test_near_case_the_first_word_of_a_firms_name_is_its_short_form(linked):
    found = linked("Newbridge Capital has bought a stake in the bank. Newbridge said it would keep the managers.")
    assert ("Newbridge", "disc.newbridge_capital") in found
