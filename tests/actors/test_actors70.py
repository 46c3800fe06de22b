"""actors70 (review54 finding 1): the states at the two ends of a transfer are actors, not a range of places; what goes
"from X to Y" is read from the compounds and the "of" of the noun "from" hangs on and from the subject of its verb
(`nationality.moved_in_a_range`), and `given_nouns` holds sovereignty and the words of handing over."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Arms sales from the US to Taiwan angered Beijing.", ("US", "Taiwan")),  # a given noun's compound
        ("The flow of weapons from Iran to Syria must stop, the minister said.", ("Iran", "Syria")),  # "of"
        ("The transfer of sovereignty from Britain to China took place in 1997.", ("Britain", "China")),
        ("Sovereignty over Hong Kong passed from Britain to China in 1997.", ("Britain", "China")),  # the subject
        ("Control of the border passed from Israel to Egypt.", ("Israel", "Egypt")),  # an agency noun's subject
        ("The EU presidency passes from Luxembourg to Britain in July.", ("Luxembourg", "Britain")),
        ("Hong Kong was handed back from Britain to China in 1997.", ("Britain", "China")),  # "back" climbed
        ("The handover from Britain to China was watched by millions.", ("Britain", "China")),
    ],
)
def test_the_sides_of_a_transfer_between_states_are_kept(verdicts, text, surfaces):
    found = verdicts(text)
    for surface in surfaces:
        assert (surface, None) in found


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Power lines from France to Britain were damaged in the storm.", ("France", "Britain")),  # no given noun
        ("Trade routes from China to India were busy.", ("China", "India")),  # an agency noun's compound: a place
        ("The crisis spread from Thailand to Indonesia within weeks.", ("Thailand", "Indonesia")),  # the subject
        ("The earthquake sent huge waves from Malaysia to Africa.", ("Malaysia",)),  # a verb's object, not its subject
    ],
)
def test_what_moves_through_places_leaves_a_range(verdicts, text, surfaces):
    found = verdicts(text)
    for surface in surfaces:
        assert (surface, "range-of-places") in found


@pytest.mark.xfail(
    strict=True,
    reason="a commodity's destination is left a place: the corpora's one commodity flow between states (oil 'from "
    "Russia to India' of two companies' deal) is one, and the supplier is an origin (`origin_nouns`, actors67)",
)
def test_the_receiver_of_a_states_supplies(verdicts):
    assert ("Ukraine", None) in verdicts("Gas supplies from Russia to Ukraine were cut off on Sunday.")
