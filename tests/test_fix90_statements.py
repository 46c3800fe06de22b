"""fix90 (session 62): statements' pronouns after an unnamed speaker and events a possessive owner suffers (fix86's
left).

- A he / she is not the one person a sentence before names when an unnamed person ("a spokesman": a noun of
  `Context.person_nouns` after "a" / "an" / "another", no mention's) is a clause's subject between that person's last
  mention and the pronoun (`roles._unnamed_person_between`): "..., said a spokesman. But he played down reports ..."
- An event noun its possessive owner suffers (`suffered_nouns`: arrest, murder, death ...) with no of-phrase: the
  owner is no agent of the event but its patient (`arguments.suffering_owners`), and no patient of a verb whose object
  the noun is ("Police investigating Stefan's murder": `arguments.owner_apart`); "Israel's killing of civilians" keeps
  its owner as the one who kills.
- A verb of `listing_verbs` (include, comprise, contain, feature, star) names no patient by its active object, a
  member, part or performer of its subject ("Inbev brands include Stella Artois", "The Aviator, starring Leonardo
  DiCaprio"), unless it puts the object in something ("included Chepkemei in the team"); a passive subject stays.
"""

from __future__ import annotations

import pytest
from narratives_support import rows

SPOKEN = (
    "Climate change was an issue {who} wanted to progress during the UK's presidency of the G8 in 2005, {said}. But he"
    " played down reports {what} was considering a new US-friendly treaty."
)


def of(found, action: str) -> list[tuple]:
    return [(s.agent_actor_id, s.action_class, s.patient_actor_id) for s in found if s.action_text == action]


# 1. a he / she after an unnamed person subject (fails on main: the person named before was the agent)


def test_a_he_after_an_unnamed_speaker_is_not_the_person_named_before(statements):
    found = statements(SPOKEN.format(who="the prime minister Tony Blair", said="said a spokesman", what="Mr Blair"))
    assert of(found, "played") == [], rows(found)


# what stays: the person named as the speaker, an unnamed person who is no clause's subject


@pytest.mark.parametrize(
    "body",
    [
        SPOKEN.format(who="Tony Blair", said="the prime minister said", what="he"),
        "Tony Blair met a spokesman for the charity on Monday. But he played down reports he was considering a new"
        " US-friendly treaty.",
    ],
)
def test_a_he_after_a_named_person_stays(statements, body):
    found = statements(body)
    assert [a for a, _, _ in of(found, "played")] == ["tony_blair"], rows(found)


# 2. an event its possessive owner suffers (each fails on main: the owner was the event's agent or the verb's patient)


def test_the_owner_of_an_arrest_undergoes_it(statements):
    found = statements(
        "The film focuses on the six days from Sophie Scholl's arrest to the intense trial which saw Scholl initially"
        " deny the charges."
    )
    assert of(found, "arrest") == [(None, "COERCE", "disc.sophie_scholl")], rows(found)


def test_the_owner_of_a_murder_investigated_is_no_patient(statements):
    found = statements(
        "Police investigating Stefan Pakeerah's murder dismissed its influence and said Manhunt was not part of its"
        " legal case."
    )
    assert all(p != "disc.stefan_pakeerah" for _, _, p in of(found, "investigating")), rows(found)


# what stays: the owner of a killing of someone named after "of" kills; the owner of its own act acts


def test_the_owner_of_a_killing_of_others_kills(statements):
    found = statements("The UN condemned Israel's killing of civilians in Gaza.")
    assert of(found, "killing") == [("state_isr", "ASSAULT", None)], rows(found)
    assert of(found, "condemned") == [("un", "ACCUSE", "state_isr")], rows(found)


# 3. a listing verb's object (each fails on main: the member or performer was the patient)


@pytest.mark.parametrize(
    ("body", "action"),
    [
        ("Inbev brands include Bass, Stella Artois, Hoegaarden and Staropramen.", "include"),
        ("The Aviator, starring Leonardo DiCaprio as Howard Hughes, ended up in third position after taking $11.2m.",
         "starring"),
        ("The tsunami tribute song will also feature Alicia Keys, Velvet Revolver and Tim McGraw.", "feature"),
    ],
)  # fmt: skip
def test_a_listing_verbs_object_is_no_patient(statements, body, action):
    found = statements(body)
    assert all(p is None for _, _, p in of(found, action)), rows(found)


# what stays: a selection into something, a passive subject


@pytest.mark.parametrize(
    ("body", "action", "patient"),
    [
        ("Kenyan coach Mike Kosgei included Susan Chepkemei in the team.", "included", "disc.susan_chepkemei"),
        ("The Kenyan coaching team will now decide whether Susan Chepkemei can be included in the team for this"
         " month's world cross country championships.", "included", "disc.susan_chepkemei"),
    ],
)  # fmt: skip
def test_a_listing_verbs_selected_or_passive_patient_stays(statements, body, action, patient):
    found = statements(body)
    assert [p for _, _, p in of(found, action)] == [patient], rows(found)
