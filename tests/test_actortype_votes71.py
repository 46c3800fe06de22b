"""actors71's comparison of type votes (`workflow/scripts/actortype_votes71.py`): its variants and its verdicts."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "workflow" / "scripts"))

import actortype_votes71 as votes  # noqa: E402

KRIVORIZHSTAL = [("a", "company", "business-article")] * 5 + [("b", "organisation", "ner-label")]
KRIVORIZHSTAL += [("c", "person", "person-noun")]
BOLTON = [("a", "person", "ner-label")] * 13 + [("b", "organisation", "team-cue")] * 2


def test_the_pipelines_vote_is_the_topic_at_a_third_of_a_cue():
    for rows in (KRIVORIZHSTAL, BOLTON, [("a", "person", "ner-label"), ("b", "company", "business-article")]):
        assert votes.pipeline(rows) == votes.VARIANTS["topic-third-of-a-cue"](rows)


def test_actors67s_vote_and_the_plain_majority():
    assert votes.VARIANTS["actors67"](KRIVORIZHSTAL) == "person"
    assert votes.plain(KRIVORIZHSTAL) == "company" and votes.pipeline(KRIVORIZHSTAL) == "company"
    assert votes.plain(BOLTON) == "person" and votes.pipeline(BOLTON) == "organisation"


def test_variants_that_give_the_labels_a_say():
    assert votes.VARIANTS["label-weight-0.25"](BOLTON) == "person"
    assert votes.VARIANTS["two-cue-votes"]([("a", "company", "company-cue"), ("b", "person", "ner-label")]) == "person"
    assert votes.VARIANTS["cue-share-0.34"](BOLTON) == "person"


def test_per_article_counts_each_article_once():
    rows = [("a", "person", "ner-label")] * 3 + [("b", "organisation", "ner-label"), ("c", "organisation", "ner-label")]
    assert votes.per_article(rows) == "organisation"


def test_verdicts():
    judged = {"disc.x": ["company"], "disc.y": [], "disc.z": ["media", "company"]}
    assert votes.verdict(judged, "disc.x", "person", "company") == "right"
    assert votes.verdict(judged, "disc.x", "company", "person") == "wrong"
    assert votes.verdict(judged, "disc.y", "company", "person") == "neither"
    assert votes.verdict(judged, "disc.z", "media", "company") == "neither"
    assert votes.verdict(judged, "disc.w", "media", "company") == "unjudged"
