"""claims35: what reading "'d" as "would" exposed in the BBC and web rows; claims36 fixed what a rule can tell."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Back then he would sing it at birthdays.",
        'He said: "Back then you\'d hear the song at every party."',
        "In the past, sports fans would be left debating the validity of the try for days.",
    ],
)
def test_a_habitual_past_would_is_an_event(one, body):
    """claims36: a fronted past time makes "would" habitual (`syntax.habitual_past`)."""
    assert one(body).claim_type == "event"


@pytest.mark.xfail(
    strict=True,
    reason="claims35: a habitual past 'would' with no past time of its own ('He'd sing it at birthdays', after a "
    "sentence that set the habit) is typed a forecast (modal-conditional); only the sentences before tell it (claims36)",
)
def test_a_habitual_past_would_without_a_past_time_is_an_event(one):
    assert one("He'd sing it at birthdays and anniversaries and variety shows.").claim_type == "event"


def test_a_contracted_had_over_an_ambiguous_participle_is_no_modal(one):
    assert one("He'd read that there were fires in the Amazon.").claim_type == "event"
