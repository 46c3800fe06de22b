"""narr32 (session 51): a person's quoted "we" / "us" is the one body the article ties the speaker to (`roles.
speaker_sides`, rule `speaker-tie`): "Labour's John Prescott ... "We will ...," he said" is Labour, when the claimer
phrase names no body itself; left when the article ties the person to no body, to two, or through a tie that has
ended (config/eval/README.md "narr32")."""

from __future__ import annotations

from narratives_support import rows


def _agents(found, action: str) -> list:
    return [s.agent_actor_id for s in found if s.action_text == action]


QUOTE = '"We will attack the Conservatives over their record on crime," he said on Monday.'


# what the rule changes


def test_a_persons_we_is_the_party_that_owns_the_name(statements):
    found = statements("Labour's John Prescott spoke to voters in Hull. " + QUOTE)
    assert _agents(found, "attack") == ["labour_party"], rows(found)


def test_a_persons_we_is_the_party_of_a_role_noun_in_apposition(statements):
    found = statements("John Prescott, the deputy leader of the Labour Party, spoke to voters in Hull. " + QUOTE)
    assert _agents(found, "attack") == ["labour_party"], rows(found)


def test_a_persons_we_is_the_party_modifying_a_role_noun(statements):
    found = statements("Labour deputy leader John Prescott spoke to voters in Hull. " + QUOTE)
    assert _agents(found, "attack") == ["labour_party"], rows(found)


# what it must leave alone


def test_a_persons_we_with_no_tie_is_left(statements):
    found = statements("John Prescott spoke to voters in Hull. " + QUOTE)
    assert _agents(found, "attack") in ([], [None]), rows(found)


def test_a_persons_we_with_a_tie_that_has_ended_is_left(statements):
    found = statements("Former Labour deputy leader John Prescott spoke to voters in Hull. " + QUOTE)
    assert "labour_party" not in _agents(found, "attack"), rows(found)


def test_a_persons_we_with_two_ties_is_left(statements):
    found = statements(
        "Labour's John Prescott, a director of Barclays, spoke to voters in Hull. "
        '"We will attack the Conservatives over their record on crime," he said on Monday.'
    )
    assert _agents(found, "attack") in ([], [None]), rows(found)


def test_a_persons_i_is_still_the_person(statements):
    found = statements(
        "Labour's John Prescott spoke to voters in Hull. "
        '"I will attack the Conservatives over their record on crime," he said on Monday.'
    )
    assert _agents(found, "attack") == ["john_prescott"], rows(found)
