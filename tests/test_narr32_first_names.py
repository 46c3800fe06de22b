"""narr32 (session 51): first names the gender lists lacked (the claims lexicon's `female_first_names` /
`male_first_names`, read by the claims step's pronouns and the narratives step's `lone-person`): persons the BBC and
web corpora refer to by he / she with no entry ("Paula Radcliffe", "Arsene Wenger") and common names like them; names
of both genders stay out (config/eval/README.md "narr32")."""

from __future__ import annotations

from narratives_support import PLOVER, rows


def _agents(found, action: str) -> list:
    return [s.agent_actor_id for s in found if s.action_text == action]


# what the lists change: a pronoun of the other gender is not the person


def test_a_he_after_paula_radcliffe_is_not_her(statements):
    found = statements(
        "Paula Radcliffe won the race in London on Sunday. He met Tony Blair in Downing Street on Monday."
    )
    assert not any(a and "radcliffe" in a for a in _agents(found, "met")), rows(found)


def test_a_she_after_arsene_wenger_is_not_him(statements):
    found = statements(
        "Arsene Wenger watched the match in London on Sunday. She met Tony Blair in Downing Street on Monday."
    )
    assert not any(a and "wenger" in a for a in _agents(found, "met")), rows(found)


# what they must leave alone


def test_a_she_after_paula_radcliffe_is_still_her(statements):
    found = statements(
        "Paula Radcliffe won the race in London on Sunday. She met Tony Blair in Downing Street on Monday."
    )
    assert any(a and "radcliffe" in a for a in _agents(found, "met")), rows(found)


def test_a_he_after_arsene_wenger_is_still_him(statements):
    found = statements(
        "Arsene Wenger watched the match in London on Sunday. He met Tony Blair in Downing Street on Monday."
    )
    assert any(a and "wenger" in a for a in _agents(found, "met")), rows(found)


def test_names_of_both_genders_stay_out_of_the_lists():
    both = {"chris", "sam", "alex", "jamie", "kim", "kelly", "robin", "lindsay", "andrea", "jean", "hilary", "jo"}
    assert not both & (PLOVER.genders.female_first_names | PLOVER.genders.male_first_names)


def test_the_lists_share_no_name():
    assert not PLOVER.genders.female_first_names & PLOVER.genders.male_first_names
