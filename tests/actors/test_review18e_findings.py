"""review18e: a review of actors.rules.v22 (`introduced-person`, the `kind-of-named` fallback, "in <place> and
<state>") on politics and conflict sentences. Fixed: a youth noun is no adult's, a noun the sentence before has
for someone else is not the subject's, a state's possessive after "in <place> and" stays an actor. A person noun of
another trade than the office the subject was introduced with (the sentence before speaks of someone of that trade,
named or not) was linked to the office holder: the lead fixed it for registry persons (no introduced-person link to a
public figure of the registry); left as strict xfails: the same for discovered persons (another firm's founder), and
older findings."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import discovered_id


def test_a_teenager_after_a_leader_is_no_leader(described):
    """The teenager / Sharon pattern of review17b, through `introduced-person`."""
    text = (
        "Ariel Sharon has condemned the killing of a Palestinian boy in Gaza. The teenager was shot by soldiers near"
        " the border fence."
    )
    assert "teenager" not in described(text)


def test_a_youngster_after_a_prime_minister_is_no_prime_minister(described):
    text = (
        "Tony Blair met the family of a schoolboy killed in Iraq. The youngster had been playing football when the"
        " bomb hit."
    )
    assert "youngster" not in described(text)


def test_a_teenager_given_his_age_is_still_the_teenager(described):
    text = "Theo Walcott, 16, has signed for Arsenal from Southampton. The teenager will join the squad next week."
    assert described(text).get("teenager", ("",))[0] == discovered_id("Theo Walcott")


def test_a_teenager_introduced_as_one_is_still_the_teenager(described):
    text = (
        "Teenager LaShawn Merritt ran the third fastest indoor 400m of all time in Fayetteville. The teenager"
        " clocked 44.93 seconds."
    )
    assert described(text).get("teenager", ("",))[0] == discovered_id("LaShawn Merritt")


def test_a_noun_the_sentence_before_gives_another_is_not_the_subject(described):
    text = (
        "Robert Mugabe has expelled a British journalist from Zimbabwe. The journalist had reported on the elections"
        " for the BBC."
    )
    assert "journalist" not in described(text)


def test_a_pardoned_scientist_is_not_the_president(described):
    text = (
        "Vladimir Putin has refused to pardon a jailed nuclear scientist. The scientist was convicted of spying for"
        " the US."
    )
    assert "scientist" not in described(text)


def test_a_noun_of_named_others_in_the_sentence_before_still_links(described):
    """BBC entertainment, corbett-attacks-dumbed-down-tv: a v22 link the echo guard must keep."""
    text = (
        "Ronnie Corbett has joined fellow comedy stars Victoria Wood and David Jason in attacking the declining"
        " standards of British television programmes. Speaking to the Radio Times, the Two Ronnies star said there"
        " is too much bad language and reality TV."
    )
    assert described(text).get("Ronnies star", ("",))[0] == discovered_id("Ronnie Corbett")


def test_the_subjects_own_noun_still_links(described):
    text = (
        "Singer Britney Spears is suing eight insurance companies that have refused to reimburse her for cancelling"
        " her 2004 world tour. The pop star cancelled her tour last June after suffering a knee injury."
    )
    assert described(text).get("pop star") == (discovered_id("Britney Spears"), "introduced-person")


def test_a_states_possessive_after_in_place_and_stays_an_actor(linked):
    assert ("Israel", "state_isr") in linked("Talks in Geneva and Israel's withdrawal from Gaza were discussed.")


def test_wales_of_england_and_wales_stays_a_place(linked):
    text = "The law banning hunting with dogs in England and Wales is enforceable, Alun Michael has said."
    assert not any(a == "wales" for _, a in linked(text))


# review18e: a named object of another trade (Dr David Kelly) is passed over; fixed by the lead: no introduced-person link to a registry person
def test_the_scientist_named_as_the_object_is_not_the_prime_minister(described):
    text = "Tony Blair has denied authorising the naming of Dr David Kelly. The scientist was found dead days later."
    assert described(text).get("scientist", ("",))[0] != "tony_blair"


# review18e: an unnamed officer of the sentence before becomes the minister; fixed by the lead: no introduced-person link to a registry person
def test_the_officer_after_a_home_secretary_is_not_him(described):
    text = (
        "Home Secretary Charles Clarke has ordered an inquiry into the shooting of a man by police. The officer has"
        " been suspended from duty."
    )
    assert "officer" not in described(text)


# review18e: an unnamed doctor becomes the health secretary; fixed by the lead: no introduced-person link to a registry person
def test_the_doctor_after_a_health_secretary_is_not_him(described):
    text = (
        "Health Secretary John Reid has ordered an inquiry into the death of a patient. The doctor has been suspended."
    )
    assert "doctor" not in described(text)


# review18e: the bus driver of a bombing becomes the prime minister; fixed by the lead: no introduced-person link to a registry person
def test_the_driver_of_a_bombed_bus_is_not_sharon(described):
    text = "Ariel Sharon visited the scene of the bus bombing in Jerusalem. The driver was among those killed."
    assert "driver" not in described(text)


# review18e: a defendant's lawyer becomes the defendant; fixed by the lead: no introduced-person link to a registry person
def test_the_lawyer_after_a_defendant_is_not_the_defendant(described):
    text = "Saddam Hussein appeared in court in Baghdad on Thursday. The lawyer said his client would plead not guilty."
    assert "lawyer" not in described(text)


# review18e: an aid worker killed becomes the prime minister who condemned it; fixed by the lead: no introduced-person link to a registry person
def test_the_activist_after_a_condemnation_is_not_the_prime_minister(described):
    text = (
        "Iraqi Prime Minister Iyad Allawi has condemned the killing of a US aid worker. The activist had lived in"
        " Baghdad for years."
    )
    assert "activist" not in described(text)


# review18e: a reporter (another word) becomes the mayor; fixed by the lead: no introduced-person link to a registry person
def test_the_journalist_after_a_reporter_is_not_the_mayor(described):
    text = (
        "Ken Livingstone has refused to apologise for comparing a reporter to a concentration camp guard. The"
        " journalist said he was shocked."
    )
    assert "journalist" not in described(text)


# review18e: another firm's founder, named as the object, became the subject; fixed by actors23: a person named bare
# beside the subject in the sentence before may be the one the noun means
def test_another_firms_founder_is_not_the_subject(described):
    text = (
        "Ryanair boss Michael O'Leary has attacked Stelios Haji-Ioannou over fares. The easyJet founder said the"
        " claims were nonsense."
    )
    assert described(text).get("easyJet founder", ("",))[0] != discovered_id("Michael O'Leary")


def test_a_state_that_acts_after_in_place_and_is_an_actor(linked):
    """Fixed by actors25 (`Found.subject_of_the_next_clause`)."""
    text = "Troops are still fighting in Afghanistan and Britain has pledged more soldiers."
    assert ("Britain", "state_gbr") in linked(text)


@pytest.mark.xfail(
    strict=True, reason="review18e (before v22, kind-of-named): an unnamed company of the sentence before"
)
def test_the_company_a_firm_lost_a_unit_to_is_not_that_firm(described):
    text = (
        "Oil firm Yukos has lost its main production unit to a little-known company. The company was bought by"
        " Rosneft days later."
    )
    assert "company" not in described(text)


# review18e: the loser subject took the winner's noun; fixed by actors23 (the same guard)
def test_the_champion_after_a_defeat_is_not_the_loser(described):
    text = (
        "Lindsay Davenport lost to Serena Williams in the final in Melbourne. The champion said she had played the"
        " best tennis of her life."
    )
    assert described(text).get("champion", ("",))[0] != discovered_id("Lindsay Davenport")
