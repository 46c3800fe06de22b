"""Claims of a small text through the real parse, actor linking and claim rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from narrative_pipeline.actors import link_article
from narrative_pipeline.actors.linking import mention_records
from narrative_pipeline.claims import extract_article, extract_claims, load_lexicon

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def lex():
    return load_lexicon(ROOT / "config/claims_lexicon.yaml")


@pytest.fixture
def claims_of(parse, linker, lex):
    """claims_of(body) -> (claims, roles) of an article with that body under a headline (its mentions as
    `link_articles` gives them, with the session's one Linker)."""

    def _claims(body: str):
        article = parse("A headline that is never a claim\n\n" + body)
        return extract_claims([article], mention_records(article, link_article(article, linker(90.0))), lex)

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
def drafts_of(parse, linker, lex):
    """The claim drafts (before units are joined) of a body."""

    def _drafts(body: str):
        article = parse("A headline that is never a claim\n\n" + body)
        return extract_article(article, mention_records(article, link_article(article, linker(90.0))), lex)

    return _drafts
