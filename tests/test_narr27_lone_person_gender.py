"""narr27 (session 49): the `lone-person` rule (narr26: an unquoted he / him / she / her stands for the one person named
as a subject from the sentence before up to it) abstains when the article gives that person the other gender: a title
before one of its mentions ("Mrs Thatcher", "Mr Blair") or, with no title, a common first name opening one ("Margaret
Beckett"), read from the claims lexicon's lists, an input of the narratives step since narr27 (config/eval/README.md
"narr27")."""

from __future__ import annotations

from pathlib import Path

import pytest
from narrative_pipeline.narratives.lexicon import GENDER_LISTS, LexiconError, load_genders, load_lexicon
from narratives_support import rows

ROOT = Path(__file__).resolve().parents[1]


def _agents(found, action: str) -> list:
    return [s.agent_actor_id for s in found if s.action_text == action]


def _patients(found, action: str) -> list:
    return [s.patient_actor_id for s in found if s.action_text == action]


# what the check changes


def test_a_he_after_the_one_woman_named_by_her_first_name_is_not_her(statements):
    found = statements(
        "Margaret Beckett spoke at a school on Monday. He met the Conservatives in the city hall on Tuesday."
    )
    assert "margaret_beckett" not in _agents(found, "met"), rows(found)


def test_a_she_after_the_one_man_named_with_a_title_is_not_him(statements):
    found = statements("Mr Blair spoke at a school on Monday. She met the Conservatives in the city hall on Tuesday.")
    assert "tony_blair" not in _agents(found, "met"), rows(found)


def test_a_title_anywhere_in_the_article_gives_the_gender(statements):
    found = statements(
        "Mr Blair visited Leeds last week. Tony Blair spoke at a school on Monday. "
        "The Conservatives met her in the city hall on Tuesday."
    )
    assert "tony_blair" not in _patients(found, "met"), rows(found)


# what it must leave alone


def test_a_she_after_the_one_woman_named_is_her(statements):
    found = statements(
        "Margaret Beckett spoke at a school on Monday. She met the Conservatives in the city hall on Tuesday."
    )
    row = [s for s in found if s.action_text == "met"]
    assert [(s.agent_actor_id, s.agent_rule) for s in row] == [("margaret_beckett", "lone-person")], rows(found)


def test_a_him_after_the_one_man_named_with_a_title_is_him(statements):
    found = statements("Mr Blair spoke at a school on Monday. The Conservatives met him in the city hall on Tuesday.")
    assert _patients(found, "met") == ["tony_blair"], rows(found)


def test_a_person_of_no_known_gender_keeps_the_pronoun(statements):
    found = statements("Blair spoke at a school on Monday. She met the Conservatives in the city hall on Tuesday.")
    assert _agents(found, "met") == ["tony_blair"], rows(found)


# the lists: one definition, in the claims lexicon, read by the narratives step


def test_the_gender_lists_are_the_claims_lexicons():
    from narrative_pipeline.claims import load_lexicon as load_claims_lexicon

    claims = load_claims_lexicon(ROOT / "config/claims_lexicon.yaml")
    genders = load_genders(ROOT / "config/claims_lexicon.yaml")
    for key in GENDER_LISTS:
        assert getattr(genders, key) == frozenset(getattr(claims, key)), key


def test_without_the_claims_lexicon_no_gender_is_known():
    lex = load_lexicon(ROOT / "config/plover_lexicon.yaml")
    assert all(not getattr(lex.genders, key) for key in GENDER_LISTS)


def test_a_claims_lexicon_without_a_gender_list_fails(tmp_path):
    path = tmp_path / "claims_lexicon.yaml"
    path.write_text("female_titles: [ms]\nmale_titles: [mr]\nfemale_first_names: [jane]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="male_first_names"):
        load_genders(path)


def test_without_the_lists_the_he_goes_to_the_woman_as_narr26_gave_it(parse, registry):
    """The check is what changes the first test: with no gender lists the narr26 rule reads "He" as Beckett."""
    from narrative_pipeline.narratives.statements import extract_statements
    from narratives_support import analyse

    body = "Margaret Beckett spoke at a school on Monday. He met the Conservatives in the city hall on Tuesday."
    article, mentions, claims, _ = analyse(parse, registry, body)
    found = extract_statements([article], mentions, claims, load_lexicon(ROOT / "config/plover_lexicon.yaml"))
    assert _agents(found, "met") == ["margaret_beckett"], rows(found)


# quoted-speaker: a claimer who passes the words on is not their speaker


def test_a_quoted_we_is_not_the_newspaper_that_quotes_it(statements):
    found = statements(
        '"We will attack Michael Howard over his record on crime," the Daily Telegraph quoted an executive as saying.'
    )
    assert "the_daily_telegraph" not in _agents(found, "attack"), rows(found)


def test_a_quoted_i_is_not_the_source_it_is_according_to(statements):
    found = statements(
        'According to Michael Howard the prime minister said: "I will attack the Liberal Democrats over crime."'
    )
    assert "michael_howard" not in _agents(found, "attack"), rows(found)


def test_a_quoted_i_according_to_its_speaker_is_the_speaker(statements):
    found = statements('"I will attack the Liberal Democrats over crime," Tony Blair told the BBC on Monday.')
    assert _agents(found, "attack") == ["tony_blair"], rows(found)
