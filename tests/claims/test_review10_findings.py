"""review10's findings on claims.rules.v18 (made-up sentences; strict xfail until fixed; the must-have
requirement is fixed in claims.rules.v19)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        # the BBC's Britannia article: "To qualify for this year's payment, customers must have been members ..."
        "To qualify for the payment, customers must have been members for at least two years.",
        "Applicants must have lived in the borough for three years, the council said.",
    ],
)
def test_a_condition_to_meet_with_must_have_is_a_prescription(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prescription", "modal-prescription")
