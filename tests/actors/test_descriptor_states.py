"""The state an article is about: "the government" before the article names it, "the country" where it
acts or owns, and a name at the start of a title staying its own mention (sentences made up for the
purpose)."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import discovered_id


def test_the_government_before_any_state_is_the_state_the_article_speaks_for(described):
    text = (
        "The government has cut the tax on diesel by two pence. Tony Blair said drivers had waited long enough."
        " Gordon Brown told the Commons the cut would cost little. Labour MPs cheered."
    )
    assert described(text)["government"] == ("state_gbr", "state-descriptor")


def test_the_government_before_any_state_needs_a_clear_lead(described):
    text = (
        "The government has cut the tax on diesel. Tony Blair met George W Bush in Washington."
        " George W Bush and Tony Blair talked about oil."
    )
    assert "government" not in described(text)


@pytest.mark.parametrize(
    ("text", "descriptor"),
    [
        ("Norway sold more fish this year. The country's exports rose by 8%.", "country"),
        ("Norway sold more fish this year. Analysts think the country will sell more.", "country"),
        ("Norway sold more fish this year. The election has divided the nation.", "nation"),
    ],
    ids=["possessor", "subject", "object"],
)
def test_the_country_acting_or_owning_is_the_state_named_most(text, descriptor, described):
    assert described(text)[descriptor] == ("state_nor", "country-descriptor")


@pytest.mark.parametrize(
    "text",
    [
        "Norway sold more fish this year. Prices rose across the country.",
        "Norway sold more fish this year. The rest of the country saw no change.",
        "Norway sold more fish this year. A country like Chile could follow.",
        "Shops sold more fish this year. The country's exports rose by 8%.",
    ],
    ids=["place", "of-place", "indefinite", "no-state-named"],
)
def test_the_country_as_a_place_or_with_no_state_is_no_descriptor(text, described):
    got = described(text)
    assert "country" not in got


def test_a_party_name_opening_a_title_stays_its_own_mention(linked):
    text = "Charles Kennedy toured Devon on Monday. The Lib Dem leader said the plan was unfair."
    got = linked(text)
    assert ("leader", "charles_kennedy") in got and ("Lib Dem", "liberal_democrats") in got


def test_a_name_opening_an_article_title_stays_its_own_mention(linked):
    text = "Tory leader Michael Howard spoke in Kent. Later the Tory leader said taxes were too high."
    got = linked(text)
    assert ("leader", "michael_howard") in got and ("Tory", "conservative_party") in got


def test_the_country_after_another_state_in_its_sentence_stays_unresolved(described):
    text = (
        "Norway sold more fish this year. Norway's fleet grew. He wrote a game for a party in Chile about"
        " how the country's problems could be solved."
    )
    assert "country" not in described(text)


def test_the_country_one_travels_is_a_place(described):
    assert "country" not in described("Norway sold more fish this year. The minister will tour the country in May.")


@pytest.mark.parametrize(
    "text",
    [
        "Talks went on. The Dutch finance minister, Piet Kamp, said they would end soon.",
        "Talks went on. Piet Kamp, the Dutch finance minister, said they would end soon.",
    ],
    ids=["name-after", "name-before"],
)
def test_a_title_beside_its_holders_name_is_no_second_mention(text, described):
    assert "finance minister" not in described(text) and "Dutch finance minister" not in described(text)


def test_the_government_of_a_story_naming_no_state_is_the_outlets(described):
    text = "The government has cut the tax on diesel. Drivers were pleased, the AA said. The Tories called it late."
    assert described(text)["government"] == ("state_gbr", "state-descriptor")


def test_a_story_with_no_actor_of_the_outlets_state_gets_no_government(described):
    # review8: naming no other state is no evidence that a story is about the outlet's own
    text = "The government has cut the tax on diesel. Drivers were pleased, the AA said."
    assert "government" not in described(text)


@pytest.mark.parametrize(
    "text",
    [
        "The government has cut the tax on diesel. Drivers in Germany were pleased.",
        "The government has cut the tax on diesel. French drivers were pleased.",
        "The authorities have cut the tax on diesel. Drivers were pleased.",
    ],
    ids=["another-state-as-a-place", "another-states-demonym", "not-the-government"],
)
def test_the_outlets_state_needs_an_article_naming_no_other(text, described):
    got = described(text)
    assert "government" not in got and "authorities" not in got


def test_a_nation_of_the_outlets_state_is_no_other_state(described):
    text = "The government has named a new adviser on schools. Scotland and Northern Ireland already have one."
    assert described(text)["government"] == ("state_gbr", "state-descriptor")


def test_the_party_is_the_party_named_most_whatever_its_name_ends_with(described):
    text = "The Lib Dems chose a new press chief on Monday. She said the party would fight every seat."
    assert described(text)["party"] == ("liberal_democrats", "kind-of-named")


def test_the_party_after_two_parties_named_as_often_stays_unresolved(described):
    text = "The Lib Dems and Plaid Cymru chose new press chiefs on Monday. One said the party would fight every seat."
    assert "party" not in described(text)


def test_the_carrier_is_the_airline_whose_name_ends_with_airways(described):
    text = "Staff at Skyrane Airways agreed a pay cut on Monday. The deal will help the carrier survive."
    assert described(text)["carrier"][1] == "kind-of-named"


def test_a_headline_short_form_of_a_firm_named_in_full_below_is_that_firm(parse, registry):
    from narrative_pipeline.actors import Linker, link_article

    article = parse(
        "Kelmar shares up on new oil find\n\nShares in Kelmar Energy rose 18% on Monday. The company said its well"
        " was rich."
    )
    chosen = link_article(article, Linker.build(registry, 90.0))
    got = {article.text[c.start : c.end]: c.actor_id for c in chosen}
    assert got["Kelmar"] == got["Kelmar Energy"] == got["company"]


def test_a_headline_name_the_body_says_alone_first_is_no_short_form_of_a_later_name(parse, registry):
    from narrative_pipeline.actors import Linker, link_article

    article = parse(
        "Weak sales hit Tarvo\n\nTarvo has said its annual profit will be lower than expected. Tarvo chief executive"
        " Simon Kell said sales were poor. Sales at Tarvo Direct, its catalogue arm, fell."
    )
    chosen = link_article(article, Linker.build(registry, 90.0))
    assert len({c.actor_id for c in chosen if article.text[c.start : c.end] == "Tarvo"}) == 1


def test_the_country_after_a_place_the_registry_does_not_know_stays_unresolved(described):
    text = "Norway sold more fish this year. Norway's fleet grew. Prices rose in Texas, and the country's exports rose."
    assert "country" not in described(text)


def test_an_age_before_a_persons_noun_refers_to_the_person_named_most(described):
    text = "Tom Varley left the club on Monday. Varley had played there for ten years. The 32-year-old striker said he was sad."
    assert described(text)["32-year-old striker"] == (discovered_id("Tom Varley"), "salient-person")


def test_an_age_long_after_the_only_person_named_stays_unresolved(described):
    # actors.rules.v10 (review8): the only person named is no referent three or more sentences on; a
    # suspect, a witness or a rival the article never names may have come in between
    text = (
        "Tom Varley left the club on Monday. Varley had played there for ten years. The club was sold in May."
        " Its new owners plan a new stadium. The fans were angry. The 32-year-old said he was sad."
    )
    assert "32-year-old" not in described(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Varley left the club on Monday. Varley had played there for ten years. Ann Moss, the coach, was sorry."
        " The club was sold in May. Its new owners plan a new stadium. The 32-year-old said he was sad.",
        "Tom Varley left the club on Monday. Varley had played there for ten years. The 32-year-old Welsh striker"
        " said he was sad.",
    ],
    ids=["another-person-named", "more-than-an-age"],
)
def test_an_age_with_a_rival_or_other_words_is_no_salient_person(text, described):
    assert all(rule != "salient-person" for _, rule in described(text).values())
