"""review27: fresh-eyes findings on session 26's claim rules (claims33), as strict xfails."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(
    strict=True,
    reason="review27: claims33's `polled` reads a poll word anywhere in the sentence, so a vote the claim is about "
    "('the referendum should be delayed') makes 'Most MPs' a poll's count and the prescription an event "
    "(`reported-finding`); the poll word is the topic here, not where the share was counted",
)
def test_a_referendum_talked_of_makes_no_poll_of_most_mps(one):
    claim = one("Most MPs said the referendum should be delayed until next year.")
    assert claim.type_rule != "reported-finding"
    assert claim.claim_type == "prescription"


@pytest.mark.xfail(
    strict=True,
    reason="review27: claims33's `caller` takes a relative pronoun as a subject that names no source, so a summons "
    "review25 found ('A neighbour called for an ambulance') is still an unattributed call when its person is the "
    "relative clause's antecedent ('A passer-by, who called for help, ...'); the antecedent is the subject to read",
)
def test_a_summons_in_a_relative_clause_is_no_unattributed_call(claims_of):
    claims, _ = claims_of("A passer-by, who called for help, was hailed a hero.")
    call = next(c for c in claims if "called for help" in c.text)
    assert call.type_rule != "verb-prescription"
