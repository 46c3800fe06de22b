"""Statements of narratives.rules.v7 found wrong in the review of audit17 (session 17): fixed ones as
plain tests, open ones as strict xfails naming what a researcher would misread."""

from __future__ import annotations

import pytest
from narratives_support import one, rows


def test_they_stands_for_a_coordinated_subject_with_one_linked_person(statements):
    found = statements(
        "Kenteris and fellow sprinter Katerina Thanou are set to learn if they will face criminal charges this week."
    )
    # narr35 (session 54): "they will face criminal charges" is the charges they undergo (before, the verb "face"
    # with "they" its agent); "they" still stands for Kenteris, now the patient
    s = one(found, "charges")
    assert s.patient_actor_id is not None and "kenteris" in s.patient_actor_id, rows(found)


def test_they_for_one_person_named_alone_stays_unresolved(statements):
    found = statements("Registrars' spokesman, Mark Rimmer, said they welcomed the new marriage regulations.")
    assert not any(s.agent_actor_id is not None and "rimmer" in s.agent_actor_id for s in found), rows(found)


def test_a_warning_of_an_act_named_by_its_verbs_object_is_no_caution(statements):
    found = statements("Mr Blair warned that Britain could take legal action against France.")
    assert [(s.action_class, s.patient_actor_id) for s in found if s.action_text == "action"] == [
        ("ACCUSE", "state_fra")
    ], rows(found)
    found = statements("Mr Straw warned that Iran could face sanctions if it did not stop enriching uranium.")
    s = one(found, "sanctions")
    assert (s.action_class, s.patient_actor_id) == ("SANCTION", "state_irn"), rows(found)


def test_a_warning_of_what_is_no_act_stays_a_caution(statements):
    found = statements(
        "Mrs Robinson warned that a lack of action by the British government could lead to further action in "
        "legal arenas such as the European Court of Human Rights in Strasbourg."
    )
    assert all(s.action_class != "THREATEN" for s in found), rows(found)


def test_an_offer_of_help_or_a_truce_is_an_event(statements):
    """review17a (fixed, narratives.rules.v9, xfix22): an offer of help or of a truce is an act ("offer help", "offer
    truce", "offer ceasefire" in plover_lexicon.yaml's AID and CONCEDE verb objects, as "offer aid" and "declare
    truce" were)."""
    for body in (
        'Planning Minister Julio De Vido has offered State help but not for "free".',
        "Hamas offered a truce.",
    ):
        found = statements(body)
        assert any(s.action_class is not None and s.agent_actor_id is not None for s in found), rows(found)


def test_an_offer_of_a_price_stays_no_event(statements):
    """Near case: a firm offering a price (`unaddressed`) is still no event."""
    found = statements("Microsoft offered a discount on older models.")
    assert [s.action_class for s in found if s.action_text == "offered"] == [None], rows(found)


@pytest.mark.xfail(
    strict=True,
    reason="review17a: two parties agreeing that one of them will act is an agreement, not an opinion; "
    "`assent` drops the AGREE",
)
def test_parties_agreeing_that_an_act_will_happen_agree(statements):
    found = statements("Israel and the Palestinians agreed that Israeli troops would withdraw from Gaza by March.")
    assert any(s.action_class == "AGREE" for s in found), rows(found)


def test_a_participle_modifying_the_object_does_not_make_the_main_subject_its_patient(statements):
    """review17a: a participle after the main verb's object says something of the object's phrase (narratives.rules.v8,
    `predicates.follows_the_object`)."""
    found = statements(
        "Last year, the US terminated an agreement with the EU, reached in 1992, which limits the subsidies "
        "countries can hand over to civil aircraft makers."
    )
    assert all(s.patient_actor_id != "state_usa" for s in found if s.action_text == "reached"), rows(found)
    found = statements(
        "Little Britain comedy duo Matt Lucas and David Walliams presented the best song prize to Robbie Williams "
        "dressed as his former Take That colleagues Gary Barlow and Howard Donald."
    )
    assert all(
        s.patient_actor_id is None or "walliams" not in s.patient_actor_id for s in found if s.action_text == "dressed"
    ), rows(found)


def test_who_is_ordered_to_face_an_act_receives_it_not_who_orders(statements):
    """review17a (fixed, narratives.rules.v9, xfix22: `arguments._controlled_by_the_object`): the infinitive the parser
    hangs on "order" after a comma is the object's to do, so the home secretary is no patient of the house arrest."""
    found = statements(
        "Under the proposed changes - prompted by the House of Lords ruling - the home secretary could order British "
        "citizens or foreign suspects who could not be deported, to face house arrest or other measures such as "
        "restrictions on their movements or limits on their use of phones and the internet. Charles Clarke, the "
        "home secretary, is under pressure."
    )
    assert all(s.patient_actor_id != "charles_clarke" for s in found if s.action_class == "COERCE"), rows(found)


def test_a_participle_after_the_object_with_a_condition_still_has_the_subject(statements):
    """'if convicted' after the object is the subject's condition: Ebbers is the one convicted."""
    found = statements("Mr Ebbers could face a sentence of 85 years if convicted of all the charges he is facing.")
    assert any(s.action_text == "convicted" and s.patient_actor_id and "ebbers" in s.patient_actor_id for s in found), (
        rows(found)
    )


def test_a_participle_after_a_phrase_with_no_object_still_has_the_subject(statements):
    """No object before it: the participle says something of the subject ('on trial, accused of')."""
    found = statements(
        "Former Worldcom boss Bernie Ebbers is currently on trial, accused of overseeing an $11bn fraud."
    )
    assert any(s.action_text == "accused" and s.patient_actor_id and "ebbers" in s.patient_actor_id for s in found), (
        rows(found)
    )


@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("Israel attacked the town, to expel Hamas.", ("state_isr", "expel", None, "hamas")),
        ("To settle the bill, Russia forced Yukos to sell off its main unit.", ("state_rus", "settle", None, None)),
    ],
)
def test_an_infinitive_of_purpose_is_still_the_subjects(statements, body, row):
    """Near cases: on a verb of no object control, or before the object (the BBC's Yukos sentence), the infinitive
    tells the subject's purpose."""
    found = statements(body)
    assert row in rows(found)
