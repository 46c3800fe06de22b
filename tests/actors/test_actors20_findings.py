"""actors20 (actors.rules.v21): descriptor misses of descriptors-dev, -blind and -blind2 and the BBC corpus.

A person's full name before the noun a determiner belongs to is the person ("the Michael Jackson child abuse
trial", "a Paul Scholes header"), not a name that takes an article ("the Aurora"), unless the noun is a thing
named after someone or a work ("the Bobby Charlton school", "the James Bond theme")."""

from __future__ import annotations

from narrative_pipeline.actors import discovered_id


def test_a_full_name_modifying_the_noun_of_the_article_is_the_person(linked):
    text = (
        "A PR expert has told the Michael Jackson child abuse trial that the documentary was a disaster."
        " Mr Jackson denies the charges."
    )
    found = linked(text)
    assert ("Michael Jackson", discovered_id("Michael Jackson")) in found
    assert ("Jackson", discovered_id("Michael Jackson")) in found


def test_the_singer_after_the_name_in_a_modifier_is_the_person(described):
    text = (
        "A PR expert has told the Michael Jackson child abuse trial that the documentary was a disaster."
        " Mr Jackson denies 10 charges. In the film, the singer said he did not see anything wrong."
    )
    assert described(text).get("singer", (None,))[0] == discovered_id("Michael Jackson")


def test_a_players_header_names_the_player(linked):
    text = "Their approach was laboured and they managed just one chance - a Paul Scholes header over the bar."
    assert ("Paul Scholes", discovered_id("Paul Scholes")) in linked(text)


def test_a_thing_named_after_a_person_is_no_mention_of_them(mentions):
    text = (
        "Police battled with fans in the Matthew Harding stand. He performed Live And Let Die, the James Bond"
        " theme he recorded with Wings. I have wanted to do that since I went to the Bobby Charlton school."
    )
    surfaces = {t for t, _, _ in mentions(text)}
    assert not surfaces & {"Matthew Harding", "James Bond", "Bobby Charlton"}
