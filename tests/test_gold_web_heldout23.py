"""gold23: the article gold of session 23 (`config/eval/gold-web-heldout23/`) is well formed.

Five saved news pages of `web-pages/html`, annotated on the main text the pipeline extracts from them. Every
file names its page, the sha256 of the page's bytes and the sha256 of the extracted text its offsets point into;
the text is extracted here with the project's own extraction (`sources.read_source`), and every mention, claim and
claimer span must be the text it gives at its offsets. Every actor it refers to is in its `actors`, and the labels
are the ones ANNOTATION.md defines. Checks the format only: it reads no label for its meaning."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from narrative_pipeline.sources import SourceSettings, read_source

ROOT = Path(__file__).resolve().parents[1]
GOLD = sorted((ROOT / "config/eval/gold-web-heldout23").glob("*.json"))
CORPUS = Path("/work/shared/corpora")
TYPES = {"state", "government", "armed_group", "organisation", "party", "person", "media", "company", "group"}
CLAIM_TYPES = {"event", "assessment", "prediction", "prescription"}
CERTAINTY = {"asserted", "reported", "hedged"}


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_set_holds_five_web_news_pages():
    assert len(GOLD) == 5
    for path in GOLD:
        gold = _load(path)
        assert set(gold) == {"article", "sha256", "text_sha256", "actors", "mentions", "claims"}
        assert gold["article"] == f"web-pages/html/{path.stem}.html"


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_actors_and_labels_are_those_of_the_definition(path: Path):
    gold = _load(path)
    for actor in gold["actors"].values():
        assert actor["name"] in actor["aliases"] and actor["type"] in TYPES
    ids = set(gold["actors"])
    for m in gold["mentions"]:
        assert m["actor"] in ids and isinstance(m["optional"], bool)
        assert m.get("debatable", False) == m["optional"] and (not m["optional"] or m["why"])
    for c in gold["claims"]:
        assert c["claim_type"] in CLAIM_TYPES and c["certainty"] in CERTAINTY
        kind = c["claimer"]["kind"]
        assert kind in {"author", "actor", "unnamed"}
        assert c["certainty"] != ("reported" if kind == "author" else "asserted")
        assert c["claimer"].get("actor") in ids | {None}
        assert set(c["agents"]) | set(c["patients"]) <= ids
        assert not c.get("debatable") or c["why"]


@pytest.mark.skipif(not (CORPUS / "web-pages/html").is_dir(), reason="the web-page corpus is not on this machine")
@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.stem)
def test_every_span_is_its_text_and_the_sha256s_its_pages(path: Path):
    gold = _load(path)
    page = CORPUS / gold["article"]
    assert hashlib.sha256(page.read_bytes()).hexdigest() == gold["sha256"]
    (item,) = read_source(page, page.name, SourceSettings())
    assert item.status == "ok"
    text = item.text
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() == gold["text_sha256"]
    headline_end = text.index("\n")
    spans = [
        *gold["mentions"],
        *gold["claims"],
        *(c["claimer"] for c in gold["claims"] if c["claimer"]["kind"] == "actor"),
    ]
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"], span
    for c in gold["claims"]:
        assert c["start"] > headline_end  # a headline is never a claim
    starts = [c["start"] for c in gold["claims"]]
    assert starts == sorted(starts)
    assert all(
        a["end"] <= b["start"] for a, b in zip(gold["claims"], gold["claims"][1:], strict=False)
    )  # claims do not overlap
