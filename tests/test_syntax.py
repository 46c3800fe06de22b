"""The shared dependency-tree helpers."""

from __future__ import annotations

from narrative_pipeline.syntax import (
    NOUN_PHRASE_ARCS,
    climb,
    find_phrase,
    head_of,
    subject_of,
    subtree_without,
    surface_text,
    within_hops,
)
from trees import sentence, words

# "Foreign Secretary Jack Straw , who left , said ."
STRAW = sentence(
    "Foreign PROPN NNP compound 3",
    "Secretary PROPN NNP compound 3",
    "Jack PROPN NNP compound 3",
    "Straw PROPN NNP nsubj 8 PERSON",
    ", PUNCT , punct 3",
    "who PRON WP nsubj 6",
    "left VERB VBD relcl 3",
    ", PUNCT , punct 3",
    "said VERB VBD ROOT 8",
    ". PUNCT . punct 8",
)


def test_head_of_a_span_is_the_token_whose_head_lies_outside():
    toks = STRAW.tokens
    assert head_of(toks[0:4]).text == "Straw"
    assert head_of(toks).text == "said"


def test_head_of_words_only_skips_a_punctuation_head():
    quote = sentence('" PUNCT `` ROOT 0', "We PRON PRP nsubj 2", "won VERB VBD dep 0").tokens
    assert head_of(quote).text == '"'
    assert head_of(quote, words_only=True).text == "We"


def test_climb_through_noun_phrase_arcs_to_the_phrase_head():
    toks = STRAW.tokens
    assert climb(toks[2], NOUN_PHRASE_ARCS).text == "Straw"
    assert climb(toks[3], NOUN_PHRASE_ARCS).text == "Straw"  # nsubj is no noun-phrase arc
    assert climb(toks[2], {"conj"}).text == "Jack"


def test_subject_of_a_verb():
    assert subject_of(STRAW.tokens[8]).text == "Straw"
    assert subject_of(STRAW.tokens[6]).text == "who"
    assert subject_of(STRAW.tokens[3]) is None


def test_subtree_without_some_branches():
    straw = STRAW.tokens[3]
    assert [t.text for t in subtree_without(straw, {"relcl", "punct"})] == ["Foreign", "Secretary", "Jack", "Straw"]
    assert len(subtree_without(straw, set())) == 8


def test_within_hops():
    toks = STRAW.tokens
    assert within_hops(toks[5], toks[3], 2) and not within_hops(toks[5], toks[3], 1)
    assert not within_hops(toks[8], toks[3], 5)


def test_find_phrase_returns_the_first_occurrence():
    toks = words("it is said that it is expected to rain")
    assert [t.text for t in find_phrase(toks, [("is", "expected", "to"), ("it", "is")])] == ["it", "is"]
    assert find_phrase(toks, [("is", "thought")]) is None


def test_surface_text_keeps_the_spaces_of_the_parse():
    toks = words("Turkish - backed")
    toks[0].space_after = toks[1].space_after = False
    assert surface_text(toks) == "Turkish-backed"
