"""review9: findings on claims.rules.v16 (made-up sentences; each fails on the merged claims9 + actors9 code)."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize(
    "body",
    [
        "The MP denied the claims and said he would sue.",
        "Registrars' spokesman Mark Rimmer said they welcomed the rules and believed they would be a deterrent.",
    ],
)
def test_units_joined_again_keep_the_sentence_final_stop(claims_of, body):
    # a reporting conjunct split off and merged back (merge_units) loses the final '.', which main kept
    claims, _ = claims_of(body)
    assert claims[-1].text.endswith(".")
