"""Classes of miss of actors.rules.v12 on unseen politics articles (session 10), each on made-up sentences,
with the case the rule must leave alone."""

from __future__ import annotations

from narrative_pipeline.actors import Linker, discovered_id, link_article


def test_an_untitled_lead_person_is_the_minister_of_the_next_sentence(described):
    found = described("Speed cameras work, Dana Orme has said. The road safety minister said deaths had fallen.")
    assert found.get("road safety minister") == (discovered_id("Dana Orme"), "named-minister")


def test_a_lead_person_with_a_title_of_another_kind_is_no_minister(described):
    found = described(
        "Speed cameras work, Tory MP Dana Orme has said. The road safety minister said deaths had fallen."
    )
    assert not any(rule == "named-minister" for _, rule in found.values())


def test_two_persons_named_before_leave_the_minister_unlinked(described):
    found = described(
        "Speed cameras work, Dana Orme has said, answering Jim Pike. The road safety minister said deaths had fallen."
    )
    assert not any(rule == "named-minister" for _, rule in found.values())


def test_an_office_with_a_word_that_changes_it_is_not_the_lead_persons(described):
    found = described("Speed cameras work, Dana Orme has said. The shadow transport secretary said deaths had fallen.")
    assert not any(rule == "named-minister" for _, rule in found.values())
    found = described("Speed cameras work, Dana Orme has said. The Welsh transport minister said deaths had fallen.")
    assert not any(rule == "named-minister" for _, rule in found.values())


def test_a_registry_office_is_never_the_lead_persons(described):
    found = described("Speed cameras work, Dana Orme has said. The prime minister said deaths had fallen.")
    assert found.get("prime minister", (None, None))[0] != discovered_id("Dana Orme")


def test_the_minister_is_the_one_person_given_a_ministers_title(described):
    found = described(
        "Fees will rise, Health Secretary Dana Orme has said. Ms Orme told the BBC costs had grown."
        " The minister also said waiting lists were shorter."
    )
    assert found.get("minister") == (discovered_id("Dana Orme"), "named-minister")


def test_the_minister_after_two_ministers_is_nobodys(described):
    found = described(
        "Fees will rise, Health Secretary Dana Orme has said. Transport Secretary Jim Pike agreed."
        " The minister also said waiting lists were shorter."
    )
    assert "minister" not in found


def test_a_shadow_minister_is_not_the_minister(described):
    found = described("Fees will rise, shadow health secretary Dana Orme has said. The minister was not available.")
    assert "minister" not in found


def test_this_government_and_the_capitalised_government_are_the_state(described):
    found = described("Japan raised its tariffs. Critics said this government had no plan.")
    assert found.get("government") == ("state_jpn", "state-descriptor")
    found = described("Japan raised its tariffs. Critics said the Government had no plan.")
    assert found.get("Government") == ("state_jpn", "state-descriptor")


def test_a_bare_government_owning_its_plans_is_the_state(described):
    found = described("Japan raised its tariffs. Critics attacked controversial government plans to cut pensions.")
    assert found.get("government") == ("state_jpn", "state-descriptor")


def test_a_bare_government_on_what_it_issues_is_no_mention(described):
    found = described("Japan raised its tariffs. Investors bought government bonds on Monday.")
    assert "government" not in found


def test_a_registry_persons_government_is_his_state(described):
    found = described("Tony Blair visited Leeds on Monday. He said his government had kept its promises.")
    assert found.get("government") == ("state_gbr", "state-of-person")


def test_an_unknown_persons_government_is_nobodys(described):
    found = described("Jim Pike visited Leeds on Monday. He said his government had kept its promises.")
    assert "government" not in found


def test_a_constituency_or_a_place_nearby_is_no_actor(linked):
    found = linked(
        "He went to school in nearby Pengwyn and won his home seat of Tredworth in 1970. He lost the 1983"
        " Horsley by-election."
    )
    assert not any(t in {"Pengwyn", "Tredworth", "Horsley"} for t, _ in found)


def test_a_persons_seat_keeps_the_person(linked):
    found = linked("Voters in the seat of Dana Orme were angry. Ms Orme said the plan was wrong.")
    assert ("Dana Orme", discovered_id("Dana Orme")) in found


def test_an_organisation_of_two_places_keeps_its_second(linked):
    found = linked(
        "The chairman of the Dental Federation of England and Wales, which represents dentists, said the plan"
        " would fail."
    )
    assert any(t == "Dental Federation of England and Wales" for t, _ in found)


def test_an_organisation_before_another_states_possession_stops_at_its_place(linked):
    found = linked("The Bank of England and France's central bank cut rates on Thursday.")
    assert ("Bank of England", "bank_of_england") in found


def test_the_upper_house_after_the_lords_is_the_lords(described):
    found = described("The House of Lords voted on Monday. The Upper House rejected the bill.")
    assert found.get("Upper House") == ("house_of_lords", "registry-descriptor")


def test_a_name_after_a_kind_noun_and_a_comma_is_of_that_kind_and_no_person(described):
    found = described(
        "Three senior executives of Norway's state-owned airline, Aer Skye, are to leave in May. Unions said"
        " the future of the airline was unclear."
    )
    assert found.get("airline") == (discovered_id("Aer Skye"), "kind-of-named")


def test_a_person_after_a_role_noun_and_a_comma_stays_a_person(linked):
    found = linked("The chairman of the airline, Dana Orme, said fares would rise. Ms Orme said costs had grown.")
    assert ("Dana Orme", discovered_id("Dana Orme")) in found


def test_a_plural_role_noun_right_before_names_keeps_them_persons(parse, registry):
    article = parse("Headline\n\nThe film won, while its stars Dana Orme and Jim Pike won acting awards.")
    chosen = link_article(article, Linker.build(registry, 90.0))
    assert {article.text[c.start : c.end]: c.actor_type for c in chosen}.get("Dana Orme") == "person"


def test_a_bare_government_in_a_story_of_two_states_is_no_mention(described):
    found = described(
        "Thailand said tourism would recover. Thailand expects growth of 5%. In Norway the cost could wipe out"
        " growth, according to a government spokesman."
    )
    assert "government" not in found


def test_a_peer_is_called_by_the_name_before_his_place(linked):
    found = linked("Lord Pellow of Brackley spoke in the debate. Lord Pellow said the bill was wrong.")
    peer = discovered_id("Pellow of Brackley")
    assert ("Pellow of Brackley", peer) in found
    assert ("Pellow", peer) in found


def test_local_government_is_not_the_state(described):
    found = described("Japan raised its tariffs. Unions said the local government pension scheme was unfair.")
    assert "government" not in found


def test_bare_party_before_a_noun_it_owns_is_the_party_last_named(described):
    found = described("UKIP spent heavily on the campaign. Senior figures were angry, party sources told the BBC.")
    assert found.get("party") == ("ukip", "named-group-head")


def test_bare_party_before_another_noun_is_no_mention(described):
    found = described("UKIP spent heavily on the campaign. The party conference opens on Friday.")
    assert "party" not in found


def test_a_subsidiary_named_with_a_state_gives_no_short_form(mentions):
    """ "Yukos USA" is the subsidiary: a later bare "Ruxcorp" is the parent, not "Ruxcorp USA"; a name whose
    other words are no state ("Ruxcorp Energy") still gives its short form."""
    text = "Ruxcorp USA filed for bankruptcy in Houston on Tuesday. Ruxcorp said the filing was valid."
    found = [(t, a) for t, a, _ in mentions(text) if t == "Ruxcorp"]
    assert found and all(a != discovered_id("Ruxcorp USA") for _, a in found)
    text = "Ruxcorp Energy filed for bankruptcy in Houston on Tuesday. Ruxcorp said the filing was valid."
    assert ("Ruxcorp", discovered_id("Ruxcorp Energy")) in {(t, a) for t, a, _ in mentions(text)}
