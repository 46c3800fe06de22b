"""actors34 (issue 12, saved web pages that are not news): a journal cited in a reference ("J Pediatr. 1978;92:30-5")
and a name that only ever modifies a noun of a thing ("building Docker images", "Hokkaido ingredients") are no
actors where spaCy's label (or an opening initial) is all that makes them one. With the near cases they must not fire
on: an author in an author-year reference, a name that modifies a noun naming an actor ("a Kovalta spokesman"), a name the
page also has act."""

from __future__ import annotations


def _texts(found):
    return {text for text, _, _ in found}


def test_a_journal_before_a_year_and_a_volume_is_no_actor(mentions):
    found = mentions(
        "Smith AB, Jones CD. Influenza immunization in immunosuppressed children. Clin Pediatr Res. 1978;92:30-5."
    )
    assert not any("Pediatr" in t for t in _texts(found)), found


def test_a_journal_opening_with_an_initial_is_no_person(mentions):
    found = mentions("Herd protection against influenza. J Infect Res. 2006;37:237-43.")
    assert not any("Infect" in t for t in _texts(found)), found


def test_near_case_an_author_in_an_author_year_reference_stays(mentions):
    found = mentions("Humm, Maggie. 1995. The Dictionary of Feminist Theory. Columbus: Ohio State University Press.")
    assert any("Maggie" in t for t in _texts(found)), found


def test_a_name_that_only_modifies_a_noun_of_a_thing_is_no_actor(mentions):
    found = mentions("Put the Brexlin ingredients in a bowl and stir them well before you bake the cake for an hour.")
    assert "Brexlin" not in _texts(found), found


def test_near_case_a_name_modifying_a_noun_that_names_people_stays(mentions):
    found = mentions("A Kovalta spokesman declined to comment on the talks with the managers.")
    assert "Kovalta" in _texts(found), found


def test_near_case_a_name_that_also_acts_on_the_page_stays(mentions):
    found = mentions("Kovalta shares fell on Monday. Kovalta said it would cut two hundred jobs at its plant.")
    assert "Kovalta" in _texts(found), found
