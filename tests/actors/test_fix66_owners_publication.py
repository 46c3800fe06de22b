"""fix66 (session 55, review65 4): `publication_after` (actors84) made a name before a publication's noun an outlet; a
person's name there ("a Rupert Murdoch newspaper") is the owner, and so is a name after "a" before a publication's noun
that heads its phrase ("a Hearst magazine": one of its). Before, the cue typed the owner media on that mention and,
through `article-agreement`, on every other mention of the article. Outlets stay: "Time magazine", "a Time magazine
poll" (the noun modifies another), "Le Figaro newspaper", "the Interfax news agency"."""

from __future__ import annotations

import pytest


def test_a_persons_name_before_newspaper_is_the_owner(typed):
    found = typed(
        "Rupert Murdoch said he would buy the paper. The story appeared in a Rupert Murdoch newspaper on Sunday. "
        "Rupert Murdoch later denied it."
    )
    assert found["Rupert Murdoch"][0] == "person", found


def test_a_name_after_a_before_a_publications_noun_is_its_owner(typed):
    found = typed("The interview ran in a Hearst magazine in May.")
    assert found["Hearst"][0] != "media", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Time magazine named him person of the year.", "Time"),
        ("A Time magazine poll found most voters undecided.", "Time"),
        ("Le Figaro newspaper said the talks failed.", "Le Figaro"),
        ("The Interfax news agency said ten people died.", "Interfax"),
        ("He told the Western Mail newspaper that he would stay.", "Western Mail"),
    ],
)
def test_an_outlet_before_its_noun_stays_media(typed, text, name):
    assert typed(text)[name] == ("media", "media-cue")
