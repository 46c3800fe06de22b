"""narr33 (session 52): a person's quoted "we" / "us" that narr32's speaker-tie would read as the body the speaker is
tied to is left when it is the country's or everyone's (`roles.shared_we`): its sentence names the nation, its
citizens, its society or its economy, or "this country" / "our country", inside quotation marks as a common noun; or
the pronoun is all of its hearers ("we all", "We can all see", "all of us"). A tie to a state keeps its "we"
("French president Jacques Chirac ... "we"": France). Counted on m61 (config/eval/README.md "narr33"): of the
speaker-tie's 111 statement rows, 13 of its 19 wrong ones were such a "we"."""

from __future__ import annotations

from narratives_support import rows

PRESCOTT = "Labour's John Prescott spoke to voters in Hull. "


def _agents(found, action: str) -> list:
    return [s.agent_actor_id for s in found if s.action_text == action]


def _said(quote: str) -> str:
    return f'"{quote}," he said on Monday.'


# what the rule changes


def test_a_we_in_a_sentence_naming_this_country_is_left(statements):
    found = statements(PRESCOTT + _said("In this country we will attack the Conservatives over their record on crime"))
    assert "labour_party" not in _agents(found, "attack"), rows(found)


def test_a_we_in_a_sentence_naming_the_economy_is_left(statements):
    found = statements(PRESCOTT + _said("We will attack the Conservatives over their record on the economy"))
    assert "labour_party" not in _agents(found, "attack"), rows(found)


def test_a_we_of_a_nation_is_left(statements):
    found = statements(PRESCOTT + _said("As a nation we will attack the Conservatives over their record on crime"))
    assert "labour_party" not in _agents(found, "attack"), rows(found)


def test_we_all_is_left(statements):
    found = statements(PRESCOTT + _said("We will all attack the Conservatives over their record on crime"))
    assert "labour_party" not in _agents(found, "attack"), rows(found)


def test_we_can_all_is_left(statements):
    found = statements(PRESCOTT + _said("We can all attack the Conservatives over their record on crime"))
    assert "labour_party" not in _agents(found, "attack"), rows(found)


# what it must leave alone


def test_a_party_we_with_no_cue_stays(statements):
    found = statements(PRESCOTT + _said("We will attack the Conservatives over their record on crime"))
    assert _agents(found, "attack") == ["labour_party"], rows(found)


def test_the_country_alone_is_no_cue(statements):
    found = statements(PRESCOTT + _said("We will attack the Conservatives across the country"))
    assert _agents(found, "attack") == ["labour_party"], rows(found)


def test_a_cue_outside_the_quotation_is_none(statements):
    found = statements(
        PRESCOTT + '"We will attack the Conservatives over their record on crime," he told the nation on Monday.'
    )
    assert _agents(found, "attack") == ["labour_party"], rows(found)


def test_a_proper_noun_is_no_cue(statements):
    found = statements(PRESCOTT + _said("We will attack the Conservatives at the United Nations"))
    assert _agents(found, "attack") == ["labour_party"], rows(found)


def test_all_of_something_else_is_no_cue(statements):
    found = statements(PRESCOTT + _said("We will attack the Conservatives over all their record on crime"))
    assert _agents(found, "attack") == ["labour_party"], rows(found)


def test_a_state_tie_keeps_its_national_we(statements):
    found = statements(
        "French president Jacques Chirac spoke in Brussels. "
        + _said("In this country we will attack the Conservatives over their record on crime")
    )
    assert _agents(found, "attack") == ["state_fra"], rows(found)
