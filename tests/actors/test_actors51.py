"""actors51 (issue 12, actors on any news): dated offices beyond actors49's list, the ones the BBC corpus's rows say
without naming the holder (config/actors_offices.yaml: Italy's and Japan's prime minister, "the premier" of the UK,
Italy and Japan, Pakistan's president, Cameroon's prime minister, the first ministers of Scotland and Wales), and a
nation's office (`dated_offices._said_office`, `_nation_office`): "the first minister" is the holder of the nation the
article names, "the Scottish first minister" of the nation its word names.

Near cases: an article that names two nations with a first minister (neither), one that names no nation (none), a
day between two terms when an acting holder served (none), and the holder the article names is never overridden.
"""

from __future__ import annotations

from datetime import date

import pytest


@pytest.fixture
def dated(described):
    """dated(text, day) -> {descriptor text: (actor id, rule)} of the body, the article dated `day` (conftest's
    `described`)."""
    return lambda text, day: described(text, published=day)


ITALY = "Italy will cut taxes on fuel, officials in Rome said. The {office} told parliament the budget would pass."
JAPAN = "Japan will raise its sales tax, officials in Tokyo said. The {office} said the economy could bear it."
SCOTLAND = (
    "Scotland will ban smoking in pubs, ministers in Edinburgh said. The first minister told MSPs the law would "
    "save lives."
)


def test_the_prime_minister_of_a_dated_italian_article(dated):
    assert dated(ITALY.format(office="prime minister"), date(2019, 5, 1)) == {
        "prime minister": ("giuseppe_conte", "dated-office")
    }
    assert dated(ITALY.format(office="premier"), date(2023, 5, 1)) == {"premier": ("giorgia_meloni", "dated-office")}


def test_the_premier_of_a_dated_japanese_article(dated):
    assert dated(JAPAN.format(office="premier"), date(2014, 4, 1)) == {"premier": ("shinzo_abe", "dated-office")}
    assert dated(JAPAN.format(office="prime minister"), date(2022, 4, 1)) == {
        "prime minister": ("fumio_kishida", "dated-office")
    }


def test_the_premier_of_a_dated_uk_article(dated):
    text = "Britain will not raise income tax, ministers in London said. The premier insisted the economy was strong."
    assert dated(text, date(2005, 3, 1)) == {"premier": ("tony_blair", "dated-office")}


def test_the_pakistani_president_on_the_articles_date(dated):
    text = "Pakistan will hold talks with India, officials said. The Pakistani president met the foreign minister."
    assert dated(text, date(2005, 3, 1))["president"] == ("pervez_musharraf", "dated-office")
    assert dated(text, date(2020, 3, 1))["president"] == ("arif_alvi", "dated-office")


def test_the_first_minister_of_the_nation_the_article_names(dated):
    assert dated(SCOTLAND, date(2016, 5, 1)) == {"first minister": ("nicola_sturgeon", "dated-office")}
    assert dated(SCOTLAND, date(2005, 5, 1)) == {"first minister": ("jack_mcconnell", "dated-office")}


def test_the_welsh_first_minister_is_the_nation_its_word_names(dated):
    text = "Hospitals in Cardiff will get more money, officials said. The Welsh first minister said waiting would end."
    assert dated(text, date(2020, 5, 1)) == {"first minister": ("mark_drakeford", "dated-office")}


def test_near_case_two_nations_with_a_first_minister(dated):
    text = (
        "Scotland and Wales will ban smoking in pubs, ministers said. The first minister told members the law would "
        "save lives."
    )
    assert dated(text, date(2016, 5, 1)) == {}


def test_near_case_no_nation_named(dated):
    text = (
        "Britain will ban smoking in pubs, ministers in London said. The first minister told members the law would "
        "save lives."
    )
    assert dated(text, date(2016, 5, 1)) == {}


def test_near_case_an_acting_holders_time_is_a_gap(dated):
    assert dated(SCOTLAND, date(2000, 10, 20)) == {}  # Jim Wallace acting after Donald Dewar's death


def test_near_case_a_holder_the_article_names_is_overridden_by_its_day(dated):
    # turned round by actors82: McConnell held the office on no day near a page of 2016 and the page tells no date
    # of his time; a page of his time keeps him
    text = (
        "Scotland will ban smoking in pubs, Jack McConnell said in Edinburgh. The first minister told MSPs the law "
        "would save lives."
    )
    assert "first minister" not in dated(text, date(2016, 5, 1))
    assert dated(text, date(2005, 5, 1))["first minister"] == ("jack_mcconnell", "registry-descriptor")


# A kind noun with a state's word before it: the firm the article introduced with that state (`placed_firms`).


def test_the_german_carmaker_is_the_firm_introduced_as_german(described):
    text = (
        "German carmaker BMW raised its forecasts on Monday. Japanese rival Toyota did the same. Sales of luxury cars "
        "rose sharply in China and India last year. Demand for small cars also grew. The German carmaker is aiming "
        "to boost annual sales in Asia."
    )
    assert described(text).get("carmaker") == ("disc.bmw", "kind-of-named")


def test_the_italian_firm_is_the_firm_an_apposition_calls_italian(described):
    text = (
        "Fiat, the Italian car maker, has sued Bank of America for $10bn. Bank of America denies any "
        "wrongdoing. Lawyers for the bank said it had been a victim of fraud at the hands of the Italian firm."
    )
    assert described(text).get("firm") == ("disc.fiat", "kind-of-named")


def test_the_italian_car_maker_is_the_one_firm_given_no_other_state(described):
    text = (
        "General Motors of the US will pay Fiat $2bn to end their alliance. Fiat had said GM must buy its loss-making "
        "car unit. Analysts said General Motors had little choice. The deal frees GM from an option that could have "
        "forced it to buy the Italian car maker outright."
    )
    assert described(text).get("car maker", described(text).get("maker")) == ("disc.fiat", "kind-of-named")


def test_near_case_two_firms_given_no_state_none_is_the_german_firm(described):
    text = (
        "Siemens and BMW both raised their forecasts on Monday. Sales of luxury cars rose sharply in China and India "
        "last year. Demand for small cars also grew. The German company is aiming to boost annual sales in Asia."
    )
    assert "company" not in described(text)


def test_near_case_two_firms_introduced_with_the_state(described):
    text = (
        "German carmaker BMW and German engineering group Siemens both raised their forecasts on Monday. Sales rose "
        "sharply in China and India last year. Demand for small cars also grew. The German company is aiming to "
        "boost annual sales in Asia."
    )
    assert "company" not in described(text)


def test_near_case_the_outlets_own_state_says_no_firm(described):
    text = (
        "Barclays made record profits in 2004. HSBC, the biggest UK bank, will report its profits later this month. "
        "Analysts said Barclays had been more aggressive than expected. The cost overshoot is in the UK bank."
    )
    assert described(text).get("bank", (None,))[0] != "disc.hsbc"


def test_the_russian_oil_firm_is_the_one_firm_the_article_names(described):
    text = (
        "Yukos has said a US bankruptcy court will decide whether to block Russia's auction of its main production "
        "arm. The Russian oil firm has filed for bankruptcy protection in the US."
    )
    assert described(text).get("firm") == ("disc.yukos", "kind-of-named")
