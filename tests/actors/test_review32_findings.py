"""review32: session 31's actor rules read where they fire (actors41's `pagelines.exclamation`)."""

from __future__ import annotations

from ._found import texts as _texts


def test_a_name_in_a_list_is_no_oath(mentions):
    """review32 (medium): actors41's `exclamation` took a word of `exclamation_words` between commas for an oath, and
    the commas of a list are commas too: "Abraham, Moses, Jesus, and Muhammad" lost Jesus, "Jesus, Mary and Joseph
    travelled" (a list at a sentence's opening) would too, where every mention of the name on the page is such an item.
    An item of a coordination is named, not exclaimed."""
    text = (
        "The prophets Abraham, Moses, Jesus, and Muhammad are honoured by Muslims. The faith names Abraham, Moses, "
        "Jesus, and Muhammad again."
    )
    assert "Jesus" in _texts(mentions(text))


def test_near_case_an_oath_between_commas_is_still_no_actor(mentions):
    text = (
        "She only wants to share her love with him, dammit, so wtf, give it to her, Jesus, I remember thinking: "
        "this woman is as lonely as I am."
    )
    assert "Jesus" not in _texts(mentions(text))
