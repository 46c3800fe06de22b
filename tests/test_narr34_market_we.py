"""narr34 (session 53): a quoted "we" / "us" of a person the article names as an analyst, economist or strategist
(`roles.watcher`, lexicon `market_we_roles`) is left when it is the subject of a verb that is no view of the firm's own
(`roles.market_we`, `market_we_view_verbs`): '"That 1.5% annual growth rate is the lowest we have seen ...," said
Michael Blythe, chief economist at the Commonwealth Bank of Australia' is the economy's or everyone's, not the bank's;
'"We expect growth to fall"' stays the firm's. Counted on m62 (config/eval/README.md "narr34"): of the 30 quoted
"we" pronouns of such speakers, 12 wrong as the firm, 8 arguable, 10 right; the rule leaves 17 (11 wrong, 6
arguable) and keeps the 10 right, 1 wrong ("we can not expect much from 2005") and 2 arguable."""

from __future__ import annotations

from narrative_pipeline.narratives import roles
from narratives_support import PLOVER, analyse, rows

ECONOMIST = "David Smith, chief economist at Barclays, spoke in London on Monday. "


def _agents(found, action: str) -> list:
    return [s.agent_actor_id for s in found if s.action_text == action]


def _we(parse, registry, body: str) -> list:
    """What each quoted "we" / "us" of the text stands for (`roles.speaker_pronouns` as the statements step calls it),
    in text order: the actor id, or None when it is left."""
    article, mentions, claims, _ = analyse(parse, registry, body)
    words = roles.SharedWe(
        PLOVER.shared_we_nouns,
        PLOVER.shared_we_phrases,
        PLOVER.inclusive_we_words,
        PLOVER.market_we_roles,
        PLOVER.market_we_view_verbs,
    )
    quoted = roles.quoted_tokens(article)
    found = roles.speaker_pronouns(
        article,
        mentions,
        claims,
        PLOVER.speaker_pronouns,
        PLOVER.speaker_group_pronouns,
        quoted,
        PLOVER.speech_verbs,
        None,
        None,
        PLOVER.bygone_modifiers,
        words,
    )
    we = [t for t in article.tokens if t.lower in ("we", "us") and t.i in quoted]
    return [found[t.i].actor_id if t.i in found else None for t in we]


# what the rule changes


def test_an_economists_we_that_sees_the_economy_is_left(parse, registry):
    assert _we(parse, registry, ECONOMIST + '"That is the lowest growth we have seen since 2001," he said.') == [None]


def test_an_economists_we_that_gets_a_boost_is_left(parse, registry):
    text = ECONOMIST + '"We are not getting the boost to jobs that the Conservatives promised," he said.'
    assert _we(parse, registry, text) == [None]


def _watcher(parse, registry, body: str) -> bool:
    article, mentions, _, _ = analyse(parse, registry, body)
    own = [m for m in mentions if m.actor_id == "disc.david_smith"]
    assert own, [(m.text, m.actor_id) for m in mentions]
    return roles.watcher(article, own, PLOVER.market_we_roles)


def test_a_role_noun_before_the_name_makes_a_watcher(parse, registry):
    assert _watcher(parse, registry, "Barclays economist David Smith spoke in London on Monday.")


def test_an_analysts_we_in_apposition_is_left(parse, registry):
    text = '"We are not out of the woods yet," said David Smith, an analyst at Barclays.'
    assert _we(parse, registry, text) == [None]


# what it must leave alone


def test_an_economists_expecting_we_is_the_firm(parse, registry):
    assert _we(parse, registry, ECONOMIST + '"We expect the Conservatives to cut taxes," he said.') == ["disc.barclays"]


def test_an_economists_believing_we_is_the_firm(parse, registry):
    assert _we(parse, registry, ECONOMIST + '"We believe the Conservatives will cut taxes," he said.') == [
        "disc.barclays"
    ]


def test_an_economists_surprised_we_is_the_firm(parse, registry):
    text = ECONOMIST + '"We are surprised that the Conservatives cut taxes," he said.'
    assert _we(parse, registry, text) == ["disc.barclays"]


def test_an_economists_we_in_a_conjunct_of_a_view_is_the_firm(parse, registry):
    text = ECONOMIST + '"We tried to find the papers, but we could not," he said.'
    assert _we(parse, registry, text) == ["disc.barclays", "disc.barclays"]


def test_an_economists_us_as_an_object_is_the_firm(parse, registry):
    text = ECONOMIST + '"The figures surprised us and the Conservatives," he said.'
    assert _we(parse, registry, text) == ["disc.barclays"]


def test_a_chief_executive_is_no_watcher(parse, registry):
    assert not _watcher(parse, registry, "Barclays chief executive David Smith spoke in London on Monday.")


def test_a_chief_executives_we_is_still_the_firm(parse, registry):
    text = "David Smith, chief executive of Barclays, spoke in London on Monday. " + (
        '"That is the lowest growth we have seen since 2001," he said.'
    )
    assert _we(parse, registry, text) == ["disc.barclays"]


def test_an_economists_i_is_still_the_person(statements):
    found = statements(ECONOMIST + '"I have seen the Conservatives cut taxes before," he said.')
    assert _agents(found, "seen") == ["disc.david_smith"], rows(found)


# the author's "I" (narr34 counted it and left it: no actor or mention row carries a page's author)


def test_an_unquoted_i_has_no_agent(statements):
    found = statements("I thank Tony Blair and his government for the rise in the minimum wage.")
    assert set(_agents(found, "thank")) == {None}, rows(found)
