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


# The "widely predicted" with-phrase, a strict xfail here until claims64 (claims.rules.v92), is tested in
# tests/claims/test_claims64_widely.py (its type, still an event, a strict xfail there).


# The "He went on:" frame, a strict xfail here until claims61 (claims.rules.v84), is tested in
# tests/claims/test_claims61_continuing_frames.py.
