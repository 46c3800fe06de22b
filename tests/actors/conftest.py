"""Mentions of a small text through the real parse and the shipped registry and lexicon."""

from __future__ import annotations

from datetime import date

import pytest
from narrative_pipeline.actors import default_lexicon, link_article
from narrative_pipeline.actors.candidates import registry_candidates
from narrative_pipeline.actors.context import ArticleInfo
from narrative_pipeline.actors.filters import FILTER_RULES, Found
from narrative_pipeline.actors.linking import name_entities, sentence_candidates
from narrative_pipeline.actors.typing import TYPE_RULES, Named
from narrative_pipeline.rules import first_match

HEADLINE = "Headline\n\n"


@pytest.fixture(scope="session")
def lex():
    return default_lexicon()


@pytest.fixture
def mentions(parse, linker):
    """mentions(text, threshold) -> [(surface, actor_id, link_method)] of the body `text`."""

    def _mentions(text: str, threshold: float = 90.0):
        article = parse(HEADLINE + text)
        chosen = link_article(article, linker(threshold))
        return [(article.text[c.start : c.end], c.actor_id, c.method) for c in chosen if c.start >= len(HEADLINE)]

    return _mentions


@pytest.fixture
def linked(mentions):
    """linked(text) -> {(surface, actor_id)}."""

    def _linked(text: str):
        return {(t, a) for t, a, _ in mentions(text)}

    return _linked


@pytest.fixture
def described(parse, linker):
    """described(text, headline, published) -> {descriptor text: (actor id, rule)} (`published`: the article's date)."""

    def _described(text: str, headline: str = "Headline", published=None):
        article = parse(f"{headline}\n\n{text}")
        chosen = link_article(article, linker(90.0), published)
        return {article.text[c.start : c.end]: (c.actor_id, c.type_rule) for c in chosen if c.method == "descriptor"}

    return _described


@pytest.fixture
def typed(parse, linker):
    """typed(text) -> {surface: (actor_type, type_rule)} of the body's linked mentions (the last one of a surface; actors40)."""

    def _typed(text: str):
        article = parse(HEADLINE + text)
        chosen = link_article(article, linker(90.0))
        return {article.text[c.start : c.end]: (c.actor_type, c.type_rule) for c in chosen if c.actor_id}

    return _typed


@pytest.fixture
def own_verdicts(parse, registry, lex, linker):
    """own_verdicts(text) -> {name: (rule, type)}: each discovered name's own verdict (the last mention's)."""

    def _own(text: str):
        art = parse(HEADLINE + text)
        info = ArticleInfo.build(art, lex)
        out = {}
        for sent in art.sents[1:]:
            for c in sentence_candidates(sent, info, linker(90.0))[1]:
                span = [info.toks[i] for i in range(c.start_i, c.end_i + 1)]
                fired = first_match(TYPE_RULES, Named(c, span, info, lex))
                out[c.name] = (fired[0].name, fired[1].actor_type) if fired else (None, None)
        return out

    return _own


@pytest.fixture
def verdicts(parse, registry, lex):
    """verdicts(text) -> [(surface, name of the filter of FILTER_RULES that drops it or None)] for each registry
    candidate after the headline (test_filters, actors67)."""

    def _verdicts(text: str):
        article = parse("Headline\n\n" + text)
        info = ArticleInfo.build(article, lex)
        out = []
        for sent in article.sents[1:]:
            entities = name_entities(sent, lex)
            for c in registry_candidates(sent, registry):
                span = [info.toks[i] for i in range(c.start_i, c.end_i + 1)]
                fired = first_match(FILTER_RULES, Found(c, registry.entry(c.actor_id), span, entities, lex, info))
                out.append((article.text[c.start : c.end], fired[0].name if fired else None))
        return out

    return _verdicts


@pytest.fixture
def linked_on(parse, linker):
    """(fix69, fix72) linked_on(text, day) -> [(surface, actor_id)] of a page published on `day` (None: undated)."""

    def _linked(text: str, day: date | None):
        article = parse(f"Headline\n\n{text}")
        chosen = link_article(article, linker(90.0), day)
        return [(article.text[c.start : c.end], c.actor_id) for c in chosen if c.start >= len("Headline\n\n")]

    return _linked
