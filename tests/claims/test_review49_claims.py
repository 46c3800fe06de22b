"""review49 (fresh-eyes review of session 46's round 2): review48's `Lexicon.hypothetical` kept the "would" of any
clause with an "under" phrase, so a regime's habit of the past ("Under Saddam Hussein, the secret police would
routinely torture suspects") became a prediction; only "under" a noun of a plan (`hypothesis_nouns`: "under the
proposals") sets the "would" in a plan. Each sentence through the real parse; written for the review."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Under Saddam Hussein, the secret police would routinely torture suspects.",
        "Under the Taliban, women would often be beaten for showing their faces.",
        "Under military rule, soldiers would regularly raid villages at night.",
    ],
    ids=["saddam", "taliban", "military-rule"],
)
def test_a_regimes_habit_under_its_rule_is_an_event(one, body):
    claim = one(body)
    assert claim.claim_type == "event", (claim.claim_type, claim.type_rule, claim.type_cue)


@pytest.mark.parametrize(
    "body",
    [
        "Under the deal, inspectors would regularly visit the enrichment sites.",
        "Under the scheme, pensioners would often receive a winter payment in advance.",
    ],
    ids=["deal", "scheme"],
)
def test_a_would_of_frequency_under_a_plan_is_still_a_prediction(one, body):
    claim = one(body)
    assert claim.claim_type == "prediction", (claim.claim_type, claim.type_rule, claim.type_cue)
