"""actors15 (issue 12, actors.rules.v17): findings on the misses of descriptors-dev, -blind and -blind2 and
on review13's strict xfail."""

from __future__ import annotations

from narrative_pipeline.actors import Linker, link_article


def _chosen(parse, registry, text: str):
    article = parse(text)
    return [
        (article.text[c.start : c.end], c.actor_id, c.actor_type)
        for c in link_article(article, Linker.build(registry, 90.0))
    ]


def test_a_firms_surname_before_the_person_is_named_is_the_firm(parse, registry):
    text = (
        "Ford cuts jobs\n\nCarmaker Henry Ford has cut 3,000 jobs in Europe. Ford said demand for its saloons had"
        " fallen sharply. The family still holds a stake, and chairman Bill Ford said the cuts were painful."
    )
    found = _chosen(parse, registry, text)
    alone = [(a, t) for s, a, t in found if s == "Ford"]
    assert alone and all(a == "disc.henry_ford" and t != "person" for a, t in alone)
    assert ("Bill Ford", "disc.bill_ford", "person") in found


def test_in_sport_a_player_typed_an_organisation_takes_no_surname(parse, registry):
    text = (
        "Ireland 21-19 Argentina\n\nThe Pumas shocked the Irish rugby side early on in the match with a try from"
        " Federico Aramburu, and Felipe Contepomi kicked 14 points. Indiscipline allowed the fly-half Contepomi"
        " to open the scoring with a penalty in the third minute. Ireland turned the ball over and Manuel"
        " Contepomi broke through to give the Pumas a lead at half-time."
    )
    alone = [t for s, _, t in _chosen(parse, registry, text) if s == "Contepomi"]
    assert alone == ["person"]


def test_a_person_noun_after_a_places_name_is_the_person_the_article_is_about(described):
    text = (
        "Kelly Holmes has won the 1500m title in Birmingham. Holmes ran the last lap in 58 seconds. But if the"
        " Kent athlete keeps her form, she will go to Madrid as favourite."
    )
    assert described(text)["Kent athlete"] == ("disc.kelly_holmes", "salient-person")


def test_a_person_noun_after_a_places_name_may_be_the_title_its_holder_was_given(described):
    text = (
        "Record company boss Kevin Campbell has stopped R&B singer Mark Morrison from releasing an album. Morrison"
        " vowed to ignore the order. Morrison rose to fame in 1996. But the Leicester singer has struggled since."
    )
    assert described(text)["Leicester singer"] == ("disc.mark_morrison", "salient-person")


def test_a_nationality_before_a_person_noun_says_too_little(described):
    text = (
        "Geoffrey Rush plays Peter Sellers in The Life and Death of Peter Sellers. Sellers died in 1980. The"
        " Australian star faces Daniel Craig for the award."
    )
    assert "Australian star" not in described(text)


def test_his_party_is_the_party_in_the_persons_title(described):
    text = "Labour chairman Ian McCartney said his party was ambitious to improve black and Asian representation."
    assert described(text)["party"] == ("labour_party", "party-of-leader")


def test_his_party_is_the_party_in_a_possessive_title(described):
    text = "Labour's election chief Alan Milburn has defended his party's campaign posters."
    assert described(text)["party"] == ("labour_party", "party-of-leader")


def test_whose_party_is_the_party_the_person_leads(described):
    text = "The bill will be debated on Monday. Earlier Mr Kennedy, whose party opposes the ID cards plan, spoke."
    assert described(text)["party"] == ("liberal_democrats", "party-of-leader")


def test_a_title_with_two_parties_gives_no_party(described):
    text = "Labour and Conservative campaigner John Smith said his party would fight on."
    assert "party" not in described(text)


def test_his_side_of_a_person_with_a_teams_title_outside_an_article_found_about_sport(described):
    text = (
        "Chelsea boss Jose Mourinho has attacked the fixture list. Chelsea boss Jose Mourinho admitted his side were"
        ' "lucky" to win at Fratton Park.'
    )
    assert described(text)["side"] == ("disc.chelsea", "team-of-person")


def test_a_bosss_team_or_the_side_he_has_luck_on_is_no_team_outside_sport(described):
    text = (
        "Worldcom boss Bernie Ebbers denies fraud. Mr Ebbers' team will portray him as an affable boss."
        " Ebbers said he hoped the jury would be on his side."
    )
    found = described(text)
    assert "team" not in found and "side" not in found


def test_a_nationality_after_the_subject_of_its_own_clause_is_the_player_named_before(described):
    text = (
        "Second seed Andre Agassi suffered a defeat by Jurgen Melzer in the quarter-finals of the tennis"
        " tournament. Agassi was often bamboozled by the Austrian's drop shots in the match, losing 6-3 6-1."
    )
    assert described(text, "Melzer shocks Agassi")["Austrian"] == ("disc.jurgen_melzer", "sport-person")


def test_a_position_after_the_subject_of_its_own_clause_is_not_the_player_named_before(described):
    text = (
        "Tom Shanklin will start in the centre for Wales against England in the rugby match in Cardiff on Saturday"
        " after Sonny Parker failed to recover from a neck injury. The coach said the squad had trained well."
    )
    assert "centre" not in described(text, "Parker misses England clash")


def test_an_ordinal_before_an_office_makes_no_other_holder(described):
    text = (
        "Tony Blair faces his first prime minister's questions of 2005 after a week of speculation about his"
        " relationship with Gordon Brown. Michael Howard will go head-to-head with the prime minister."
    )
    assert described(text)["prime minister"] == ("tony_blair", "registry-descriptor")


def test_a_gerund_after_of_is_no_owner_of_the_office(described):
    text = (
        "Tony Blair and Gordon Brown met on Monday. The Tories accused the prime minister and his chancellor of"
        " behaving like schoolboys. Mr Blair put Alan Milburn in charge of election planning in place of the"
        " chancellor."
    )
    found = [(t, a) for t, (a, _) in described(text).items() if t == "chancellor"]
    assert found == [("chancellor", "gordon_brown")]


def test_a_lower_case_word_and_a_time_after_of_make_no_rival_office(described):
    text = (
        "Gordon Brown is the longest serving chancellor of modern times. Mr Blair will one day stand down in"
        " favour of the chancellor."
    )
    assert described(text)["chancellor"] == ("gordon_brown", "registry-descriptor")


def test_a_state_after_of_still_makes_a_rival_office(described):
    text = (
        "Tony Blair met Ariel Sharon. Mr Blair praised the prime minister of Israel. Later the prime minister said"
        " talks would go on."
    )
    assert "prime minister" not in described(text)


def test_his_firm_is_the_company_in_a_possessive_title(described):
    text = (
        "Shares in oil firm ONGC rose as investors backed its bid for Yugansk, the main unit of Yukos, to lift"
        " profits and sales. ONGC's Mr Raha declined to be drawn on his firm's reported interest in the deal."
    )
    assert described(text)["firm"] == ("disc.ongc", "firm-of-person")


def test_his_company_is_no_party_in_the_title(described):
    text = "Labour chairman Ian McCartney said his company had given money to the campaign."
    assert "company" not in described(text)


def test_the_national_side_of_two_teams_named_alike_is_left(described):
    text = (
        "Scotland face Wales in the Six Nations match on Saturday. Scotland and Wales both lost their opening"
        " matches of the championship. The coach said the national side had trained well this season."
    )
    assert "national side" not in described(text)


def test_a_countrys_national_team_is_its_team(described):
    text = (
        "Sale host Bath in the cup match on Friday, with six players away at England's training camp for the"
        " championship. Saint-Andre believes England's national team will suffer as clubs sign foreigners."
    )
    assert described(text)["national team"] == ("disc.england_national_team", "national-side")
