"""review42 (claims.rules.v63): claims49's interview turns (`discourse.turn_paragraphs`) run on over an unlabelled
paragraph only while the interview goes on after it (another label, or a paragraph closing on a question, follows
before a break, a heading or the page's end): the page's own paragraphs after the last answer are not the last
speaker's, nor is the interviewer's unlabelled question. Made-up text in economist.com.thinking's shape."""

from __future__ import annotations

AFTER_THE_LAST_ANSWER = (
    "The Economist: Why do groups decide better than individuals?\n\n"
    "Mr Malone: Groups often make better decisions when they combine different skills.\n\n"
    "The Economist: Are machines smarter?\n\n"
    "Mr Malone: Even the most advanced systems have only specialised intelligence.\n\n"
    "His book Superminds is published by Little, Brown and costs $28."
)

QUESTION_UNLABELLED = (
    "The Economist: Why do groups decide better than individuals?\n\n"
    "Mr Malone: Groups often make better decisions when they combine different skills.\n\n"
    "Women are slightly higher on the measure of social perceptiveness than men.\n\n"
    "Machines will soon decide better than any group. Is that wrong?\n\n"
    "Mr Malone: Even the most advanced systems have only specialised intelligence."
)


def _by_words(claims, words: str):
    (claim,) = [c for c in claims if words in c.text]
    return claim


def test_the_pages_own_paragraph_after_the_last_answer_is_not_the_speakers(claims_of):
    claims, _ = claims_of(AFTER_THE_LAST_ANSWER)
    claim = _by_words(claims, "Superminds is published")
    assert (claim.claimer_kind, claim.claimer_rule) == ("author", "author-default")
    # near case: the last answer's own labelled paragraph stays his
    assert _by_words(claims, "specialised intelligence").claimer_text == "Mr Malone"


def test_an_unlabelled_question_ends_the_turn_and_the_paragraphs_before_it_stay_his(claims_of):
    claims, _ = claims_of(QUESTION_UNLABELLED)
    assert _by_words(claims, "Machines will soon").claimer_text != "Mr Malone"
    claim = _by_words(claims, "Women are slightly higher")  # near case: the answer's second paragraph
    assert (claim.claimer_text, claim.claimer_rule) == ("Mr Malone", "speaker-label")
