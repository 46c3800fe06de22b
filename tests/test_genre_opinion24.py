"""The article genre signal of the claim classifier (classify/genre.py, opinion24): made-up articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from narrative_pipeline.actors import link_articles
from narrative_pipeline.claims import extract_claims, load_lexicon
from narrative_pipeline.classify.features import claim_features
from narrative_pipeline.classify.genre import EDGES, Genre, bucket_of, genre_features
from narrative_pipeline.classify.index import index_article
from narrative_pipeline.training.dataset import load_articles

ROOT = Path(__file__).resolve().parents[1]

REPORT = (
    "The council approved the budget on Monday. "
    "Officials said the plan would cost £2m. "
    "The vote was 12 to 3. "
    "Work on the new road began in March. "
    "The mayor met residents on Tuesday."
)
ESSAY = (
    "I have never trusted the council's plans. "
    "Its new budget is a reckless gamble. "
    "We deserve better than this. "
    "You should read the small print yourself. "
    "The whole scheme is deeply cynical. "
    "I think the mayor knows it."
)


@pytest.fixture(scope="module")
def lex():
    return load_lexicon(ROOT / "config/claims_lexicon.yaml")


@pytest.fixture
def index_of(parse, registry, lex):
    def _index(body: str):
        article = parse("A headline that is never a claim\n\n" + body, "0123456789abcdef")
        mentions, _ = link_articles([article], registry, 90.0)
        claims, _ = extract_claims([article], mentions, lex)
        return index_article(article, mentions, claims), claims

    return _index


def test_a_report_reads_as_a_report_and_keeps_its_features(index_of, lex):
    index, claims = index_of(REPORT)
    assert index.genre.bucket == 0
    assert not any(k.startswith("genre:") for c in claims for k in claim_features(c, index, lex))


def test_an_essay_in_the_first_person_that_judges_reads_as_argued(index_of, lex):
    index, claims = index_of(ESSAY)
    assert index.genre.bucket >= 2 and index.genre.author_units >= 4
    author = next(c for c in claims if c.claimer_kind == "author")
    f = claim_features(author, index, lex)
    b = index.genre.bucket
    assert f[f"genre:opinion={b}"] == 1.0 and f[f"genre:opinion|kind={b}|author"] == 1.0
    assert f[f"genre:opinion|rule={b}|{author.type_rule}"] == 1.0


def test_quoted_first_person_is_the_speakers_not_the_authors(index_of):
    quoted = (
        '"I am furious and we will fight this," said Ann Smith. '
        '"You cannot trust them," she said. '
        '"We will keep going," said Tom Jones. '
        "The council met on Monday."
    )
    index, _ = index_of(quoted)
    assert index.genre.bucket == 0


def test_few_author_units_are_shrunk_towards_a_report():
    # one personal and judging unit of one: (1 + 1) / (2 * (1 + 5)) = 0.17, below two of the edges
    assert bucket_of(round(2 / 12, 4)) == 2 and bucket_of(0.0) == 0 and bucket_of(EDGES[-1]) == 3


def test_genre_features_join_the_kind_and_an_authors_type_rule(index_of):
    _, claims = index_of("Officials said the plan would cost £2m.")
    (c,) = claims
    f = genre_features(c, Genre(0.3, 3, 10))
    assert f == {"genre:opinion=3": 1.0, f"genre:opinion|kind=3|{c.claimer_kind}": 1.0}
    assert genre_features(c, Genre()) == {}


def test_training_reads_each_article_from_the_first_run_that_holds_it(tmp_path):
    # nothing left to find: a later run is not opened (here: no such folder)
    assert load_articles(tmp_path / "nowhere", set()) == {}
    assert load_articles((tmp_path / "a", tmp_path / "b"), set()) == {}


# claims50: gold-web-dev40's health news report read as an argued piece by its inclusive "us" / "our"
SCIENCE = (
    "Many of us have noticed that good ideas come in the shower. "
    "Scientists studied how the brain reaches decisions. "
    "Most of what the brain does is unknown to us. "
    "The team tested five people in a laboratory. "
    "The findings bring us closer to understanding our decisions. "
    "The study was published on Monday."
)


@pytest.mark.xfail(
    strict=True,
    reason="claims50, not fixed: the inclusive 'us' / 'our' of people in general counts as the writer's own voice. "
    "Leaving the plural's object and possessive out of `PERSONAL` (tried: claims50-try1) lowered gold-web-dev40's "
    "health news report to bucket 1 (type 0.700 -> 0.750) but moved 45 BBC and about 100 web rows of columns, reviews, "
    "docs and a privacy policy whose bucket fell, more of them wrong than right: the same pronouns carry the argument "
    "of columns and reviews ('our democracy', 'our minds'); a refit of the classifier is the place for it",
)
def test_the_inclusive_us_and_our_of_a_report_do_not_make_it_argued(index_of):
    index, _ = index_of(SCIENCE)
    assert index.genre.author_units >= 5 and index.genre.bucket == 0, index.genre


def test_the_writers_own_we_and_i_still_argue(index_of):
    body = (
        "We deserve better than this budget. "
        "I have never trusted the council. "
        "We will not accept the cuts. "
        "The council met on Monday. "
        "I think the mayor knows it."
    )
    index, _ = index_of(body)
    assert index.genre.bucket >= 2, index.genre
