"""review24 of xfix24: a registry acronym the article defines in brackets for another organisation
(`acronyms.redefined_acronyms`). Made-up sentences."""

from __future__ import annotations

import pytest


@pytest.mark.xfail(
    strict=True,
    reason="review24: once 'AP' is defined for another body, every later 'AP' is that body, the news agency too",
)
def test_the_news_agency_named_as_such_after_a_redefined_acronym_is_the_agency(mentions):
    found = mentions(
        "The Alliance for Progress (AP) won the vote. AP leaders said they would form a government, according to"
        " the AP news agency."
    )
    assert [a for t, a, _ in found if t == "AP"][-1] == "associated_press"


def test_a_redefined_registry_acronym_is_the_body_defined(mentions):
    found = mentions("The Alliance for Progress (AP) won the vote. AP leaders said they would form a government.")
    assert [a for t, a, _ in found if t == "AP"] == ["disc.alliance_for_progress"] * 2
