"""Certainty: one example per entry of CERTAINTY_RULES (inherited certainty: see test_discourse)."""

from __future__ import annotations

from typing import get_args

import pytest
from narrative_pipeline.claims.certainty import CERTAINTY_RULES
from narrative_pipeline.records import CertaintyRule, InheritedRule

EXAMPLES = {
    "hedge-phrase": ("It is unclear whether the talks will resume.", "It is unclear"),
    "hedge-word": ("The ceasefire may collapse.", "may"),
    "hedge-verb": ("The plan seems popular.", "seems"),
    "hedge-passive": ("The talks had been expected to fail.", "had been expected"),
    "attributed": ("Officials said the talks had failed.", "said"),
    "author-default": ("Troops crossed the border on Monday.", None),
}


@pytest.mark.parametrize("rule", CERTAINTY_RULES, ids=lambda r: r.name)
def test_each_certainty_rule_decides_its_example(rule, one):
    body, cue = EXAMPLES[rule.name]
    claim = one(body)
    assert (claim.certainty_rule, claim.certainty, claim.certainty_cue) == (rule.name, rule.decides, cue)


def test_every_certainty_rule_has_an_example_and_a_recorded_name():
    assert [r.name for r in CERTAINTY_RULES] == list(EXAMPLES)
    assert set(EXAMPLES) | set(get_args(InheritedRule)) == set(get_args(CertaintyRule))


def test_hedge_beats_report(one):
    claim = one("Officials said the ceasefire may collapse.")
    assert claim.certainty == "hedged" and claim.certainty_cue == "may"


def test_hedge_adverb_author(one):
    claim = one("This apparently indicates that the resources are exhausted.")
    assert (claim.certainty, claim.claimer_kind, claim.claim_type) == ("hedged", "author", "assessment")


def test_the_first_hedge_in_the_text_names_the_rule(one):
    claim = one("Prices seem likely to rise.")  # "likely" hedges too, but comes later
    assert (claim.certainty_rule, claim.certainty_cue) == ("hedge-verb", "seem")


def test_every_decision_has_cue_offsets(claims_of):
    claims, _ = claims_of("Officials said the ceasefire may collapse.")
    for prefix in ("type_cue", "certainty_cue", "claimer_cue"):
        start, end = getattr(claims[0], prefix + "_start"), getattr(claims[0], prefix + "_end")
        assert start is not None and end > start


def test_could_not_is_no_hedge(one):
    claim = one("The ministry said it could not comment on the case.")
    assert (claim.certainty, claim.claim_type) == ("reported", "event")
    assert one("The ministry said it could comment on the case.").certainty == "hedged"


@pytest.mark.parametrize(
    "body",
    [
        'He said: "I don\'t think the plan will work."',
        'He said: "I don\u2019t think the plan will work."',  # a typographic apostrophe
        'She said: "I am not convinced the plan will work."',
    ],
)
def test_a_first_person_doubt_hedges(one, body):
    assert one(body).certainty == "hedged"
