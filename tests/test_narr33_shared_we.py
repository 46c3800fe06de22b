"""narr33 (session 52): a person's quoted "we" / "us" that narr32's speaker-tie would read as the body the speaker is
tied to is left when it is the country's or everyone's (`roles.shared_we`): its sentence names the nation, its
citizens, its society or its economy, or "this country" / "our country", inside quotation marks as a common noun; or
the pronoun is all of its hearers ("we all", "We can all see", "all of us"). A tie to a state keeps its "we"
("French president Jacques Chirac ... "we"": France). Counted on m61 (config/eval/README.md "narr33"): of the
speaker-tie's 111 statement rows, 13 of its 19 wrong ones were such a "we"."""

from __future__ import annotations

import pytest
from narratives_support import rows

PRESCOTT = "Labour's John Prescott spoke to voters in Hull. "


def _agents(found, action: str) -> list:
    return [s.agent_actor_id for s in found if s.action_text == action]


def _said(quote: str) -> str:
    return f'"{quote}," he said on Monday.'


# what the rule changes


def test_a_we_in_a_sentence_naming_the_nations_citizens_is_left(statements):
    found = statements(PRESCOTT + _said("As citizens of this country we will attack the Conservatives over crime"))
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


# fix60 (review60 8-10): only the pronoun's own quoted run, and not what its verb acts on or for


@pytest.mark.xfail(
    strict=True,
    reason="review60 10: a cue noun in another phrase of the we's own clause still clears it; the README's right rows (\"a similarly schizophrenic system in this country\") have the same shape",
)
def test_a_locative_this_country_keeps_the_partys_we(statements):
    """review60 10: attacking a rival party is the party's act; "In this country" only places it (was a change test)."""
    found = statements(PRESCOTT + _said("In this country we will attack the Conservatives over their record on crime"))
    assert _agents(found, "attack") == ["labour_party"], rows(found)


@pytest.mark.xfail(
    strict=True,
    reason="review60 10: a cue noun in another phrase of the we's own clause still clears it; the README's right rows (\"a similarly schizophrenic system in this country\") have the same shape",
)
def test_the_economy_as_a_topic_keeps_the_partys_we(statements):
    """review60 10: "the economy" is what the attack is about (was a change test)."""
    found = statements(PRESCOTT + _said("We will attack the Conservatives over their record on the economy"))
    assert _agents(found, "attack") == ["labour_party"], rows(found)


def test_a_cue_in_another_quote_of_the_sentence_is_none(statements):
    found = statements(PRESCOTT + '"We will attack the Conservatives," he said, adding: "The economy is weak."')
    assert _agents(found, "attack") == ["labour_party"], rows(found)


def test_a_cue_owning_the_object_of_for_is_none(statements):
    found = statements(PRESCOTT + _said("We will attack the Conservatives for the nation's families"))
    assert _agents(found, "attack") == ["labour_party"], rows(found)


def test_a_cue_owning_the_direct_object_is_none(statements):
    """review60 9: "We urge citizens", "We will protect our citizens": what the "we" acts on is not the "we"."""
    found = statements(PRESCOTT + _said("We will attack the nation's enemies"))
    assert _agents(found, "attack") == ["labour_party"], rows(found)


def test_a_cue_as_the_object_of_for_is_none(statements):
    found = statements(PRESCOTT + _said("We will attack the Conservatives for a fairer society"))
    assert _agents(found, "attack") == ["labour_party"], rows(found)


def test_we_as_a_society_is_still_left(statements):
    found = statements(
        "The TUC's general secretary Brendan Barber spoke in Brighton. "
        + _said("We as a society must attack the Conservatives over their record on crime")
    )
    assert "tuc" not in _agents(found, "attack"), rows(found)


def _shared(parse, quote: str, word: str) -> bool:
    from narrative_pipeline.narratives import roles
    from narratives_support import PLOVER

    article = parse("Headline\n\n" + PRESCOTT + _said(quote))
    words = roles.SharedWe(PLOVER.shared_we_nouns, PLOVER.shared_we_phrases, PLOVER.inclusive_we_words)
    tok = next(t for t in article.tokens if t.text == word)
    return roles.shared_we(article, tok, roles.quoted_tokens(article), words)


def test_all_of_us_in_a_body_keeps_its_we(parse):
    """review60 11: "All of us in the party" names the body's own members."""
    assert not _shared(parse, "All of us in the party will attack the Conservatives over crime", "us")


def test_all_of_us_alone_is_left(parse):
    assert _shared(parse, "All of us will attack the Conservatives over crime", "us")
