"""review25: fresh-eyes findings on session 25's claim rules (claims31, claims32), as strict xfails."""

from __future__ import annotations

import pytest


# review25: `unattributed_call` (claims32) took any unattributed 'calls for' as asking; a forecast that 'calls for'
# weather foretells it (a prediction), and a person who 'called for an ambulance' summons help (an event). Fixed in
# claims33: the rule reads the subject (`caller`), and a call with its preposition of asking judges nothing
# (`asking_use`), so neither is typed an assessment either.
@pytest.mark.parametrize(
    "body",
    [
        "The weather forecast calls for heavy snow in the north tomorrow.",
        "A neighbour called for an ambulance after the crash.",
    ],
)
def test_a_forecast_or_a_summons_is_no_unattributed_call(one, body):
    claim = one(body)
    assert claim.type_rule != "verb-prescription"
    assert claim.claim_type not in {"prescription", "assessment"}
