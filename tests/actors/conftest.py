"""Mentions of a small text through the real parse and the shipped registry and lexicon."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import default_lexicon, link_article

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
    """described(text, headline) -> {descriptor text: (actor id, rule)}."""

    def _described(text: str, headline: str = "Headline"):
        article = parse(f"{headline}\n\n{text}")
        chosen = link_article(article, linker(90.0))
        return {article.text[c.start : c.end]: (c.actor_id, c.type_rule) for c in chosen if c.method == "descriptor"}

    return _described
