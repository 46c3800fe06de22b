"""review24 of actweb24: what the new place rule costs the state descriptors. Made-up sentences."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(
    strict=True,
    reason="review24: a state dropped as a place ('the province of Buenos Aires') no longer counts for 'the"
    " government', which goes to the other state named (a BBC article: 5 'government' mentions Argentina -> France)",
)
def test_a_state_named_as_a_place_still_says_whose_government_it_is(linked):
    found = linked(
        "France's Suez owns the water firm. The firm, which serves the province of Buenos Aires, wants a tariff rise"
        " of 60%. The government has rejected the rise."
    )
    assert ("government", "state_arg") in found
