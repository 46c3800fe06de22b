"""gold22: the article gold of session 22 (`config/eval/gold-politics-heldout22/`) is well formed.

Every file names its article and the sha256 of its bytes, every mention, claim and claimer span is the text it
gives at its offsets (into the file's text as Python decodes it), every actor it refers to is in its `actors`, and
the labels are the ones ANNOTATION.md defines. Checks the format only: it reads no label for its meaning."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from gold_support import check_labels, check_spans, load

ROOT = Path(__file__).resolve().parents[1]
GOLD = sorted((ROOT / "config/eval/gold-politics-heldout22").glob("*.json"))
CORPUS = Path("/work/shared/corpora/bbc-news")


def test_the_set_holds_five_bbc_politics_articles():
    assert len(GOLD) == 5
    for path in GOLD:
        gold = load(path)
        assert set(gold) == {"article", "sha256", "actors", "mentions", "claims"}
        assert gold["article"] == f"news/politics/{path.stem}.txt"


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_actors_and_labels_are_those_of_the_definition(path: Path):
    check_labels(load(path))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the BBC corpus is not on this machine")
@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_every_span_is_its_text_and_the_sha256_its_articles(path: Path):
    gold = load(path)
    article = CORPUS / gold["article"]
    assert hashlib.sha256(article.read_bytes()).hexdigest() == gold["sha256"]
    check_spans(gold, article.read_text(encoding="utf-8"))
