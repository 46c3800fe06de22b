"""A body's name typed by its last word before the words that say what it is about (the lead, session 45): "Consumer
Electronics Association", "Energy Savings Trust" and "Business Software Alliance" are no companies for their
"electronics", "energy" or "software", nor "Food and Drug Administration" or "Food and Agriculture Organisation" for
the business article they are named in; a name with a word of the media stays the media's ("Reuters News Agency")."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import default_lexicon
from narrative_pipeline.actors.discovery import head_type, org_type


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The Consumer Electronics Association said sales of gadgets rose 11% to $113bn.", "Consumer Electronics "
         "Association", "organisation"),
        ("The Energy Savings Trust said the grants would cut household bills.", "Energy Savings Trust", "organisation"),
        ("Shares in Merck fell after the Food and Drug Administration said sales of the drug would be reviewed, "
         "analysts said, and profits would fall.", "Food and Drug Administration", "government"),
        ("Cereal prices and sales rose, the Food and Agriculture Organisation said, and markets and investors "
         "reacted, with profits up.", "Food and Agriculture Organisation", "organisation"),
    ],
)  # fmt: skip
def test_a_body_s_last_word_types_it(typed, text, name, expected):
    assert typed(text)[name][0] == expected, typed(text)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Reuters News Agency", None),  # the media's
        ("Hollywood Foreign Press Association", None),
        ("Yukos Oil Company", "company"),  # a company's own head (before "of", actors65: one reading of the head)
        ("US Department of Energy", "government"),  # the head before "of" (actors65; was `typing._head_word_type`)
        ("Investors Bank and Trust", "company"),  # the first of two heads joined by "and"
        ("Police Federation", "organisation"),
        ("National Highway Traffic Safety Administration", "government"),
    ],
)
def test_the_head_decides_without_a_media_word(name, expected):
    assert head_type(tuple(name.lower().split()), default_lexicon()) == expected


def test_org_type_reads_the_head_first():
    lex = default_lexicon()
    assert org_type("Business Software Alliance", lex) == "organisation"
    assert org_type("Reuters News Agency", lex) == "media"
    assert org_type("Royal Bank of Scotland", lex) == "company"
