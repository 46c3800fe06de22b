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


def test_a_surname_two_persons_share_stays_a_persons_mention(parse, registry):
    text = (
        "Robinson out of Six Nations\n\nEngland captain Jason Robinson will miss the rest of the Six Nations because"
        ' of injury. Robinson said: "This is very disappointing for me." And coach Andy Robinson said: "I am hugely'
        ' disappointed for Jason." Robinson picked up the injury in the defeat to Ireland on Saturday.'
    )
    article = parse(text)
    alone = [
        (c.start, c.actor_id, c.actor_type)
        for c in link_article(article, Linker.build(registry, 90.0))
        if article.text[c.start : c.end] == "Robinson" and c.start > text.index("England")
    ]
    assert [t for _, _, t in alone] == ["person", "person"]  # not the organisation spaCy's label alone gave
    assert alone[0][1] == "disc.jason_robinson"  # before Andy Robinson is named: the captain
    assert alone[1][1] not in {"disc.jason_robinson", "disc.andy_robinson"}  # after both: neither


def test_a_demonym_spacy_ran_into_a_named_persons_surname_is_cut_off(parse, registry):
    text = (
        "Davenport through in Sydney\n\nLindsay Davenport reached the semi-finals after her opponent Marion Bartoli"
        " retired hurt. American Davenport will now face fellow former Wimbledon champion Conchita Martinez."
    )
    found = _chosen(parse, registry, text)
    assert not [s for s, _, _ in found if s.startswith("American")]
    at = text.index("American Davenport") + len("American ")
    article = parse(text)
    linked = [
        c.actor_id
        for c in link_article(article, Linker.build(registry, 90.0))
        if c.start == at and article.text[c.start : c.end] == "Davenport"
    ]
    assert linked == ["disc.lindsay_davenport"]


def test_a_players_position_opening_a_sentence_is_no_word_of_the_players_name(parse, registry):
    text = (
        "Arsenal 2-1 Valencia\n\nArsenal made it 2-0 at the break in the Champions League match, their striker"
        " smashing home an indirect free-kick past the goalkeeper. Midfielder Edu reduced the deficit after half-time"
        " but the home side held on to win the game and top the group before the league match with Chelsea."
    )
    found = _chosen(parse, registry, text)
    assert not [s for s, _, _ in found if s.startswith("Midfielder")]


def test_an_awards_title_before_of_the_year_is_no_actor(parse, registry):
    text = (
        "Holmes honoured\n\nKelly Holmes was named the BBC Sports Personality of the Year on Sunday, and Andy Murray"
        " won the BBC Young Sports Personality of the Year."
    )
    found = _chosen(parse, registry, text)
    assert not [s for s, _, _ in found if "Personality" in s or s == "BBC"]


def test_a_firm_a_cue_typed_keeps_a_demonym_as_its_first_word(parse, registry):
    text = (
        'Insurers count the cost\n\nMunich Re said claims would be high. "It was a bad year," said Anselm Smolka of'
        " Munich Re. Thomas Hess, deputy head of the natural disasters department at Swiss Re, the world's second"
        " biggest reinsurance firm, said losses were rising."
    )
    found = _chosen(parse, registry, text)
    assert not [s for s, _, _ in found if s == "Re"]
