"""The `parse` fixture's shortcuts (tests38) give what the normalize step's parse gives: a chunk parsed once a
session (`ChunkMemo`) and an article's rows kept between sessions (`parse_cache`)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import ChunkMemo, parse_cache, parse_cache_key
from narrative_pipeline.normalize import compile_patterns, parse_articles
from narrative_pipeline.parsed import build_articles
from narrative_pipeline.records import ArticleText
from narrative_pipeline.settings import PipelineConfig

TEXTS = [
    "A headline that is never a claim\n\nThe minister said the troops would stay.",
    "A headline that is never a claim\n\nIt cost $32m. However, the plan went ahead.",  # a unit stop: a split token
    "Headline\n\nThe minister said the troops would stay.\n\nHe said it again.",
]


def _rows(parsed) -> list[tuple]:
    return [
        (s.record, [(t.start, t.end, t.lemma, t.tag, t.dep, t.head_i, t.ent_type) for t in s.tokens])
        for s in parsed.sents
    ]


def _fresh(nlp, text: str):
    cfg = PipelineConfig()
    article = ArticleText(article_id="0123456789abcdef", source_path="a.txt", sha256="0" * 64, text=text)
    (result,) = list(
        parse_articles([article], nlp, compile_patterns(cfg.boilerplate_patterns), cfg.max_chunk_chars, 64)
    )
    return build_articles([article], result.sentences, result.tokens)[0]


@pytest.mark.parametrize("text", TEXTS)
def test_the_fixture_gives_the_parse_of_the_normalize_step(parse, nlp, text):
    fresh = _rows(_fresh(nlp, text))
    assert _rows(parse(text)) == fresh
    assert _rows(parse(text)) == fresh  # the second time from the memo or the cache


def test_a_chunk_seen_before_is_the_doc_parsed_then_and_a_new_one_is_parsed(nlp):
    memo = ChunkMemo(nlp)
    first = _rows(_fresh(memo, TEXTS[0]))
    assert len(memo._docs) == 2  # the headline and the body
    assert _rows(_fresh(memo, TEXTS[1])) == _rows(_fresh(nlp, TEXTS[1]))
    assert len(memo._docs) == 3  # the headline was not parsed again
    assert _rows(_fresh(memo, TEXTS[0])) == first


def test_the_cache_key_follows_the_settings_and_a_folder_of_another_key_is_removed(monkeypatch, tmp_path):
    cfg = PipelineConfig()
    assert parse_cache_key(cfg) == parse_cache_key(PipelineConfig())
    assert parse_cache_key(cfg) != parse_cache_key(PipelineConfig(max_chunk_chars=cfg.max_chunk_chars + 1))
    config = SimpleNamespace(cache=SimpleNamespace(mkdir=lambda name: tmp_path / name))  # pytest's cache, in tmp_path
    (tmp_path / "parse" / ("0" * 16)).mkdir(parents=True)
    cache = parse_cache(config, "f" * 64)
    assert cache is not None and [p.name for p in (tmp_path / "parse").iterdir()] == []  # made at its first entry
    assert parse_cache(SimpleNamespace(), "f" * 64) is None  # pytest run with its cache provider off
    monkeypatch.setenv("NARRATIVE_PIPELINE_TEST_PARSE_CACHE", "off")
    assert parse_cache(config, "f" * 64) is None
