"""claims35: what reading "'d" as "would" exposed in the BBC and web rows, left as strict xfails."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(
    strict=True,
    reason="claims35: a habitual past 'would' ('He would sing it at birthdays', 'Back then you'd hear ...') is typed "
    "a forecast (modal-conditional); the extra labels call such claims events. Straight and contracted alike",
)
@pytest.mark.parametrize(
    "body",
    ["He'd sing it at birthdays and anniversaries and variety shows.", "Back then he would sing it at birthdays."],
)
def test_a_habitual_past_would_is_an_event(one, body):
    assert one(body).claim_type == "event"


@pytest.mark.xfail(
    strict=True,
    reason="claims35: \"He'd read that ...\" is 'had read' (the parser tags 'read' VB, as after 'would'), read as "
    "'would' by syntax.modal_form; only the context tells them apart",
)
def test_a_contracted_had_over_an_ambiguous_participle_is_no_modal(one):
    assert one("He'd read that there were fires in the Amazon.").claim_type == "event"
