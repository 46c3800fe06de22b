"""review54 (session 49, a read-only review of the session's later merges): a defect found too late in the session to fix,
kept as a strict xfail so the change that fixes it says so (config/eval/README.md, "lead, session 49"); narr28
(session 50) fixed it (`owned_person_nouns`)."""

from __future__ import annotations

from narratives_support import rows


def test_the_owner_of_a_spokesman_is_not_he(statements):
    found = statements(
        "Mr Blair's spokesman briefed reporters on Monday. He attacked the Conservatives over their tax plans."
    )
    hits = [s for s in found if s.action_text == "attacked"]
    assert all(s.agent_actor_id != "tony_blair" for s in hits), rows(found)
