"""claims49 (issue 12, claims.rules.v57): an interview's labelled turn runs on over the paragraphs after its label
that open with no label of their own ('Mr Malone: Groups don't always ...' then 'Women—on average—are slightly higher
...': his answer's second paragraph; opinion23 labels such paragraphs his), up to the next label, a heading line or a
line with no word (`discourse.speaker_labels`, `turn_paragraphs`). The classifier keeps such a claim its speaker's, as
it keeps an embedded post's (`classify.relabel.ACTOR_RULES`). Made-up text in economist.com.thinking's shape."""

from __future__ import annotations

INTERVIEW = (
    "The Economist: Why do groups decide better than individuals?\n\n"
    "Mr Malone: Groups often make better decisions when they combine different skills.\n\n"
    "Women are slightly higher on the measure of social perceptiveness than men. That sounds like equality to me.\n\n"
    "The Economist: You argue that connected groups are smarter than machines. Please explain.\n\n"
    "Mr Malone: Even the most advanced systems have only specialised intelligence.\n\n"
    "* * *\n\n"
    "An Excerpt From The Book\n\n"
    "The study was carried out in three American cities over two years."
)


def _by_start(claims, words: str):
    (claim,) = [c for c in claims if words in c.text]
    return claim


def test_a_turn_runs_on_over_the_paragraphs_after_its_label(claims_of):
    claims, _ = claims_of(INTERVIEW)
    for words in ("Women are", "That sounds"):
        claim = _by_start(claims, words)
        assert (claim.claimer_kind, claim.claimer_text, claim.claimer_rule) == ("actor", "Mr Malone", "speaker-label")


def test_a_turn_ends_at_the_next_label_and_at_a_break_or_heading(claims_of):
    claims, _ = claims_of(INTERVIEW)
    # the interviewer's turn (a label that names no person) is not the last answer's
    assert _by_start(claims, "You argue").claimer_text != "Mr Malone"
    # after '* * *' and a heading the page goes on in its own voice
    assert _by_start(claims, "The study was carried out").claimer_kind == "author"


def test_a_whos_who_list_still_names_no_speaker_for_the_paragraph_after(claims_of):
    """review24's profile list: each label once and no question, so no transcript and no turn to run on."""
    claims, _ = claims_of(
        "Mr Brown: The chancellor has run the Treasury since 1997.\n\n"
        "Mr Milburn: The former health secretary returns to the cabinet.\n\n"
        "Both men will report to the prime minister every week."
    )
    assert _by_start(claims, "Both men").claimer_kind == "author"
