"""fix88 (session 61, issue 12; review74's finding 8): "concern" as an active verb with a thing as its direct object
says what something was about ("two in five of the reports concerned ID fraud"), no judgement: no `verb-assessment`.
A person or a pronoun as its object ("the plan concerns many residents") and the adjective ("is concerned that")
still judge. Every sentence is made up."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "The commission said two in five of the complaints it received last year concerned identity fraud.",
        "Most of the letters concerned the new parking charges.",
    ],
)
def test_concern_with_a_thing_as_object_is_no_assessment_verb(claims_of, body):
    claims, _ = claims_of(body)
    assert claims and all(c.type_rule != "verb-assessment" for c in claims)


@pytest.mark.parametrize(
    "body",
    [
        "The closure of the plant concerns us deeply, the union said.",
        "The plan concerns many residents, the council said.",
    ],
)
def test_concern_of_a_person_still_judges(claims_of, body):
    claims, _ = claims_of(body)
    assert any(c.claim_type == "assessment" for c in claims)
