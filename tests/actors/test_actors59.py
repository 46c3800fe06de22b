"""actors59 (issue 12, actors on business news): a one-word name spaCy labels a person's, typed a person by the label
alone in an article about business, is a firm (`business-article`); the market's nouns are no person's cue on a
one-word name there ("rival Ryanair"); a name in the apposition of a named person is the person's employer ("Lance
Friedmann, Kraft senior vice president"); a body's head word before "of" / "for" and not after "and" types its name
("May Department Stores", "Investors Bank and Trust"); an owner's holding in another body is a surname's cue
("Fridman's stake in the bank", review46's strict xfail). Each text through the real parse (`typed` of
tests/actors/conftest.py)."""

from __future__ import annotations

import pytest

# a business article's words, so that `ArticleInfo.business` holds (four distinct business words, densely)
MARKET = "Shares in the firm rose 3%, and profits, sales and revenues were higher than investors expected. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "China has banned new tobacco factories, a blow to British American Tobacco, which plans to become the "
            "first foreign cigarette maker there. Shares in tobacco firms fell, and profits, sales and revenues are "
            "expected to drop as investors sell stock in the market. A spokeswoman for Bat declined to comment on "
            "the report.",
            "Bat",
        ),
        (
            MARKET + "Steps being considered include listing Ferrari and bringing Maserati and Alfa Romeo closer "
            "together, it said.",
            "Maserati",
        ),
        (
            MARKET + "Many observers believe that the unit, which produces 60% of Yukos' oil output, could fall into "
            "the hands of a rival.",
            "Yukos",
        ),
    ],
)
def test_a_one_word_name_a_business_article_labels_a_person_is_a_firm(typed, text, name):
    """The blind check biz59's rows 39 (Yukos) and the BBC business pages' 'a spokeswoman for Bat', 'bringing
    Maserati and Alfa Romeo closer together': typed persons by spaCy's label alone."""
    found = typed(text)
    assert found[name] == ("company", "business-article"), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # apposition to a person's noun
            MARKET + "Mr Glazer's latest move is being led by Mr Glazer's two sons, Avi and Joel, according to the "
            "Financial Times.",
            "Avi",
        ),
        (  # spaCy cut the given name off: the page writes the name after a proper noun
            MARKET + "Finance minister Pranab Mukherjee said such companies could take advantage of India's skilled "
            "workers.",
            "Pranab Mukherjee",
        ),
    ],
)
def test_persons_of_a_business_article_stay_persons(typed, text, name):
    found = typed(text)
    assert found[name][0] == "person", found


def test_outside_business_news_a_label_s_person_stays_one(typed):
    found = typed("A spokeswoman for Bat declined to comment on the report about the village fete.")
    assert found.get("Bat", ("person",))[0] == "person", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (MARKET + "Rival exchange operator Euronext has also said it may bid for the LSE.", "Euronext"),
    ],
)  # fmt: skip
def test_a_market_noun_is_no_persons_cue_on_a_one_word_name_in_business_news(typed, text, name):
    found = typed(text)
    assert found[name][0] == "company", found


def test_a_market_noun_before_a_persons_full_name_stays_a_persons_cue(typed):
    found = typed(MARKET + "Jade Johnson edged out rival Kelly Sotherton with her last effort.")
    assert found["Kelly Sotherton"][0] == "person", found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"Consumers can make better choices by selecting more balanced diets," said Lance Friedmann, Kraft '
            "senior vice president. " + MARKET,
            "Kraft",
        ),
        (
            '"No other market is going to see the growth that will be seen here," said Dinesh Keskar, senior vice '
            "president Boeing. " + MARKET,
            "Boeing",
        ),
    ],
)
def test_a_name_in_a_named_persons_apposition_is_the_employer(typed, text, name):
    found = typed(text)
    assert found[name][0] == "company", found


def test_a_persons_own_apposition_is_still_a_persons_cue(typed):
    found = typed("Tony Roche, the coach, said the team had played well in the final.")
    assert found["Tony Roche"][0] == "person", found


@pytest.mark.parametrize(
    ("text", "name", "actor_type"),
    [
        ("Federated Department Stores agreed to buy May Department Stores for $11bn.", "May Department Stores",
         "company"),
        ("The dollar was weak, said a strategist at Investors Bank and Trust in Boston.", "Investors Bank and Trust",
         "company"),
        ("The Association of Police Authorities said the plans were flawed.", "Association of Police Authorities",
         "organisation"),
        ("The US Department of Energy said oil stocks had fallen.", "US Department of Energy", "government"),
    ],
)  # fmt: skip
def test_a_bodys_head_word_before_of_types_its_name(typed, text, name, actor_type):
    found = typed(text)
    assert found[name][0] == actor_type, found


def test_an_owner_s_holding_in_another_body_is_a_surnames_cue_in_business_news(typed):
    found = typed(
        MARKET + "Mikhail Fridman said the sanctions were unfair. Fridman's stake in the bank was frozen by the "
        "European Union on Monday."
    )
    assert found["Fridman"][0] == "person", found


def test_a_firm_s_own_shares_still_type_a_founders_name_a_firm_in_business_news(typed):
    """'Ford's shares' beside Bill Ford: the firm's own shares, no holding in another body (actors56's Ford)."""
    found = typed(MARKET + "Bill Ford said the plan would work. Ford's shares rose 2% on the news.")
    assert found["Ford"][0] == "company", found


def test_a_firms_own_shares_in_it_are_no_holding(typed):
    """'Shares in Wimpey were up 6%' beside George Wimpey: the firm's own shares (actors59-try1 made it the person)."""
    found = typed(
        MARKET + "The firm was founded by George Wimpey. Wimpey reported a 19% rise in profits. Shares in Wimpey "
        "were up 6% at 458.5p in morning trade."
    )
    assert found["Wimpey"][0] == "company", found


def test_a_persons_noun_in_apposition_to_another_person_stays_the_persons_cue(typed):
    """'Despite being without flanker Keith Gleeson, coach Eddie O'Sullivan has not had to contend ...': O'Sullivan is
    the coach, not Gleeson's employer (actors59-try1 typed him an organisation)."""
    found = typed(
        "Despite being without flanker Keith Gleeson, coach Eddie O'Sullivan has not had to contend with the sort of "
        "casualty lists that have hit England."
    )
    assert found["Eddie O'Sullivan"][0] == "person", found
