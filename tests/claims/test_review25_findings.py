"""review25: fresh-eyes findings on session 25's claim rules (claims31, claims32), as strict xfails."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(
    strict=True,
    reason="review25: `unattributed_call` (claims32) takes any unattributed 'calls for' as asking; a forecast that "
    "'calls for' weather foretells it (a prediction), and a person who 'called for an ambulance' summons help (an "
    "event); the rule checks no subject though its docstring names a document or relative pronoun",
)
@pytest.mark.parametrize(
    "body",
    [
        "The weather forecast calls for heavy snow in the north tomorrow.",
        "A neighbour called for an ambulance after the crash.",
    ],
)
def test_a_forecast_or_a_summons_is_no_unattributed_call(one, body):
    assert one(body).type_rule != "verb-prescription"
