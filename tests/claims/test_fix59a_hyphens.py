"""fix59a (review59 finding 14): a claim unit is never cut inside a hyphenated word ("co]]-operate"), so the
statement "co-operate" lies inside its claim (`claims.units.whole_word`; the BBC sentences the review found, each
through the real parse; config/eval/README.md "fix59a")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The Vestey Group said it had owned the land since 1920 and would co-operate fully with the authorities.",
         "co-operate"),
        ("EA added that the delivery of high-definition games of the future was vital and Blu-ray had the capacity, "
         "functionality and interactivity needed for the kinds of projects it was planning.", "Blu-ray"),
        ("In previous seasons, the 25-year-old also contested the long jump but since moving from Colchester to London "
         "she has re-focused her attentions.", "re-focused"),
        ("Mr Blair will formally open the proceedings, although his speech will be pre-empted by French President "
         "Jacques Chirac, who announced his attendance at the last minute.", "pre-empted"),
    ],
)  # fmt: skip
def test_no_claim_is_cut_inside_a_hyphenated_word(claims_of, body, word):
    claims, _ = claims_of(body)
    at = body.index(word)
    for c in claims:
        assert not (c.start < at + len(word) and at < c.end) or (c.start <= at and at + len(word) <= c.end), c.text
    assert any(word in c.text for c in claims)
