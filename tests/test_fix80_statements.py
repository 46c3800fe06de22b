"""fix80 (session 59): fix77's left requests.

- "told X (not) to <act>": one of `requesting.directives` with the one told and an infinitive after it is a request of
  the one told, the act told folded (it was kept as done, negated where the one told was told not to); "told X that
  ...", "told the BBC he would ...", "told X how to ..." stay frames (`requests.directed`);
- "asked / called / pushed for X to <act>": the parser makes "for" the infinitive's mark, not the verb's preposition,
  so no particle was seen and no request made; the mark right after the verb now stands where a particle would
  (`predicates.clause_marks`); "waited for X to" is no request;
- "renewed demands / an appeal for X to <act>": whom a request noun asks is read as a call's is (`called_on`);
- "vowed to fight back against X": the promised conflict's patient (passes on main: a guard).
"""

from __future__ import annotations

import pytest
from narratives_support import rows


def brief(s) -> tuple:
    return s.agent_actor_id, s.action_class, s.patient_actor_id, s.negated


def actions(found) -> list[str]:
    return [s.action_text for s in found]


def of(found, action: str) -> list[tuple]:
    return [brief(s) for s in found if s.action_text == action]


# 1. told X (not) to <act> (each fails on main's rules)


@pytest.mark.parametrize(
    ("body", "verb", "told", "teller", "patient"),
    [
        ("Tony Blair told the government not to compromise.", "told", "compromise", "tony_blair", "state_gbr"),
        (
            "The government is telling Tory MPs not to back the amendments.",
            "telling",
            "back",
            "state_gbr",
            "conservative_party",
        ),
        ("Tony Blair told Ken Livingstone to resign.", "told", "resign", "tony_blair", "ken_livingstone"),
    ],
)
def test_an_act_told_is_a_request_of_the_one_told(statements, body, verb, told, teller, patient):
    found = statements(body)
    assert of(found, verb) == [(teller, "REQUEST", patient, False)], rows(found)
    assert told not in actions(found), rows(found)


@pytest.mark.parametrize(
    "body",
    [
        "Tony Blair told Ken Livingstone that he had resigned.",
        "Tony Blair told the BBC he would resign.",
        "Tony Blair told Ken Livingstone how to resign.",
    ],
)
def test_telling_what_is_or_how_asks_nothing(statements, body):
    found = statements(body)
    assert not any(s.action_class == "REQUEST" for s in found), rows(found)
    # "told X how to <act>" explains the act: neither asked nor done, no statement of its own (fix83; it was kept as
    # done here, fix80's left)
    assert ("resign" in " ".join(actions(found))) == (" how to " not in body), rows(found)


# 2. a request verb with a "for" clause (each fails on main's rules)


@pytest.mark.parametrize(
    ("body", "verb", "act"),
    [
        ("Tony Blair asked for Ken Livingstone to apologise.", "asked", "apologise"),
        ("Tony Blair called for Ken Livingstone to resign.", "called", "resign"),
        ("Tony Blair pushed for Ken Livingstone to resign.", "pushed", "resign"),
    ],
)
def test_a_request_for_someone_to_act_asks_it_of_them(statements, body, verb, act):
    found = statements(body)
    assert of(found, verb) == [("tony_blair", "REQUEST", "ken_livingstone", False)], rows(found)
    assert act not in actions(found), rows(found)


def test_waiting_for_someone_to_act_asks_nothing(statements):
    found = statements("Tony Blair waited for Ken Livingstone to resign.")
    assert not any(s.action_class == "REQUEST" for s in found), rows(found)
    assert of(found, "resign") == [("ken_livingstone", "RETREAT", None, False)], rows(found)


# 3. whom a request noun asks (each fails on main's rules)


@pytest.mark.parametrize(
    ("body", "noun"),
    [
        ("Tony Blair renewed demands for Ken Livingstone to resign.", "demands"),
        ("Tony Blair issued an appeal for Ken Livingstone to resign.", "appeal"),
    ],
)
def test_a_demand_or_appeal_for_someone_to_act_asks_them(statements, body, noun):
    found = statements(body)
    assert of(found, noun) == [("tony_blair", "REQUEST", "ken_livingstone", False)], rows(found)


# what stays


def test_a_call_for_someones_resignation_still_asks_them(statements):
    found = statements("Tony Blair called for Ken Livingstone's resignation.")
    assert [b for b in map(brief, found) if b[1] == "REQUEST"] == [
        ("tony_blair", "REQUEST", "ken_livingstone", False)
    ], rows(found)


def test_a_promise_to_fight_back_against_someone_names_them(statements):
    found = statements("Gordon Brown vowed to fight back against Tony Blair.")
    assert of(found, "vowed") == [("gordon_brown", "THREATEN", "tony_blair", False)], rows(found)


def test_a_clause_before_told_is_no_part_of_what_is_told(statements):
    body = (
        '"In the tunnel Arsene Wenger was criticising my players, calling them cheats, so I told him to leave them'
        ' alone and behave himself," Alex Ferguson said on Saturday.'
    )
    found = statements(body)
    assert of(found, "criticising") == [("disc.arsene_wenger", "ACCUSE", None, False)], rows(found)
    assert "leave" not in actions(found), rows(found)


def test_the_one_told_is_the_patient_not_who_the_act_names(statements):
    found = statements('"I told the hospital to call the IOC and have me tested," Kostas Kenteris said.')
    assert of(found, "told") == [("disc.kostas_kenteris", "REQUEST", None, False)], rows(found)  # fails on main
