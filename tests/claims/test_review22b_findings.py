"""review22b: a review of xfix22's claims rules (claims.rules.v33). One wrong behaviour found and left, as a strict
xfail. Every sentence is made up."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(
    strict=True,
    reason="own_present_perfect reads any 'since' clause in the present perfect as a reason; after a count of the "
    "dead or the fled it tells from when, as the past does ('since the fighting spread'): no such claim on BBC or the "
    "web pages (review22b found it, left: no clear cue tells the two readings apart)",
)
def test_a_count_since_an_event_in_the_present_perfect_is_a_time(one):
    assert one("More than 300 people have died since the fighting has spread to the north.").type_rule != "explanation"


def test_a_count_since_an_event_in_the_past_is_a_time(one):
    """Near case that holds: the past in the 'since' clause tells from when."""
    assert one("More than 300 people have died since the fighting spread to the north.").type_rule != "explanation"
