"""speed49: the shard validation does not type again the rows of the articles whose checks are kept
(`validate.passed`): they are read as plain tuples of the columns its checks read (`checks.plain_rows`). The report
is the same bytes as a validation from scratch's; every check that reads those rows (keys, references, rows inside
their sentence, coverage, spans, documents) still fires on them; a row that is not valid anywhere, or a kept article
whose text is not read back, has the shard checked again typing every row."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from narrative_pipeline.records import ArticleFailure
from test_validate import (  # noqa: F401  (`clean`, `copy`: fixtures)
    Checked,
    _ids,
    clean,
    copy,
    kept_validation,
    plain_validation,
    rewrite,
    shard_paths,
    violations,
)


class Typed:
    """The rows typed by their record model in one validation, by model name."""

    def __init__(self, monkeypatch) -> None:
        import narrative_pipeline.validate.checks as checks

        self.rows: Counter[str] = Counter()
        real = checks.validate_rows

        def counted(model, rows):
            self.rows[model.__name__] += len(rows)
            return real(model, rows)

        monkeypatch.setattr(checks, "validate_rows", counted)

    def reset(self) -> None:
        self.rows.clear()


def _rows_of(results: Path, name: str, article_ids: set[str]) -> int:
    data = pq.read_table(shard_paths(results)[name])
    return sum(a in article_ids for a in data.column("article_id").to_pylist())


def _kept_article(results: Path) -> str:
    """A kept article that is not the shard's first (whose document is always rebuilt, and rows typed) and has
    mentions."""
    mentioned = set(pq.read_table(shard_paths(results)["mentions"]).column("article_id").to_pylist())
    return next(a for a in _ids(results)[1:] if a in mentioned)


@pytest.fixture
def warm(copy, monkeypatch):  # noqa: F811  (the fixture imported above)
    """test_validate's run with its shard's checks kept; the plain report; what is typed from then on."""
    inputs, results = copy
    checked = Checked(monkeypatch)
    plain = plain_validation(inputs, results)
    kept_validation(inputs, results, checked)
    typed = Typed(monkeypatch)
    return inputs, results, checked, typed, plain


def test_the_rows_of_kept_articles_are_not_typed_and_the_report_is_the_same(warm):
    inputs, results, checked, typed, plain = warm
    first = _ids(results)[0]
    assert kept_validation(inputs, results, checked) == plain
    assert typed.rows["MentionRecord"] == _rows_of(results, "mentions", {first})
    assert typed.rows["SentenceRecord"] == _rows_of(results, "sentences", {first})
    # the articles and the shard's actors (not an article's rows) are typed every time
    assert typed.rows["ArticleRecord"] == pq.read_metadata(shard_paths(results)["articles"]).num_rows
    assert typed.rows["ActorRecord"] == pq.read_metadata(shard_paths(results)["actors"]).num_rows
    # near case: without kept checks, every row is typed
    typed.reset()
    assert plain_validation(inputs, results) == plain
    assert typed.rows["MentionRecord"] == pq.read_metadata(shard_paths(results)["mentions"]).num_rows


def test_a_reference_from_a_kept_articles_row_is_still_checked(warm):
    """The shard's actors are no article's rows: one a kept article's mention points at, removed, is caught."""
    inputs, results, checked, typed, _ = warm
    article = _kept_article(results)
    mentions = pq.read_table(shard_paths(results)["mentions"])
    row = next(
        k
        for k, (a, actor) in enumerate(
            zip(mentions.column("article_id").to_pylist(), mentions.column("actor_id").to_pylist(), strict=True)
        )
        if a == article and actor is not None
    )
    actor = mentions.column("actor_id")[row].as_py()
    actors = pq.read_table(shard_paths(results)["actors"])
    pq.write_table(actors.filter(pc.not_equal(actors.column("actor_id"), actor)), shard_paths(results)["actors"])
    cached = kept_validation(inputs, results, checked)
    assert typed.rows["MentionRecord"] < mentions.num_rows  # the article's mentions were not typed
    assert cached == plain_validation(inputs, results)
    found = violations(json.loads(cached))
    assert any(v["check"] == "reference" and v["file"] == "actors/mentions" and v["row"] == row for v in found)


def test_a_repeated_key_with_a_kept_articles_row_is_caught(warm):
    inputs, results, checked, typed, _ = warm
    article = _kept_article(results)
    path = shard_paths(results)["mentions"]
    mentions = pq.read_table(path)
    owners = mentions.column("article_id").to_pylist()
    kept_row = owners.index(article)
    other = next(k for k, a in enumerate(owners) if a != article)  # its article's key changes: typed
    rewrite(path, "mention_id", other, mentions.column("mention_id")[kept_row].as_py())
    cached = kept_validation(inputs, results, checked)
    assert typed.rows["MentionRecord"] < mentions.num_rows
    assert cached == plain_validation(inputs, results)
    found = violations(json.loads(cached))
    assert any(v["check"] == "unique" and v["file"] == "actors/mentions" and v["row"] == kept_row for v in found)


def test_a_row_in_a_kept_articles_sentence_is_checked_against_it(warm):
    """A mention moved into a sentence of a kept article (whose sentences are not typed) is caught: the sentence is
    another article's."""
    inputs, results, checked, typed, _ = warm
    article = _kept_article(results)
    sentences = pq.read_table(shard_paths(results)["sentences"])
    sentence = sentences.column("sentence_id")[sentences.column("article_id").to_pylist().index(article)].as_py()
    path = shard_paths(results)["mentions"]
    owners = pq.read_table(path).column("article_id").to_pylist()
    row = next(k for k, a in enumerate(owners) if a != article)
    rewrite(path, "sentence_id", row, sentence)
    cached = kept_validation(inputs, results, checked)
    assert typed.rows["SentenceRecord"] < sentences.num_rows
    assert cached == plain_validation(inputs, results)
    found = violations(json.loads(cached))
    assert any(v["check"] == "reference" and v["row"] == row and v["field"] == "article_id" for v in found)


def test_a_row_that_is_not_valid_has_every_row_typed_and_the_report_from_scratch(warm):
    inputs, results, checked, typed, _ = warm
    path = shard_paths(results)["mentions"]
    row = pq.read_table(path).column("article_id").to_pylist().index(_kept_article(results))
    rewrite(path, "link_method", row, "guessed")
    cached = kept_validation(inputs, results, checked)
    assert typed.rows["SentenceRecord"] > _rows_of(results, "sentences", {_ids(results)[0]})  # checked again, typed
    assert cached == plain_validation(inputs, results)
    found = violations(json.loads(cached))
    assert any(v["check"] == "schema" and v["file"] == "actors/mentions" and v["row"] == row for v in found)


def test_a_kept_article_whose_text_is_not_read_back_has_every_row_typed(warm):
    inputs, results, checked, typed, _ = warm
    articles = pq.read_table(shard_paths(results)["articles"])
    source = articles.column("source_path")[articles.column("article_id").to_pylist().index(_kept_article(results))]
    with open(inputs / source.as_py(), "a", encoding="utf-8") as handle:
        handle.write("One more line.\n")
    cached = kept_validation(inputs, results, checked)
    n_sentences = pq.read_metadata(shard_paths(results)["sentences"]).num_rows
    assert typed.rows["SentenceRecord"] >= n_sentences  # the second pass typed every sentence
    assert cached == plain_validation(inputs, results)
    assert any("sha256 no longer matches" in v["message"] for v in violations(json.loads(cached)))


def test_a_kept_article_listed_as_failed_has_its_rows_caught_by_the_coverage(warm):
    inputs, results, checked, typed, _ = warm
    article = _kept_article(results)
    failures = results / "export/shards/0.failures.json"
    failures.parent.mkdir(parents=True, exist_ok=True)
    entry = ArticleFailure(article_id=article, step="actors", error_type="ValueError", message="a test")
    failures.write_text(json.dumps([entry.model_dump(mode="json")]))
    cached = kept_validation(inputs, results, checked, "--failures", str(failures))
    assert typed.rows["SentenceRecord"] < pq.read_metadata(shard_paths(results)["sentences"]).num_rows
    assert cached == plain_validation(inputs, results, "--failures", str(failures))
    found = violations(json.loads(cached))
    assert any(v["check"] == "coverage" and v["file"].startswith("actors/mentions") for v in found)


def test_plain_rows_hold_what_the_checks_read():
    """Every column a check reads of a row it does not type (`shard`'s checks and `documents`' grouping)."""
    from narrative_pipeline.catalogue import TABLES, table
    from narrative_pipeline.validate.checks import _plain_fields
    from narrative_pipeline.validate.shard import UNTYPED_TABLES

    for name in UNTYPED_TABLES:
        spec = table(name)
        fields = set(_plain_fields(name))
        assert set(spec.key) <= fields
        assert {ref.column for ref in spec.references} <= fields
        assert {ref.target for t in TABLES for ref in t.references if ref.table == name} <= fields
        assert "article_id" in fields or "claim_id" in fields
        if spec.spans:
            assert {spec.spans[0].start, spec.spans[0].end} <= fields
