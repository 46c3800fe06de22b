"""review15c: fresh-eyes review of actors.rules.v19 (actors17): names the new no-actor endings and event words drop
that are actors. The former Bill is a person again (actors18: a role modifier before a one-word "Bill" makes no law)."""

from __future__ import annotations


def _ids(linked, text):
    return {a for _, a in linked(text)}


def test_a_party_named_accord_is_an_actor(linked):
    text = (
        "Iyad Allawi's Iraqi National Accord won 40 seats. The Iraqi National Accord (INA) said the vote was fair."
        " The INA later joined the coalition."
    )
    assert "disc.iraqi_national_accord" in _ids(linked, text)


def test_the_former_bill_is_the_person_named_before(linked):
    text = "Former US President Bill Clinton said the plan was good. The former Bill said nothing."
    assert ("Bill", "bill_clinton") in linked(text)


def test_a_contractor_for_soldiers_keeps_the_company(linked):
    text = (
        "Blackwater USA provides security for US soldiers in Iraq. Blackwater USA said four of its staff had been"
        " killed in Falluja. The company said it would not leave Iraq."
    )
    assert ("company", "disc.blackwater_usa") in linked(text)
