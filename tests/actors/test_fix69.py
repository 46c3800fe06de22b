"""fix69 (session 56, issue 12; review67 findings 7, 1 and 3).

7. actors86's dated holders had no surname alias: "Mr Bolsonaro" beside "Brazil's president" on a dated page was a
   discovered actor of its own. (a) The holders whose surname is distinctive have it as an alias (config/
   actors_offices.yaml); a namesake named in full keeps the surname ("Lalit Modi ... Mr Modi"). (b) An office's title
   before a surname on a dated page is that office's holder of the day whose surname it is, whatever the surname
   ("Prime Minister Howard" in 2005: John Howard, not the registry's Michael Howard; `dated_offices.titled_holders`).
1. actors88's "another role" took a lead's office from its holder introduced as "Labour MSP X", "former banker X" or
   "X, a lawyer by training": a legislator's noun, a noun under "former" / "ex-" and one "by training" are roles a
   minister also holds or held (`players.Intro.another_role`); a reactor's noun still takes it (actors88's tests).
3. An office said as a role to hold ("hopes to become India's prime minister", "candidates to be Ukraine's president",
   "to serve as the Israeli prime minister", "will take over as the coach") links no holder, in `dated-office` and in
   `role-title` (`described.office_filled`); "Mr Modi is the prime minister" still does.
"""

from __future__ import annotations

from datetime import date

import pytest

# 7 (a): a distinctive surname alone is the registry holder


@pytest.mark.parametrize(
    ("text", "surname", "holder"),
    [
        ("Mr Bolsonaro has refused to wear a mask.", "Bolsonaro", "jair_bolsonaro"),
        ("Mr Rouhani said the talks would go on.", "Rouhani", "hassan_rouhani"),
        ("Mr Zarif said the deal would hold.", "Zarif", "mohammad_javad_zarif"),
        ("Mr Modi met the envoy in Delhi.", "Modi", "narendra_modi"),
        ("Mr Poroshenko said Ukraine would join the EU.", "Poroshenko", "petro_poroshenko"),
        ("Mr Trudeau said Canada would act.", "Trudeau", "justin_trudeau"),
        ("Mr Zapatero and Mr Rajoy spoke later.", "Rajoy", "mariano_rajoy"),
        ("Mr Varadkar said Ireland would vote.", "Varadkar", "leo_varadkar"),
        ("Mr Olmert said Israel would respond.", "Olmert", "ehud_olmert"),
    ],
)
def test_a_distinctive_surname_alone_is_the_registry_holder(linked_on, text, surname, holder):
    assert (surname, holder) in linked_on(text, None)


def test_the_dated_office_and_the_surname_are_one_actor(linked_on):
    got = linked_on(
        "Brazil's president said the virus was a little flu. Mr Bolsonaro has refused to wear a mask.",
        date(2020, 5, 1),
    )
    assert ("Bolsonaro", "jair_bolsonaro") in got
    assert ("president", "jair_bolsonaro") in got


def test_a_namesake_named_in_full_keeps_the_surname(linked_on):
    got = linked_on("IPL chairman Lalit Modi was suspended. Mr Modi said he would fight the charges.", date(2010, 5, 1))
    assert ("Modi", "narendra_modi") not in got
    assert ("Modi", "disc.lalit_modi") in got


@pytest.mark.parametrize("surname", ["Morrison", "Bennett", "Harper", "Howard"])
def test_a_common_surname_alone_on_an_undated_page_is_no_holder(linked_on, surname):
    got = dict(linked_on(f"Mr {surname} said the plan would work.", None))
    assert got.get(surname) not in {"scott_morrison", "naftali_bennett", "stephen_harper", "john_howard"}


# 7 (b): an office's title before a surname on a dated page


@pytest.mark.parametrize(
    ("text", "day", "surname", "holder"),
    [
        ("Prime Minister Howard said Australia would act.", date(2005, 5, 1), "Howard", "john_howard"),
        ("Australian Prime Minister Howard said troops would stay.", date(2005, 5, 1), "Howard", "john_howard"),
        ("Prime Minister Morrison said Australia would act.", date(2020, 5, 1), "Morrison", "scott_morrison"),
        ("Prime Minister Harper said Canada would act.", date(2010, 5, 1), "Harper", "stephen_harper"),
        ("Prime Minister Bennett said Israel would respond.", date(2022, 1, 10), "Bennett", "naftali_bennett"),
        ("President Bolsonaro said the virus was a little flu.", date(2020, 5, 1), "Bolsonaro", "jair_bolsonaro"),
    ],
)  # fmt: skip
def test_a_title_and_the_holders_surname_on_a_dated_page_is_the_holder(linked_on, text, day, surname, holder):
    assert (surname, holder) in linked_on(text, day)


def test_the_titled_holders_other_mentions_follow(linked_on):
    got = linked_on(
        "Prime Minister Morrison said Australia would act. The prime minister added that Mr Morrison was right.",
        date(2020, 5, 1),
    )
    assert [a for s, a in got if s in {"Morrison", "prime minister"}] == ["scott_morrison"] * 3


@pytest.mark.parametrize(
    ("text", "day", "surname"),
    [
        ("Prime Minister Howard said Australia would act.", None, "Howard"),  # no date
        ("Prime Minister Howard said Australia would act.", date(2010, 5, 1), "Howard"),  # Rudd then
        ("Former Prime Minister Morrison said Australia would act.", date(2020, 5, 1), "Morrison"),
        ("Deputy Prime Minister Morrison said Australia would act.", date(2020, 5, 1), "Morrison"),
        ("Canadian Prime Minister Morrison said Canada would act.", date(2020, 5, 1), "Morrison"),  # not Canada's
    ],
)  # fmt: skip
def test_no_holder_without_a_date_the_holders_day_or_a_plain_title(linked_on, text, day, surname):
    got = dict(linked_on(text, day))
    assert got.get(surname) not in {"john_howard", "scott_morrison"}


def test_a_page_naming_another_person_of_the_surname_in_full_keeps_his(linked_on):
    got = linked_on("Michael Howard attacked the plan. Mr Howard said he was right.", date(2005, 5, 1))
    assert ("Howard", "john_howard") not in got


# 1: a lead's holder introduced with a seat, a past job or a training keeps the lead's office


@pytest.mark.parametrize(
    ("text", "office", "holder"),
    [
        ("Scotland's justice minister has defended plans for new prisons. Labour MSP Cathy Jamieson said the jails "
         "were needed.", "justice minister", "disc.cathy_jamieson"),
        ("Italy's finance minister has resigned after a row over the budget. Former banker Domenico Siniscalco said "
         "he could not stay.", "finance minister", "disc.domenico_siniscalco"),
        ("Sri Lanka's president has called for calm. Chandrika Kumaratunga, a lawyer by training, said the country "
         "must unite.", "president", "disc.chandrika_kumaratunga"),
        ("Italy's finance minister has resigned after a row over the budget. Ex-banker Domenico Siniscalco said he "
         "could not stay.", "finance minister", "disc.domenico_siniscalco"),
        ("Scotland's justice minister has defended plans for new prisons. Cathy Jamieson, a Labour MSP, said the "
         "jails were needed.", "justice minister", "disc.cathy_jamieson"),
    ],
)  # fmt: skip
def test_a_leads_holder_with_a_seat_a_past_job_or_a_training_keeps_the_office(described, text, office, holder):
    assert described(text).get(office) == (holder, "role-title")


@pytest.mark.parametrize(
    "text",
    [
        "Sri Lanka's president has called for calm. Rohan Perera, a lawyer for the opposition, said the country must "
        "unite.",
        "Sri Lanka's president has called for calm. Political analyst Rohan Perera said the country must unite.",
        "Italy's finance minister has resigned after a row over the budget. Banker Domenico Rossi said he could not "
        "stay.",
    ],
)
def test_a_reactors_noun_still_takes_the_leads_office(described, text):
    got = described(text)
    assert all(not a.startswith("disc.rohan") and a != "disc.domenico_rossi" for a, _ in got.values())


# 3: an office to hold is no holder


@pytest.mark.parametrize(
    ("text", "day", "office"),
    [
        ("He hopes to become India's prime minister one day.", date(2016, 5, 1), "prime minister"),
        ("Candidates to be Ukraine's president include a comedian.", date(2019, 5, 1), "president"),
        ("She would be the first woman to serve as the Israeli prime minister since Golda Meir.", date(2016, 5, 1),
         "prime minister"),
        ("He was sworn in as Brazil's president on Tuesday.", date(2016, 5, 1), "president"),
        ("Mr Erdogan was elected Turkey's president in 2014.", date(2016, 5, 1), "president"),
        ("Coach Claudio Ranieri has left the club. Antonio Lopez will take over as the coach.", None, "coach"),
        ("Foreign Secretary Jack Straw met the envoy. Mr Straw wants to be the foreign secretary for years.", None,
         "foreign secretary"),
    ],
)  # fmt: skip
def test_an_office_to_hold_links_no_holder(described, text, day, office):
    assert office not in described(text, published=day)


@pytest.mark.parametrize(
    ("text", "day", "office", "holder"),
    [
        ("India's prime minister said India would grow. Mr Modi is the prime minister.", date(2016, 5, 1),
         "prime minister", "narendra_modi"),
        ("The Israeli prime minister said Israel would respond.", date(2016, 5, 1), "prime minister",
         "benjamin_netanyahu"),
        ("Foreign Secretary Jack Straw met the envoy. The foreign secretary said talks would go on.", None,
         "foreign secretary", "jack_straw"),
        ("Coach Claudio Ranieri has left the club. The coach said he was sad.", None, "coach",
         "disc.claudio_ranieri"),
    ],
)  # fmt: skip
def test_an_office_said_of_its_holder_still_links_him(described, text, day, office, holder):
    assert described(text, published=day).get(office, ("",))[0] == holder


def test_no_lexicon_file_says_a_key_twice():
    """A key said twice in a YAML file is read as its last value: fix69's first `seat_nouns` (a legislator's nouns)
    silently replaced the constituency nouns of the same name (five constituencies became organisations)."""
    import re
    from collections import Counter
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "config"
    for path in sorted(root.glob("*_lexicon.yaml")):
        keys = Counter(m.group(1) for m in re.finditer(r"^([A-Za-z_][\w-]*):", path.read_text(), re.M))
        assert [k for k, n in keys.items() if n > 1] == [], path.name
