"""actors12 (issue 12, session 12): descriptor and name findings of review10 and of a researcher's test
(usertest10), each on made-up sentences, with the case the rule must leave alone."""

from __future__ import annotations

from narrative_pipeline.actors import discovered_id


def test_the_prime_minister_is_not_the_one_titled_minister(linked):
    # role-title fell back from "prime minister" to its last word, the courts minister's title
    found = linked(
        'Reform is overdue, said courts minister Anna Fairlie. Ms Fairlie said: "The prime minister should be'
        ' free to choose the best person."'
    )
    assert ("minister", discovered_id("Anna Fairlie")) not in found


def test_the_prime_minister_after_the_prime_minister_is_still_his(described):
    text = "Prime Minister Tony Blair opened the hospital. The prime minister said it was the first of many."
    assert described(text).get("prime minister", (None,))[0] == "tony_blair"


def test_a_bare_minister_after_the_first_minister_is_nobody(described):
    text = "First Minister Jack McConnell toured the plant. The minister in charge of energy was away."
    assert "minister" not in described(text)


def test_a_bare_minister_after_a_ministers_title_is_still_that_minister(described):
    text = "Education Secretary Ruth Kelly visited the school. The minister said the visit went well."
    assert described(text)["minister"][0] == "ruth_kelly"


def test_the_government_of_the_state_named_most_is_still_its(described):
    text = "France and Germany signed the accord. France wants more. The government said farmers would gain."
    assert described(text)["government"][0] == "state_fra"


def test_lord_chancellor_is_an_office_not_a_discovered_person(mentions):
    found = mentions("Lord Chancellor Lord Haversham told peers the courts would change.")
    assert not any(text == "Chancellor" or actor == discovered_id("Chancellor") for text, actor, _ in found)


def test_a_title_after_lord_is_still_a_name_when_it_is_no_office(mentions):
    found = mentions("Lord Haversham told peers the courts would change.")
    assert any(actor == discovered_id("Haversham") for _, actor, _ in found)


def test_the_party_whose_adjective_phrase_names_labour_is_not_labour(described):
    text = "Labour is ahead in the polls. The party most likely to challenge Labour says it will win."
    assert described(text).get("party", (None,))[0] != "labour_party"


def test_the_party_whose_prepositional_phrase_names_labour_is_not_labour(described):
    text = "Labour is ahead in the polls. The party in second place behind Labour says it will win."
    assert described(text).get("party", (None,))[0] != "labour_party"


def test_the_party_with_a_phrase_naming_no_party_is_still_the_party_named_last(described):
    text = "Labour is ahead in the polls. The party in power since 1997 says it will win."
    assert described(text)["party"][0] == "labour_party"


def test_a_registry_office_still_goes_to_its_holder_named_without_a_modifier(described):
    text = "Mohammad Khatami criticised the plan. The Iranian president said talks would continue."
    assert described(text)["president"][0] == "mohammad_khatami"


def test_the_government_in_a_capital_is_its_state(described):
    text = (
        "Tony Blair met Gerhard Schroeder on Monday. Mr Blair said the talks went well."
        " The government in Berlin was less sure."
    )
    assert described(text)["government"][0] == "state_deu"


def test_the_government_in_a_place_naming_no_state_is_still_the_state_named_most(described):
    text = "Tony Blair toured the north on Monday. Mr Blair said the government in the region had done well."
    assert described(text)["government"][0] == "state_gbr"


def test_changing_the_minister_is_the_office_not_its_holder(described):
    text = (
        "Health Minister Jane Orrell kept her job in the reshuffle. Critics said changing the minister"
        " would serve no purpose."
    )
    assert "minister" not in described(text)


def test_a_holder_changing_the_minister_still_has_one(described):
    text = "Health Minister Jane Orrell kept her job. Her deputy said the minister was pleased."
    assert described(text)["minister"][0] == discovered_id("Jane Orrell")
