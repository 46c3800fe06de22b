"""review54 (session 49, a read-only review of the session's later merges): a defect found too late in the session to fix,
kept as a strict xfail so the change that fixes it says so (config/eval/README.md, "lead, session 49")."""

from __future__ import annotations

import pytest
from narratives_support import rows


@pytest.mark.xfail(strict=True, reason="narr26's lone-person climbs a possessive: the owner of a person noun subject")
def test_the_owner_of_a_spokesman_is_not_he(statements):
    found = statements(
        "Mr Blair's spokesman briefed reporters on Monday. He attacked the Conservatives over their tax plans."
    )
    hits = [s for s in found if s.action_text == "attacked"]
    assert all(s.agent_actor_id != "tony_blair" for s in hits), rows(found)
