"""actors80 (session 53, issue 12): the names actors79's `firms-article` took for firms that the page itself says are
no firm: an acronym the page spells out as a body's name ("Disasters Emergency Committee ... DEC", "the World Economic
Forum (WEF)" (the test: a forum of no business word), "AAAS (American Association for the Advancement of Science)"), a name whose own head word is a body's
("Computer Crime Unit", "British Chambers of Commerce"), a name written as a standard's or a technology's ("EV-DO
technology", "two competing standards: DVB-H"), and a short list of well-known bodies pages name bare (Nasa, MIT,
Oxfam); each keeps spaCy's label. The firms beside them in the same texts stay companies. Each text through the real
parse (`typed` of tests/actors/conftest.py)."""

from __future__ import annotations

import pytest

RULE = "firms-article"
FIRMS = "Chip maker Intel has unveiled a processor for the laptop market. The firm said its products ship in March. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an acronym the page spells out as a body's name (the letters of its words), in brackets or not
        (
            FIRMS + "At the recent AAAS (American Association for the Advancement of Science) annual meeting in"
            " Washington DC, researchers showed off robots.",
            "AAAS",
        ),
        (
            FIRMS + "Leaders met at the World Forum for Science (WFS) in Davos. Protests against the WFS were muted.",
            "WFS",
        ),
        # what a copula says the name is
        (FIRMS + "Futurelab is an educational organisation looking at ways of using games in schools.", "Futurelab"),
        # the name's own head word is a body's
        (FIRMS + "The fund had contacted the Computer Crime Unit at Scotland Yard.", "Computer Crime Unit"),
        (FIRMS + "David Frost of the British Chambers of Commerce welcomed the chip.", "British Chambers of Commerce"),
        # a name the page writes as a standard's or a technology's
        (FIRMS + "Sprint will spend $1bn on EV-DO technology from Lucent.", "EV"),
        (
            FIRMS + "There is a battle between two competing standards: DVB-H for Digital Video Broadcasting for"
            " Handsets and DMB. Nokia is backing DVB-H. DMB offers twice the number of frames a minute as DVB-H.",
            "DVB-H.",
        ),
        # a well-known body the page names bare (`known_bodies`)
        (FIRMS + "Researchers at MIT tested the chip.", "MIT"),
        (FIRMS + "Nasa said it would buy the chip.", "Nasa"),
        (FIRMS + "Oxfam senior policy adviser Max Lawson welcomed the chip.", "Oxfam"),
    ],
)
def test_what_the_page_says_is_no_firm_is_no_firms_article_company(typed, text, name):
    found = typed(text)
    assert found.get(name, (None, None))[1] != RULE and found.get(name, (None, None))[0] != "company", found


def _info(parse, lex, text):
    from narrative_pipeline.actors.context import ArticleInfo

    return ArticleInfo.build(parse("Headline\n\n" + text), lex)


def test_an_acronym_the_page_spells_as_a_body_and_not_as_a_firm(parse, lex):
    """`spelt_bodies`: the page's runs of capitalised words read for the acronyms' letters anywhere on it (the real
    page's "Disasters Emergency Committee webpage" is no candidate name of spaCy's, so the short form's link does not
    take it); a firm's spelt-out name ("International Business Machines") is no body's."""
    from narrative_pipeline.actors.typing import spelt_bodies

    info = _info(
        parse,
        lex,
        "The site copies the official Disasters Emergency Committee webpage. DEC said it was fake. International"
        " Business Machines has also made a chip. IBM said it would not follow. The Ministry of Defence (MOD) agreed.",
    )
    assert spelt_bodies({"DEC", "IBM", "MOD", "Nokia"}, info, lex) == {"dec"}


@pytest.mark.parametrize(
    ("text", "name", "standard"),
    [
        ("Sprint will spend $1bn on EV-DO technology from Lucent Technologies and Nortel Networks.", "EV", True),
        ("There are two competing standards: DVB-H and DMB.", "DVB-H", True),
        # the code in brackets the page gives the name is written as a standard's
        (
            "Some opt for Evolution, Data Optimised (EV-DO). Sprint is deploying EV-DO technology.",
            "Data Optimised",
            True,
        ),
        ("Sprint will spend $1bn on EV-DO technology from Lucent Technologies and Nortel Networks.", "Lucent", False),
        ("The deal is with Lucent Technologies, Nortel Networks and Motorola.", "Nortel Networks", False),
        ("Intel chips power the laptop.", "Intel", False),
    ],
)
def test_a_name_written_as_a_standard(parse, lex, text, name, standard):
    """`standard_named`: the noun of a standard in lower case after the name (through a hyphenated code) or before it
    with a colon or a comma; a firm's name of a capitalised "Technologies" is none."""
    from narrative_pipeline.actors.typing import standard_named

    assert standard_named(name, _info(parse, lex, text), lex) is standard


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an acronym the page spells out as a firm's name stays a firm
        (FIRMS + "International Business Machines has also made a chip. IBM said it would not follow.", "IBM"),
        # a firm whose name holds a technology's word, with a capital, stays a firm (and the name after it)
        (
            FIRMS
            + "Sprint will spend $1bn on EV-DO technology from Lucent Technologies, Nortel Networks and Motorola.",
            "Nortel Networks",
        ),
        # a firm's product noun after it is no standard
        (
            FIRMS + "Sprint will use the new Nortel Networks phones. Nortel Networks said they were good.",
            "Nortel Networks",
        ),
        # a firm listed with a body whose capitalised head word the parse hangs on it as an apposition (actors80-try1)
        (
            FIRMS + "Samsung, the UK's Foreign Office and Lawrence Livermore National Laboratories in the US have"
            " decided to ban camera phones.",
            "Samsung",
        ),
        # a firm of "Research" stays a firm
        (FIRMS + "Jupiter Research said the chip would sell.", "Jupiter Research"),
    ],
)
def test_a_firm_beside_them_stays_a_company(typed, text, name):
    found = typed(text)
    assert found[name] == ("company", RULE), found


def test_a_firms_possessive_before_a_supercomputer_is_a_company(typed):
    """'Silicon Graphics' Columbia supercomputer' (spt76's type miss): a supercomputer is a firm's product
    (`owned_product_nouns`), as a console or a robot is."""
    found = typed("In second place was Silicon Graphics' Columbia supercomputer based at the space agency.")
    assert found["Silicon Graphics"] == ("company", "company-cue"), found


def test_a_known_body_is_left_alone_outside_an_article_of_firms(typed):
    """The list of well-known bodies is read only where `firms-article` would type the name: elsewhere the label's
    type stands as it did."""
    found = typed("Nasa said it would launch the probe in March.")
    assert found["Nasa"][1] != RULE, found
