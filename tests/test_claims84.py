"""Two sentences the source ran together where it lost a full stop are two sentences (claims84; normalize.parse.v3).

claims82 found BBC claim units holding two sentences ("... he added Figures published last week showed ...", "... in
violation of copyright law It added that ..."): a reader of such a row reads two claims as one, and the gold, made
sentence by sentence, has two. The parse splits them where a lower-case word is followed by a capitalised word of a
closed class (or a common noun after a closing speech tag) that opens a finite clause with its own subject
(`nlp.run_on_starts`); never inside a title, a name or a reported clause."""

from __future__ import annotations

import pytest


def _body(parse, text: str) -> list[str]:
    article = parse("A headline that is never a claim\n\n" + text + "\n")
    return [s.record.text for s in article.sents if s.record.role == "body"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "The court said the music was clearly published in violation of copyright law It added that the case was "
            "decided on the evidence.",
            "The court said the music was clearly published in violation of copyright law",
        ),
        (
            "Broadband users are logging on at high speed They spend twice as long online as people on dial-up.",
            "Broadband users are logging on at high speed",
        ),
        (
            "The airline agreed a tie-up with Air New Zealand last year However, the deal was thrown out by the "
            "regulator.",
            "The airline agreed a tie-up with Air New Zealand last year",
        ),
        (
            "No date has been set for a commercial launch The newly-designed chip set was announced on Monday.",
            "No date has been set for a commercial launch",
        ),
        (
            "Only four of the 12 were Muslim, he added Figures published last week showed that people from ethnic "
            "minorities were stopped more often.",
            "Only four of the 12 were Muslim, he added",
        ),
    ],
)
def test_two_sentences_run_together_are_split(parse, text, first):
    sentences = _body(parse, text)
    assert len(sentences) == 2
    assert sentences[0] == first
    assert " ".join(sentences) == text


def test_a_quotation_run_together_splits_inside_it(parse):
    text = '"She was just an absolutely favourite client She never complained about anything," her agent said.'
    assert _body(parse, text) == [
        '"She was just an absolutely favourite client',
        'She never complained about anything," her agent said.',
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police say The Game's associates may have heard the interview.",  # a title after a reporting verb
        "He said No 10 did not disclose any security advice.",  # a name that opens with a closed-class word
        "Mr Prescott said MPs were entitled to complain about discipline.",  # a capitalised noun opening a report
        "Ms Blears said the study shows CSOs are making a real difference.",
        "Sledge was introduced citing his best-known hit When a Man Loves a Woman as one of the best.",
        "She made her name in the popular Carry On films alongside fellow regulars.",
        "The band played hits including Where the Streets Have No Name to the crowd.",
        "He wanted to see Kiely get down well to smother the shot.",
        "The Prime Minister said the European Union would not change its rules.",
        "The US Army said it would investigate.",
        '"It is true," he said Tuesday.',  # a closing speech tag before a date: no clause
    ],
)
def test_titles_names_and_reported_clauses_stay_one_sentence(parse, text):
    assert _body(parse, text) == [text]


def test_a_headline_line_is_never_split(parse):
    article = parse("Firm hit by losses last year It says recovery is near\n\nThe firm reported losses.\n")
    heads = [s.record.text for s in article.sents if s.record.role == "headline"]
    assert heads == ["Firm hit by losses last year It says recovery is near"]
