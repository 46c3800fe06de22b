"""actors67: a state's name at either end of a range "from X to Y" is a place (`nationality.range_of_places`); what a
state's "from" comes from (`origin_nouns`: exports, supplies, a delivery, teachers)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text,surface,rule",
    [
        # m56 BBC and web rows, both ends of the range
        ("The earthquake sent huge waves from Malaysia to Africa.", "Malaysia", "range-of-places"),
        ("He has worked for politicians from Mexico to Uruguay.", "Mexico", "range-of-places"),
        ("He has worked for politicians from Mexico to Uruguay.", "Uruguay", "range-of-places"),
        (
            "Investors voted to approve the transfer of the company's domicile from Australia to the US state of "
            "Delaware.",
            "Australia",
            "range-of-places",
        ),
        ("The British Army exported polo from India to the rest of the globe.", "India", "range-of-places"),
        # origin nouns
        ("Exports from China leapt during 2004.", "China", "origin-compound"),
        (
            "Supplies from Turkmenistan account for 45% of all natural gas imported by Ukraine.",
            "Turkmenistan",
            "origin-compound",
        ),
    ],
)
def test_a_state_at_an_end_of_a_range_or_after_an_origin_noun_is_a_place(verdicts, text, surface, rule):
    assert (surface, rule) in verdicts(text)


@pytest.mark.parametrize(
    "text,surface",
    [
        ("The bill would send aid from the US to Iraq within a month.", "US"),  # the giver (`given_nouns`)
        ("Pressure from Germany to France grew after the vote.", "Germany"),
        ("The charity received money from the US to fund the programme.", "US"),  # "to" before a verb
        ("The move drew sharp criticism from China on Monday.", "China"),  # no range
        ("Britain wants to send more troops to Iraq.", "Iraq"),  # "to" with no "from" before it
    ],
)
def test_a_giver_or_a_state_outside_a_range_is_kept(verdicts, text, surface):
    assert (surface, "range-of-places") not in verdicts(text)
    assert (surface, None) in verdicts(text)
