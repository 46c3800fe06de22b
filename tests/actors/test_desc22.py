"""desc22 (issue 12, descriptor recall on unseen news): a person noun the article gave one person's name ("French
billionaire Bernard Arnault ... The billionaire's company", `noun-of-person`), a kin noun with an owner ("his son, Dan
Lipinski ... nominate his son", `kin-of-person`), "the four-term congressman" (`role-title` past a counted modifier),
"the company" as the subject of its own verb after a comma ("... on 11 March, the company has announced") or with a
common-noun apposition ("The firm, a market leader, had"), "the group" of a company and "the insurer". With the near
cases they must not fire on, and one wrong link found (fixed by review22b: a referee is no manager). Every sentence is made up."""

from __future__ import annotations


def _rules(described, text: str, headline: str = "Headline") -> dict[str, tuple[str | None, str]]:
    return described(text, headline)


# noun-of-person


def test_a_person_noun_said_before_one_name_is_that_person(described):
    text = (
        "Danish billionaire Henrik Strand has bought a stake in the ferry line. Strand said the deal was sound. "
        "Analysts said the billionaire had paid a fair price."
    )
    found = described(text)
    assert found.get("billionaire") == ("disc.henrik_strand", "noun-of-person")


def test_a_referee_named_before_is_the_referee(described):
    text = (
        "The game was stopped by referee Olav Brenning in the second half. Fans booed the referee as he left the pitch."
    )
    found = described(text)
    assert found.get("referee") == ("disc.olav_brenning", "noun-of-person")


def test_a_person_noun_given_to_two_names_is_neither(described):
    text = (
        "On Monday billionaire Henrik Strand met billionaire Oskar Lunde in Oslo. "
        "Reporters said the billionaire had left early."
    )
    assert "billionaire" not in described(text)


def test_a_person_noun_said_of_someone_before_the_name_is_not_the_named_one(described):
    text = (
        "Fans crowded round the star as she left the hotel. She later sang with soul star Tomas Brekke. "
        "Photos showed the star smiling."
    )
    assert described(text).get("star", (None, ""))[1] != "noun-of-person"


def test_a_position_in_sport_is_no_person(described):
    text = (
        "Wing Harald Moen has returned to the Stavanger squad. Moen said he was happy on the wing again after "
        "a long injury."
    )
    assert described(text).get("wing", (None, ""))[1] != "noun-of-person"


# kin-of-person


def test_his_son_is_the_son_introduced_as_his(described):
    text = (
        "Former senator Arne Holt, who planned his exit to help his son, Erik Holt, won the vote. "
        "Arne Holt then persuaded the party to nominate his son for the seat."
    )
    assert described(text).get("son") == ("disc.erik_holt", "kin-of-person")


def test_a_kin_noun_of_another_owner_is_not_the_one_introduced(described):
    text = (
        "Former senator Arne Holt, who planned his exit to help his son, Erik Holt, won the vote. "
        "Mayor Lena Berg said her son would not stand."
    )
    assert "son" not in described(text)


def test_a_kin_noun_with_an_owner_we_cannot_tell_links_nothing(described):
    text = "Arne Holt arrived with his wife, Mette Holt, on Monday. The victim's wife said nothing."
    assert described(text).get("wife", (None, ""))[1] != "kin-of-person"


# role-title past a counted modifier


def test_a_counted_modifier_keeps_the_title(described):
    text = (
        "Rep. Carl Jensen has said he will retire. The four-term congressman will leave the House next year, "
        "aides said."
    )
    assert described(text).get("congressman") == ("disc.carl_jensen", "role-title")


# kind-of-named: "..., the company said"


def test_the_company_after_a_date_and_a_comma_is_the_named_firm(described):
    text = "Electronics firm Vexor will launch its new tablet in Europe on 11 March, the company has announced."
    found = described(text, "Vexor tablet gets a date")
    assert found.get("company", (None, ""))[1] == "kind-of-named"


def test_the_firm_with_a_common_noun_apposition_is_the_named_firm(described):
    text = (
        "Norwegian shipping firm Kaldvik has widened its losses. Kaldvik said costs rose. "
        "The firm, a market leader in ferries, had an operating loss of $10m."
    )
    assert described(text).get("firm", (None, ""))[1] == "kind-of-named"


def test_the_company_beside_a_name_is_still_the_name(described):
    text = "Kaldvik said costs rose. Baltic Lines, the company tipped to buy it, declined to comment."
    assert "company" not in described(text)


# kind-of-named: "the group" of a company


def test_the_group_is_the_company_where_only_companies_are_named(described):
    text = (
        "Brannock Foods said profits rose by 8% last year. Brannock Foods said costs fell. "
        "The programme is set to close 20% of the group's factories."
    )
    assert described(text).get("group", (None, ""))[1] == "kind-of-named"


def test_the_group_is_no_company_where_a_campaign_is_named(described):
    text = (
        "Brannock Foods said profits rose by 8% last year. Brannock Foods said costs fell. "
        "Campaigners Sugar Watch protested outside. The group said it would return next week."
    )
    assert described(text).get("group", ("", ""))[0] != "disc.brannock_foods"


def test_the_insurer_is_the_one_introduced_as_an_insurer(described):
    text = (
        "Scottish insurer Halvard Life has cut its bonus rates. Halvard Life said returns fell. "
        "The insurer blamed low interest rates."
    )
    assert described(text).get("insurer", (None, ""))[1] == "kind-of-named"


def test_the_manager_after_a_referee_is_not_the_referee(described):
    text = (
        "Mid Valley won the cup final after the referee, Olav Brenning, sent off two Port Rowan players. "
        "The manager said the referee had made the right calls."
    )
    assert described(text).get("manager", ("", ""))[0] != "disc.olav_brenning"
