"""web79 (session 59, issue 12; actors.rules.v156): places and role phrases on saved web pages that spaCy labels a
person's or a body's name, read from the web hand checks' false mentions (web77's and web78's checks, m70-web).

- `pagelines.placed_conjunct`: a name listed with a place that spaCy labels as such, the list governed by a locative
  preposition, is a town or a district ("in Fairfax and Tysons in Virginia"), not an actor by label alone;
- `pagelines.employer_role`: a name of two words or more ending in a role noun (`role_nouns`, `staff_role_nouns`)
  that runs straight into a person's name is the role before its holder ("Baark Volunteer Coordinator Bonnie
  Young"), not a name of its own;
- `places.residence_age`: a home after a person's age may run straight into its verb ("Casey Conaway, 30, Edinburg
  was arrested"), not only after a comma;
- lexicon: `foreign_function_words` gains German words English does not write ("neue", "etwas", "für")."""

from __future__ import annotations

import pytest


def _surfaces(found) -> set[str]:
    return {surface for surface, _ in found}


def test_a_name_listed_with_places_after_in_is_a_place(linked):
    text = (
        "The network ran brothels in Cambridge and Watertown in Massachusetts and Fairfax and Tysons in Virginia, "
        "according to a complaint."
    )
    assert "Tysons" not in _surfaces(linked(text))


def test_a_role_run_into_its_holders_name_is_no_name(linked):
    text = "Baark Volunteer Coordinator Bonnie Young said the clinic was busy."
    surfaces = _surfaces(linked(text))
    assert "Baark Volunteer Coordinator" not in surfaces
    assert "Bonnie Young" in surfaces


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tesco chief executive Terry Leahy said sales were up.", "Tesco"),
        ("Tesco chief executive Terry Leahy said sales were up.", "Terry Leahy"),
        (
            "The firm has offices in London and Paris, and Accenture and Deloitte compete in France and Germany.",
            "Accenture",
        ),
        (
            "The firm has offices in London and Paris, and Accenture and Deloitte compete in France and Germany.",
            "Deloitte",
        ),
        ("Principal Consultant Ann Lee said the plan would work.", "Ann Lee"),
    ],
)
def test_names_beside_places_and_roles_stay(linked, text, name):
    assert name in _surfaces(linked(text))


def test_a_home_after_an_age_right_before_its_verb_is_a_place(linked):
    text = "Casey Conaway, 30, Edinburg was arrested by Kincaid police for domestic battery."
    surfaces = _surfaces(linked(text))
    assert "Edinburg" not in surfaces
    assert "Casey Conaway" in surfaces


def test_a_list_of_persons_and_ages_keeps_its_persons(linked):
    text = "James Lomas, 15, George Maguire, 14, and Liam Mower were chosen for the part."
    assert {"James Lomas", "George Maguire", "Liam Mower"} <= _surfaces(linked(text))


def test_a_german_sentence_with_neue_is_foreign(linked):
    assert "Palette Demokites" not in _surfaces(
        linked("Gerade ist die neue Palette Demokites und Boards eingetroffen.")
    )


def test_firms_listed_after_a_place_stay(linked):
    text = "GM, whose brands include Buick in the US and Opel, Saab and Vauxhall in Europe, is due to report."
    assert {"Opel", "Saab", "Vauxhall"} <= _surfaces(linked(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Manchester United manager Sir Alex Ferguson hinted he may be back. The striker has been training in "
            "Holland and Ferguson said he was pleased.",
            "Ferguson",
        ),
    ],
)
def test_a_subject_the_parser_joins_to_a_place_stays(linked, text, name):
    assert name in _surfaces(linked(text))
