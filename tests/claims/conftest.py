"""Claims of a small text through the real parse, actor linking and claim rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from narrative_pipeline.actors import link_articles
from narrative_pipeline.claims import extract_article, extract_claims, load_lexicon

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def lex():
    return load_lexicon(ROOT / "config/claims_lexicon.yaml")


@pytest.fixture
def claims_of(parse, registry, lex):
    """claims_of(body) -> (claims, roles) of an article with that body under a headline."""

    def _claims(body: str):
        article = parse("A headline that is never a claim\n\n" + body)
        mentions, _ = link_articles([article], registry, 90.0)
        return extract_claims([article], mentions, lex)

    return _claims


@pytest.fixture
def one(claims_of):
    """The one claim of a body."""

    def _one(body: str):
        claims, _ = claims_of(body)
        assert len(claims) == 1, [c.text for c in claims]
        return claims[0]

    return _one


@pytest.fixture
def drafts_of(parse, registry, lex):
    """The claim drafts (before units are joined) of a body."""

    def _drafts(body: str):
        article = parse("A headline that is never a claim\n\n" + body)
        mentions, _ = link_articles([article], registry, 90.0)
        return extract_article(article, mentions, lex)

    return _drafts
