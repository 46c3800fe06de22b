"""claims64: "widely expected" / "widely predicted" set off by a comma or a dash after a noun modifies the noun ("the
election - widely expected in May -"), not the main clause: no hedge, no unnamed source for the clause
(`syntax.set_off_participle`, read by `certainty.hedge_phrase` and `phrasal.unnamed_attribution`; ANNOTATION's hard
case: a hedge inside a modifier does not hedge the main clause; s14 labels the Tory plans sentence the author's,
asserted). "widely predicted" joins "widely expected" in `unnamed_phrases` and `hedge_phrases`, so the with-phrase unit
"With the election widely predicted for May" is unnamed and hedged (s46 and gold-politics-dev's labels; claims59's
strict xfail). Each sentence through the real parse (config/eval/README.md "claims64")."""

from __future__ import annotations

import pytest


def claim_at(claims_of, body, words):
    return next(c for c in claims_of(body)[0] if words in c.text)


@pytest.mark.parametrize(
    "body",
    [
        "The latest Tory plans came as campaigning for the election - widely expected in May - gathered pace.",
        "It has caused a new wave of concern among Labour MPs gearing up to defend their seats in an election, widely "
        "expected to be held in May.",
    ],
    ids=["dashes", "commas"],
)
def test_a_set_off_widely_expected_does_not_hedge_the_main_clause(one, body):
    c = one(body)
    assert (c.claimer_kind, c.certainty) == ("author", "asserted"), (c.claimer_rule, c.certainty_rule)


def test_a_participle_the_units_split_off_is_its_own_unnamed_claim(claims_of):
    """Where the parser makes 'widely predicted for May' a clause of its own (advcl), the units split it off: the main
    clause stays the author's and the fragment is unnamed and hedged (gold-politics-dev labels that fragment so)."""
    claims, _ = claims_of(
        "Even if the move does go ahead it will be in place before the next general election, widely predicted for May."
    )
    main, tail = claims
    assert (main.claimer_kind, main.certainty) == ("author", "asserted"), (main.claimer_rule, main.certainty_rule)
    assert (tail.text, tail.claimer_kind, tail.certainty) == ("widely predicted for May", "unnamed", "hedged")


def test_a_set_off_widely_expected_leaves_a_reported_clause_reported(claims_of):
    c = claim_at(
        claims_of,
        "According to the BBC poll, 61% said the issue of trust made no difference to whether they would vote at the "
        "next election, widely expected on 5 May.",
        "61%",
    )
    assert c.certainty == "reported", (c.certainty_rule, c.certainty_cue)


def test_widely_predicted_in_a_with_phrase_is_unnamed_and_hedged(claims_of):
    c = claim_at(
        claims_of,
        "With the election widely predicted for May, angry Labour MPs this week warned Mr Blair and Mr Brown about "
        "the dangers of disunity.",
        "widely predicted",
    )
    assert (c.claimer_kind, c.certainty) == ("unnamed", "hedged"), (c.text, c.claimer_rule, c.certainty_rule)


@pytest.mark.parametrize(
    "body",
    [
        "The general election is widely expected next May.",
        "The Xbox game Halo 2 is widely expected to be one of the best-selling games of the year.",
        "Although it has been widely predicted that Mr Gates would be showcasing the new Xbox, he did not.",
    ],
    ids=["is-widely-expected", "expected-to", "it-has-been-predicted"],
)
def test_the_clause_s_own_widely_expected_still_hedges(claims_of, body):
    c = claims_of(body)[0][0]
    assert (c.claimer_kind, c.certainty) == ("unnamed", "hedged"), (c.claimer_rule, c.certainty_rule)


def test_a_hedge_in_a_set_off_participle_leaves_the_clause_asserted(one):
    """ANNOTATION's own example, with commas: the allegation is the participle's, not the clause's."""
    c = one("The family of a civilian, allegedly killed by troops, have won a challenge.")
    assert (c.claimer_kind, c.certainty) == ("author", "asserted"), (c.claimer_rule, c.certainty_rule)


@pytest.mark.xfail(
    strict=True,
    reason="the with-phrase's type: a participle of prediction with no auxiliary ('With the election widely predicted "
    "for May') is no `awaited` passive and falls to `default-event` (labels: prediction); 1 corpus unit",
)
def test_widely_predicted_in_a_with_phrase_is_a_prediction(claims_of):
    c = claim_at(claims_of, "With the election widely predicted for May, angry Labour MPs warned Mr Blair.", "widely")
    assert c.claim_type == "prediction", (c.type_rule, c.type_cue)
