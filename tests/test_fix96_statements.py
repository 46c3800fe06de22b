"""fix96 (session 64): a relative clause on a noun in apposition to a name (the seeded reading's Rosneft row).

"Tony Wilson, the music mogul who established Factory Records": the relative clause hangs on "mogul", which names no
actor, so the act had no agent; the name the noun stands in apposition to is who acts (`arguments.apposed_antecedent`),
or, for a passive relative clause or one whose object is the gap ("the man he beat"), who undergoes the act. Only when the relative word directly follows the noun, fits
the actor ("who" a person, "which" no person, "that" a person only by a noun of a person) and the apposition follows
the name itself.
"""

from __future__ import annotations

import pytest
from narratives_support import agents_of, rows

# 1. the name the noun stands in apposition to (each fails on main: no agent, or no patient)


@pytest.mark.parametrize(
    ("body", "action", "agent"),
    [
        (
            "Tony Wilson, the music mogul who established Factory Records in the 1980s, is to launch a new label.",
            "established",
            "disc.tony_wilson",
        ),
        (
            "Gazprom is set to merge with state oil firm Rosneft, the company that eventually acquired Yuganskneftegas,"
            " the main unit of oil giant Yukos.",
            "acquired",
            "disc.rosneft",
        ),
        (
            "Much of the credit must go to Lynton Crosby, the Australian strategist who advised John Howard for years.",
            "advised",
            "disc.lynton_crosby",
        ),
    ],
)
def test_a_relative_clause_on_an_apposition_has_the_name_as_agent(statements, body, action, agent):
    found = statements(body)
    assert agents_of(found, action) == [agent], rows(found)


def test_a_passive_relative_clause_on_an_apposition_has_the_name_as_patient(statements):
    found = statements(
        "It was the same for Simon McDowell, the touch judge who was heavily criticised by Scotland coach Matt"
        " Williams after the defeat."
    )
    patients = [s.patient_actor_id for s in found if s.action_text == "criticised"]
    assert patients == ["disc.simon_mcdowell"], rows(found)


@pytest.mark.parametrize(
    ("body", "action", "patient"),
    [
        (
            "Agassi will play Olivier Patience or Rainer Schuettler - the man he beat in the 2003 final - in the next"
            " round.",
            "beat",
            "disc.rainer_schuettler",
        ),
        (
            "She also urged Care International, the aid agency she works for, to close its office in Baghdad.",
            "works",
            "disc.care_international",
        ),
    ],
)
def test_an_object_gap_on_an_apposition_has_the_name_as_patient(statements, body, action, patient):
    found = statements(body)
    patients = [s.patient_actor_id for s in found if s.action_text == action]
    assert patients == [patient], rows(found)


# 2. what stays without the name: an apposition after another name, a relative word that does not fit, a thing


@pytest.mark.parametrize(
    ("body", "action", "name"),
    [
        (
            "The effort consumed a lot of electricity, estimates Evan Sparks, chief executive of Determined AI, a"
            " startup that provides software to firms.",
            "provides",
            "disc.evan_sparks",
        ),
        (
            "Among the players missing are Will Greenwood and Phil Vickery - a list which leaves Andy Robinson short"
            " of leaders.",
            "leaves",
            "disc.phil_vickery",
        ),
        (
            "Currently, says Dr Mario Paniccia, equipment that amplifies the laser light is very expensive.",
            "amplifies",
            "disc.mario_paniccia",
        ),
    ],
)
def test_an_apposition_that_is_not_the_name_gives_no_agent(statements, body, action, name):
    found = statements(body)
    assert name not in agents_of(found, action), rows(found)
