"""claims55: a claim made in an agentless passive ("Claims were made that ...") reports its that-clause with no
named source (issue 12; web55's kaieteurnewsonline unit). Each sentence goes through the real parse."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Claims were made that Ramdehol was taking safety precautions and did not want the men close to him.",
        "Allegations have been levelled that the council ignored the warnings about the bridge.",
        "Suggestions were made that the minister had misled parliament.",
    ],
)
def test_a_claim_made_in_an_agentless_passive_is_an_unnamed_report(one, body):
    claim = one(body)
    assert (claim.claimer_kind, claim.certainty, claim.claimer_rule) == ("unnamed", "reported", "impersonal-passive")


@pytest.mark.parametrize(
    "body",
    [
        "The claim was made at the latest hearing in the bankruptcy court in Houston.",  # no clause of its own
        "Claims were made by the family that the police had ignored the warnings.",  # an agent: the family's
        "A decision was made that the school would close.",  # no claim noun: a decision, narrated
    ],
)
def test_near_cases_are_no_unnamed_report(claims_of, body):
    claims, _ = claims_of(body)
    assert all(c.claimer_kind != "unnamed" for c in claims), [(c.text, c.claimer_rule) for c in claims]
