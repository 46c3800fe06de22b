"""fix61 (issue 12, review61 8, 9, 11): `newsroom-finding` reads the subject's name, not its whole phrase.

The newsroom word was looked for anywhere in the subject's subtree, so a learner a newsroom word only describes or
follows ("Online shoppers", "A farmer who spoke to BBC News Online", "Viewers of the programme") was made the
claimer. Now only the subject's head and its compound, possessive and flat words count (claims/verbs.py
`_name_words`), matched by form or by lemma ("Journalists have learned"). And three pieces of the rule's wiring no
test covered (review61 11): the `relcl` exclusion, the `SPEECH_CUES` entry and the `SPEAKER_FRAMES` entry.
"""

from __future__ import annotations

import pytest


def _rules(claims):
    return [c.claimer_rule for c in claims]


@pytest.mark.parametrize(
    "body",
    [
        "Online shoppers have learned that prices rise sharply before Christmas.",
        "A farmer who spoke to BBC News Online learned last week that his herd would be culled.",
        "Viewers of the programme learned that the presenter had been sacked.",
    ],
)
def test_a_learner_a_newsroom_word_only_describes_is_no_newsroom(claims_of, body):
    for c in claims_of(body)[0]:
        assert c.claimer_rule != "newsroom-finding" and c.claimer_kind == "author", (c.text, c.claimer_text)


@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        ("Journalists have learned that the minister will resign next week.", "Journalists"),
        ("Reporters learned that the bank would cut 2,000 jobs.", "Reporters"),
        ("The BBC's political editor has learned that the election will be on 5 May.", "political editor"),
    ],
)
def test_a_newsroom_named_by_its_head_or_a_plural_is_the_claimer(claims_of, body, claimer):
    c = claims_of(body)[0][-1]
    assert c.claimer_rule == "newsroom-finding" and claimer in (c.claimer_text or ""), (c.claimer_rule, c.claimer_text)


def test_a_relative_clause_of_learning_is_left_to_the_relative_rule(claims_of):
    """`newsroom_report` leaves a learning verb of a relative clause alone (`relcl`)."""
    rules = _rules(
        claims_of("The report, which the BBC has learned will be published next week, criticises the police.")[0]
    )
    assert "newsroom-finding" not in rules and "relative-reporting" in rules, rules


def test_the_next_sentence_continues_the_newsrooms_report(claims_of):
    """The `SPEECH_CUES` entry: the sentence after a newsroom's finding is the newsroom's, as after a speaker's."""
    claims = claims_of("The BBC has learned that the minister will resign. It would be his second resignation.")[0]
    second = [c for c in claims if "second resignation" in c.text]
    assert second and second[0].claimer_kind == "actor" and "BBC" in (second[0].claimer_text or ""), [
        (c.text, c.claimer_rule, c.claimer_text) for c in claims
    ]


def test_a_newsrooms_frame_outranks_an_according_to_phrase(claims_of):
    """The `SPEAKER_FRAMES` entry: the newsroom's verb, not "according to police figures", names the claimer."""
    c = claims_of("The BBC has learned that crime rose by 5% last year, according to police figures.")[0][-1]
    assert c.claimer_rule == "newsroom-finding" and "BBC" in (c.claimer_text or ""), (c.claimer_rule, c.claimer_text)
