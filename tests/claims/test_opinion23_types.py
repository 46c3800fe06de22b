"""opinion23 (issue 12, claim type on opinion prose): evaluative adjectives and nouns of an author's judgement
("a welcome policy", "no easy feat", "arrogant and complacent") make the rules' type an assessment; an outcome noun
of the feat kind judges only after a copula; interview transcripts' speaker labels are left as a strict xfail."""

from __future__ import annotations

import pytest


# evaluative words of opinion prose near the clause root (claims_lexicon.yaml `evaluative_words`)
@pytest.mark.parametrize(
    "body",
    [
        "It is true that the scheme is a laudable policy.",
        "The party was riding high, arrogant and complacent.",
        "The ruling was a troubling sign for the opposition.",
        "What followed was deeply disturbing.",
        "The punishments were hasty and disproportionate.",
    ],
)
def test_evaluative_word_of_opinion_prose(one, body):
    claim = one(body)
    assert claim.claim_type == "assessment"


# 'feat' judges after a copula ("was no easy feat"); as the result a sentence names it is an event, as the other
# outcome nouns are ("He achieved the feat in 2004")
def test_feat_after_a_copula_judges(one):
    claim = one("Her re-election was no easy feat.")
    assert claim.type_rule == "evaluative-word"
    assert claim.claim_type == "assessment"


def test_feat_as_a_result_is_an_event(one):
    claim = one("He achieved the feat in 2004 at the age of 19.")
    assert claim.type_rule != "evaluative-word"
    assert claim.claim_type == "event"


# interview transcripts: a paragraph opened by a speaker label ("Mr Malone: Groups don't always ...") is that
# speaker's answer; the rules give it to the author (claims-opinion23.jsonl: 6 of economist.com.thinking's 13 units)
@pytest.mark.xfail(strict=True, reason="a transcript's speaker label is no attribution the rules read (opinion23)")
def test_interview_speaker_label_gives_the_claimer(claims_of):
    claims = claims_of(
        "The Economist: Why do groups decide better?\n\n"
        "Mr Malone: Groups often make better decisions when they combine different skills. "
        "None of these factors was significant."
    )
    assert claims and all(c.claimer_kind == "actor" for c in claims)
