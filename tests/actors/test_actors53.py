"""actors53 (issue 12, actors on web news nobody tuned the rules to): a short form that is the end of an organisation's
name the page gave in full, a person called by a middle name, and "CEO" as a person's noun; each sentence through the
real parse (`mentions` of tests/actors/conftest.py)."""

from __future__ import annotations

import pytest

CAISO = (
    "Anne Gonzales is a spokeswoman for California ISO, which runs the grid. "
    "\"But the ISO isn't saying it's congestion,\" said Loretta Lynch."
)
TRUST = (
    "A third option is to join the New York City Public Housing Preservation Trust, a new government entity. "
    "Should the tenants elect the Preservation Trust, it would be the first such transfer."
)


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (CAISO, "ISO", "disc.california_iso"),
        (TRUST, "Preservation Trust", "disc.new_york_city_public_housing_preservation_trust"),
    ],
)
def test_the_end_of_a_bodys_name_is_its_short_form(mentions, text, short, full):
    assert (short, full, "short-form") in mentions(text)


def test_an_end_two_bodies_share_is_no_short_form(linked):
    text = "Newcastle United and Manchester United drew on Sunday. United were the better side in the first half."
    got = linked(text)
    assert not any(a in {"disc.newcastle_united", "disc.manchester_united"} for t, a in got if t == "United")


def test_a_listed_name_gives_no_short_form(linked):
    """spaCy's span 'Zotac, Asus and Gigabyte' is a list, not a body: 'Asus' later is no short form of it."""
    text = "Cards are made by Zotac, Asus and Gigabyte, the site says. Asus said its card would ship in May."
    assert not any(t == "Asus" and "zotac" in a for t, a in linked(text))


def test_a_name_before_the_full_one_is_not_folded(mentions):
    text = "The ISO said on Friday it acted. Anne Gonzales is a spokeswoman for California ISO, which runs the grid."
    assert ("ISO", "disc.california_iso", "short-form") not in mentions(text)


def test_a_middle_name_is_the_person_named_with_it(mentions):
    text = (
        "Camille Etienne Gbedey, their Haitian-born mother, started the page. "
        '"Maybe there\'s a doctor out there who can help," Etienne said.'
    )
    assert ("Etienne", "disc.camille_etienne_gbedey", "surname") in mentions(text)


def test_a_middle_name_two_persons_share_links_neither(linked):
    text = (
        "Camille Etienne Gbedey and Marie Etienne Joseph started the page. "
        '"Maybe there\'s a doctor out there who can help," Etienne said.'
    )
    got = {a for t, a in linked(text) if t == "Etienne"}
    assert not got & {"disc.camille_etienne_gbedey", "disc.marie_etienne_joseph"}


def test_a_ceo_is_a_person_whatever_the_apposition_after_his_firm(typed, mentions):
    text = (
        "The effort may have consumed about 2.8 gigawatt-hours of electricity, estimates Evan Sparks, CEO of "
        "Determined AI, a startup that provides software to help companies manage AI projects. Sparks says the "
        "firm is working with a pharmaceutical company."
    )
    assert typed(text)["Evan Sparks"][0] == "person"
    assert ("Sparks", "disc.evan_sparks", "surname") in mentions(text)


@pytest.mark.parametrize(
    ("text", "garbled"),
    [
        ("Fans were seen Praising Celtic before the game. Celtic won the match 2-0.", "disc.praising_celtic"),
    ],
)
def test_no_short_form_of_a_name_spacy_ran_an_adjective_into(linked, text, garbled):
    assert not any(a == garbled for t, a in linked(text) if t in {"Celtic", "Davenport"})


def test_a_file_format_is_no_actor(linked):
    text = "The ransomware encrypts various filetypes, including DOC, PPT, JPEG and others, and PNG files."
    assert not {t for t, _ in linked(text)} & {"DOC", "PPT", "PNG"}


def test_a_clubs_last_word_is_its_short_form(mentions):
    text = "Manchester United have won the Premiership. Sir Alex Ferguson said United had deserved the title."
    assert ("United", "disc.manchester_united", "short-form") in mentions(text)


def test_no_short_form_of_a_name_that_opens_with_a_noun_at_a_sentences_start(linked):
    """spaCy's "Carmaker Fiat" at a sentence's start: "Fiat" after it is Fiat, not that span."""
    text = "Carmaker Fiat will meet General Motors on Tuesday. Fiat boss Sergio Marchionne is confident."
    assert ("Fiat", "disc.carmaker_fiat") not in linked(text)


def test_a_name_opening_with_a_file_format_word_is_kept(typed):
    """The formats are whole names only (`software_names`): "Doc Rivers" is a person's name."""
    assert typed("Coach Doc Rivers said the team had played well.").get("Doc Rivers", ("",))[0] == "person"
