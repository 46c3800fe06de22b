"""review53: claims68's `verbs.reflexive_state` ("found themselves a goal down" is no report) also takes an emphatic
reflexive before a that-clause, a finding the subject made itself; the corpora hold no such sentence (33 "find"
+ reflexive pronoun in both, none before "that"), so no guard was written."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(strict=True, reason="an emphatic reflexive before a that-clause is read as a situation (0 rows)")
def test_an_emphatic_reflexive_before_a_clause_still_reports(claims_of):
    claims, _ = claims_of("Investigators found themselves that the accounts had been falsified.")
    assert [(c.claimer_kind, c.claimer_cue) for c in claims] == [("actor", "found")]


def test_a_reflexive_situation_in_a_quotation_frame_is_the_speakers(claims_of):
    claims, _ = claims_of("The minister said the party found itself in a difficult position.")
    assert [(c.claimer_kind, c.claimer_text, c.claimer_cue) for c in claims] == [("actor", "minister", "said")]
