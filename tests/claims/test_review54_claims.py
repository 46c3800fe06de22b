"""review54 (session 49, a read-only review of the session's later merges): a defect found too late in the session to fix,
kept as a strict xfail so the change that fixes it says so (config/eval/README.md, "lead, session 49"); fixed by
claims69 (`type.depicted_as`: a sight of what one was at the time is no regard)."""

from __future__ import annotations


def test_literal_seeing_as_a_role_is_no_assessment(claims_of):
    c = claims_of("Police said the suspect was seen as a passenger in a blue car on Monday.")[0][-1]
    assert c.type_rule != "regarded-as", (c.text, c.claim_type, c.type_rule)
