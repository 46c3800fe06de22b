"""review54 (session 49, a read-only review of the session's later merges): a defect found too late in the session to fix,
kept as a strict xfail so the change that fixes it says so (config/eval/README.md, "lead, session 49")."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(strict=True, reason="claims67's regarded-as (held against the model) reads literal seeing as regard")
def test_literal_seeing_as_a_role_is_no_assessment(claims_of):
    c = claims_of("Police said the suspect was seen as a passenger in a blue car on Monday.")[0][-1]
    assert c.type_rule != "regarded-as", (c.text, c.claim_type, c.type_rule)
