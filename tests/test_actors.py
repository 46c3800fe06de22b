"""One test per linking rule, each on sentences of its own."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import FuzzyIndex, discovered_id, link_article, link_articles, org_type


def mentions(parse, registry, text: str, threshold: float = 90.0):
    article = parse("Headline\n\n" + text)
    chosen = link_article(article, registry, threshold, FuzzyIndex(registry))
    return [(article.text[c.start : c.end], c.actor_id, c.method) for c in chosen if c.start >= len("Headline\n\n")]


def linked(parse, registry, text: str):
    return {(t, a) for t, a, _ in mentions(parse, registry, text)}


def test_alias_and_acronym(parse, registry):
    got = mentions(parse, registry, "The Government of National Accord (GNA) rejected the offer from NATO.")
    assert ("Government of National Accord", "gna", "alias") in got
    assert ("GNA", "gna", "acronym") in got
    assert ("NATO", "nato", "acronym") in got


def test_acronyms_are_case_aware(parse, registry):
    assert not any(a == "un" for _, a, _ in mentions(parse, registry, "The un-named official left early."))


def test_accent_folded_alias(parse, registry):
    assert ("Erdogan", "recep_tayyip_erdogan") in linked(parse, registry, "President Erdogan warned his rivals.")


def test_demonym_carries_agency(parse, registry):
    got = mentions(parse, registry, "Emirati drones bombed the airport and Turkish-backed forces advanced.")
    assert ("Emirati", "state_are", "demonym") in got
    assert ("Turkish", "state_tur", "demonym") in got


def test_demonym_of_a_population_is_not_an_actor(parse, registry):
    assert not any(t == "British" for t, _, _ in mentions(parse, registry, "Many British people travelled abroad."))


def test_metonym_acting_is_linked(parse, registry):
    got = mentions(parse, registry, "The Kremlin denied the report, and Ankara summoned the ambassador.")
    assert ("Kremlin", "state_rus", "metonym") in got
    assert ("Ankara", "state_tur", "metonym") in got


def test_city_as_place_is_a_location(parse, registry):
    got = mentions(parse, registry, "The talks were held in Tripoli and the delegates later flew to Moscow.")
    assert not any(t in {"Tripoli", "Moscow"} for t, _, _ in got)


def test_country_as_place_is_a_location_but_acting_country_is_an_actor(parse, registry):
    got = linked(parse, registry, "The pilots received training in Syria. Russia sent more advisers.")
    assert ("Syria", "state_syr") not in got
    assert ("Russia", "state_rus") in got


def test_possessive_names_two_actors(parse, registry):
    got = linked(parse, registry, "The rebels are supported by Putin's Russia.")
    assert ("Putin", "vladimir_putin") in got and ("Russia", "state_rus") in got


def test_alignment_word(parse, registry):
    got = mentions(parse, registry, "Pro-Haftar sources reported new clashes.")
    assert ("Haftar", "khalifa_haftar", "alignment") in got


def test_title_kept_out_of_span(parse, registry):
    got = linked(parse, registry, "Mr Abbas met the envoy on Sunday.")
    assert ("Abbas", "mahmoud_abbas") in got


def test_surname_repeats_full_name(parse, registry):
    got = mentions(
        parse, registry, "Opposition leader Maria Kovacsova criticised the budget. Ms Kovacsova said it was unfair."
    )
    ids = {a for t, a, _ in got if t in {"Maria Kovacsova", "Kovacsova"}}
    assert ids == {discovered_id("person", "Maria Kovacsova")}
    assert any(m == "surname" for t, _, m in got if t == "Kovacsova")


def test_titled_name_without_ner(parse, registry):
    got = mentions(parse, registry, "Lord Nicholls of Birkenhead said the law was wrong.")
    assert any(t.startswith("Nicholls") and a and a.startswith("disc.person.") for t, a, _ in got)


def test_descriptor_rebels_after_their_leader(parse, registry):
    got = linked(parse, registry, "Khalifa Haftar lost ground. The rebels retreated to the east.")
    assert ("rebels", "lna") in got


def test_descriptor_rebels_without_referent_is_not_linked(parse, registry):
    assert not any(t == "rebels" for t, _, _ in mentions(parse, registry, "The rebels retreated to the east."))


def test_descriptor_regime_after_assad_regime(parse, registry):
    got = linked(parse, registry, "Pilots trained with the Assad regime. Later the regime withdrew support.")
    assert ("Assad regime", "syrian_government") in got and ("regime", "syrian_government") in got


def test_descriptor_the_government_is_the_articles_state(parse, registry):
    got = linked(parse, registry, "Japan announced new limits. The government said the limits were temporary.")
    assert ("government", "state_jpn") in got


def test_descriptor_the_party(parse, registry):
    got = linked(parse, registry, "UKIP spent heavily. Critics accused the party of buying votes.")
    assert ("party", "ukip") in got


def test_descriptor_title_of_a_named_person(parse, registry):
    got = linked(
        parse, registry, "Foreign Secretary Jack Straw visited Beijing. The foreign secretary said talks went well."
    )
    assert ("foreign secretary", "jack_straw") in got


def test_fuzzy_spelling_variant(parse, registry):
    got = mentions(parse, registry, "Vladimir Putinn met the delegation.", threshold=85)
    assert any(a == "vladimir_putin" and m == "fuzzy" for _, a, m in got)


def test_ner_discovered_ids_are_stable_across_articles(parse, registry):
    a = parse("H\n\nThe Zembla Liberation Movement attacked the convoy.", article_id="aaaaaaaaaaaaaaaa")
    b = parse("H\n\nYesterday the Zembla Liberation Movement denied the report.", article_id="bbbbbbbbbbbbbbbb")
    mentions_, actors = link_articles([a, b], registry, 90.0)
    ids = {m.actor_id for m in mentions_ if "Zembla" in m.text}
    assert len(ids) == 1 and next(iter(ids)).startswith("disc.")
    assert any(r.source == "discovered" and r.actor_id in ids for r in actors)


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Labour Party", "party"),
        ("Reuters News", "media"),
        ("Tiananmen Square", None),
        ("European Convention on Human Rights", None),
        ("Foreign Policy Centre", "organisation"),
    ],
)
def test_org_type_from_name(name, expected):
    assert org_type(name) == expected


def test_boilerplate_has_no_mentions(parse, registry):
    article = parse("Headline\n\nRussia acted.\n\n© 2020 Reuters. All rights reserved.")
    chosen = link_article(article, registry, 90.0, None)
    assert all(article.text[c.start : c.end] != "Reuters" for c in chosen)
