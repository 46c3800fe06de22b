"""Clause units: what is a claim, and which clauses are claims of their own."""

from __future__ import annotations


def test_headline_and_boilerplate_are_not_claims(claims_of):
    claims, _ = claims_of("Troops crossed the border on Monday.\n\n© 2021 Example. All rights reserved.")
    assert [c.text for c in claims] == ["Troops crossed the border on Monday."]


def test_questions_lead_ins_imperatives_and_fragments_are_not_claims(claims_of):
    for body in ("Who will pay for this war?", "The minister said:", "Click here for more.", "In the north."):
        assert claims_of(body)[0] == [], body


def test_clause_split_on_different_certainty(claims_of):
    body = (
        "Turkish advisers have seized the initiative in Libya, so it can be assumed that they will try to develop it."
    )
    claims, _ = claims_of(body)
    assert len(claims) == 2
    assert claims[1].text.startswith("it can be assumed") and claims[1].certainty == "hedged"


def test_relative_clause_with_own_reporting_verb(claims_of):
    body = "Mr Straw noted arms embargoes applied to Burma but not to North Korea, which he said had a terrible rights record."
    claims, _ = claims_of(body)
    assert any(c.text.startswith("which he said") and c.claim_type == "assessment" for c in claims)


def test_clauses_that_agree_are_one_claim(claims_of):
    claims, _ = claims_of("Troops crossed the border and they took the town.")
    assert len(claims) == 1 and claims[0].text == "Troops crossed the border and they took the town."


def test_a_quotation_after_a_colon_is_a_unit_of_its_own(claims_of):
    claims, _ = claims_of('Campaigners carried a banner with the slogan: "Our town is not for sale."')
    assert [c.text for c in claims] == ["Campaigners carried a banner with the slogan:", '"Our town is not for sale."']


def test_a_frame_alone_is_no_claim(claims_of):
    claims, _ = claims_of('"The road is expensive but we are pleased with it," he said.')
    # '" he said.' alone is no claim; the first clause is a claim of its own since xfix24 (it was lost before)
    assert claims and all(c.text.strip('" ,.') not in {"he said", ""} for c in claims)
    assert any("we are pleased" in c.text for c in claims) and any("The road is expensive" in c.text for c in claims)
