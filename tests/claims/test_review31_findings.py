"""review31: session 30's claims rules read where they fire on the BBC and web base runs (base31)."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(
    strict=True,
    reason="review31 (low, not fixed): 'tip X to win' forecasts, but the parser hangs the infinitive on 'tipped' as an"
    " advcl (a purpose clause's relation), which `syntax.predicting` does not read as the sense-bound verb's"
    " infinitive (BBC 7fa600634e2a182e); an advcl 'to' after 'tip' is also the keeper's purpose ('tipped the ball"
    " over to keep the lead'), so no rule is written from one row",
)
def test_tipped_names_to_win_with_the_infinitive_parsed_as_a_purpose_clause_is_a_forecast(one):
    claim = one(
        "Most of the critics tipped Jamie Foxx and Hilary Swank to scoop best actor and actress for Ray and Million"
        " Dollar Baby respectively."
    )
    assert claim.claim_type == "prediction"


def test_tipped_a_name_to_win_parsed_as_its_complement_is_a_forecast(one):
    """The near case the parser gets right ('to win' an xcomp of 'tipped'): the rules read it (claims37)."""
    assert one("Five of the eight critics tipped Scorsese to win best director.").claim_type == "prediction"
