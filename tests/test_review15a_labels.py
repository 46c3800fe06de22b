"""review15a: claims-labels-s16.jsonl against what config/training/README.md says of it (the checks that apply to
every label file are in test_review14_lead14.py). The corpus and silver sit outside the repository: checked where
they are found."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from gold_support import jsonl_rows as _rows

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared")
S16 = ROOT / "config/training/claims-labels-s16.jsonl"


def test_the_s16_counts_are_the_readmes():
    rows = _rows(S16)
    # 2,161 of 481 articles as labelled; session 16 removed 8 on near duplicates of evaluation articles or repeating
    # one of their sentences; session 59 (claims86) retired 4 whose units claims84 changed (config/training/README.md)
    assert (len(rows), len({r["article"] for r in rows})) == (2149, 479)
    sections = Counter(r["article"].split("/")[1] for r in rows)
    assert sections == {"sport": 700, "business": 526, "entertainment": 452, "tech": 439, "politics": 32}
    annotators = Counter(r["annotator"] for r in rows)
    assert len(annotators) == 11 and annotators["lab16k"] == 160
    assert sorted(annotators.values()) == [160, 196, 197, 198, 199, 199, 200, 200, 200, 200, 200]
    types = Counter(r["claim_type"] for r in rows)
    assert types == {"event": 1206, "assessment": 460, "prediction": 396, "prescription": 80, "none": 7}
    assert sum(1 for r in rows if r.get("close")) == 531
    assert all(bool(r.get("why")) == bool(r.get("close")) for r in rows)


def test_a_claim_label_has_certainty_and_claimer_kind_and_not_a_claim_has_none():
    for r in _rows(S16):
        labelled = (r["certainty"], r["claimer_kind"])
        if r["claim_type"] == "none":
            assert labelled == (None, None), r
        else:
            assert r["certainty"] in {"asserted", "reported", "hedged"}, r
            assert r["claimer_kind"] in {"author", "actor", "unnamed"}, r
            assert (r["claimer_kind"] == "actor") == (r["claimer_text"] is not None), r
            assert r["claimer_kind"] == "author" or r["certainty"] != "asserted", r


@pytest.mark.skipif(not (SHARED / "spec").is_dir(), reason="the spec's silver and the corpus are not on this machine")
def test_the_s16_split_between_silver_articles_and_articles_in_no_set():
    rows = _rows(S16)
    silver = _rows(SHARED / "spec/silver/claims.jsonl")
    on_silver = {r["article"] for r in silver}
    calibration = {r["article"] for r in silver[:100]}
    per_article = Counter(r["article"] for r in rows)
    inside = {a: n for a, n in per_article.items() if a in on_silver}
    outside = {a: n for a, n in per_article.items() if a not in on_silver}
    assert (sum(inside.values()), len(inside), max(inside.values())) == (557, 79, 8)
    assert (sum(outside.values()), len(outside), max(outside.values())) == (1592, 400, 4)
    assert not set(per_article) & calibration
    corpus = SHARED / "corpora/bbc-news"
    for r in rows:
        assert (corpus / r["article"]).read_text(encoding="utf-8")[r["start"] : r["end"]] == r["text"], r
