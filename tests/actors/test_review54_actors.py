"""review54 (session 49, a read-only review of the session's later merges): a defect found too late in the session to fix,
kept as a strict xfail so the change that fixes it says so (config/eval/README.md, "lead, session 49")."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(strict=True, reason="actors67's range-of-places drops both sides of a transfer between states")
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Arms sales from the US to Taiwan angered Beijing.", "Taiwan"),  # "arms" (given_nouns) is the owner's compound
        ("Sovereignty over Hong Kong passed from Britain to China in 1997.", "China"),  # a verb of transfer
    ],
)
def test_the_sides_of_a_transfer_are_no_places(verdicts, text, surface):
    assert (surface, "range-of-places") not in verdicts(text)
