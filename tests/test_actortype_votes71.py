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


FIFA = [("a", "organisation", "ner-label")] * 10 + [("b", "company", "business-article")]


def test_the_pipelines_vote_is_the_label_at_a_tenth_of_the_topic():
    """actors75: was "topic-third-of-a-cue" (labels at 0); the two part on FIFA (review56 9)."""
    for rows in (KRIVORIZHSTAL, BOLTON, FIFA, [("a", "person", "ner-label"), ("b", "company", "business-article")]):
        assert votes.pipeline(rows) == votes.VARIANTS["label-a-tenth-of-topic"](rows)
    assert votes.VARIANTS["topic-third-of-a-cue"](FIFA) == "company" and votes.pipeline(FIFA) == "organisation"


def test_topic_caps():
    assert votes.VARIANTS["topic-capped-5"](FIFA) == "organisation"
    assert votes.VARIANTS["topic-capped-5"](FIFA[6:]) == "company"  # 4 labels against 1 topic
    assert votes.VARIANTS["topic-capped-2"](KRIVORIZHSTAL) == votes.pipeline(KRIVORIZHSTAL)  # a cue: the pipeline


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
