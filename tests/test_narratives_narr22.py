"""Patients the narratives step missed on unseen news (narr22): the organisation of an object's unnamed
staff when the parser hung its phrase on the verb, the addressee of a complaint made "to" someone, and
the other party of a relation left."""

from __future__ import annotations

import pytest
from narratives_support import one, rows


def test_the_firm_of_detained_executives_is_the_patient(statements):
    found = statements("Russian police have detained three top executives at Yukos.")
    s = one(found, "detained")
    assert (s.action_class, s.patient_rule) == ("COERCE", "member-of"), rows(found)
    assert s.patient_actor_id is not None and "yukos" in s.patient_actor_id, rows(found)


def test_a_place_after_the_members_names_no_patient(statements):
    found = statements("Police in London arrested two workers at the airport on Monday.")
    assert all(s.patient_actor_id is None for s in found if s.action_text == "arrested"), rows(found)


def test_a_noun_that_names_no_members_keeps_its_phrase_off_the_patient(statements):
    found = statements("Russian police seized three cars at the Gazprom headquarters.")
    assert all(s.patient_rule != "member-of" for s in found), rows(found)


def test_a_protest_to_a_body_has_the_body_as_patient(statements):
    found = statements("England will protest to the International Rugby Board about the referee's performance.")
    s = one(found, "protest")
    assert (s.action_class, s.patient_rule) == ("ACCUSE", "addressee"), rows(found)
    assert s.patient_actor_id is not None and "rugby" in s.patient_actor_id, rows(found)


def test_a_complaint_with_a_target_keeps_the_target(statements):
    found = statements("The United States complained about the European Union to the WTO.")
    assert all(s.patient_rule != "addressee" for s in found), rows(found)


def test_the_party_named_in_the_terms_of_a_deal_left_is_the_patient(statements):
    found = statements("General Motors pulled out of an agreement to buy Fiat last week.")
    s = one(found, "pulled")
    assert (s.action_class, s.patient_rule) == ("SANCTION", "relation-party"), rows(found)
    assert s.patient_actor_id is not None and "fiat" in s.patient_actor_id, rows(found)


def test_the_other_side_of_talks_left_is_the_patient(statements):
    found = statements("The European Union withdrew from the talks with Iran on Friday.")
    s = one(found, "withdrew")
    assert s.action_class == "SANCTION" and s.patient_actor_id == "state_irn", rows(found)


def test_a_main_verb_read_as_the_root_names_participle_has_that_name_as_agent(statements):
    found = statements(
        "Vincent Cable, for the Liberal Democrats, called on Mr Brown to open up the government's books to the "
        "National Audit Office."
    )
    s = one(found, "called")
    # the registry's Vince Cable since actors87 / actors89 (a given name's person; "Vincent Cable" is his alias)
    assert (s.agent_actor_id, s.agent_rule, s.action_class, s.patient_actor_id) == (
        "vince_cable",
        "misread-root",
        "REQUEST",
        "gordon_brown",
    ), rows(found)


def test_a_passive_joined_to_the_root_names_relative_clause_has_that_name_as_patient(statements):
    found = statements(
        "Reggae star Sizzla, whose UK tour was cancelled after protests, has been jailed in Jamaica for swearing on "
        "stage."
    )
    s = one(found, "jailed")
    assert (s.action_class, s.patient_actor_id, s.patient_rule) == ("COERCE", "disc.sizzla", "misread-root"), rows(
        found
    )


def test_a_participle_with_a_by_phrase_stays_a_passive(statements):
    found = statements("The film, directed by Steven Spielberg, won three awards.")
    s = one(found, "directed")
    assert s.agent_rule == "passive-agent", rows(found)


def test_a_caption_with_a_participle_is_no_misread_main_verb(statements):
    found = statements("Tony Blair, pictured in Brussels")
    assert all(s.agent_rule != "misread-root" for s in found), rows(found)


def test_a_clause_that_is_no_relative_one_gives_the_root_no_patient(statements):
    found = statements(
        "Chefs Jamie Oliver and Hugh Fearnley-Whittingstall demand assurances that 'lower-standard' meat, such as "
        "US-produced chlorinated chicken or hormone-fed beef, will not be sold in British stores or served in "
        "restaurants and canteens after we exit the EU's standards regime"
    )
    assert all("misread-root" not in (s.agent_rule, s.patient_rule) for s in found), rows(found)


def test_cancelling_a_states_debts_is_aid_to_it(statements):
    found = statements("Britain has cancelled the debts of Tanzania.")
    s = one(found, "cancelled")
    assert (s.agent_actor_id, s.action_class, s.patient_actor_id) == ("state_gbr", "AID", "state_tza"), rows(found)


def test_a_decision_to_write_off_a_states_debts_is_aid_by_its_author(statements):
    found = statements("Iraq welcomed the decision by the Paris Club to write off 80% of Iraq's debts.")
    s = one(found, "write")
    assert (s.agent_actor_id, s.action_class, s.patient_actor_id) == ("disc.paris_club", "AID", "state_irq"), rows(
        found
    )


def test_a_demonym_on_towns_names_the_state_attacked(statements):
    """narr22, fixed by actors33: a demonym before a territory noun in a sentence of armed hostility names the state
    (dev gold s100, s120)."""
    found = statements("Hamas fired rockets at Israeli towns overnight.")
    s = one(found, "fired")
    assert s.patient_actor_id == "state_isr", rows(found)


@pytest.mark.xfail(
    strict=True,
    reason="narr22: the parser joins the subject of the next clause to a passive's by-object ('rejected by the "
    "Agnelli family and Mr Morchio subsequently resigned'), so Morchio is read as an agent of 'rejected'",
)
def test_the_subject_of_a_following_clause_is_no_agent_of_the_passive(statements):
    found = statements(
        "However, the plan was rejected by the Agnelli family and Giuseppe Morchio subsequently resigned."
    )
    assert not any(s.action_text == "rejected" and s.agent_actor_id == "disc.giuseppe_morchio" for s in found), rows(
        found
    )


def test_an_actor_that_only_modifies_the_place_of_the_members_is_no_patient(statements):
    """review22: "protesters at the Labour conference" were not Labour's members; the phrase's head must be the
    organisation's own mention."""
    found = statements("Police arrested two protesters at the Labour conference in Brighton.")
    assert all(s.patient_rule != "member-of" for s in found), rows(found)
    assert all(s.patient_actor_id != "labour_party" for s in found if s.action_text == "arrested"), rows(found)


def test_a_bank_writing_off_bad_debts_gives_no_aid(statements):
    """review22, fixed by xfix23 (`classes.unnamed_debtor`): a write-off that names no debtor is the lender's
    accounting loss, no aid."""
    found = statements("Lloyds TSB wrote off the debt as unrecoverable.")
    assert all(s.action_class != "AID" for s in found), rows(found)


@pytest.mark.parametrize(
    ("text", "verb", "patient"),
    [
        ("Britain cancelled the debts of Zambia.", "cancelled", "state_zmb"),
        ("The UK has cancelled its bilateral debts with Tanzania.", "cancelled", None),
    ],
)
def test_a_write_off_that_names_its_debtor_is_still_aid(statements, text, verb, patient):
    """Near cases that hold: debt relief names whose debt it is (an of-phrase, a with-phrase: the BBC's two)."""
    found = statements(text)
    s = one(found, verb)
    assert s.action_class == "AID", rows(found)
    if patient is not None:
        assert s.patient_actor_id == patient, rows(found)


def test_a_complaint_made_to_a_body_about_an_actor_has_that_actor_as_patient(statements):
    """review22: "complained to the UN about Rwanda" accuses Rwanda, not the UN it is made to."""
    found = statements("The rebels complained to the United Nations about Rwanda.")
    s = one(found, "complained")
    assert (s.action_class, s.patient_actor_id, s.patient_rule) == ("ACCUSE", "state_rwa", "prep-about"), rows(found)
