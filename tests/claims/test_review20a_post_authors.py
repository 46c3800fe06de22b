"""review20a: 92038d5 folded `post_starts` into `post_authors` (one walk of the sentences gives a post's author and
its first sentence's start). The old pair is kept here as the reference: on articles with no post, one post of
several sentences, several posts in a row, a post that is only its signature, and an author named twice, the one walk
gives what the two did."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import link_articles
from narrative_pipeline.claims.discourse import mention_index, post_authors
from narrative_pipeline.claims.model import Speaker
from narrative_pipeline.claims.sources import mention_for
from narrative_pipeline.parsed import ParsedArticle
from narrative_pipeline.syntax import head_of

HEADLINE = "A headline that is never a claim\n\n"

BODIES = {
    "no post": "The minister said the plan was sound. It would cut costs.\n",
    "one post, three sentences": (
        "The mayor posted a warning on Sunday evening as the storm reached the coast.\n\n"
        "Stay indoors tonight. The coastal road is closed https://t.co/abc123\n\n"
        "We may have power cuts until Tuesday.\n\n"
        "— Jane Smith (@MayorSmith) March 1, 2020\n"
    ),
    "two posts in a row": (
        "Both leaders reacted within minutes of the verdict on Monday.\n\n"
        "The ruling is a disgrace and will be overturned! https://t.co/abc123\n\n"
        "— Donald J. Trump (@realDonaldTrump) February 4, 2017\n\n"
        "We respect the court. We will study the ruling. https://t.co/def456\n\n"
        "— Jane Smith (@MayorSmith) February 4, 2017\n\n"
        "The White House later defended the post.\n"
    ),
    "a post that is only its signature": (
        "— Jane Smith (@MayorSmith) March 1, 2020\n\nThe council later thanked the police.\n"
    ),
    "one author, two posts": (
        "The mayor posted twice on Sunday evening.\n\n"
        "Stay indoors tonight https://t.co/abc123\n\n"
        "— Jane Smith (@MayorSmith) March 1, 2020\n\n"
        "The coastal road is closed https://t.co/def456\n\n"
        "— Jane Smith (@MayorSmith) March 1, 2020\n"
    ),
}


def _old_post_starts(article: ParsedArticle) -> dict[int, int]:
    """post_starts before 92038d5, verbatim."""
    out: dict[int, int] = {}
    for sent in article.sents:
        r = sent.record
        if r.role == "post" and r.post_author_start is not None:
            out[r.post_author_start] = min(out.get(r.post_author_start, r.start), r.start)
    return out


def _old_post_authors(article: ParsedArticle, mentions) -> dict[int, Speaker]:
    """post_authors before 92038d5, verbatim."""
    out: dict[int, Speaker] = {}
    for sent in article.sents:
        r = sent.record
        if r.role != "post" or r.post_author_start is None or r.post_author_start in out:
            continue
        name = [t for t in article.tokens if r.post_author_start <= t.start and t.end <= (r.post_author_end or 0)]
        handle = [t for t in article.tokens if (r.post_handle_start or 0) <= t.start < (r.post_handle_end or 0)]
        if not name:
            continue
        mention = mention_for(name, mentions, head_of(name))
        actor = mention.actor_id if mention is not None and mention.link_method != "alignment" else None
        out[r.post_author_start] = Speaker(name, actor or None, handle)
    return out


def _speaker(s: Speaker) -> tuple:
    return ([t.i for t in s.claimer], s.actor, [t.i for t in s.cue_tokens])


@pytest.fixture
def posts_of(parse, registry):
    def _posts(body: str):
        article = parse(HEADLINE + body)
        linked, _ = link_articles([article], registry, 90.0)
        mentions = mention_index(article, [m for m in linked if m.article_id == article.article_id])
        return article, mentions

    return _posts


@pytest.mark.parametrize("case", sorted(BODIES))
def test_one_walk_gives_what_the_two_did(posts_of, case):
    article, mentions = posts_of(BODIES[case])
    authors, starts = post_authors(article, mentions)
    assert starts == _old_post_starts(article)
    assert {k: _speaker(v) for k, v in authors.items()} == {
        k: _speaker(v) for k, v in _old_post_authors(article, mentions).items()
    }


def test_each_post_starts_at_its_first_sentence_and_names_its_own_author(posts_of):
    text = HEADLINE + BODIES["two posts in a row"]
    article, mentions = posts_of(BODIES["two posts in a row"])
    authors, starts = post_authors(article, mentions)
    names = {text[k : k + len("Donald J. Trump")] for k in authors} | {text[k : k + len("Jane Smith")] for k in authors}
    assert {"Donald J. Trump", "Jane Smith"} <= names and len(authors) == 2
    assert sorted(starts) == sorted(authors)
    first = {k: min(s.record.start for s in article.sents if s.record.post_author_start == k) for k in starts}
    assert starts == first
    ruling, court = sorted(starts.values())
    assert text[ruling:].startswith("The ruling is a disgrace") and text[court:].startswith("We respect the court")


def test_an_article_with_no_post_has_neither(posts_of):
    article, mentions = posts_of(BODIES["no post"])
    assert post_authors(article, mentions) == ({}, {})
