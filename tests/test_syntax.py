"""The shared dependency-tree helpers."""

from __future__ import annotations

from narrative_pipeline.syntax import (
    NOUN_PHRASE_ARCS,
    active_subject,
    child,
    climb,
    find_phrase,
    head_of,
    heads_of,
    is_main_verb,
    is_passive,
    is_verb,
    prep_object,
    span_tokens,
    subject_of,
    subtree_end,
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


# "The deal was signed by Russia with Turkey ."
SIGNED = sentence(
    "The DET DT det 1",
    "deal NOUN NN nsubjpass 3",
    "was AUX VBD auxpass 3",
    "signed VERB VBN ROOT 3",
    "by ADP IN agent 3",
    "Russia PROPN NNP pobj 4 GPE",
    "with ADP IN prep 3",
    "Turkey PROPN NNP pobj 6 GPE",
    ". PUNCT . punct 3",
)


def test_child_is_the_first_child_with_one_of_the_arcs():
    signed = SIGNED.tokens[3]
    assert child(signed, "agent", "prep").text == "by"
    assert child(signed, "prep").text == "with"
    assert child(signed, "dobj") is None


def test_an_auxiliary_is_a_verb_but_no_main_verb():
    was, signed = SIGNED.tokens[2], SIGNED.tokens[3]
    assert is_verb(was) and not is_main_verb(was)
    assert is_verb(signed) and is_main_verb(signed)


def test_active_subject_prefers_the_nominal_subject_over_a_clausal_one():
    # "Struggling , X has struck"
    struck = sentence(
        "Struggling VERB VBG csubj 3", "X PROPN NNP nsubj 3", "has AUX VBZ aux 3", "struck VERB VBN ROOT 3"
    ).tokens[3]
    assert active_subject(struck).text == "X"
    assert subject_of(struck).text == "Struggling"  # the first subject, whatever its kind


def test_passive_by_auxiliary_or_as_a_participle_modifier():
    assert is_passive(SIGNED.tokens[3])
    assert not is_passive(STRAW.tokens[8])
    # "the banned drug": a past participle modifying a noun
    banned = sentence("the DET DT det 2", "banned VERB VBN amod 2", "drug NOUN NN ROOT 2").tokens[1]
    assert is_passive(banned)


def test_prep_object_tries_the_prepositions_in_the_order_given():
    signed = SIGNED.tokens[3]
    prep, obj = prep_object(signed, ("with", "by"))
    assert (prep.text, obj.text) == ("with", "Turkey")
    assert prep_object(signed, ("by",))[1].text == "Russia"
    assert prep_object(signed, ("against",)) is None


def test_span_tokens_and_their_heads():
    toks = STRAW.tokens
    inside = span_tokens(toks, toks[2].start, toks[3].end)
    assert [t.text for t in inside] == ["Jack", "Straw"]
    assert span_tokens(toks, toks[2].start + 1, toks[3].end) == [toks[3]]  # a token cut by the span is out
    assert [t.text for t in heads_of(toks[3:7])] == ["Straw"]
    assert [t.text for t in heads_of([toks[0], toks[8]])] == ["Foreign", "said"]


def test_subtree_without_following_branches_only_and_without_one_branch():
    straw = STRAW.tokens[3]
    assert [t.text for t in subtree_without(straw, {"compound"}, following_only=True)][:4] == [
        "Foreign",
        "Secretary",
        "Jack",
        "Straw",
    ]
    assert [t.text for t in subtree_without(straw, {"relcl", "punct"}, skip=STRAW.tokens[0])] == [
        "Secretary",
        "Jack",
        "Straw",
    ]
    assert subtree_end(straw) == 7
