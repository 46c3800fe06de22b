"""review32: session 31's claims rules read where they fire on the BBC and web base runs (base32)."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(
    strict=True,
    reason="review32 (low, not fixed): a 'have got to be' whose complement is a superlative is an inference about what"
    " is ('has got to be one of the most used and common gadgets ever', BBC: 1 row, phrase-prescription), an"
    " assessment, as 'must be one of the best' is (modal-prescription: the same reading, no rule of the project"
    " reads a necessity modal as an inference); claims38's `got_to` adds the contracted \"'s got to be\" to it."
    " One row in the two corpora: no rule written from it",
)
def test_has_got_to_be_a_superlative_is_an_inference_not_a_prescription(one):
    assert one("That's got to be one of the best goals of the season.").claim_type == "assessment"


def test_near_case_has_got_to_be_done_prescribes(one):
    """The deontic reading claims38 wrote `got_to` for: a passive infinitive of a deed ('It's got to be done')."""
    assert one("It's got to be done differently than it was 30 years ago.").claim_type == "prescription"
