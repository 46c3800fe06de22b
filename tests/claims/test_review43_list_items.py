"""review43: claims50's `stated_item` took any list item with a clause of its own after a colon for a lead-in
('- Read this fact: There are ...'); an instruction with its reason after the colon ('- Wash your hands often: soap
kills the virus') then lost its `list-action-item` prescription. The colon's lead-in must point ahead
(`discourse.points_ahead`). Each item goes through the real parse."""

from __future__ import annotations

import pytest

ADVICE = "The council gave residents this advice.\n\n"


@pytest.mark.parametrize(
    "item",
    [
        "- Wash your hands often: soap kills the virus.",
        "- Avoid crowds: the virus spreads fast indoors.",
        "- Stay at home: this is the most important thing you can do.",
    ],
)
def test_an_instruction_with_its_reason_after_a_colon_stays_an_action_item(claims_of, item):
    claims, _ = claims_of(ADVICE + item)
    assert (claims[-1].claim_type, claims[-1].type_rule) == ("prescription", "list-action-item"), claims[-1].text


@pytest.mark.parametrize(
    "item",
    [
        "- Read this fact: There are now more than 12,500 cameras in Broward County schools, said Superintendent "
        "Robert Runcie.",
        "- Consider the following: the county has lost 4,000 jobs since 2019.",
    ],
)
def test_a_lead_in_that_points_ahead_still_gives_way(claims_of, item):
    claims, _ = claims_of("Officials announced new spending on Monday.\n\n" + item)
    assert claims[-1].type_rule != "list-action-item", (claims[-1].text, claims[-1].type_rule)
