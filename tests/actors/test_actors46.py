"""actors46 (issue 12, actors on other publishers' pages): a natural feature's name, a name in an address, and "the
Force" of a named force.

- `places.landscape_name`: a name opening with a natural feature's word (`landscape_name_openings`) is a place ("the
  Lake Berryessa concessions manager"). Near case: a body named after one ("the Lake Placid Organizing Committee
  said") stays an actor.
- `places.address_place`: a name in a list of place names joined by commas that a preposition of place opens is a
  place here ("returning from St. Thomas, USVI, and not reporting entry"; "killed in a crash in Osborne Store,
  Clarendon"). Near case: the subject after a place opening the sentence ("In Washington, Obama said") is an actor.
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
