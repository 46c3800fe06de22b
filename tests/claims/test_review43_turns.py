"""review43: review42's interview turns (`discourse.turn_paragraphs`, claims.rules.v63) take any unlabelled paragraph
that closes on a question for the interviewer's: an answer's paragraph that closes on a rhetorical question ends the
speaker's turn, and the answer's next paragraph falls to the author. Made-up text in economist.com.thinking's shape."""

from __future__ import annotations

import pytest

RHETORICAL = (
    "The Economist: Why do groups decide better than individuals?\n\n"
    "Mr Malone: Groups often make better decisions when they combine different skills.\n\n"
    "Women are slightly higher on the measure of social perceptiveness than men, and who would doubt it?\n\n"
    "Diverse groups also share information more freely.\n\n"
    "The Economist: Are machines smarter?\n\n"
    "Mr Malone: Even the most advanced systems have only specialised intelligence."
)


@pytest.mark.xfail(
    strict=True,
    reason="an answer's paragraph closing on a rhetorical question ('..., and who would doubt it?') reads as the "
    "interviewer's unlabelled question (review42's `asks`), so the answer's next paragraph is the author's; no sign "
    "on the page tells the two apart robustly ('Machines will soon decide better. Is that wrong?' is the interviewer's)",
)
def test_an_answers_rhetorical_question_does_not_end_the_turn(claims_of):
    claims, _ = claims_of(RHETORICAL)
    (claim,) = [c for c in claims if "share information" in c.text]
    assert claim.claimer_text == "Mr Malone"
