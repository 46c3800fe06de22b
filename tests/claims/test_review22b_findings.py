"""review22b: a review of xfix22's claims rules (claims.rules.v33). One wrong behaviour found and left, as a strict
xfail. Every sentence is made up."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "More than 300 people have died since the fighting has spread to the north.",
        "Thousands have fled since the fighting has spread to the north.",
    ],
)
def test_a_count_since_an_event_in_the_present_perfect_is_a_time(one, text):
    """review22b, fixed by xfix23 (`type.counted`): a count as the subject of the perfect adds up from the 'since'
    clause on."""
    assert one(text).type_rule != "explanation"


def test_a_subject_that_is_no_count_still_gives_a_reason(one):
    """Near case that holds: 'since' with its own present perfect after a subject that counts nothing explains."""
    assert one("Ukraine has been forced to retreat since it has run out of ammunition.").type_rule == "explanation"


def test_a_count_since_an_event_in_the_past_is_a_time(one):
    """Near case that holds: the past in the 'since' clause tells from when."""
    assert one("More than 300 people have died since the fighting spread to the north.").type_rule != "explanation"
