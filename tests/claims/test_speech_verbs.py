"""Verbs and subjects of speech the claimer rules read (claims.rules.v11): manner-of-speaking verbs,
'touted/tipped X as Y', 'quoted X as saying', speech acts of a verb and a word ('paid tribute',
'made clear'), a criticism of a plan, a directive whose person the parser hangs on the infinitive, an
age used as a noun. The sentences are made up for the construction."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        ("The timing was wrong, the minister stammered.", "minister"),
        ('"We were robbed," the manager muttered.', "manager"),
        ("The council challenged Mr Jones to resign before the vote.", "council"),
        ("The 24-year-old told reporters that he would stay at the club.", "24-year-old"),
        ("Coach Ann Lee has touted the teenager as a future champion.", "Coach Ann Lee"),
        ("Analysts tipped the phone as the best seller of the year.", "Analysts"),
        ("The bank will close ten branches, Reuters quoted officials as saying.", "Reuters"),
        ("The union congratulated the nurses on their victory.", "union"),
        ("The envoy stressed the importance of the talks.", "envoy"),
        ("The senator attacked the plans to close the base.", "senator"),
        ("The coach paid tribute to the fans after the match.", "coach"),
        ("The ministry made clear that the border would stay shut.", "ministry"),
        ("Microsoft flagged up two flaws in its browser.", "Microsoft"),
        ("The mayor cautioned drivers against using the bridge.", "mayor"),
        ("The athlete has always protested his innocence.", "athlete"),
    ],
)
def test_a_speech_verb_or_speaker_names_the_claimer(one, body, claimer):
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", claimer)


@pytest.mark.parametrize(
    "body",
    [
        "He tipped the waiter generously.",
        "Fans shouted at the referee.",
        "Shares were quoted at 50p on Monday.",
        "The coach challenged the ruling in court.",
        "The old man walked to the shop.",
        "He paid the bill on Monday.",
        "The firm made a profit last year.",
        "Troops attacked the town at dawn.",
    ],
)
def test_the_same_words_without_speech_name_no_claimer(one, body):
    assert one(body).claimer_kind == "author"


@pytest.mark.parametrize(
    "body",
    [
        "The minister did not say whether the plant would close.",
        "The firm refused to say if it would appeal the ruling.",
        "A spokeswoman declined to comment on the report.",
    ],
)
def test_a_withheld_reporting_verb_leaves_the_claim_to_the_author_and_says_so(one, body):
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_rule) == ("author", "withheld-speech")
    assert claim.claimer_cue in {"say", "comment"}


def test_a_negated_verb_that_is_not_one_of_saying_is_no_withheld_speech(one):
    assert one("He could not maintain the pace over the final lap.").claimer_rule == "author-default"


def test_a_negated_reporting_verb_with_content_still_reports(one):
    claim = one("He did not say the plan had failed.")
    assert (claim.claimer_kind, claim.claimer_rule) == ("actor", "reporting-verb")
