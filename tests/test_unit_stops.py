"""A sentence ending in an amount or measure with a one-letter unit ("cost $32m. However, ...") ends
there: spaCy's English tokenizer keeps "m." whole (an initial to it), so the parser joined the two
sentences (seg18; news/entertainment/original-exorcist-to-be-screened.txt and 60 more BBC sentences)."""

from __future__ import annotations

import pytest
from narrative_pipeline.nlp import _split_unit_stops, unit_stops


def _body(parse, text: str) -> list[str]:
    article = parse("Headline\n\n" + text + "\n")
    return [s.record.text for s in article.sents if s.record.role == "body"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Principal footage was shot in Morocco and Rome at a reported cost of $32m. However, in August 2003 "
            "it emerged that the film had been shelved.",
            "Principal footage was shot in Morocco and Rome at a reported cost of $32m.",
        ),
        (
            "The scheme has cost £885m. Those missing out will be compensated, ministers said.",
            "The scheme has cost £885m.",
        ),
        (
            "Holmes did not run in the men's 3000m. Meanwhile, Radcliffe pulled out.",
            "Holmes did not run in the men's 3000m.",
        ),
        (
            "Subscribers get an upgrade to 512K. The cable operators agreed the deal.",
            "Subscribers get an upgrade to 512K.",
        ),
        ('The firm earned $5m. "We are pleased," the chairman said.', "The firm earned $5m."),
    ],
)
def test_a_sentence_ending_in_a_number_and_a_one_letter_unit_ends_there(parse, text, first):
    sentences = _body(parse, text)
    assert len(sentences) == 2
    assert sentences[0] == first


def test_the_period_after_the_unit_is_a_token_of_its_own(parse):
    article = parse("Headline\n\nThe film cost $32m. However, it was shelved.\n")
    words = [t.text for s in article.sents for t in s.tokens]
    assert "m." not in words
    assert words[words.index("32") : words.index("32") + 3] == ["32", "m", "."]


def test_abbreviations_initials_and_units_inside_a_sentence_stay_whole(parse):
    text = "Mr. Smith met J. K. Rowling in the U.S. at 10 a.m. on Monday, read p. 12 and paid $5m. to them."
    assert _body(parse, text) == [text]
    assert unit_stops(text) == frozenset()


def test_only_a_period_after_a_digit_and_one_letter_before_a_capital_is_a_stop():
    assert unit_stops("It cost $32m. However") == frozenset({12})
    assert unit_stops("Jay-Z. Soul singers and Ant and Dec. Natalie") == frozenset()  # no digit: left to spaCy
    assert unit_stops("it weighs 10kg. The box") == frozenset()  # "kg." is split by spaCy itself
    assert unit_stops("it cost $32m. and more") == frozenset()
    assert unit_stops("Room 5B.") == frozenset()


def test_the_split_needs_only_spacys_english_tokenizer_not_the_model():
    """Any English pipeline (the official en_core_web_sm too) tokenizes as spacy.blank("en") does."""
    import spacy
    from narrative_pipeline.nlp import _split_unit_stops

    text = "It cost $32m. However, it was shelved."
    doc = spacy.blank("en").make_doc(text)
    assert "m." in [t.text for t in doc]
    split = _split_unit_stops(doc, unit_stops(text))
    assert split.text == text
    assert [t.text for t in split][:6] == ["It", "cost", "$", "32", "m", "."]
    assert split[6].text == "However" and split[6].is_sent_start


def test_the_split_doc_keeps_the_tokenizers_norms():
    """The tokenizer's special cases give norms ("n't" -> "not", "'re" -> "are") that a Doc built from words lacks:
    every token the split leaves whole keeps the norm the tokenizer gave it (the lead, session 18)."""
    import spacy

    nlp = spacy.blank("en")
    text = "He didn't say it cost £32m. They're here."
    whole = nlp.make_doc(text)
    split = _split_unit_stops(whole, unit_stops(text))
    words = ["He", "did", "n't", "say", "it", "cost", "£", "32", "m", ".", "They", "'re", "here", "."]
    assert [t.text for t in split] == words
    norms = {t.text: t.norm_ for t in split}
    assert (norms["did"], norms["n't"], norms["'re"]) == ("do", "not", "are")
    given = {(t.idx, t.text): t.norm_ for t in whole}
    same = [t for t in split if (t.idx, t.text) in given]
    assert len(same) == len(whole) - 1  # all but "m.", which is split
    assert [t.norm_ for t in same] == [given[(t.idx, t.text)] for t in same]
