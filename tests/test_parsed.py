"""The parsed articles the actor, claim and narrative steps read: the same tokens, heads, children and
sentences whatever the order of the token rows."""

from __future__ import annotations

import pytest
from narrative_pipeline.normalize import compile_patterns, parse_articles
from narrative_pipeline.parsed import build_articles
from narrative_pipeline.records import ArticleText
from narrative_pipeline.settings import PipelineConfig


def _shape(articles):
    return [
        (
            a.article_id,
            [(t.i, t.text, t.lower, t.lemma, t.dep, t.sent, t.head.i, [c.i for c in t.children]) for t in a.tokens],
            [(s.index, s.sentence_id, [t.i for t in s.tokens]) for s in a.sents],
        )
        for a in articles
    ]


def test_token_rows_in_any_order_give_the_same_articles(nlp):
    """Tokens written in order (each article's rows together, 0..n-1: the fast path) and the same rows
    shuffled, articles interleaved (sorted by index, heads looked up) give the same parsed articles."""
    import random

    texts = [
        ArticleText(article_id=aid, source_path=f"{aid}.txt", sha256="0" * 64, text=text)
        for aid, text in (
            ("a" * 16, "The minister said on Tuesday that the plan would cost more.\\n\\nCritics called it a waste."),
            ("b" * 16, "Rebels seized the town. The army said it would retake it within days."),
        )
    ]
    cfg = PipelineConfig()
    results = list(parse_articles(texts, nlp, compile_patterns(cfg.boilerplate_patterns), cfg.max_chunk_chars, 64))
    sentences = [s for r in results for s in r.sentences]
    columns = {name: [v for r in results for v in r.tokens[name]] for name in results[0].tokens}
    ordered = build_articles(texts, sentences, columns)
    assert [t.i for t in ordered[0].tokens] == list(range(len(ordered[0].tokens)))
    rows = list(range(len(columns["i"])))
    random.Random(3).shuffle(rows)
    shuffled = {name: [values[k] for k in rows] for name, values in columns.items()}
    assert _shape(build_articles(texts, sentences, shuffled)) == _shape(ordered)
    with pytest.raises(ValueError):
        build_articles(texts, sentences, {**columns, "text": columns["text"][:-1]})
