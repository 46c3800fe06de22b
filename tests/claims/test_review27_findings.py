"""review27: fresh-eyes findings on session 26's claim rules (claims33). Both fixed in claims.rules.v39 (claims35)."""

from __future__ import annotations

import pytest


# fixed (claims35): `polled` read a poll word anywhere in the sentence, so a vote the claim is about made 'Most MPs' a
# poll's count and the prescription an event (`reported-finding`); a poll word in a subject or an object of the
# content's verbs is the topic, not where the share was counted
@pytest.mark.parametrize(
    "body",
    [
        "Most MPs said the referendum should be delayed until next year.",
        "Most MPs said the government should hold a referendum on the treaty.",
    ],
)
def test_a_referendum_talked_of_makes_no_poll_of_most_mps(one, body):
    claim = one(body)
    assert claim.type_rule != "reported-finding"
    assert claim.claim_type == "prescription"


@pytest.mark.parametrize(
    "body",
    [
        "Most voters said the UK should stay in the Common Market in the 1975 referendum.",  # the vote's setting
        "Most people questioned said the UK should stay in the Common Market.",  # the share's own phrase
    ],
)
def test_a_share_counted_in_a_poll_is_still_a_finding(one, body):
    claim = one(body)
    assert (claim.type_rule, claim.claim_type) == ("reported-finding", "event")


# fixed (claims35): `caller` took the relative pronoun 'who' as a subject that names no source, so a summons in a
# relative clause ('A passer-by, who called for help, ...') was an unattributed call. Reading the antecedent instead
# would make 'Several charities, who have called for an apology, ...' (claims32's prescription, ANNOTATION's 'called
# for X') an event with it; what tells the summons is what is called for (`type.summons`: 'help', 'an ambulance')
def test_a_summons_in_a_relative_clause_is_no_unattributed_call(claims_of):
    claims, _ = claims_of("A passer-by, who called for help, was hailed a hero.")
    call = next(c for c in claims if "called for help" in c.text)
    assert call.type_rule != "verb-prescription"
    assert call.claim_type == "event"


@pytest.mark.parametrize(
    "body",
    [
        "Tony Blair is among those who have called for an apology.",
        "Several charities, who have called for an apology, met the minister on Monday.",
        "Tony Blair is among those who have called for more police on the streets.",
    ],
)
def test_a_relative_call_for_a_thing_to_be_done_is_still_a_prescription(claims_of, body):
    claims, _ = claims_of(body)
    call = next(c for c in claims if "called for" in c.text)
    assert call.claim_type == "prescription"
