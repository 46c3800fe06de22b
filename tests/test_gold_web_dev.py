"""The actor dev golds of web news (`config/eval/gold-web-dev24/`, actweb24, session 24; `config/eval/gold-web-dev40/`,
actors52, session 40, drawn by `workflow/scripts/draw_gold_web_dev40.py`) are well formed.

Each set holds six saved news pages of `web-pages/html` (publishers other than the BBC), every actor mention annotated
on the main text the pipeline extracts from them. gold-web-dev24 leaves claims empty (an actor-mention set);
gold-web-dev40's claims were labelled by claims49 (session 41): each claim's span, type, certainty and claimer, checked
like the web held-out gold's (`gold_support.check_labels`, `check_spans`: claimer spans too, none in the headline). Every file names its
page, the sha256 of the page's bytes and the sha256 of the extracted text its offsets point into; the text is
extracted here with the project's own extraction (`sources.read_source`), and every mention span must be the text it
gives at its offsets. Every actor it refers to is in its `actors`, with a type ANNOTATION.md defines, and mentions do
not overlap. No page is in two sets, nor in the blind web gold. Checks the format only: it reads no label for its
meaning."""

from __future__ import annotations

from pathlib import Path

import pytest
from gold_support import TYPES, check_labels, check_spans, load, page_text

ROOT = Path(__file__).resolve().parents[1]
SETS = {name: sorted((ROOT / "config/eval" / name).glob("*.json")) for name in ("gold-web-dev24", "gold-web-dev40")}
GOLD = [path for paths in SETS.values() for path in paths]
CORPUS = Path("/work/shared/corpora")
BLIND_PAGES = {  # the pages of the blind web gold (gold-web-heldout23): never in a dev set
    "scmp.com.playbook",
    "0a3108e507c54157a95fe7a1338f5e9c",
    "aclu.org-grades",
    "cbsnews.com.carolina",
    "timesofisrael.com.washington",
}


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.mark.parametrize("name", SETS)
def test_each_set_holds_six_web_news_pages_none_of_the_blind_gold(name: str):
    assert len(SETS[name]) == 6
    assert not {p.stem for p in SETS[name]} & BLIND_PAGES
    for path in SETS[name]:
        gold = load(path)
        assert set(gold) == {"article", "sha256", "text_sha256", "actors", "mentions", "claims"}
        assert gold["article"] == f"web-pages/html/{path.stem}.html"
        assert bool(gold["claims"]) == (name == "gold-web-dev40")


def test_no_page_is_in_two_sets():
    stems = [p.stem for p in GOLD]
    assert len(stems) == len(set(stems))


@pytest.mark.parametrize("path", GOLD, ids=_id)
def test_actors_and_labels_are_those_of_the_definition(path: Path):
    gold = load(path)
    for actor in gold["actors"].values():
        assert actor["name"] in actor["aliases"] and actor["type"] in TYPES
    ids = set(gold["actors"])
    assert ids == {m["actor"] for m in gold["mentions"]}  # no actor without a mention
    for m in gold["mentions"]:
        assert m["actor"] in ids and isinstance(m["optional"], bool)
        assert m.get("debatable", False) == m["optional"] and (not m["optional"] or m["why"])
    spans = [(m["start"], m["end"]) for m in gold["mentions"]]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # mentions do not overlap


@pytest.mark.skipif(not (CORPUS / "web-pages/html").is_dir(), reason="the web-page corpus is not on this machine")
@pytest.mark.parametrize("path", GOLD, ids=_id)
def test_every_span_is_its_text_and_the_sha256s_its_pages(path: Path):
    gold = load(path)
    text = page_text(CORPUS / gold["article"], gold)
    for span in gold["mentions"]:
        assert text[span["start"] : span["end"]] == span["text"], span
    check_spans(gold, text)


@pytest.mark.parametrize("path", SETS["gold-web-dev40"], ids=_id)
def test_dev40_claims_have_the_labels_of_the_definition(path: Path):
    gold = load(path)
    check_labels(gold)
    assert all(c["agents"] == [] and c["patients"] == [] for c in gold["claims"])  # not labelled (nor scored)
    for c in gold["claims"]:  # an actor claimer's phrase is near its claim (its sentence, or the speaker's last)
        claimer = c["claimer"]
        assert claimer["kind"] != "actor" or max(claimer["start"] - c["end"], c["start"] - claimer["end"]) < 300
