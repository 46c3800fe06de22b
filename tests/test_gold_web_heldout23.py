"""gold23: the article gold of session 23 (`config/eval/gold-web-heldout23/`) is well formed.

Five saved news pages of `web-pages/html`, annotated on the main text the pipeline extracts from them. Every
file names its page, the sha256 of the page's bytes and the sha256 of the extracted text its offsets point into;
the text is extracted here with the project's own extraction (`sources.read_source`), and every mention, claim and
claimer span must be the text it gives at its offsets. Every actor it refers to is in its `actors`, and the labels
are the ones ANNOTATION.md defines. Checks the format only: it reads no label for its meaning."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_support import check_labels, check_spans, load, page_text

ROOT = Path(__file__).resolve().parents[1]
GOLD = sorted((ROOT / "config/eval/gold-web-heldout23").glob("*.json"))
CORPUS = Path("/work/shared/corpora")


def test_the_set_holds_five_web_news_pages():
    assert len(GOLD) == 5
    for path in GOLD:
        gold = load(path)
        assert set(gold) == {"article", "sha256", "text_sha256", "actors", "mentions", "claims"}
        assert gold["article"] == f"web-pages/html/{path.stem}.html"


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_actors_and_labels_are_those_of_the_definition(path: Path):
    check_labels(load(path))


@pytest.mark.skipif(not (CORPUS / "web-pages/html").is_dir(), reason="the web-page corpus is not on this machine")
@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_every_span_is_its_text_and_the_sha256s_its_pages(path: Path):
    gold = load(path)
    check_spans(gold, page_text(CORPUS / gold["article"], gold))
