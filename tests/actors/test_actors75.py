"""actors75 (review56 finding 6 on actors73's range filter): people and machines that move (`mover_nouns`: troops,
soldiers, forces, officials ...) are what goes "from X to Y" through places when they are a transfer verb's subject or
a verb's object, so the two ends are places ("British troops were transferred from Iraq to Afghanistan": theatres); a
quantity's "of" is read as the subject it counts ("Thousands of troops passed", as "Troops passed"); and a verb of
handing over keeps its ends only with no particle or "back" / "over" (`handover_particles`: "handed out from Britain to
France" is a distribution through places)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("British troops were transferred from Iraq to Afghanistan last year.", ("Iraq", "Afghanistan")),  # review56
        ("Leaflets were handed out from Britain to France by activists.", ("Britain", "France")),  # review56: "out"
        ("Thousands of troops passed from Iraq to Kuwait.", ("Iraq", "Kuwait")),  # review56: a quantity's "of"
        ("Troops passed from Iraq to Kuwait.", ("Iraq", "Kuwait")),  # the bare subject, alike
        ("The army moved its soldiers from Iraq to Kuwait.", ("Iraq", "Kuwait")),  # a mover as a verb's object
        ("The US moved its jets from Germany to Poland.", ("Germany", "Poland")),  # machines
        ("Troop movements from Iraq to Kuwait were seen at night.", ("Iraq", "Kuwait")),  # troop: no given noun now
    ],
)
def test_what_moves_through_places_leaves_places(verdicts, text, surfaces):
    found = verdicts(text)
    for surface in surfaces:
        assert (surface, None) not in found and any(s == surface for s, _ in found)  # dropped as a place


@pytest.mark.xfail(
    strict=True,
    reason="actors75 left: a state's people moved by a transfer verb keep the ends; `agency_nouns` does not tell "
    "officials (who move) from a presidency or control (what a state holds), and 'officials from Hungary to Russia' "
    "(whose officials) is kept on purpose",
)
def test_officials_transferred_between_places(verdicts):
    assert ("Iraq", None) not in verdicts("Officials were transferred from Iraq to Britain.")


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Hong Kong was handed over from Britain to China in 1997.", ("Britain", "China")),  # "over": a handover
        ("Hong Kong was handed back from Britain to China in 1997.", ("Britain", "China")),  # "back"
        ("Thousands of tonnes of aid were transferred from the US to Iraq.", ("US", "Iraq")),  # a quantity's "of"
        ("Most of the aid passed from the US to Iraq.", ("US", "Iraq")),
        ("Control of the border passed from Israel to Egypt.", ("Israel", "Egypt")),  # held, not a mover
        ("The EU presidency passes from Luxembourg to Britain in July.", ("Luxembourg", "Britain")),
        ("Arms sales from the US to Taiwan angered Beijing.", ("US", "Taiwan")),
        ("The government will send aid from the US to Iraq.", ("US", "Iraq")),  # a given object
    ],
)
def test_the_sides_of_a_transfer_stay_kept(verdicts, text, surfaces):
    found = verdicts(text)
    for surface in surfaces:
        assert (surface, None) in found
