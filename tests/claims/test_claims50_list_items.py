"""claims50: list items that state rather than tell what to do (`discourse.stated_item`), found by the blind web
check `claims-handcheck-web50.jsonl`: a council's list of its services whose first word the tagger reads as a verb,
and a lead-in before a colon that a clause of its own follows. Each sentence goes through the real parse."""

from __future__ import annotations

import pytest

SERVICES = "Cork County Council gave an update on its services.\n\n"


@pytest.mark.parametrize(
    "item",
    [
        "- Planning services continue to operate.",
        "- Housing services continue to operate.",
        "- Swimming pools will remain open for individual use only.",
    ],
)
def test_an_item_whose_first_word_is_in_a_finite_clauses_subject_is_no_instruction(claims_of, item):
    claims, _ = claims_of(SERVICES + item)
    assert claims[-1].type_rule != "list-action-item", [(c.text, c.type_rule) for c in claims]


def test_a_lead_in_before_a_colon_gives_way_to_the_clause_after_it(claims_of):
    body = (
        "Officials announced new spending on Monday.\n\n"
        "- Read this fact: There are now more than 12,500 cameras in Broward County schools, said Superintendent "
        "Robert Runcie."
    )
    claims, _ = claims_of(body)
    item = claims[-1]
    assert item.type_rule != "list-action-item" and item.claim_type != "prescription", (item.text, item.type_rule)


@pytest.mark.parametrize(
    "item",
    [
        "- Upgrading security at nuclear arms stores as a temporary measure",
        "- Extending in-court conciliation for contested cases",
        "- Remember: always wash your hands before cooking.",
        "- Ban imports of the drug from abroad.",
        # a bare -ing word before a verb in -s also reads as a noun compound ('Parenting plans'): kept as before
        "- Parenting plans to give advice on access arrangements, based on real-life examples",
    ],
)
def test_items_that_tell_what_to_do_stay_action_items(claims_of, item):
    claims, _ = claims_of("The report recommends these steps.\n\n" + item)
    assert claims[-1].claim_type == "prescription", [(c.text, c.type_rule) for c in claims]
