"""claims59: pipeline errors of the session 46 BBC politics check (`config/eval/claims-handcheck-s46.jsonl`) that
claims.rules.v79 leaves, kept as strict xfails (config/eval/README.md, "claims59", what is left)."""

from __future__ import annotations

import pytest


def claim_at(claims_of, body, words):
    return next(c for c in claims_of(body)[0] if words in c.text)


@pytest.mark.xfail(
    strict=True,
    reason="'he might say' is a hypothetical aside of the author's, not an attribution: the rules take 'say' as the "
    "reporting verb and 'might' as a hedge (labels: author, asserted)",
)
def test_a_hypothetical_aside_attributes_nothing(claims_of):
    c = claim_at(
        claims_of,
        "In his 22 years in the Commons, he has seen his fair share of such claims dashed on the rocks of bitter "
        "experience and, he might say, the UK's political and electoral system.",
        "fair share",
    )
    assert (c.claimer_kind, c.certainty) == ("author", "asserted"), (c.claimer_rule, c.certainty_rule)


@pytest.mark.xfail(
    strict=True,
    reason="'With the election widely predicted for May' (a unit of its own): a participle of belief with 'widely' "
    "is an unnamed, hedged prediction as 'is widely expected' is (labels: prediction, hedged, unnamed; the fragment "
    "'widely predicted for May.' of gold-politics-dev too)",
)
def test_widely_predicted_in_a_with_phrase_is_unnamed_and_hedged(claims_of):
    c = claim_at(
        claims_of,
        "With the election widely predicted for May, angry Labour MPs this week warned Mr Blair and Mr Brown about "
        "the dangers of disunity.",
        "widely predicted",
    )
    assert (c.claimer_kind, c.certainty) == ("unnamed", "hedged"), (c.text, c.claimer_rule, c.certainty_rule)


# The "He went on:" frame, a strict xfail here until claims61 (claims.rules.v84), is tested in
# tests/claims/test_claims61_continuing_frames.py.
