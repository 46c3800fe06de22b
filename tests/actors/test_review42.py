"""review42: actors53's middle names (`resolution.middle_names`) read on made-up sentences in news manner; a wrong
output left as a strict xfail (no page of either corpus has the shape: the rule's only rows are Lula's and Etienne's)."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(
    strict=True,
    reason="review42: a middle name is the person named with it only where the page names nobody else so; a ruler "
    "called by a title and one name ('King Abdullah of Jordan') beside 'Ali Abdullah Saleh' is folded on Saleh, "
    "whose middle name 'Abdullah' is (the block looks at full names only; 'President Lula' shows a title alone does not "
    "tell another person)",
)
def test_a_king_named_like_anothers_middle_name_is_not_that_person(mentions):
    text = (
        "Yemeni President Ali Abdullah Saleh met King Abdullah of Jordan in Amman. "
        "Abdullah said the talks had gone well."
    )
    assert not any(t == "Abdullah" and a == "disc.ali_abdullah_saleh" for t, a, _ in mentions(text))


def test_near_case_a_middle_name_alone_is_still_its_person(mentions):
    text = "Brazil's President Luiz Inacio Lula da Silva signed the law on Friday. Lula said it would create jobs."
    # a registry person since actors86; "Lula" is his alias since fix72 (review69 5), so the method is "alias" now
    assert any(t == "Lula" and a == "luiz_inacio_lula_da_silva" for t, a, _ in mentions(text))
