"""fix75 (session 57, issue 12; the party before MP / MSP left by fix72, review69 3 and 6, "be it the chairman").

1. A lead's office of a state is held by a member of its governing party: a legislator the page names with a party
   that governed none of the lead's states in the undated articles' era ("Tory MSP Annabel Goldie said" after
   "Scotland's justice minister has defended ...") is not the holder (`players.of_another_party`, the era's
   `governing` parties in config/actors_offices.yaml); "Labour MSP Cathy Jamieson" and a coalition partner's
   "Liberal Democrat MSP" keep the office, and a dated page (no governing party by date) is read as before.
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
        "Wales's health minister has defended waiting times. Plaid Cymru AM Helen Jones said the times were a "
        "scandal."
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
