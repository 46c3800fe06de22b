"""fix78 (session 58, issue 12; actor links left by fix75 and review70).

1. A party in an apposition: "Annabel Goldie, the Tory MSP," names her party as "Tory MSP Annabel Goldie" does
   (`players.intro_words` reads a legislator's noun in any case: "MSP", "Senator"), so she takes no lead's office of
   a state her party did not govern (fix75's `of_another_party`).
2. A one-word name after a lower-case occupation noun ("Brazilian midfielder Edu", "model Caprice") is a person's,
   where spaCy gave it no entity or another kind's one-word entity (`candidates.occupied_names`); not an award after
   a superlative ("best actress Oscar"), a name that goes on into a noun ("its sister Xiluodu dam"), a rival's or
   kin's noun, a registry name.
3. A title of one gender before a one-word name is not the person whose given name says the other
   (`ActorsLexicon.another_gender`, the claims lexicon's titles and given names): "Mrs Howard" is not the registry's
   Michael Howard (filter `surname-of-another-gender`) nor folded onto a "Michael Howard" the page names
   (`resolution._titled_otherwise`); "Mr Howard" still is.
4. Ireland's Micheál Martin (Taoiseach 2020-22, from 2025) and the Commons Speaker Michael Martin (2000-09) are both
   registry persons: "Taoiseach Micheal Martin" (no fada) is the Taoiseach, "Speaker Michael Martin" the Speaker.
"""

from __future__ import annotations

from datetime import date

import pytest

# 1: a party in an apposition

JUSTICE = "Scotland's justice minister has defended plans for new prisons. "


@pytest.mark.parametrize(
    "intro",
    ["Annabel Goldie, the Tory MSP,", "Kenny MacAskill, the SNP MSP,", "Annabel Goldie, a Conservative MSP,"],
)
def test_a_party_in_an_apposition_takes_no_office(described, intro):
    got = described(f"{JUSTICE}{intro} said the jails were a waste of money.")
    assert got.get("justice minister", ("",))[0] not in {"disc.annabel_goldie", "disc.kenny_macaskill"}


def test_a_governing_partys_legislator_in_an_apposition_keeps_the_office(described):
    got = described(f"{JUSTICE}Cathy Jamieson, the Labour MSP, said the jails were needed.")
    assert got.get("justice minister", ("",))[0] == "disc.cathy_jamieson"


# 2: a one-word name after an occupation


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Arsenal's Brazilian midfielder Edu has hit out at the club. He told BBC Sport he was unhappy.", "Edu"),
        ("On New Jamz, West collaborated with rapper Twista and actor Jamie Foxx.", "Twista"),
        ("Last May, R&B star Usher scored a chart first.", "Usher"),
    ],
)
def test_a_one_word_name_after_an_occupation_is_a_person(mentions, text, name):
    got = {(t, a) for t, a, _ in mentions(text)}
    assert (name, f"disc.{name.lower()}") in got


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hilary Swank picked up her second best actress Oscar for playing a boxer.", "Oscar"),
        ("The firm is continuing work on its sister Xiluodu dam, said the paper.", "Xiluodu"),
        ("The exchange is holding talks with its rival Euronext, which runs the Paris market.", "Euronext"),
        ("The summit at the minister's official Kent house will plan a new forum.", "Kent"),
        ("Oscar best-picture nominee Sideways entered the top ten for the first time.", "Sideways"),
    ],
)
def test_no_person_where_the_word_is_no_name_after_an_occupation(typed, text, word):
    assert typed(text).get(word, ("",))[0] != "person"


def test_a_registry_name_after_an_occupation_stays_the_registrys(linked):
    assert ("Blair", "tony_blair") in linked(
        "Tony Blair spoke today. The veteran campaigner said that leader Blair was wrong."
    )


# 3: a title of the other gender


def test_mrs_before_a_registry_mans_surname_is_not_him(linked):
    got = linked("Mrs Howard will make solo visits to target seats. Mrs Howard has also appeared on TV chat shows.")
    assert all(a != "michael_howard" for _, a in got)


def test_mrs_is_not_folded_onto_the_mans_full_name(mentions):
    got = mentions(
        "Michael Howard's wife, Sandra, is to play a leading role in the campaign. Mrs Howard will make solo visits."
    )
    assert [a for t, a, _ in got if t == "Howard"] and all(a != "michael_howard" for t, a, _ in got if t == "Howard")


def test_mr_after_a_womans_full_name_is_not_her(mentions):
    got = mentions("Sarah Jones opened the shop in May. Mr Jones said the shop would close.")
    assert all(a != "disc.sarah_jones" for t, a, _ in got if t == "Jones")


@pytest.mark.parametrize(
    ("text", "surname", "actor"),
    [
        (
            "Michael Howard's wife, Sandra, is to play a leading role. Mr Howard will host a news conference.",
            "Howard",
            "michael_howard",
        ),
        ("Mr Howard will host a news conference every morning.", "Howard", "michael_howard"),
        ("Sarah Jones opened the shop in May. Ms Jones said the shop would close.", "Jones", "disc.sarah_jones"),
        ("Chris Jones opened the shop in May. Mrs Jones said the shop would close.", "Jones", "disc.chris_jones"),
    ],
)
def test_a_title_of_the_same_or_no_known_gender_keeps_the_person(mentions, text, surname, actor):
    assert any(t == surname and a == actor for t, a, _ in mentions(text))


# 4: Micheál Martin and Michael Martin


def test_the_taoiseach_without_a_fada(linked_on):
    got = linked_on("Taoiseach Micheal Martin said the border must stay open.", date(2021, 3, 1))
    assert ("Micheal Martin", "micheal_martin") in got


def test_the_speaker_is_not_the_taoiseach(linked):
    assert ("Michael Martin", "michael_martin") in linked("Commons Speaker Michael Martin said the rules would change.")


def test_the_taoiseach_of_the_day(described):
    got = described("Ireland's Taoiseach said the border must stay open.", published=date(2021, 3, 1))
    assert got.get("Taoiseach", ("",))[0] == "micheal_martin"
