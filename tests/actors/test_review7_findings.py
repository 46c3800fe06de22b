"""Findings of review7 on actors.rules.v7's `sport-person` (strict xfail: each passes once fixed)."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import discovered_id


def test_the_striker_is_not_the_keeper_of_the_sentence_before(described):
    text = (
        "Chelsea beat Liverpool 3-2 in the League Cup final match on Sunday. Jerzy Dudek was equal to a drive from Frank Lampard."
        " Dudek saved bravely at the feet of Duff, while Milan Baros shot wildly at the other end."
        " Drogba almost headed Chelsea in front but the striker saw the ball rebound off the post."
    )
    assert described(text).get("striker", (None,))[0] not in {
        discovered_id("Jerzy Dudek"),
        discovered_id("Milan Baros"),
    }


@pytest.mark.xfail(
    strict=True, reason="review7: with nobody introduced as Australian the subject is taken, here the winner"
)
def test_the_australian_is_not_the_swiss_winner(described):
    text = "Roger Federer beat Lleyton Hewitt in the final of the tennis tournament on Sunday. The Australian said he had been outplayed."
    assert described(text).get("Australian", (None,))[0] != discovered_id("Roger Federer")
