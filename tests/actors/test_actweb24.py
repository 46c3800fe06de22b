"""actweb24: registry names that mention no actor on other publishers' news (`actors/newsnames.py`), from the
errors of the web news dev gold (`config/eval/gold-web-dev24`). Made-up sentences."""

from __future__ import annotations


def _states(mentions, text: str) -> list[tuple[str, str]]:
    return [(t, a) for t, a, _ in mentions(text) if a and a.startswith("state_")]


def test_a_state_after_for_that_ends_a_partys_name_is_part_of_it(linked):
    found = linked("Lawmakers from the populist Alternative for Sweden (AfS) invited a historian to give a lecture.")
    assert not any(a == "state_swe" for _, a in found)


def test_a_state_owning_or_qualifying_a_noun_after_for_is_kept(linked):
    found = linked("The oil giant made a bid by Shell for Australia's Woodside Petroleum in 2001.")
    assert ("Australia", "state_aus") in found


def test_a_title_or_body_before_of_keeps_the_state(linked):
    found = linked("The President of France met the Secretary of State for Wales on Monday.")
    assert ("France", "state_fra") in found
    assert ("Wales", "wales") in found


def test_of_and_for_after_no_name_keep_the_state(linked):
    found = linked("Reports of Russia's involvement grew. He called for Britain to act.")
    assert ("Russia", "state_rus") in found and ("Britain", "state_gbr") in found


def test_a_papers_name_inside_an_organisations_name_is_a_word_of_it(linked):
    found = linked("The Farmers’ Independent Grain Council said the harvest was poor.")
    assert not any(a == "the_independent" for _, a in found)


def test_the_paper_itself_is_still_the_paper(linked):
    assert ("Independent", "the_independent") in linked("The minister told the Independent that he would resign.")


def test_a_state_after_a_place_noun_and_of_is_a_place(mentions):
    assert _states(mentions, "Ferries to the Caribbean island of Aruba were cancelled on Friday.") == []


def test_what_a_place_is_now_is_a_place_and_the_state_that_acts_is_not(mentions):
    text = "He bought land in what is now Zambia and Malawi. Zambia and Malawi later signed a treaty."
    assert _states(mentions, text) == [("Zambia", "state_zmb"), ("Malawi", "state_mwi")]  # the signing pair only


def test_the_full_organisation_then_takes_its_head_noun(linked):
    found = linked(
        "The Citizens’ Independent Transportation Trust complained in July. The trust said the county was late."
    )
    assert not any(a == "the_independent" for _, a in found)
    assert any(t == "trust" and a and a.startswith("disc.") for t, a in found)


def test_two_organisations_joined_by_and_the_are_two_names_not_a_title(linked):
    found = linked(
        "The county briefed its partners at the Federal Transit Administration and the Florida Department of"
        " Transportation to be sure."
    )
    assert any(t == "Federal Transit Administration" for t, _ in found)
    assert any(t == "Florida Department of Transportation" for t, _ in found)


def test_a_surname_after_a_title_before_and_the_acting_premier_is_a_person(mentions):
    found = mentions("I will have a call with Minister Milling and the Acting Premier tomorrow.")
    assert [(t, m) for t, _, m in found if t == "Milling"] == [("Milling", "ner-discovered")]


def test_a_title_of_a_work_with_and_the_is_still_a_work(linked):
    assert not any("Harry Potter" in t for t, _ in linked("She read Harry Potter and the Prisoner of Azkaban again."))


def test_a_name_ends_before_an_opening_quote_mark(parse, lex):
    from narrative_pipeline.actors.newsnames import cut_at_an_opening_quote

    article = parse("Headline\n\nThey want a true Development Policy ‘Gold Standard’ project.")
    words = {"Development", "Policy", "\u2018", "Gold"}
    toks = [t for s in article.sents for t in s.tokens if t.text in words]
    assert [t.text for t in cut_at_an_opening_quote(toks)] == ["Development", "Policy"]


SPORT = (
    "Coach Mike Ruddock named his side for Saturday's Six Nations match against France in Cardiff. Captain Gareth"
    " Thomas returns at full-back after injury, and the coach refused to talk about a possible Grand Slam for Wales."
    " The winger Shane Williams has scored 20 tries in 40 Tests for Wales and starred in the World Cup for Wales."
)


def test_a_state_after_for_and_a_competition_in_sport_is_the_side_that_plays(mentions):
    """review24: "a Grand Slam for Wales" (BBC sport), "40 Tests for Wales", "the World Cup for Wales" are the team."""
    found = [(t, a) for t, a, _ in mentions(SPORT) if t == "Wales"]
    assert found == [("Wales", "disc.wales_national_team")] * 3


def test_a_persons_nickname_in_quote_marks_stays_in_the_name(linked):
    """review24: a web page of the base run gave 'Renaldo' for 'Renaldo “Peewee” Gilkes' (cut at the quote mark)."""
    found = linked("The court heard that Joaquin “El Chapo” Guzman had escaped, and Earvin “Magic” Johnson watched.")
    names = {t for t, _ in found}
    assert "Joaquin" not in names and "Earvin" not in names
    assert "Earvin “Magic” Johnson" in names


def test_one_word_before_a_quoted_name_is_not_cut_off_as_a_name(linked):
    """review24: a web page of the base run gave two organisations 'Team' for 'Team “Crazy on You”'."""
    found = linked("Viewers loved it. But the battle rages on between Team “Crazy on You” and Team “Where’s My Hair?”.")
    assert not any(t == "Team" for t, _ in found)


def test_a_nickname_in_quotes_stays_inside_a_persons_name(linked):
    found = linked("That is the view of football coach Renaldo “Peewee” Gilkes as the team prepares.")
    assert any(t == "Renaldo “Peewee” Gilkes" for t, _ in found)


def test_a_capital_acting_as_the_city_is_not_its_state(linked):  # actweb24's strict xfail, fixed by actors47
    text = (
        "Vienna confronts Austria's imperial past. The Austrian capital has launched a five-year project, and the"
        " city's museum will hold exhibitions. Vienna's relationship with its history is being reconsidered."
    )
    assert not any(a == "state_aut" and t == "Vienna" for t, a in linked(text))


def test_the_government_after_a_named_government_is_that_one(described):
    text = (
        "Greece and Portugal were removed from the UK Government's list of travel corridors. Data from Greece"
        " shows cases rising, and Greece reported 30 new cases. Greece and Portugal are now on the list, and"
        " passengers from Greece must isolate. MPs said it was easier to defend what the Government is doing."
    )
    assert described(text).get("Government", (None,))[0] == "state_gbr"


def test_a_territorys_cabinet_is_not_the_uk_cabinet(linked):  # actweb24's strict xfail, fixed by actors47
    text = (
        "The Premier of the Cayman Islands was detained in Miami. The UK Government informed the Governor. The"
        " Deputy Premier will remain Acting Premier, and the Governor will discuss the way forward with him and"
        " Cabinet."
    )
    assert ("Cabinet", "uk_cabinet") not in linked(text)
