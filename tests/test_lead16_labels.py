"""Session 16: claims-labels-s17.jsonl against what config/training/README.md says of it, and no label file on a near
duplicate of an evaluation article (the corpus holds a few articles twice under two names). The corpus and silver sit
outside the repository: checked where they are found."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared")
CORPUS = SHARED / "corpora/bbc-news"
S17 = ROOT / "config/training/claims-labels-s17.jsonl"
LABEL_FILES = sorted((ROOT / "config/training").glob("claims-labels-*.jsonl"))
SENTENCE = re.compile(r"[^.!?]{40,}[.!?]")


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _sentences(article: str) -> set[str]:
    return set(SENTENCE.findall((CORPUS / article).read_text(encoding="utf-8")))


def near_duplicate(a: set[str], b: set[str]) -> bool:
    """Over half the long sentences of the shorter article are in the other."""
    return bool(a and b) and len(a & b) > 0.5 * min(len(a), len(b))


def test_near_duplicate_needs_over_half_of_the_shorter_articles_sentences():
    assert near_duplicate({"a", "b", "c"}, {"a", "b", "x", "y", "z"})
    assert not near_duplicate({"a", "b", "c", "d"}, {"a", "b", "x", "y"})  # exactly half is not over half
    assert not near_duplicate({"a", "b", "c", "d"}, {"a", "x", "y", "z"})
    assert not near_duplicate(set(), {"a"})


def test_the_s17_counts_are_the_readmes():
    rows = _rows(S17)
    assert (len(rows), len({r["article"] for r in rows})) == (2400, 300)
    assert {r["article"].split("/")[1] for r in rows} == {"politics"}
    annotators = Counter(r["annotator"] for r in rows)
    assert len(annotators) == 12 and set(annotators.values()) == {200}
    assert Counter(r["claim_type"] for r in rows) == {
        "event": 982,
        "assessment": 669,
        "prediction": 502,
        "prescription": 247,
    }
    assert Counter(r["certainty"] for r in rows) == {"reported": 1483, "asserted": 728, "hedged": 189}
    assert Counter(r["claimer_kind"] for r in rows) == {"actor": 1569, "author": 770, "unnamed": 61}
    assert sum(1 for r in rows if r.get("close")) == 756
    assert all(r["claimer_kind"] == "author" or r["certainty"] != "asserted" for r in rows)
    assert all((r["claimer_kind"] == "actor") == (r["claimer_text"] is not None) for r in rows)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the corpus is not on this machine")
def test_the_s17_spans_are_the_articles_text():
    for r in _rows(S17):
        assert (CORPUS / r["article"]).read_text(encoding="utf-8")[r["start"] : r["end"]] == r["text"], r


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the corpus is not on this machine")
def test_no_label_file_labels_a_near_duplicate_of_a_held_out_or_hand_checked_article():
    held = {
        json.loads(p.read_text(encoding="utf-8"))["article"]
        for p in ROOT.glob("config/eval/gold-politics-held*/*.json")
    }
    held |= {r["article"] for p in ROOT.glob("config/eval/claims-handcheck-*.jsonl") for r in _rows(p)}
    assert len(held) > 30
    held_sentences = {a: _sentences(a) for a in held}
    labelled = {a: _sentences(a) for a in sorted({r["article"] for p in LABEL_FILES for r in _rows(p)})}
    found = [
        (a, h) for a, s in labelled.items() for h, hs in held_sentences.items() if a != h and near_duplicate(s, hs)
    ]
    assert found == []
