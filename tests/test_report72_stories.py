"""Stories and distinct texts (review68 5): a narrative told by one story filed twice, or by one background sentence
copied into several articles, says so beside its article count."""

from __future__ import annotations

from narrative_pipeline.narratives.aggregate import aggregate
from narrative_pipeline.narratives.stories import MIN_SHARED, stories
from test_narratives_aggregate import ARTICLES, CLAIMS, STATEMENTS

COPY = [
    "The minister said the budget would be cut by a tenth.",
    "Opposition parties said the cuts would hurt schools and hospitals.",
    "The Treasury said the figures would be published next week.",
    "Unions have called a strike for Monday over the plans.",
]


def test_articles_sharing_most_of_their_texts_are_one_story():
    pairs = (
        [("b", t) for t in COPY] + [("a", t.upper()) for t in COPY[:3]] + [("c", "A different report on the budget.")]
    )
    assert stories(pairs) == {"a": "a", "b": "a", "c": "c"}


def test_a_shared_background_sentence_is_no_story():
    # the same two sentences in two long articles: fewer than MIN_SHARED, and far from half of either
    own = [f"Sentence number {k} of a long report on something else." for k in range(10)]
    pairs = [("a", t) for t in [*COPY[:2], *own]] + [("b", t) for t in [*COPY[:2], *(x + " Yes." for x in own)]]
    assert MIN_SHARED > 2 and stories(pairs) == {"a": "a", "b": "b"}


def test_three_shared_texts_are_not_enough_when_they_are_under_half_of_the_smaller_article():
    own = [f"Sentence number {k} of a long report on something else." for k in range(8)]
    pairs = [("a", t) for t in [*COPY[:3], *own]] + [("b", t) for t in [*COPY[:3], *(x + " No." for x in own)]]
    assert stories(pairs) == {"a": "a", "b": "b"}


def test_stories_chain_and_take_the_first_article_id():
    pairs = [("z", t) for t in COPY[:3]] + [("m", t) for t in COPY] + [("b", t) for t in COPY[1:]]
    assert stories(pairs) == {"b": "b", "m": "b", "z": "b"}


def test_a_narrative_counts_its_stories_and_distinct_texts():
    top = aggregate(STATEMENTS, CLAIMS, ARTICLES)[0][0]
    # a:c1 and c:c1 are one text (case and spacing folded); a, b and c three stories until a and c are one
    assert (top.n_articles, top.n_stories, top.n_distinct_texts) == (3, 3, 2)
    top = aggregate(STATEMENTS, CLAIMS, ARTICLES, {"a": "a", "b": "b", "c": "a"})[0][0]
    assert (top.n_articles, top.n_stories, top.n_distinct_texts) == (3, 2, 2)


def test_an_edge_counts_its_stories_and_distinct_texts():
    _, edges, _ = aggregate(STATEMENTS, CLAIMS, ARTICLES, {"a": "a", "b": "a", "c": "c"})
    dated = [e for e in edges if (e.agent_actor_id, e.period) == ("state_are", "2020-06")]
    assert [(e.n_statements, e.n_articles, e.n_stories, e.n_distinct_texts) for e in dated] == [(2, 1, 1, 1)]
