"""opinion23 (issue 12, claim type on opinion prose): evaluative adjectives and nouns of an author's judgement
("a welcome policy", "no easy feat", "arrogant and complacent") make the rules' type an assessment; an outcome noun
of the feat kind judges only after a copula; interview transcripts' speaker labels, a strict xfail here, give the
claimer since xfix24 (`discourse.speaker_labels`)."""

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
# speaker's answer (claims-opinion23.jsonl: 6 of economist.com.thinking's 13 units); the rules gave it to the author
# until xfix24 (`discourse.speaker_labels`: a person's mention and a colon opening the paragraph)
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The Economist: Why do groups decide better?\n\n"
            "Mr Malone: Groups often make better decisions when they combine different skills. "
            "None of these factors was significant.",
            "Mr Malone",
        ),
        (
            "Interviewer: What went wrong in the campaign?\n\n"
            "Ms Jenkins: The party ran out of money in the last month. Its leaders chose the wrong seats.",
            "Ms Jenkins",
        ),
    ],
)
def test_interview_speaker_label_gives_the_claimer(claims_of, body, speaker):
    claims, _ = claims_of(body)
    assert claims and all((c.claimer_kind, c.claimer_text) == ("actor", speaker) for c in claims)


def test_near_case_a_list_item_label_is_no_speaker(claims_of):
    claims, _ = claims_of("- Michael Howard: The Road To Power is being shown on BBC Two on Saturday.")
    assert all(c.claimer_kind == "author" for c in claims)


def test_near_case_a_label_naming_no_person_is_no_speaker(claims_of):
    claims, _ = claims_of("Background: The dam was built in 1970 and supplies water to two million people.")
    assert all(c.claimer_kind == "author" for c in claims)
