"""Findings of review7 on claims.rules.v11-v12 (strict xfail: each passes once the finding is fixed).
The sentences are made up for the construction, after wrong outputs read on unseen BBC articles."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body", ["Rooney asked for the ball and shot wide.", "Fans asked for autographs after the match."]
)
def test_asking_for_a_thing_is_no_speech_act(one, body):
    assert one(body).claimer_kind == "author"


def test_a_referee_cautioning_a_player_is_an_event(one):
    assert one("The referee cautioned the striker in the second half.").claimer_kind == "author"


def test_flagged_up_names_the_claimer_as_the_lexicon_says(one):
    claim = one("Microsoft flagged up two flaws in its browser.")
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", "Microsoft")


def test_a_withheld_verb_does_not_win_over_a_verb_that_says_something(claims_of):
    claims, _ = claims_of("Sharapova did not reveal the extent of her injury, but said she would play on Monday.")
    assert all(c.claimer_rule != "withheld-speech" for c in claims), [(c.text, c.claimer_rule) for c in claims]


def test_what_she_said_after_what_she_did_not_reveal_is_hers(claims_of):
    claims, _ = claims_of("Sharapova did not reveal the extent of her injury, but said she would play on Monday.")
    assert any(c.claimer_kind == "actor" for c in claims), [(c.text, c.claimer_rule) for c in claims]


def test_a_refusal_to_comment_in_the_past_is_an_event(one):
    claim = one("The Bat spokeswoman would not comment on its progress.")
    assert (claim.claimer_rule, claim.claim_type) == ("withheld-speech", "event")
