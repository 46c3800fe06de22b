"""Names the registry lacks: typed, with stable discovered ids."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import discovered_id, link_articles, org_type


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Labour Party", "party"),
        ("Reuters News", "media"),
        ("Tiananmen Square", None),
        ("European Convention on Human Rights", None),
        ("White Paper on Defence", None),
        ("Foreign Policy Centre", "organisation"),
        ("Syrian Democratic Forces", "armed_group"),
    ],
)
def test_org_type_from_name(name, expected, lex):
    assert org_type(name, lex) == expected


def test_discovered_ids_are_made_from_type_and_name():
    assert discovered_id("person", "Recep Tayyip Erdoğan") == "disc.person.recep_tayyip_erdogan"


def test_ner_discovered_ids_are_stable_across_articles(parse, registry):
    a = parse("H\n\nThe Zembla Liberation Movement attacked the convoy.", article_id="aaaaaaaaaaaaaaaa")
    b = parse("H\n\nYesterday the Zembla Liberation Movement denied the report.", article_id="bbbbbbbbbbbbbbbb")
    mentions_, actors = link_articles([a, b], registry, 90.0)
    ids = {m.actor_id for m in mentions_ if "Zembla" in m.text}
    assert len(ids) == 1 and next(iter(ids)).startswith("disc.")
    assert any(r.source == "discovered" and r.actor_id in ids for r in actors)


def test_titled_name_without_ner(mentions):
    got = mentions("Lord Nicholls of Birkenhead said the law was wrong.")
    assert any(t.startswith("Nicholls") and a and a.startswith("disc.person.") for t, a, _ in got)


def test_a_name_modifying_a_noun_is_no_person(mentions):
    assert not any(a and a.startswith("disc.person.") for _, a, _ in mentions("A Yorkshire millionaire bought it."))
