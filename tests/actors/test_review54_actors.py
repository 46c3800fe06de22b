"""review54 (session 49, a read-only review of the session's later merges): a defect found too late in the session to fix,
kept as a strict xfail until actors70 fixed it (config/eval/README.md, "lead, session 49", "actors70")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Arms sales from the US to Taiwan angered Beijing.", "Taiwan"),  # "arms" (given_nouns) is the owner's compound
        ("Sovereignty over Hong Kong passed from Britain to China in 1997.", "China"),  # a verb of transfer
    ],
)
def test_the_sides_of_a_transfer_are_no_places(verdicts, text, surface):
    assert (surface, "range-of-places") not in verdicts(text)
