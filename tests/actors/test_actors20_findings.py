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


def test_his_opponent_is_the_other_player_named_most(described):
    text = (
        "Austrian Jurgen Melzer beat top seed Andre Agassi 6-3 6-4 in the semi-finals of the SAP Open tennis"
        " tournament in San Jose. Melzer has now beaten Agassi in two of their three meetings on the ATP tour."
        ' "I had a good game plan and I executed it perfectly in the match," said Melzer. And Agassi, who was more'
        " than matched for power by his opponent's two-handed backhand, said Melzer had served well in the final set."
    )
    found = described(text, "Melzer shocks Agassi in San Jose")
    assert found.get("opponent") == (discovered_id("Jurgen Melzer"), "opponent-of-person")


def test_her_opponent_named_beside_it_is_the_name(described):
    text = (
        "Lindsay Davenport beat Jie Zheng 6-2 7-5 in the tennis tournament. Davenport served well."
        " Myskina sailed through after her opponent Marion Bartoli retired hurt."
    )
    assert "opponent" not in described(text, "Davenport into last eight")


def test_his_opponent_outside_sport_is_not_linked(described):
    text = (
        "Michael Howard attacked Tony Blair over tax. Mr Howard said Mr Blair had failed. Mr Blair said his"
        " opponent had no plan."
    )
    assert "opponent" not in described(text, "Howard attacks Blair")


def test_an_adjective_before_the_visitors_still_names_the_away_side(described):
    text = (
        "Six Chris Paterson penalties gave Scotland victory over Italy in a dour Six Nations rugby match at"
        " Murrayfield. Italy scored a try in the first half. Another Paterson penalty on 70 minutes kept the pressure"
        " on the wilting visitors."
    )
    found = described(text, "Scotland 18-10 Italy")
    assert found.get("wilting visitors", (None,))[0] == "disc.italy_national_team"


def test_the_next_hosts_are_no_side_of_the_fixture(described):
    text = (
        "Six Chris Paterson penalties gave Scotland victory over Italy in a dour Six Nations rugby match at"
        " Murrayfield. Italy scored a try in the first half. The next hosts of the tournament will be named in May."
    )
    assert "next hosts" not in described(text, "Scotland 18-10 Italy")


def test_a_group_of_mps_is_not_the_house_of_commons(mentions):
    text = (
        "Tony Blair faced questions in Parliament. Sir Philip Mawer will report to the Standards and Privileges"
        " Committee, the group of MPs who will recommend to the full House of Commons what action to take."
        " Mr Blair reminded MPs that the tickets were allowed."
    )
    linked_mps = [a for t, a, m in mentions(text) if t == "MPs" and m == "descriptor"]
    assert linked_mps == ["house_of_commons"]  # "reminded MPs", not "the group of MPs"


def test_the_teenager_and_the_placed_diva_are_the_singer_named(described):
    """actors21: "the teenager" needs her age (13 to 19) beside the name (review17b)."""
    text = (
        "Soul singer Joss Stone, 17, has been nominated in three categories in the Brit awards. Her second album reached"
        " number one in the UK charts. Ms Stone is due to perform at the ceremony. The teenager also has Grammy"
        " nominations in the US. The Devon diva started her career in a talent programme."
    )
    found = described(text, "Soul sensation ready for awards")
    assert found.get("teenager", (None,))[0] == discovered_id("Joss Stone")
    assert found.get("Devon diva", (None,))[0] == discovered_id("Joss Stone")


def test_the_organisation_is_the_one_just_named_when_two_are_named_as_often(described):
    text = (
        "Gordon Brown told the Commons on Thursday that fuel duty would be frozen. The Treasury said the freeze would"
        " cost little. The RAC welcomed the news, calling it an early Christmas present for motorists. But the"
        " organisation urged drivers to shop around."
    )
    assert described(text, "Petrol duties frozen").get("organisation", (None,))[0] == discovered_id("RAC")


def test_the_organisation_after_two_just_named_is_neither(described):
    text = (
        "The World Wide Fund for Nature and the RAC Foundation wrote to ministers on Monday. The RAC welcomed the"
        " news. Greenpeace attacked it. But the organisation urged drivers to shop around."
    )
    assert "organisation" not in described(text, "Petrol duties frozen")


def test_a_body_spelt_by_its_acronym_is_no_work_title_in_arts_news(linked):
    text = (
        "A major distributor of pirated Bollywood films and music DVDs has been jailed for four years. The"
        " counterfeit films and albums were sold in shops and at markets, the court heard. The actors and singers of"
        " the films lost royalties. The British Phonographic Industry (BPI) worked for two years on the case. The BPI"
        " welcomed the news."
    )
    found = linked(text)
    assert ("British Phonographic Industry", discovered_id("British Phonographic Industry")) in found
    assert ("BPI", discovered_id("British Phonographic Industry")) in found
