"""review37: claims43's imperative rules read on the BBC corpus and the web pages (config/eval/README.md "review37")."""

from __future__ import annotations

import pytest

BUDGET_LIST = (
    "Treasury officials have said there will not be a pre-election giveaway.\n\n"
    "- Increase in the stamp duty threshold from £60,000\n\n"
    "- A freeze on petrol duty\n\n"
    "- An extension of tax credit scheme for poorer families"
)


@pytest.mark.xfail(
    strict=True,
    reason="review37: a list item that is a noun phrase whose noun the tagger calls a verb ('- Increase in the stamp "
    "duty threshold from £60,000' among '- A freeze on petrol duty', BBC 23312c7f) reads as an instruction to the "
    "reader; since claims43 (`discourse.MOOD_RULES`) the imperative rule keeps the item and holds against the model, "
    "which made it a prediction before",
)
def test_a_list_item_naming_a_measure_is_no_instruction(claims_of):
    claims, _ = claims_of(BUDGET_LIST)
    item = next(c for c in claims if c.text.startswith("Increase"))
    assert item.claim_type != "prescription"


def test_near_case_a_list_item_telling_what_to_do_is_an_instruction(claims_of):
    claims, _ = claims_of("Judge Rand Rubin said she must:\n\n- Spend three years on probation\n\n- Pay a $1,000 fine")
    item = next(c for c in claims if c.text.startswith("Spend"))
    assert item.claim_type == "prescription"


@pytest.mark.parametrize(
    "body",
    [
        "Add in the fact that the economy is slowing and you have a crisis.",
        "Add the fact that he is 35, and the deal looks risky.",
    ],
)
def test_a_point_added_to_the_writers_list_is_no_instruction(claims_of, body):
    """claims43 took "add" out of `not_advice_imperatives` (recipes' "Add the onions ...") and kept "Add to this ..."
    apart; "Add in the fact that ..." and "Add the fact that ..." became instructions to the reader (review37)."""
    claims, _ = claims_of(body)
    assert claims[0].text.startswith("Add") and claims[0].type_rule != "imperative", claims[0]


@pytest.mark.parametrize("body", ["Add in the tofu and stir for two minutes.", "Add a question to the survey."])
def test_near_case_adding_a_thing_is_an_instruction(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prescription", "imperative")
