"""actors57 (issue 12, actors on any news): a list spaCy ran into one name ("Dell, Samsung", "Bernal, Jamie Foxx",
"Dyer, Faye, Bowyer") is its names, one mention each; a list of places that a preposition of place opens outside sport
is no name (`discovery.listed_names`, `discovery._unlisted`). Each sentence through the real parse (`mentions` of
tests/actors/conftest.py)."""

from __future__ import annotations

import pytest


def surfaces(mentions, text: str) -> set[str]:
    return {t for t, _, _ in mentions(text)}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "DiCaprio faces competition from Bernal, Jamie Foxx, Jim Carrey and Johnny Depp in the best actor "
            "category.",
            {"Bernal", "Jamie Foxx"},
        ),
        (
            "Sony Pictures Entertainment and MGM Studios have already staked their allegiance with the Blu-ray Disc "
            "Association, whose members also include technology companies Dell, Samsung and Matsushita.",
            {"Dell", "Samsung"},
        ),
        (
            "Yukos is currently suing four companies - Gazprom, its unit Gazpromneft, Rosneft and the shell company "
            "which won the bidding - for damages.",
            {"Gazpromneft", "Rosneft"},
        ),
    ],
)
def test_a_list_spacy_ran_into_one_name_is_its_names(mentions, text, names):
    found = surfaces(mentions, text)
    assert names <= found
    assert not any("," in t for t in found)


def test_a_team_sheets_surnames_fold_onto_the_players(mentions):
    """'Dyer, Faye, Bowyer' in a line-up: each surname its own mention; those of players the report names in full fold
    onto them."""
    text = (
        "Kieron Dyer and Lee Bowyer scored as Newcastle beat Bolton in the Premiership on Sunday, and Amdy Faye "
        "ran the midfield for the home side in front of the club's fans.\n\n"
        "Newcastle: Given, Carr, Boumsong, Bramble, Babayaro, Dyer, Faye, Bowyer, Robert, Ameobi, Shearer."
    )
    found = {(t, a) for t, a, _ in mentions(text)}
    assert not any("," in t for t, _ in found)
    assert ("Dyer", "disc.kieron_dyer") in found or ("Bowyer", "disc.lee_bowyer") in found


def test_a_list_of_places_a_preposition_opens_is_no_name(mentions):
    """'mayors at Doncaster, Hartlepool, North Tyneside and Stoke-on-Trent': places where polls are held (the
    blind check pol57's row 16)."""
    text = (
        "As well as for English county councils, polls for unitary authorities at Bristol, Isle of Wight and "
        "Stockton-on-Tees and mayors at Doncaster, Hartlepool, North Tyneside and Stoke-on-Trent are also "
        "scheduled for 5 May."
    )
    found = surfaces(mentions, text)
    assert not {"Doncaster", "Hartlepool", "North Tyneside"} & found
    assert not any(t.startswith("Doncaster") for t in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "According to figures from the Ministry of Economy, Trade and Industry (METI), the decline was led by a "
            "fall in demand for cars.",
            "Ministry of Economy, Trade and Industry",
        ),
        (
            "While both platforms are owned by Coinbase Global, Inc., they offer very different functionality for "
            "users.",
            "Coinbase Global, Inc.",
        ),
    ],
)
def test_a_name_with_a_comma_of_its_own_stays_whole(mentions, text, name):
    assert name in surfaces(mentions, text)


def test_a_ministrys_fields_after_of_are_no_names(mentions):
    """'Minister of Industry, Investment and Commerce, Senator the Hon. Aubyn Hill': the office's fields, no list of
    bodies."""
    text = (
        "\u201cWe will also have representatives for academic discussions,\u201d Minister of Industry, Investment and "
        "Commerce, Senator the Hon. Aubyn Hill, told JIS News."
    )
    assert not {"Industry", "Investment", "Commerce"} & surfaces(mentions, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Separately, the International Labour Organisation (ILO) said that at least one million people had lost "
            "their jobs.",
            "International Labour Organisation",
        ),
        (
            "The Six Nations champions swept the top honours at the International Rugby Board's awards on Sunday.",
            "International Rugby Board",
        ),
    ],
)
def test_international_opening_a_bodys_name_stays_in_it(typed, text, name):
    """'International' is a person's noun in sport ("an England international"); before a body's name that ends on an
    organisation's word it is the name's own first word, and the body no person."""
    found = typed(text)
    assert name in found
    assert found[name][0] != "person"


def test_a_person_noun_before_a_persons_name_still_goes(mentions):
    text = "Former England international Jason Robinson said he would miss the game against France on Saturday."
    assert "Jason Robinson" in {t for t, _, _ in mentions(text)}


@pytest.mark.parametrize("bank", ["Bank of Japan", "Bank of Korea", "Bank of Israel", "Bank of Mexico"])
def test_a_central_bank_named_bank_of_a_state_is_an_organisation(typed, bank):
    text = (
        f"The {bank} kept interest rates on hold on Tuesday, saying inflation was under control, and shares rose on "
        "the stock market as profits at exporters beat forecasts."
    )
    assert typed(text)[bank] == ("organisation", "central-bank")


@pytest.mark.parametrize("bank", ["Bank of China", "Bank of America", "Bank of Ireland"])
def test_a_commercial_bank_of_a_state_stays_a_company(typed, bank):
    text = (
        f"Shares in {bank} rose 3% on Tuesday after the lender said its profits had beaten forecasts, and its chief "
        "executive said sales of loans to its customers would grow."
    )
    assert typed(text)[bank][0] == "company"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Australia won the award. The International Cricket Council said the International Cricket Council "
            "would meet in Dubai.",
            "International Cricket Council",
        ),
        (
            "The International Olympic Committee said on Monday that the bid cities would be visited in February.",
            "International Olympic Committee",
        ),
    ],
)
def test_an_international_bodys_council_is_an_organisation(typed, text, name):
    assert typed(text)[name] == ("organisation", "name-word")


def test_an_international_firm_stays_a_company(typed):
    text = "Shares in International Power Group rose 4% after the firm said its profits had beaten forecasts."
    assert typed(text).get("International Power Group", ("company", ""))[0] == "company"


YUKOS = (
    "Russia's tax ministry says Yukos owes $27bn in back taxes, and Russian prosecutors have charged its founder. "
    "The Kremlin denies that the state is pursuing Yukos for political reasons, and Russian officials say the "
    "company must pay."
)


def test_the_state_acting_on_a_page_about_one_country_is_that_country(described):
    assert described(YUKOS).get("state") == ("state_rus", "country-descriptor")


@pytest.mark.parametrize(
    "text",
    [
        "Russia's tax ministry says Yukos owes $27bn in back taxes. The role of the state in the economy has grown.",
        "Russia's tax ministry says Yukos owes $27bn in back taxes. The state of the economy worries investors.",
        "Russia's tax ministry says Yukos owes $27bn in back taxes. The state's share in the oil industry has grown.",
    ],
)
def test_the_state_as_a_place_a_condition_or_an_owner_is_no_country(described, text):
    assert "state" not in described(text) and "state's" not in described(text)


def test_the_state_on_a_page_naming_a_us_state_is_the_us_states(described):
    text = (
        "California lawmakers passed the bill on Monday, and California's governor signed it. The state is "
        "currently reviewing proposals from Russia, whose officials visited California last week."
    )
    assert described(text).get("state", ("", ""))[1] != "country-descriptor"


@pytest.mark.xfail(
    strict=True,
    reason="actors57: the parts of 'Bernal, Jamie Foxx' are candidates (the sentence alone gives both), but with Gael "
    "Garcia Bernal named before, a later step drops both; not found",
)
def test_a_lists_parts_after_the_person_is_named_in_full(mentions):
    text = (
        "Other actors expected at the ceremony are Gael Garcia Bernal, Imelda Staunton, Diane Kruger, Christian "
        "Slater, Anjelica Huston, Helen Mirren and former James Bond star Pierce Brosnan.\n\n"
        "DiCaprio faces competition from Bernal, Jamie Foxx, Jim Carrey and Johnny Depp in the best actor category."
    )
    found = {(t, a) for t, a, _ in mentions(text)}
    assert ("Bernal", "disc.gael_garcia_bernal") in found
    assert ("Jamie Foxx", "disc.jamie_foxx") in found
