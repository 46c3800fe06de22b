"""fix95 (session 64, issue 12; claims.rules.v134): review76's claims findings.

Finding 1: a closing reporting frame after a quotation split into clauses ('"..., and ...," said Mikko Hypponen,
who heads F-Secure's anti-virus team.') is no claim of its own: a relative clause on the speaker that reports nothing,
and the names joined in the speaker's description, are the frame's description (`drafts.speaker_description`), so
the frame joins the quotation's last clause."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        '"We have seen these hoaxes for several Christmases already, and personally I prefer traditional pen and paper '
        'cards," said Mikko Hypponen, who heads the firm\'s anti-virus team.',
        '"She got mad a little bit and I played some great tennis," said Mauresmo, who was runner-up to Kim Clijsters '
        "in last year's final.",
        '"It\'s a pretty good growth rate, but it may not be good enough to create enough jobs," said Robert Brusca, '
        "chief economist at Fact and Opinion Economics in New York.",
        '"As consoles get more powerful, the content gets more detailed and that means more cost," said Gary Dunn, '
        "development director at Codemasters, which develops games in house and also publishes titles.",
    ],
)
def test_a_closing_frame_with_its_speakers_description_is_no_claim(claims_of, body):
    claims, _ = claims_of(body)
    assert len(claims) >= 1
    assert not any(c.text.lstrip('"').lstrip().startswith("said") for c in claims), [c.text for c in claims]
    assert claims[-1].text.endswith(".")  # the frame joined the last clause
    assert all(c.claimer_kind == "actor" for c in claims)


def test_near_case_a_relative_clause_that_reports_is_no_description(claims_of):
    """'who added that ...' says something more: the frame keeps its own clause."""
    claims, _ = claims_of(
        '"Prices are rising fast and the economy is growing well," said Robert Brusca, who added that the bank would '
        "raise rates in the spring."
    )
    assert any("raise rates" in c.text and c.claim_type == "prediction" for c in claims), [c.text for c in claims]
