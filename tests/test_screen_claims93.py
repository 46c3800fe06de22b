"""claims93: the type-only families of the classifier screen (`workflow/scripts/screen_claims93.py`): `rx` joins the
rules' type rule with the claimer kind, claimer rule and quoted share; `rt` joins the unit's words and cues with the
rules' type, never its bigrams or other families."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "workflow" / "scripts"))

import screen_claims93 as screen  # noqa: E402
from narrative_pipeline.records import ClaimRecord  # noqa: E402

TEXT = "The plan is a disaster, he said."


def claim(claim_type: str = "assessment", type_rule: str = "evaluative-word") -> ClaimRecord:
    return ClaimRecord(
        claim_id="a:c0001", article_id="a", sentence_id="a:s0001", start=0, end=len(TEXT), text=TEXT,
        claim_type=claim_type, certainty="reported", claimer_kind="actor", claimer_text="he", claimer_start=24,
        claimer_end=26, claimer_actor_id=None, type_rule=type_rule, type_cue="disaster", type_cue_start=13,
        type_cue_end=21, certainty_rule="attributed", certainty_cue=None, certainty_cue_start=None,
        certainty_cue_end=None, claimer_rule="reporting-verb", claimer_cue="said", claimer_cue_start=27,
        claimer_cue_end=31,
    )  # fmt: skip


BASE = {
    "bias": 1.0,
    "ngram:plan": 1.0,
    "ngram:plan_is": 1.0,
    "lex:eval=disaster": 1.0,
    "content:copula": 1.0,
    "cue:type=disaster": 1.0,
    "parse:quoted_share=0": 1.0,
    "rule:type=assessment": 1.0,
}


def test_rule_conjunctions_join_the_type_rule():
    got = screen.rule_conjunctions(claim(), BASE)
    assert got == {
        "rx:type_rule|kind=evaluative-word|actor": 1.0,
        "rx:type_rule|claimer_rule=evaluative-word|reporting-verb": 1.0,
        "rx:type_rule|quoted=evaluative-word|0": 1.0,
    }


def test_rule_type_words_follow_the_rules_type():
    got = screen.rule_type_words(claim(), BASE)
    assert set(got) == {
        "rt:assessment|ngram:plan",
        "rt:assessment|lex:eval=disaster",
        "rt:assessment|content:copula",
        "rt:assessment|cue:type=disaster",
    }
    other = screen.rule_type_words(claim("event", "default-event"), BASE)
    assert set(other) == {name.replace("rt:assessment|", "rt:event|") for name in got}
