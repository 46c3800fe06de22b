"""review24 of actweb24: what the new place rule costs the state descriptors. Made-up sentences."""

from __future__ import annotations


def test_a_state_named_as_a_place_still_says_whose_government_it_is(linked):
    """review24 (fixed on actweb24 since): 'the province of Buenos Aires' dropped as a place moved a BBC article's
    5 'government' mentions from Argentina to France."""
    found = linked(
        "France's Suez owns the water firm. The firm, which serves the province of Buenos Aires, wants a tariff rise"
        " of 60%. The government has rejected the rise."
    )
    assert ("government", "state_arg") in found
