"""speed33: `iter_phrases` looks a token's `lower` text up among the written forms of the phrases' first words
(each straight apostrophe kept or written ’) and makes the words after it plain once a call; it finds what it
found before, in the same order, on every apostrophe case (speed23's reference, `old_iter_phrases`)."""

from __future__ import annotations

import random

import pytest
from narrative_pipeline import syntax
from narrative_pipeline.lexicon import MAX_PHRASE_APOSTROPHES, _phrases
from narrative_pipeline.syntax import find_phrase, iter_phrases, written_forms
from test_speed23 import PHRASES as SPEED23_PHRASES
from test_speed23 import old_iter_phrases
from trees import words

PHRASES = (
    *SPEED23_PHRASES,  # speed23's cases, then the apostrophe cases of speed33
    ("'",),  # a lone straight mark: a lone ’ matches it
    ("rock", "'n'", "roll"),  # two apostrophes in a later word
    ("o'neill's", "men"),  # two in the first word
    ("don’t", "care"),  # a first word written with ’: never matched (a token's plain text has none)
)


def found(tokens, phrases):
    return [[t.i for t in f] for f in iter_phrases(tokens, phrases)]


def reference(tokens, phrases):
    return [[t.i for t in f] for f in old_iter_phrases(tokens, phrases)]


def test_written_forms_keep_or_curl_each_straight_apostrophe():
    assert written_forms("know") == ["know"]
    assert written_forms("don't") == ["don't", "don\u2019t"]
    assert sorted(written_forms("o'neill's")) == sorted(
        ["o'neill's", "o'neill\u2019s", "o\u2019neill's", "o\u2019neill\u2019s"]
    )
    assert written_forms("") == [""]


@pytest.mark.parametrize(
    "text",
    [
        "it is expected to rain",
        "we don’t know , we don't know yet",
        "let’s go and let's see , it is said it is",
        "a ’ and a ' mark",
        "rock ’n’ roll and rock 'n' roll and rock ’n' roll",
        "o’neill’s men and o'neill’s men and O'Neill's men",
        "we don’t care",
        "nothing here matches",
        "rain",
        "",
    ],
)
def test_iter_phrases_finds_what_it_found_before(text):
    toks = words(text) if text else []
    assert found(toks, PHRASES) == reference(toks, PHRASES)
    assert found(toks, list(PHRASES)) == reference(toks, PHRASES)  # phrases given as a list, not a tuple


def test_a_first_word_with_many_apostrophes_is_refused():
    """review30: more than `MAX_PHRASE_APOSTROPHES` in a first word (2 ** n writings to list) is refused where
    speed33 fell back to `_iter_phrases_plain` (removed: no shipped phrase has more than one); a lexicon file with such a
    phrase fails at load, naming the key; `MAX_PHRASE_APOSTROPHES` of them are still matched in every writing."""
    word = "'" * (MAX_PHRASE_APOSTROPHES + 1)
    with pytest.raises(ValueError, match="apostrophes"):
        list(iter_phrases(words("it"), ((word, "x"), ("it",))))
    with pytest.raises(ValueError, match="apostrophes in a phrase's first word"):
        _phrases([f"{word} x", "it"])
    most = "'" * MAX_PHRASE_APOSTROPHES
    phrases = ((most, "x"), ("it",))
    curly = most.replace("'", "\u2019")
    mixed = "\u2019'" * (MAX_PHRASE_APOSTROPHES // 2)
    toks = words(f"{most} x it {curly} x {mixed} x")
    assert len(written_forms(most)) == 2**MAX_PHRASE_APOSTROPHES
    assert found(toks, phrases) == reference(toks, phrases) == [[0, 1], [2], [3, 4], [5, 6]]


def test_iter_phrases_on_random_apostrophe_texts():
    """Near cases drawn at random: words with straight and typographic apostrophes, phrases of one to three
    words that share first words, sequences cut short."""
    rng = random.Random(33)
    vocab = ["don't", "don’t", "it", "is", "'", "’", "let's", "let’s", "know", "n't", "n’t", "yet", "o'k", "o’k"]
    plain = sorted({w.replace("\u2019", "'") for w in vocab} | {"don’t"})
    for _ in range(300):
        phrases = tuple(tuple(rng.choice(plain) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 6)))
        toks = words(" ".join(rng.choice(vocab) for _ in range(rng.randint(1, 12))))
        assert found(toks, phrases) == reference(toks, phrases)
        first = reference(toks, phrases)[:1]
        assert ([[t.i for t in find_phrase(toks, phrases)]] if first else [find_phrase(toks, phrases)]) == (
            first or [None]
        )


def test_the_written_forms_are_kept_per_phrase_set_and_not_reused_for_another():
    a = (("it", "is"),)
    b = (("is", "it"),)
    assert syntax._by_written_first(a) is syntax._by_written_first(a)
    toks = words("it is it")
    assert found(toks, a) == [[0, 1]]
    assert found(toks, b) == [[1, 2]]


# --- normalize: the token columns from `Doc.to_array` -------------------------------------------------------


def old_append_token(columns, article_id, sid, token, norm, offset):
    """`normalize._append_token` before speed33: a Token object's attributes, one token at a time."""
    start, end = norm.raw_span(token.idx, token.idx + len(token.text))
    columns["article_id"].append(article_id)
    columns["sentence_id"].append(sid)
    columns["i"].append(token.i + offset)
    columns["start"].append(start)
    columns["end"].append(end)
    columns["text"].append(norm.text[token.idx : token.idx + len(token.text)])
    columns["lemma"].append(token.lemma_)
    columns["pos"].append(token.pos_)
    columns["tag"].append(token.tag_)
    columns["dep"].append(token.dep_)
    columns["head"].append(token.head.i + offset)
    columns["ent_type"].append(token.ent_type_)
    columns["ent_iob"].append(token.ent_iob_)
    columns["space_after"].append(bool(token.whitespace_))


def token_columns_both_ways(doc, norm, offset=7):
    from narrative_pipeline.normalize import _append_tokens, empty_token_columns, token_rows

    old, new = empty_token_columns(), empty_token_columns()
    rows = token_rows(doc)
    for k, sent in enumerate(doc.sents):
        for token in doc[sent.start : sent.end]:
            old_append_token(old, "a1", f"s{k}", token, norm, offset)
        _append_tokens(new, "a1", f"s{k}", doc, rows, sent.start, sent.end, norm, offset)
    return old, new


TEXTS = [
    "The minister said on Tuesday that taxes would rise by $32m. However, Labour’s leader, Mr Smith, disagreed.",
    "“We don’t know,” she said.  It is — as ever — unclear (for now) whether the U.N. will act in New York.",
    "Rock ’n’ roll! O’Neill’s men won 3-2 at Old Trafford, and Manchester United’s fans cheered.",
    "x",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_token_columns_are_what_the_token_objects_gave(nlp, text):
    from narrative_pipeline.nlp import parse
    from narrative_pipeline.textnorm import normalize

    norm = normalize(text, offset=3)
    (doc,) = list(parse(nlp, [(norm.text, frozenset())], 8))
    old, new = token_columns_both_ways(doc, norm)
    assert new == old
    assert {name: [type(v) for v in column] for name, column in new.items()} == {
        name: [type(v) for v in column] for name, column in old.items()
    }
    if text != "x":  # heads before and after the token, entities begun and outside
        assert any(h < i for h, i in zip(new["head"], new["i"], strict=True))
        assert any(h > i for h, i in zip(new["head"], new["i"], strict=True))
        assert any(new["ent_type"]) and "B" in new["ent_iob"] and "O" in new["ent_iob"]


def test_the_token_columns_of_a_pipeline_without_tagger_parser_or_entities():
    """A blank pipeline sets no lemma, tag, dependency or entity: the empty strings and each token its own head."""
    import spacy
    from narrative_pipeline.textnorm import normalize

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    norm = normalize("One sentence here. And another one, with a comma.", offset=0)
    doc = nlp(norm.text)
    old, new = token_columns_both_ways(doc, norm, offset=0)
    assert new == old
    assert set(new["pos"]) == {""} and new["head"] == new["i"]


def test_phrases_given_as_a_list_leave_nothing_in_the_caches():
    """review30 (low): a list (or generator) of phrases was made a new tuple at every call and kept, with its index,
    in the per-phrase-set caches for good (the tuple held so its id is never reused): memory that grew with each call.
    No pipeline caller passes one (the lexicons' phrases are tuples); tuples are still kept, once."""
    toks = words("it is it")
    sizes = (len(syntax._BY_WRITTEN_FIRST), len(syntax._BY_FIRST_WORD))
    for _ in range(50):
        assert found(toks, [("it", "is")]) == [[0, 1]]
    assert (len(syntax._BY_WRITTEN_FIRST), len(syntax._BY_FIRST_WORD)) == sizes
    kept = (("is", "it"), ("it",))
    for _ in range(3):
        assert found(toks, kept) == [[0], [1, 2], [2]]
    assert len(syntax._BY_WRITTEN_FIRST) == sizes[0] + 1
