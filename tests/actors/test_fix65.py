"""fix65 (issue 12, review64 1-6): a state's office descriptor is not given to a reactor, a visitor or a ceremonial
president.

A. A news lead's state office goes to the person the next sentence names only when the registry dates no office of
   that state by that phrase, or the person is one of its holders (`_lead_holder`, `titles.lead_titles`).
B. (not done) A visiting president on his host's page stays the host's "president" / "leader" (strict xfails): the
   reviewer's fix (a page that speaks of no other sovereign state) lost 3 of actors83's 7 true BBC rows (Kumaratunga,
   Mukherjee, Chidambaram, whose pages also name Norway, France, China ...).
C. "The X leader" is no one when the page names another registry person of X (`_state_leader`).
"""

from __future__ import annotations

from datetime import date

import pytest

DAY = date(2020, 5, 1)
LEAD = (
    "Russia's president has signed a law restricting charities. Lyudmila Alexeyeva said it was a dark day for Russia."
)


# A. a lead's office and the reaction after it


def test_a_leads_dated_office_is_not_the_reactors_on_an_undated_page(described):
    assert all(a != "disc.lyudmila_alexeyeva" for a, _ in described(LEAD).values())


def test_a_leads_dated_office_is_the_registry_holder_on_a_dated_page(described):
    assert described(LEAD, published=DAY).get("president") == ("vladimir_putin", "dated-office")


def test_a_later_title_after_a_leads_reaction_is_not_the_reactors(described):
    text = f"{LEAD} The president said the law protected Russia."
    assert all(a != "disc.lyudmila_alexeyeva" for a, _ in described(text).values())


def test_a_leads_office_of_no_dated_state_office_still_goes_to_the_next_person(described):
    text = (
        "Scotland's justice minister has warned bigoted fans they face being banned. Cathy Jamieson said exclusion "
        "orders would be used. The minister said the orders would work."
    )
    assert any(a.endswith("cathy_jamieson") for a, _ in described(text).values())


def test_a_leads_dated_office_goes_to_its_holder_named_next(described):
    text = (
        "Russia's president has signed a law restricting charities. Vladimir Putin said it protected Russia. The "
        "president said more laws would follow."
    )
    assert described(text).get("president", ("", ""))[0] == "vladimir_putin"


# B. a visiting president on the host's page


@pytest.mark.xfail(strict=True, reason="fix65: a visitor on his host's page is not told from the host's holder")
def test_a_visiting_president_is_not_the_hosts_president(described):
    text = (
        "President Evo Morales arrived in Damascus on Sunday. Syria's president welcomed him at the airport. Syria "
        "and Bolivia signed a trade deal in Syria."
    )  # a discovered visitor: Lula, a registry holder of Brazil's office since actors86, is not Syria's (its test)
    assert all("morales" not in a for a, _ in described(text).values())


@pytest.mark.xfail(strict=True, reason="fix65: a visitor on his host's page is not told from the host's holder")
def test_a_visiting_president_is_not_the_hosts_leader(described):
    text = (
        "President Evo Morales arrived in Damascus on Sunday. The Syrian leader welcomed him at the airport. Syria "
        "and Bolivia signed a trade deal in Syria."
    )
    assert all("morales" not in a for a, _ in described(text).values())


def test_a_discovered_president_on_a_page_that_also_names_another_state_keeps_his_office(described):
    text = (
        "President Chandrika Kumaratunga toured the coast. Norway offered aid. Sri Lanka's president said the "
        "rebuilding of Sri Lanka would take years. Sri Lanka needs help."
    )
    assert described(text).get("president", ("", ""))[0].endswith("kumaratunga")


# C. "the X leader" with another registry person of X on the page


def test_a_rebel_bodys_president_is_not_the_states_leader(described):
    text = "Syrian National Coalition President Ahmad Jarba met diplomats. The Syrian leader said Assad must go."
    assert described(text).get("leader") is None


def test_a_ceremonial_president_is_not_the_german_leader(described):
    text = "German President Horst Koehler met Gerhard Schroeder in Berlin. The German leader said the economy would recover."
    assert described(text).get("leader") is None


def test_a_ceremonial_president_is_not_the_israeli_leader(described):
    text = (
        "Israeli President Moshe Katsav opened the session. Ariel Sharon spoke next. The Israeli leader said the "
        "pullout would go ahead."
    )
    assert described(text).get("leader", ("", ""))[0] != "disc.moshe_katsav"


def test_the_iranian_president_is_not_the_leader_beside_the_supreme_leader(described):
    text = (
        "Supreme Leader Ayatollah Ali Khamenei met Iranian President Mahmoud Ahmadinejad. The Iranian leader said Iran "
        "would never give up its nuclear programme."
    )
    assert described(text).get("leader") is None
