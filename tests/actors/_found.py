"""What the actor tests read from a `mentions` fixture's rows (text, actor id, type)."""

from __future__ import annotations


def texts(found) -> set[str]:
    """The mention texts of `found`, the rows of the `mentions` fixture."""
    return {text for text, _, _ in found}
