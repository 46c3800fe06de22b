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
