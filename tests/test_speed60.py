"""speed60: cuts that change no output byte (issue 12's 5 %).

- fix82's tokenizer wrap (`nlp.keep_entities`): its prefix search asks `leading_symbol` only of a piece that opens
  with "&#" (main: of every piece the tokenizer splits, on every article parsed); what it returns is main's.
- actors90's `resolution.kin_given_names` reads the page's titled words (`_titled_surnames`, a pass over every
  token) only when a kin noun's given name needs them, not for every article.
- fix74's `roles.quote_claimers` reads a sentence's words only up to its first unquoted one (main: a list of every
  word of every sentence); the sentences it takes for wholly quoted are main's.
- web78's `pagelines.foreign_sentences` asks its set of foreign words before it calls `_foreign_word` (main: a call
  for every token of every page).
- actors90's `candidates.occupation_at` asks no occupation of an entity that does not end in a name's word; fix80's
  `predicates.clause_marks` asks for a mark right after the verb before it reads the clause for its "to".
"""

from __future__ import annotations

import random
import re
from types import SimpleNamespace

import pytest
from narrative_pipeline import nlp
from narrative_pipeline.actors import pagelines, resolution
from narrative_pipeline.actors.context import ArticleInfo
from narrative_pipeline.narratives import roles
from narrative_pipeline.parsed import Tok

OWN_PREFIX = re.compile(r"""^(?:[\(\["'“‘$£&]|\.\.\.)""").search


def _tokenizer() -> SimpleNamespace:
    """A tokenizer's two searches as `keep_entities` finds them (English's own have no token match)."""
    tok = SimpleNamespace(token_match=None, prefix_search=OWN_PREFIX)
    nlp.keep_entities(tok)
    return tok


def _span(found) -> tuple[int, int] | None:
    return found.span() if found is not None else None


def _old_prefix_search(text: str):
    """Main's wrapped prefix search before speed60, word for word (`own_prefix` = `OWN_PREFIX`)."""
    found = nlp.leading_symbol(text)
    if found is not None:
        return found
    return OWN_PREFIX(text)


def test_the_prefix_search_asks_for_a_leading_symbol_only_of_a_piece_opening_with_a_reference(monkeypatch):
    asked = []
    real = nlp.leading_symbol

    def counted(text):
        asked.append(text)
        return real(text)

    tok = _tokenizer()
    monkeypatch.setattr(nlp, "leading_symbol", counted)
    for piece in ("(Reuters", "said", "£8m", '"We', "café", "&amp;"):
        assert _span(tok.prefix_search(piece)) == _span(OWN_PREFIX(piece))
    assert asked == []  # main: one call for each of the six
    found = tok.prefix_search("&#163;8m")
    assert asked == ["&#163;8m"] and found is not None and found.group() == "&#163;"
    assert tok.prefix_search("&#233;t&#233;").group() == "&"  # a letter's reference: the tokenizer's own prefix


PIECES = ["&#", "&#163;", "&#233;", "&#x41;", "&#9999999;", "&#;", "&", "#", ";", "(", "a", "B", "8", "m", "£", "'"]


@pytest.mark.parametrize("seed", range(40))
def test_the_prefix_search_returns_main_s_match(seed):
    """Random pieces of references, letters, digits and marks: the same match (or none) as main's search."""
    rng = random.Random(6000 + seed)
    tok = _tokenizer()
    for _ in range(50):
        piece = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 5)))
        assert _span(tok.prefix_search(piece)) == _span(_old_prefix_search(piece)), piece


def test_the_parse_keeps_a_reference_s_word_whole(nlp_pipeline):
    """Through the real tokenizer: a letter's reference stays inside its word, a symbol's is split off as "£" is."""
    doc = nlp_pipeline.make_doc('"It is for the risqu&#233; consumer," he said of the &#163;8m deal.')
    words = [t.text for t in doc]
    assert "risqu&#233;" in words and "&#163;" in words and ";" not in words


@pytest.fixture(scope="module")
def nlp_pipeline():
    from narrative_pipeline.settings import PipelineConfig

    return nlp.load_pipeline(PipelineConfig().spacy_model)


@pytest.fixture(scope="module")
def actors_lex():
    from pathlib import Path

    from narrative_pipeline.actors.lexicon import load_actors_lexicon

    root = Path(__file__).resolve().parents[1]
    return load_actors_lexicon(root / "config/actors_lexicon.yaml", root / "config/claims_lexicon.yaml")


def test_kin_given_names_read_no_titled_word_without_a_kin_s_given_name(actors_lex, monkeypatch):
    """No candidate is a given name in apposition to a kin noun: the page's titled words are not read (main: read
    for every article)."""

    def refused(toks, titles):
        raise AssertionError("the titled words read with no kin noun's given name to check")

    monkeypatch.setattr(resolution, "_titled_surnames", refused)
    toks = {0: Tok(0, 0, 2, "Mr", "mr", "PROPN", "NNP", "compound", 1, "", "O", True, 0, "mr")}
    assert resolution.kin_given_names(None, [], toks, actors_lex) == {}  # type: ignore[arg-type]


class _Guarded(list):
    """A sentence's tokens that may be read only up to `limit` of them."""

    def __init__(self, toks, limit):
        super().__init__(toks)
        self.limit = limit

    def __iter__(self):
        for k, tok in enumerate(list.__iter__(self)):
            if k >= self.limit:
                raise AssertionError("a sentence's words read past its first unquoted one")
            yield tok


def _toks(words: list[tuple[str, str]]) -> list[Tok]:
    return [Tok(i, i, i + 1, w, w.lower(), pos, pos, "dep", i, "", "O", True, 0, w.lower()) for i, (w, pos) in
            enumerate(words)]  # fmt: skip


def test_quote_claimers_read_a_sentence_only_to_its_first_unquoted_word():
    toks = _toks([('"', "PUNCT"), ("He", "PRON"), ("won", "VERB"), ("the", "DET"), ("race", "NOUN"), (".", "PUNCT")])
    article = SimpleNamespace(sents=[SimpleNamespace(tokens=_Guarded(toks, 2))], tokens=toks)
    assert roles.quote_claimers(article, [], frozenset({0, 5}), None) == {}  # type: ignore[arg-type]


def _old_wholly_quoted(tokens: list[Tok], quoted: frozenset[int]) -> bool:
    """Main's test in `quote_claimers` before speed60, word for word (true: the sentence is taken)."""
    words = [t for t in tokens if t.pos != "PUNCT"]
    return not (not words or any(t.i not in quoted for t in words))


@pytest.mark.parametrize("seed", range(40))
def test_wholly_quoted_sentences_are_main_s(seed):
    rng = random.Random(6100 + seed)
    toks = _toks(
        [(rng.choice(["a", ",", '"']), rng.choice(["PUNCT", "NOUN", "VERB"])) for _ in range(rng.randint(0, 9))]
    )
    for _ in range(20):
        quoted = frozenset(t.i for t in toks if rng.random() < 0.8)
        assert roles._wholly_quoted(toks, quoted) == _old_wholly_quoted(toks, quoted)


def test_foreign_sentences_call_foreign_word_only_for_a_word_of_the_set(monkeypatch):
    calls = []
    real = pagelines._foreign_word

    def counted(t, foreign):
        calls.append(t.text)
        return real(t, foreign)

    monkeypatch.setattr(pagelines, "_foreign_word", counted)
    toks = _toks([("The", "DET"), ("minister", "NOUN"), ("und", "CCONJ"), ("said", "VERB"), ("so", "ADV")])
    info = ArticleInfo(toks={t.i: t for t in toks})
    assert pagelines.foreign_sentences(info, frozenset({"der", "und", "ich"})) == frozenset()
    assert calls == ["und"]  # main: a call for each of the five words


def _old_occupation_at(words, label, lex):
    """Main's `candidates.occupation_at` before speed60, word for word."""
    from narrative_pipeline.actors.candidates import _name_part, _occupation

    if label == "PERSON":
        return None
    at = next((j for j in range(1, len(words) - 1) if _occupation(words[j], words[j + 1], lex)), None)
    name = words[at + 1 :] if at is not None else []
    if at is None or not 1 <= len(name) <= 2 or not all(_name_part(t) for t in name) or words[at - 1].tag == "POS":
        return None
    return at


OCCUPATION_WORDS = [("Balco", "NNP"), ("boss", "NN"), ("star", "NN"), ("Victor", "NNP"), ("Conte", "NNP"),
                    ("'s", "POS"), ("the", "DT"), ("club", "NN"), ("captain", "NN"), ("CEO", "NNP"), ("said", "VBD"),
                    ("international", "NNP"), ("model", "VB"), ("Reid", "NNP"), ("McAfee", "NNP")]  # fmt: skip


@pytest.mark.parametrize("seed", range(40))
def test_occupation_at_is_main_s(actors_lex, seed):
    """Random entities of names, occupation nouns, possessives and other words, each label: main's answer."""
    from narrative_pipeline.actors.candidates import occupation_at

    rng = random.Random(6200 + seed)
    for _ in range(30):
        picked = [rng.choice(OCCUPATION_WORDS) for _ in range(rng.randint(0, 6))]
        words = _toks([(w, "PROPN" if tag == "NNP" else "NOUN") for w, tag in picked])
        for tok, (_, tag) in zip(words, picked, strict=True):
            tok.tag = tag
        for label in ("ORG", "GPE", "PERSON"):
            assert occupation_at(words, label, actors_lex) == _old_occupation_at(words, label, actors_lex)


def test_occupation_at_asks_no_occupation_of_an_entity_that_ends_in_no_name(actors_lex, monkeypatch):
    """The name "Balco boss Victor Conte" is still cut at "boss"; "the club captain said" (no name at its end) asks
    nothing (main: `_occupation` for each word pair)."""
    from narrative_pipeline.actors import candidates

    asked = []
    real = candidates._occupation

    def counted(tok, name, lex):
        asked.append(tok.text)
        return real(tok, name, lex)

    monkeypatch.setattr(candidates, "_occupation", counted)
    picked = [("the", "DT"), ("club", "NN"), ("captain", "NN"), ("said", "VBD")]
    words = _toks([(w, "NOUN") for w, _ in picked])
    for tok, (_, tag) in zip(words, picked, strict=True):
        tok.tag = tag
    assert candidates.occupation_at(words, "ORG", actors_lex) is None
    assert asked == []
    picked = [("Balco", "NNP"), ("boss", "NN"), ("Victor", "NNP"), ("Conte", "NNP")]
    words = _toks([(w, "PROPN" if tag == "NNP" else "NOUN") for w, tag in picked])
    for tok, (_, tag) in zip(words, picked, strict=True):
        tok.tag = tag
    assert candidates.occupation_at(words, "ORG", actors_lex) == 1


def _old_clause_marks(verb):
    """Main's `predicates.clause_marks` before speed60, word for word."""
    return [
        m
        for c in verb.children
        if c.dep in ("advcl", "ccomp", "xcomp") and any(g.tag == "TO" for g in c.children)
        for m in c.children
        if m.dep == "mark" and m.i == verb.i + 1
    ]


def _random_tree(rng: random.Random) -> list[Tok]:
    """A random tree of 1-12 tokens (each token's head an earlier one or itself for the first): deps and tags drawn
    from those `clause_marks` reads."""
    n = rng.randint(1, 12)
    toks = []
    for i in range(n):
        dep = rng.choice(["advcl", "ccomp", "xcomp", "mark", "aux", "dobj", "prep"])
        tag = rng.choice(["TO", "IN", "VB", "NN"])
        toks.append(Tok(i, i, i + 1, "w", "w", "X", tag, dep, rng.randint(0, max(i - 1, 0)), "", "O", True, 0, "w"))
    for tok in toks:
        tok.head = toks[tok.head_i]
        if tok.head is not tok:
            tok.head.children.append(tok)
    return toks


@pytest.mark.parametrize("seed", range(40))
def test_clause_marks_are_main_s(seed):
    from narrative_pipeline.narratives.predicates import clause_marks

    rng = random.Random(6300 + seed)
    for _ in range(40):
        for verb in _random_tree(rng):
            assert clause_marks(verb) == _old_clause_marks(verb)


def test_clause_marks_look_for_no_to_in_a_clause_without_a_mark_after_the_verb():
    """ "said he wanted to go": no mark right after "said", so the clause's words are not read for its "to" (main:
    read for every clause); "asked for X to apologise" still gives its "for"."""
    from narrative_pipeline.narratives.predicates import clause_marks

    class UnreadTo:
        dep, i = "aux", 2

        @property
        def tag(self):
            raise AssertionError("a clause's words read for a 'to' with no mark after the verb")

    toks = tree_of([("said", "VBD", "ROOT", 0), ("he", "PRP", "nsubj", 3), ("to", "TO", "aux", 3),
                    ("go", "VB", "xcomp", 0)])  # fmt: skip
    toks[3].children = [toks[1], UnreadTo()]
    assert clause_marks(toks[0]) == []
    toks = tree_of([("asked", "VBD", "ROOT", 0), ("for", "IN", "mark", 4), ("Smith", "NNP", "nsubj", 4),
                    ("to", "TO", "aux", 4), ("apologise", "VB", "advcl", 0)])  # fmt: skip
    assert clause_marks(toks[0]) == [toks[1]]


def tree_of(words: list[tuple[str, str, str, int]]) -> list[Tok]:
    """Tokens of (text, tag, dep, head index), linked as `parsed.build_articles` links them."""
    toks = [Tok(i, i, i + 1, w, w.lower(), "X", tag, dep, head, "", "O", True, 0, w.lower()) for i, (w, tag, dep, head)
            in enumerate(words)]  # fmt: skip
    for tok in toks:
        tok.head = toks[tok.head_i]
        if tok.head is not tok:
            tok.head.children.append(tok)
    return toks
