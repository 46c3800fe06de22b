"""Review 6 of actors.rules.v6: descriptor links that were wrong on ordinary news prose. The fixed
ones are plain tests; the ones still wrong are xfail(strict=True), so a fix shows as an XPASS failure
and the marker goes."""

from __future__ import annotations

import pytest


def still_wrong(why: str):
    return pytest.mark.xfail(strict=True, reason=f"known, not fixed: {why}")


@still_wrong("office descriptors are not dated: the registry's are 2004-05 UK holders")
def test_a_registry_office_is_not_a_holder_from_another_era(described):
    text = (
        "David Cameron defended his record on Europe. He said Tony Blair had given away too much."
        " The prime minister said a referendum would be held by 2017."
    )
    assert described(text).get("prime minister", (None,))[0] != "tony_blair"


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        # a former holder carries no office
        (
            "Theresa May set out her Brexit plan. Critics compared it with Margaret Thatcher's Bruges speech."
            " The prime minister said Britain would leave the single market.",
            "margaret_thatcher",
        ),
        (
            "Michael Howard, who served in Margaret Thatcher's cabinet, attacked the government."
            " The prime minister hit back at Question Time.",
            "margaret_thatcher",
        ),
        # another country's office of the same name, unnamed, just before
        ("Tony Blair met the Israeli prime minister. The prime minister said peace was close.", "tony_blair"),
    ],
)
def test_a_registry_office_is_not_a_former_holder_or_another_states(described, text, not_actor):
    assert described(text).get("prime minister", (None,))[0] != not_actor


def test_a_kind_is_not_learnt_from_later_in_the_article(described):
    text = (
        "Web portals such as Google and Ebay are gathering links. A charity has set up a website."
        " The site has received £8m. Auction site eBay is also helping."
    )
    assert "site" not in described(text)


def test_the_company_named_just_before_blocks_an_older_one_even_if_mistyped(described):
    text = (
        "Shares in Glaxo fell on Monday. Glaxo said the drug was safe. Rival firm Pfizer gained 3%."
        " The company said it would expand in Asia."
    )
    assert "company" not in described(text)


def test_his_party_is_the_party_of_the_pronouns_antecedent(described):
    text = "Charles Kennedy spoke after Michael Howard. He said his party would scrap tuition fees."
    assert described(text).get("party", (None,))[0] != "conservative_party"
