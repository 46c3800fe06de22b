"""review8: wrong outputs of actors.rules.v9 on made-up news (strict xfail: each passes once fixed). The outlet's
state now needs an actor of that state in the article and none of another: the first two pass."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The government has unveiled a plan to cut taxes for small firms. The White House said the plan would"
        " create 300,000 jobs.",
        "The government is to raise taxes on crude oil exports, officials have said. A Kremlin spokesman said the"
        " money would go into a pension fund.",
    ],
    ids=["white-house", "kremlin"],
)
def test_a_foreign_metonym_keeps_the_government_from_the_outlets_state(text, described):
    assert described(text).get("government", (None,))[0] != "state_gbr"


@pytest.mark.parametrize(
    "text",
    [
        "Arnold Schwarzenegger has signed a budget that cuts spending on schools in California. The government"
        " says the cuts are needed to close a $10bn deficit.",
        "Unions in Lagos have called off a strike over fuel prices after the government agreed to cut the price"
        " of petrol.",
        "The Taoiseach said the government would hold a referendum on the treaty. The Dail will debate the bill"
        " next week.",
        "Shares in Yukos fell 10% on Monday. The government wants the firm to pay $10bn in back taxes.",
    ],
    ids=["california", "lagos", "dail", "yukos"],
)
def test_a_foreign_story_naming_no_state_is_not_the_uks(text, described):
    assert described(text).get("government", (None,))[0] != "state_gbr"


def test_the_country_after_a_state_named_in_the_sentence_before_is_that_state(described):
    text = (
        "Tony Blair has promised more British aid for Darfur. Mr Blair visited Sudan last month."
        " Aid agencies say the country faces a famine."
    )
    assert described(text)["country"][0] == "state_sdn"


@pytest.mark.xfail(strict=True, reason="review8: a UK voice quoted twice outvotes the foreign state the story is about")
def test_a_uk_minister_quoted_on_a_foreign_government_does_not_make_it_the_uks(described):
    text = (
        "The government has seized 50 more white-owned farms, officials said. Foreign Secretary Jack Straw"
        " condemned the move. Mr Straw said the seizures would harm Zimbabwe's economy."
    )
    assert described(text).get("government", (None,))[0] != "state_gbr"


def test_an_age_of_an_unnamed_suspect_is_not_the_named_victim(described):
    text = (
        "Police named the victim as John Smith, 34, of Headingley. Mr Smith was found in the street on Friday"
        " night and died in hospital. Detectives appealed for witnesses. Neighbours said the street was usually"
        " quiet. A man was arrested on Saturday. Police said the 45-year-old was being questioned."
    )
    assert "45-year-old" not in described(text)


def test_indias_cbi_is_not_the_confederation_of_british_industry(linked):
    text = (
        "India's Central Bureau of Investigation has charged five bankers with fraud in Mumbai. The CBI said the"
        " bankers had approved false loans."
    )
    found = linked(text)
    assert ("CBI", "cbi") not in found and ("Central Bureau of Investigation", "fbi") not in found


def test_the_country_right_after_the_us_is_the_us(described):
    text = (
        "Japan has $850bn in foreign reserves. A Japanese official said Japan would not sell dollars."
        " Analysts said many of the US's economic problems had not gone away."
        " The focus has been on the country's massive trade and budget deficits."
    )
    assert described(text)["country"][0] == "state_usa"


@pytest.mark.xfail(
    strict=True, reason="review8: the government approving a deal in China is not Italy's (BBC chinese-wine)"
)
def test_the_government_approving_a_deal_in_china_is_not_the_buyers_state(described):
    text = (
        "Italy's Illva Saronno has agreed to buy 33% of Changyu, the largest wine maker in China."
        " Changyu said Illva will pay 481m yuan once the government approves the deal."
    )
    assert described(text, "Chinese wine tempts Italy's Illva").get("government", (None,))[0] != "state_ita"
