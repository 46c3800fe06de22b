"""review50 (fresh-eyes review of session 47's round 1). Each sentence through the real parse; written for the review.

- review49's `hypothesis_nouns` kept "Under Saddam ... would routinely" a habit of the past, but also made every plan
  its nouns do not name a habit ("Under the new rules / the terms of the agreement / the legislation, inspectors would
  regularly visit ...": events on main, predictions under review48). A noun a word of `hypothesis_modifiers` ("new",
  "proposed") modifies, and "term", "legislation", "measure", set the "would" in a plan again (`Lexicon.plan_noun`).
- claims61 made "warn X to do Y" a directive, a prescription, also where the infinitive only forecasts: "Analysts
  warned investors to expect further losses" says what will come. A verb of `forewarning_verbs` whose only infinitives
  are of `expectation_infinitives` is no directive and its claim a prediction (`type.told_to_expect`); "urged voters
  to expect more of the government" (a demand) and "warned journalists to stay away" stay directives.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Under the new rules, inspectors would regularly visit every school.",
        "Under the terms of the agreement, inspectors would regularly visit the sites.",
        "Under the legislation, councils would regularly inspect every landlord.",
        "Under the proposed system, patients would routinely see a nurse first.",
    ],
    ids=["new-rules", "terms", "legislation", "proposed-system"],
)
def test_a_would_of_frequency_under_a_plan_is_a_prediction(one, body):
    claim = one(body)
    assert claim.claim_type == "prediction", (claim.claim_type, claim.type_rule, claim.type_cue)


@pytest.mark.parametrize(
    "body",
    [
        "Under Saddam, police would routinely torture suspects.",
        "Under communism, the secret police would regularly search homes.",
        "Under the old system, patients would routinely wait for months.",
    ],
    ids=["saddam", "communism", "old-system"],
)
def test_a_habit_under_a_regime_or_an_old_system_stays_an_event(one, body):
    claim = one(body)
    assert claim.claim_type == "event", (claim.claim_type, claim.type_rule, claim.type_cue)


@pytest.mark.parametrize(
    "body",
    [
        "Analysts warned investors to expect further losses this year.",
        "Economists warned consumers to expect higher prices next year.",
        "Ministers told reporters to expect an announcement on Friday.",
    ],
    ids=["analysts", "economists", "told"],
)
def test_a_warning_to_expect_something_is_a_prediction(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prediction", "verb-future"), claim.type_cue


@pytest.mark.parametrize(
    "body",
    [
        "The army warned journalists to stay away from the border.",
        "The party urged voters to expect more from the government.",
        "Forecasters warned people to prepare for heavy snow.",
    ],
    ids=["army", "urged-to-expect", "prepare"],
)
def test_a_warning_to_act_stays_a_directive(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prescription", "directive"), claim.type_cue


@pytest.mark.xfail(
    strict=True, reason="review50: a passive 'were warned to expect' is typed by speech-act-prescription"
)
def test_a_passive_warning_to_expect_something_is_a_prediction(one):
    claim = one("Investors were warned to expect further losses.")
    assert claim.claim_type == "prediction", (claim.claim_type, claim.type_rule, claim.type_cue)
