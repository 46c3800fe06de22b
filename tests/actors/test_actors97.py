"""actors97 (session 65): a surname two persons of the page share, an outlet's name opening an event's name."""

from __future__ import annotations

from narrative_pipeline.actors import Linker, link_article


def _chosen(parse, registry, text: str):
    article = parse(text)
    return [
        (article.text[c.start : c.end], c.actor_id, c.actor_type)
        for c in link_article(article, Linker.build(registry, 90.0))
    ]


def test_an_outlets_name_opening_an_awards_name_is_no_mention_of_it(parse, registry):
    text = (
        "Band wins in Rome\n\nThe band took three prizes at the MTV Europe Music Awards in Rome on Thursday. The"
        " singer said MTV had always backed the group."
    )
    found = _chosen(parse, registry, text)
    assert [s for s, a, _ in found if a == "mtv"] == ["MTV"]


def test_an_outlets_name_opening_a_personality_of_the_year_is_no_mention_of_it(parse, registry):
    text = (
        "Holmes honoured\n\nKelly Holmes was named the BBC Sports Personality of the Year on Sunday. She thanked"
        " the BBC for its coverage of the Games."
    )
    found = _chosen(parse, registry, text)
    assert [s for s, a, _ in found if a == "bbc"] == ["BBC"]


def test_an_outlets_station_or_programme_is_the_outlet(parse, registry):
    text = (
        "Minister speaks out\n\nThe minister told BBC Radio 4's Today programme that the plan would go ahead. He later"
        " spoke to BBC Radio Five Live about the vote."
    )
    found = _chosen(parse, registry, text)
    assert [a for s, a, _ in found if s.startswith("BBC")] == ["bbc", "bbc"]
