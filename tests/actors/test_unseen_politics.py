"""Names in politics news the rules missed on unseen BBC articles (actors8), each class on made-up
sentences, with the case the rule must leave alone."""

from __future__ import annotations

from narrative_pipeline.actors import discovered_id


def _count(mentions, text: str, surface: str, actor_id: str) -> int:
    return sum(1 for t, a, _ in mentions(text) if t == surface and a == actor_id)


def test_a_name_taken_for_a_place_is_the_organisation_its_other_mentions_name(mentions):
    text = (
        "Travix said the offer was poor. A spokesman for Travix, Britain's biggest union, said talks would"
        " resume next week. Travix has 800,000 members."
    )
    assert _count(mentions, text, "Travix", discovered_id("Travix")) == 3


def test_a_name_taken_for_a_place_after_from_stays_a_place(mentions):
    text = (
        "Ballots went out from Travix on Monday. A spokesman for Travix, the biggest union in the sector, said"
        " talks had failed. Travix said its members were angry."
    )
    assert _count(mentions, text, "Travix", discovered_id("Travix")) == 2


def test_letters_of_an_honour_make_a_person_and_never_an_organisation(linked):
    found = linked("The chairman of the Law Society, Edward Nally QC said the reform was overdue.")
    assert ("Edward Nally", discovered_id("Edward Nally")) in found
    assert not any(t.endswith("QC") for t, _ in found)


def test_a_party_before_a_members_letters_is_the_party(linked):
    found = linked("Committee chairman Labour MP Ann Dowd said the figures were shocking.")
    assert ("Labour", "labour_party") in found
    assert not any(t == "Labour MP" for t, _ in found)


def test_a_bracketed_acronym_extends_the_name_it_spells(linked):
    found = linked("The Retail and Wholesale Traders Union (RWTU) will ballot its members.")
    assert ("Retail and Wholesale Traders Union", discovered_id("Retail and Wholesale Traders Union")) in found


def test_a_bracketed_acronym_that_spells_no_longer_name_extends_nothing(linked):
    found = linked("Farmers and Wholesale Traders Union (WTU) members met on Monday.")
    assert ("Wholesale Traders Union", discovered_id("Wholesale Traders Union")) in found
    assert not any(t.startswith("Farmers and") for t, _ in found)


def test_an_acronym_the_article_defines_is_no_common_word(linked):
    union = discovered_id("Midland Drivers Union")
    found = linked(
        "The Midland Drivers Union (MD) said its members would walk out. MD leader Jo Smith said the offer was"
        " an insult."
    )
    assert ("MD", union) in found
    assert ("Midland Drivers Union", union) in found


def test_an_acronym_no_name_spells_stays_a_common_word(linked):
    assert not any(t == "MD" for t, _ in linked("Sales rose strongly in December, the MD said."))


def test_a_states_possessive_before_its_office_names_the_state(linked):
    found = linked("Britain's Asia Director Mark Dowd will attend the talks.")
    assert ("Britain", "state_gbr") in found


def test_a_states_possessive_before_an_athlete_is_her_nationality(linked):
    found = linked("Britain's Kelly Holmes won the 800m in a new British record.")
    assert ("Britain", "state_gbr") not in found


def test_a_party_before_a_full_name_is_the_party_and_a_person(linked):
    found = linked("The seat was won by Tory Walter Guinness.")
    assert ("Tory", "conservative_party") in found
    assert ("Walter Guinness", discovered_id("Walter Guinness")) in found


def test_a_party_opening_an_organisations_name_stays_in_it(linked):
    found = linked("He spoke to the Tory Reform Group on Monday.")
    assert ("Tory Reform Group", discovered_id("Tory Reform Group")) in found
    assert ("Tory", "conservative_party") not in found


def test_a_person_made_of_registry_names_is_those_names(parse, registry):
    from narrative_pipeline.actors import Linker, link_article

    article = parse("Blair Labour's biggest donor\n\nThe party received £2m.")
    found = {(article.text[c.start : c.end], c.actor_id) for c in link_article(article, Linker.build(registry, 90.0))}
    assert {("Blair", "tony_blair"), ("Labour", "labour_party")} <= found


def test_a_ministers_portfolio_is_no_actor_but_a_named_body_is(linked):
    assert not any(
        t == "Rural Affairs" for t, _ in linked("In a statement, Rural Affairs Minister Ben Carrow said so.")
    )
    found = linked("In a statement, Cabinet Office Minister Ruth Orr said the law was clear.")
    assert ("Cabinet Office", discovered_id("Cabinet Office")) in found


def test_uk_bodies_and_demonyms_of_the_registry(linked):
    assert ("Department for Work and Pensions", "dwp") in linked(
        "A Department for Work and Pensions spokeswoman said the figures were wrong."
    )
    assert ("Djiboutian", "state_dji") in linked("Djiboutian troops patrolled the border.")


def test_a_body_named_for_a_place_is_its_head_word(linked):
    found = linked("The National Assembly for Wales voted on Tuesday. The assembly said the plan would cost £2m.")
    assert ("assembly", "national_assembly_for_wales") in found


def test_a_nations_word_before_a_party_names_its_branch(linked):
    found = linked("Speaking for the Welsh Liberal Democrats, Gwen Price called the plan a failure.")
    assert ("Welsh Liberal Democrats", discovered_id("Welsh Liberal Democrats")) in found
    assert not any(a == "liberal_democrats" for _, a in found)


def test_another_capitalised_word_before_a_party_makes_no_branch(linked):
    found = linked("The Federal Labour Agency said unemployment rose.")
    assert not any(t.startswith("Federal Labour") and t != "Federal Labour Agency" for t, _ in found)
    assert ("Labour", "labour_party") not in found


def test_an_election_is_no_actor(linked):
    assert not any("Election" in t for t, _ in linked("The firm gave £1m to the party for its General Election fund."))


def test_a_first_word_written_twice_is_read_once(linked):
    found = linked("Members of the Royal Royal Society of Arts met on Monday.")
    assert ("Royal Society of Arts", discovered_id("Royal Society of Arts")) in found


def test_a_two_word_name_of_one_word_twice_is_kept_whole(parse):
    from narrative_pipeline.actors.discovery import unrepeated

    tokens = parse("Headline\n\nDuran Duran played a concert.").sents[1].tokens
    assert [t.text for t in unrepeated(tokens[:2])] == ["Duran", "Duran"]


def test_members_from_a_nation_come_from_a_place(linked):
    assert ("Wales", "wales") not in linked("Labour MPs from Wales voted against the bill.")
    assert ("Wales", "wales") in linked("A delegation from Wales met the minister.")
