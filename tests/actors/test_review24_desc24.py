"""review24 of desc24: near cases of `bare-state-noun` ("Government" with no determiner) and `own-publication`
("this newspaper") that the rules must not take for the state or for the paper named. Made-up sentences."""

from __future__ import annotations

import pytest

IRISH = "Ireland will move to level five restrictions from midnight, the Irish government said. "


def test_government_after_a_capitalised_title_and_of_is_no_state(described):
    text = IRISH + "She is a Professor of Government at Trinity College, where she studies elections."
    assert "Government" not in described(text)


def test_the_head_of_government_is_a_post_not_the_state(described):
    text = IRISH + "The summit brought together every Head of Government in the region."
    assert "Government" not in described(text)


def test_government_after_a_lower_case_noun_and_of_is_still_the_state(described):
    text = IRISH + "Publicans said the decision of Government had come without warning."
    assert described(text).get("Government") == ("state_irl", "bare-state-noun")


@pytest.mark.xfail(
    strict=True, reason="review24: 'Government' as an academic subject (a degree in, taught) is taken for the state"
)
def test_government_as_a_subject_of_study_is_no_state(described):
    text = IRISH + "He has a degree in Government from Georgetown, and later taught Government in Dublin."
    assert "Government" not in described(text)


@pytest.mark.xfail(strict=True, reason="review24: 'this paper' of an essay or a study is taken for the newspaper named")
def test_this_paper_of_an_essay_is_no_newspaper(described):
    text = "The Guardian reported last year that the scheme had failed. In this paper, I argue that it was never tried."
    assert "paper" not in described(text)


@pytest.mark.xfail(
    strict=True,
    reason="review24: 'this newspaper' is taken for the one paper named, which may be another paper the article cites",
)
def test_this_newspaper_is_not_another_paper_the_article_cites(described):
    text = (
        "The plan was first reported by the Financial Times on Monday. A spokesman for the bank told this newspaper"
        " that no decision had been made."
    )
    assert described(text).get("newspaper", (None,))[0] != "financial_times"


def test_government_after_a_named_chair_and_in_is_no_state(described):
    """A web page of the base run: "he held the Frank Erwin Centennial Chair in Government" gave the state."""
    text = IRISH + "At the university he held the Frank Erwin Centennial Chair in Government for ten years."
    assert "Government" not in described(text)
