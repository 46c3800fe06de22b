"""actors86 (issue 12): dated offices of the states news speaks of beyond the UK, US, Germany, France and Russia
(config/actors_offices.yaml): Turkey, Iran, Syria, Israel, India, Palestine, Afghanistan, Iraq, Ukraine, China, Spain,
Australia, Canada, Brazil, Ireland; Russia's foreign minister.

1. A state's office said as a descriptor on a dated page is its holder of the page's day (`dated-office`).
2. None on an undated page, on a day an acting holder served (a gap), nor for a form the office does not take
   ("the Canadian premier": a province's).
3. "The Iranian leader" is no one: Iran's supreme leader is an office too (`_leader_offices`); "the Palestinian
   leader", of a state with one leader office, is its president.
4. review64 7: a lead's "Iran's foreign minister has ..." is no longer the person quoted next ("Javier Solana said"),
   the office being dated now; its holder named next keeps it.
5. A registry holder of another state's office is not the host's ("President Lula da Silva ... Syria's president").
"""

from __future__ import annotations

from datetime import date

import pytest


@pytest.mark.parametrize(
    ("text", "day", "office", "holder"),
    [
        ("Turkey's president said on Tuesday that Ankara would not back down.", date(2020, 8, 25), "president",
         "recep_tayyip_erdogan"),
        ("Turkey's president said on Tuesday that Ankara would not back down.", date(2010, 8, 25), "president",
         "abdullah_gul"),
        ("The Iranian president said the talks with Europe would go on.", date(2019, 5, 1), "president",
         "hassan_rouhani"),
        ("Iran's foreign minister said the talks with Europe would go on.", date(2016, 5, 1), "foreign minister",
         "mohammad_javad_zarif"),
        ("Iran's supreme leader said the talks with Europe would go on.", date(2016, 5, 1), "supreme leader",
         "ali_khamenei"),
        ("The Russian foreign minister said Russia would respond.", date(2019, 5, 1), "foreign minister",
         "sergei_lavrov"),
        ("Syria's president said the war in Syria was over.", date(2019, 5, 1), "president", "bashar_al_assad"),
        ("Syria's president said the war in Syria was over.", date(2025, 3, 1), "president", "ahmed_al_sharaa"),
        ("The Israeli prime minister said Israel would respond.", date(2019, 5, 1), "prime minister",
         "benjamin_netanyahu"),
        ("The Israeli prime minister said Israel would respond.", date(2022, 9, 1), "prime minister", "yair_lapid"),
        ("India's prime minister said India would grow.", date(2016, 5, 1), "prime minister", "narendra_modi"),
        ("The Palestinian president said the talks had failed.", date(2015, 5, 1), "president", "mahmoud_abbas"),
        ("The Afghan president said the talks had failed.", date(2016, 5, 1), "president", "ashraf_ghani"),
        ("Iraq's prime minister said Iraq would hold elections.", date(2021, 5, 1), "prime minister",
         "mustafa_al_kadhimi"),
        ("Ukraine's president said Ukraine would join the EU.", date(2016, 5, 1), "president", "petro_poroshenko"),
        ("The Chinese premier said China would grow.", date(2010, 5, 1), "premier", "wen_jiabao"),
        ("The Spanish prime minister said Spain would vote.", date(2019, 5, 1), "prime minister", "pedro_sanchez"),
        ("Australia's prime minister said Australia would act.", date(2020, 5, 1), "prime minister",
         "scott_morrison"),
        ("The Canadian prime minister said Canada would act.", date(2020, 5, 1), "prime minister", "justin_trudeau"),
        ("The president of Brazil said Brazil would act.", date(2020, 5, 1), "president", "jair_bolsonaro"),
        ("The Irish prime minister said Ireland would act.", date(2019, 5, 1), "prime minister", "leo_varadkar"),
    ],
)  # fmt: skip
def test_a_dated_page_gives_the_states_office_to_its_holder_of_the_day(described, text, day, office, holder):
    assert described(text, published=day).get(office) == (holder, "dated-office")


def test_the_taoiseach_on_a_dated_irish_page_is_its_holder(described):
    text = "Ireland will hold a referendum. The Taoiseach said the vote would be held in May."
    assert described(text, published=date(2018, 3, 1)).get("Taoiseach") == ("leo_varadkar", "dated-office")


# 2. no date, an acting holder's gap, a form the office does not take


def test_an_undated_page_links_no_holder(described):
    assert described("Turkey's president said on Tuesday that Ankara would not back down.") == {}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The Iranian president said the talks would go on.", date(2024, 6, 15)),  # Mokhber acting
        ("The Russian foreign minister said Russia would respond.", date(2004, 3, 1)),  # Ivanov acting
        ("The Israeli prime minister said Israel would respond.", date(2006, 2, 1)),  # Olmert acting
        ("Brazil's president said Brazil would act.", date(2016, 6, 1)),  # Temer acting
        ("The Canadian premier said Canada would act.", date(2020, 5, 1)),  # a province's premier
    ],
)
def test_no_holder_in_a_gap_or_for_a_form_the_office_does_not_take(described, text, day):
    assert described(text, published=day) == {}


# 3. "the X leader"


def test_the_iranian_leader_is_no_one_on_a_dated_page(described):
    assert described("The Iranian leader said the talks would go on.", published=date(2019, 5, 1)) == {}


def test_the_palestinian_leader_on_a_dated_page_is_its_president(described):
    text = "The Palestinian leader said the talks had failed."
    assert described(text, published=date(2015, 5, 1)).get("leader") == ("mahmoud_abbas", "dated-office")


# 4. review64 7: a lead's office the registry now dates

SOLANA = (
    "Iran's foreign minister has said Tehran will not give up its nuclear programme. Javier Solana said the talks "
    "would resume next month."
)


def test_a_leads_dated_office_is_not_the_person_quoted_next(described):
    assert all("solana" not in a for a, _ in described(SOLANA).values())


def test_a_leads_dated_office_is_its_holder_on_a_dated_page(described):
    got = described(SOLANA, published=date(2004, 11, 1)).get("foreign minister")
    assert got == ("kamal_kharrazi", "dated-office")


def test_a_leads_dated_office_goes_to_its_holder_named_next(described):
    text = (
        "Iran's foreign minister has said Tehran will not give up its nuclear programme. Kamal Kharrazi said the "
        "talks would resume next month."
    )
    assert described(text).get("foreign minister", ("", ""))[0] == "kamal_kharrazi"


# 5. a registry holder of another state's office


@pytest.mark.parametrize("office", ["Syria's president", "The Syrian leader"])
def test_a_visiting_registry_president_is_not_the_hosts(described, office):
    text = (
        f"President Lula da Silva arrived in Damascus on Sunday. {office} welcomed him at the airport. Syria and "
        "Brazil signed a trade deal in Syria."
    )
    assert all("lula" not in a for a, _ in described(text).values())


def test_new_holders_are_registry_persons_of_their_state(registry):
    for office_id in ("tur_president", "irn_foreign_minister", "isr_prime_minister", "bra_president"):
        office = next(o for offices in registry.offices.values() for o in offices if o.id == office_id)
        iso3 = registry.entry(office.state).country_iso3 if registry.entry(office.state).country_iso3 else None
        for term in office.terms:
            entry = registry.entry(term.holder)
            assert entry.type == "person"
            assert iso3 is None or entry.country_iso3 == iso3


def test_the_commons_speaker_is_not_made_a_taoiseach_by_the_fuzzy_match(mentions):
    """fix78: both are registry persons now (the Speaker, and Micheál Martin the Taoiseach of 2020-22)."""
    got = mentions("Commons Speaker Michael Martin said MPs must behave.")
    assert [(s, a) for s, a, _ in got if "Martin" in s] == [("Michael Martin", "michael_martin")]
