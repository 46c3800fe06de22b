"""review52 (issue 12): review51's `arguments.held_of` (a held noun's of-phrase gives it where no receiving or holding
verb governs the noun) read beyond its tests. "came / rallied to the support of X" is the of-phrase's X getting the
support, as "in support of X" is: a "to" on a verb; "thanks / due / owing to the support of X" still has X give it.
The corpora hold no "to the support / backing of" (0 BBC, 0 web sentences): a guard for unseen news."""

from __future__ import annotations

import pytest
from narratives_support import rows


def _support(found):
    return [(s.agent_actor_id, s.patient_actor_id) for s in found if s.action_class == "SUPPORT"]


@pytest.mark.parametrize(
    ("text", "agent", "patient"),
    [
        ("Labour MPs rallied to the support of Tony Blair after the vote.", "labour_party", "tony_blair"),
        ("The Conservatives came to the support of Gordon Brown on Monday.", "conservative_party", "gordon_brown"),
    ],
    ids=["rallied-to", "came-to"],
)
def test_coming_to_the_support_of_x_supports_x(statements, text, agent, patient):
    found = statements(text)
    assert (agent, patient) in _support(found), rows(found)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the support of Gordon Brown, the plan passed.",
        "Due to the support of Gordon Brown, the plan passed.",
        "Owing to the backing of Gordon Brown, the plan passed.",
        "Despite the support of Gordon Brown, the plan failed.",
    ],
    ids=["thanks-to", "due-to", "owing-to", "despite"],
)
def test_thanks_to_the_support_of_x_x_gives_it(statements, text):
    found = statements(text)
    assert [a for a, _ in _support(found)] == ["gordon_brown"], rows(found)
