"""fix75 (session 57, issue 12; the party before MP / MSP left by fix72, review69 3 and 6, "be it the chairman").

1. A lead's office of a state is held by a member of its governing party: a legislator the page names with a party
   that governed none of the lead's states in the undated articles' era ("Tory MSP Annabel Goldie said" after
   "Scotland's justice minister has defended ...") is not the holder (`players.of_another_party`, the era's
   `governing` parties in config/actors_offices.yaml); "Labour MSP Cathy Jamieson" and a coalition partner's
   "Liberal Democrat MSP" keep the office, and a dated page (no governing party by date) is read as before.
2. review69 3: the complement of a "be" under a modal or in an "if" / "whether" clause ("The winner will be the prime
   minister", "Mr Hunt would be the prime minister if he won") names an office to fill, no day's holder
   (`described.office_filled`); so does a subjunctive "be it the chairman, the manager or a player" (and its
   conjuncts). review69 6: a lower-case "former" / "then-" before a capitalised title gives no day's holder
   (`dated_offices.titled_holders`: "former President Herzog" in 2023 is no Isaac Herzog).
4. A registry holder named family name first ("Wen Jiabao") is the day's holder after an office's title by that
   first word ("Premier Wen", "President Hu"; `surname_first_countries`); the family name alone is no alias.
5. "Associates" is a firm's word (`org_type_words`): "Sarah Blair Associates" links no Tony Blair (fix70's
   `surname-in-a-bodys-name`).
"""

from __future__ import annotations

from datetime import date

import pytest

# 1: a legislator of a party out of the state's government is not the lead's office holder

JUSTICE = "Scotland's justice minister has defended plans for new prisons. "


@pytest.mark.parametrize(
    ("intro", "reactor"),
    [
        ("Tory MSP Annabel Goldie", "disc.annabel_goldie"),
        ("Conservative MSP Annabel Goldie", "disc.annabel_goldie"),
        ("SNP MSP Kenny MacAskill", "disc.kenny_macaskill"),
    ],
)
def test_a_legislator_of_a_party_out_of_government_takes_no_office(described, intro, reactor):
    got = described(f"{JUSTICE}{intro} said the jails were a waste of money.")
    assert got.get("justice minister", ("",))[0] != reactor


def test_a_two_word_party_out_of_government_in_wales(described):
    got = described(
        "Wales's health minister has defended waiting times. Plaid Cymru AM Helen Jones said the times were a scandal."
    )
    assert got.get("health minister", ("",))[0] != "disc.helen_jones"


def test_a_later_minister_is_not_the_other_partys_legislator(described):
    got = described(
        f"{JUSTICE}Tory MSP Annabel Goldie said the jails were a waste of money. The minister said they were needed."
    )
    assert all(a != "disc.annabel_goldie" for a, _ in got.values())


@pytest.mark.parametrize(
    ("intro", "holder"),
    [
        ("Labour MSP Cathy Jamieson", "disc.cathy_jamieson"),
        ("Liberal Democrat MSP Jim Wallace", "disc.jim_wallace"),
    ],
)
def test_a_legislator_of_a_governing_party_keeps_the_office(described, intro, holder):
    got = described(f"{JUSTICE}{intro} said the jails were needed.")
    assert got.get("justice minister", ("",))[0] == holder


def test_a_dated_page_is_read_as_before(described):
    """No governing party by date: fix69's legislator exemption holds as on main."""
    got = described(f"{JUSTICE}Labour MSP Cathy Jamieson said the jails were needed.", published=date(2005, 3, 1))
    assert got.get("justice minister", ("",))[0] == "disc.cathy_jamieson"


# review69 3: a "be" of a time to come or a case supposed names an office to fill, no day's holder

LEADER = "Britain is choosing a new leader. "


@pytest.mark.parametrize(
    "sentence",
    [
        "The winner will be the prime minister by the end of the month.",
        "Mr Hunt would be the prime minister if he won.",
        "If he were the prime minister, Mr Hunt said, he would act.",
    ],
)
def test_a_future_or_supposed_copula_links_no_holder(described, sentence):
    got = described(LEADER + sentence, published=date(2019, 7, 10))
    assert "prime minister" not in got


@pytest.mark.parametrize(
    "sentence",
    [
        "The prime minister will resign on Wednesday.",
        "Mrs May is the prime minister until then.",
        "She said she would serve the prime minister loyally.",
    ],
)
def test_a_finite_copula_or_a_subject_keeps_the_holder(described, sentence):
    got = described(LEADER + sentence, published=date(2019, 7, 10))
    assert got.get("prime minister", ("",))[0] == "theresa_may"


# "be it the chairman ...", "whether it is the manager or ...": a supposed office, no holder


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ('Chelsea chairman Bruce Buck said the club was fine. "No individual is bigger than the club, be it the '
         'chairman, the manager or a player."', "chairman"),
        ("Arsenal manager Arsene Wenger spoke. Whether it is the manager or the players, everyone must improve.",
         "manager"),
    ],
)  # fmt: skip
def test_a_supposed_office_links_no_holder(described, text, noun):
    assert noun not in described(text)


def test_each_office_of_a_supposed_list_links_no_holder(described):
    got = described(
        "Newcastle have fined striker Craig Bellamy after his row with manager Graeme Souness. Magpies chairman Freddy "
        'Shepherd said: "It is about a player thinking he is bigger than this club. No individual is, be it the '
        'chairman, the manager or a player." Souness dropped Bellamy for the game.'
    )
    assert "chairman" not in got and "manager" not in got


def test_a_conjunct_of_a_subject_keeps_its_holder(described):
    got = described(
        "Arsenal manager Arsene Wenger spoke. The players must improve, and the chairman and the manager agreed."
    )
    assert got.get("manager", ("",))[0] == "disc.arsene_wenger"


# review69 6: a lower-case "former" / "then-" before a capitalised title gives no day's holder


@pytest.mark.parametrize(
    ("text", "day", "word", "holder"),
    [
        ("The hospital is named after former President Herzog, who died in 1997.", date(2023, 1, 10), "Herzog",
         "isaac_herzog"),
        ("The hospital is named after then-President Herzog.", date(2023, 1, 10), "Herzog", "isaac_herzog"),
    ],
)  # fmt: skip
def test_a_former_title_gives_no_days_holder(linked_on, text, day, word, holder):
    assert (word, holder) not in linked_on(text, day)


def test_the_title_alone_still_gives_the_days_holder(linked_on):
    assert ("Herzog", "isaac_herzog") in linked_on("President Herzog visited the hospital.", date(2023, 1, 10))


# A name put family name first: "Premier Wen", "President Hu" on a dated page are the day's holders


@pytest.mark.parametrize(
    ("text", "day", "word", "holder"),
    [
        ("Premier Wen said China would keep its currency stable.", date(2005, 3, 14), "Wen", "wen_jiabao"),
        ("Chinese President Hu arrived in Moscow on Monday.", date(2005, 3, 14), "Hu", "hu_jintao"),
        ("Premier Li said growth would slow.", date(2015, 6, 1), "Li", "li_keqiang"),
        ("Premier Li said growth would slow.", date(2024, 6, 1), "Li", "li_qiang"),
    ],
)
def test_a_family_name_first_holder_by_title(linked_on, text, day, word, holder):
    assert (word, holder) in linked_on(text, day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Hu said the plan would work.", date(2005, 3, 14)),  # no title: no alias "Hu"
        ("Premier Wen said China would act.", None),  # an undated page
        ("Premier Wen said China would act.", date(2015, 6, 1)),  # not the day's premier (Li Keqiang)
    ],
)
def test_a_family_name_alone_or_off_its_day_is_no_holder(linked_on, text, day):
    assert all(a not in {"hu_jintao", "wen_jiabao"} for _, a in linked_on(text, day))


# 5: a registry surname inside a firm's name ending "Associates" is a word of the firm's name


def test_a_registry_surname_inside_an_associates_firm_is_no_person(linked):
    got = linked("The report was written by Sarah Blair Associates, a consultancy in Leeds. The firm said demand grew.")
    assert ("Blair", "tony_blair") not in got
    assert ("Sarah Blair Associates", "disc.sarah_blair_associates") in got


def test_an_associates_firm_is_a_company_by_its_word(typed):
    got = typed("Bill Armstrong, a retail analyst at CL King & Associates, said he expected other firms to follow.")
    assert got["CL King & Associates"] == ("company", "name-word")
