"""speed59: cuts after the parse that change no output byte (issue 12's 5 %).

- `ArticleInfo.lower_lemmas` (web77's lemmas of the words written in lower case) is built on its first use, not by
  `ArticleInfo.build` for every article; what it holds is what `build` gathered.
- `roles.quote_claimers` builds its claims' index and its tokens' offsets only for an article with a wholly quoted
  sentence.
- `sources.inverted_subject` works a root's subtree out once for all the verbs under it (was: once per verb, quadratic
  in a long sentence's words) and reads from the verb on; the subject it finds is the one it found before.
- `Tok.subtree` sorts by an `attrgetter`, `Tok.ancestors` walks with one read of `head` a step: the same lists.
- `normalize.stretch_cuts` (the ingest step's warning) counts no cut in a text no longer than a stretch without
  splitting it into paragraphs.
- fix78's `candidates.occupied_names` asks for a proper noun before it asks whether the word before is an occupation;
  web78's `pagelines.foreign_sentences` counts English words only in sentences with enough foreign ones, and
  `foreign_only` reads no candidate on a page with no such sentence.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from narrative_pipeline.actors import context
from narrative_pipeline.actors.context import ArticleInfo
from narrative_pipeline.actors.lexicon import load_actors_lexicon
from narrative_pipeline.claims.sources import inverted_subject
from narrative_pipeline.narratives import roles
from narrative_pipeline.parsed import Tok

ROOT = Path(__file__).resolve().parents[1]


def tree(words: list[tuple[str, str, str, int]]) -> list[Tok]:
    """Tokens of (text, pos, dep, head index) linked as `parsed.build_articles` links them (a head of its own index:
    the root)."""
    toks, start = [], 0
    for i, (text, pos, dep, head) in enumerate(words):
        toks.append(
            Tok(i, start, start + len(text), text, text.lower(), pos, pos, dep, head, "", "O", True, 0, text.lower())
        )
        start += len(text) + 1
    for tok in toks:
        tok.head = toks[tok.head_i]
        if tok.head is not tok:
            tok.head.children.append(tok)
    return toks


def old_inverted_subject(verb: Tok) -> Tok | None:
    """Main's `inverted_subject` before speed59, word for word (the reference the new one must agree with)."""
    root = (verb.ancestors() or [verb])[-1]
    after = [t for t in sorted(old_subtree(root), key=lambda t: t.i) if t.i > verb.i]
    for k, tok in enumerate(after):
        if tok.dep in {"nsubj", "nsubjpass"} and tok.head is not verb:
            words = after[: k + 1]
            closed = k + 1 < len(after) and after[k + 1].text == ","
            named = tok.pos in {"PROPN", "PRON"} and all(w.pos in {"PROPN", "DET", "ADJ", "NOUN"} for w in words[:-1])
            return tok if closed and named and len(words) <= 4 else None
        if tok.pos in {"PUNCT", "VERB", "AUX"}:
            return None
    return None


def old_subtree(tok: Tok) -> list[Tok]:
    out, stack = [tok], list(tok.children)
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(node.children)
    return sorted(out, key=lambda t: t.i)


MAKOWER = [  # "For instance, said Mr Makower, credit cards are rare": the parser hangs "said" on "are"
    ("For", "ADP", "prep", 9), ("instance", "NOUN", "pobj", 0), (",", "PUNCT", "punct", 9),
    ("said", "VERB", "parataxis", 9), ("Mr", "PROPN", "compound", 5), ("Makower", "PROPN", "nsubj", 9),
    (",", "PUNCT", "punct", 9), ("credit", "NOUN", "compound", 8), ("cards", "NOUN", "nsubj", 9),
    ("are", "AUX", "ROOT", 9), ("rare", "ADJ", "acomp", 9),
]  # fmt: skip


def test_the_inverted_subject_is_found_as_before():
    toks = tree(MAKOWER)
    assert inverted_subject(toks[3]) is toks[5]
    assert old_inverted_subject(toks[3]) is toks[5]


def test_a_long_sentences_verbs_work_their_roots_subtree_out_once(monkeypatch):
    """400 subjectless verbs under one root: one subtree, not 400 (main: one a verb, quadratic in the words)."""
    words = [("said", "VERB", "ROOT", 0)]
    for _ in range(400):
        words += [("added", "VERB", "conj", 0), ("Smith", "PROPN", "nsubj", 0), (",", "PUNCT", "punct", 0)]
    toks = tree(words)
    calls = []
    real = Tok.subtree

    def counted(self: Tok) -> list[Tok]:
        calls.append(self.i)
        return real(self)

    monkeypatch.setattr(Tok, "subtree", counted)
    verbs = [t for t in toks if t.pos == "VERB"]
    found = [inverted_subject(v) for v in verbs]
    assert calls == [0]
    assert found == [old_inverted_subject(v) for v in verbs]


@pytest.mark.parametrize("seed", range(40))
def test_random_trees_give_the_same_subject_as_main(seed):
    """Random trees (non-projective ones too: any earlier or later head), random parts of speech, commas and
    dependencies: every token's inverted subject is main's."""
    rng = random.Random(5900 + seed)
    n = rng.randint(1, 60)  # (seeds 5900-5939: 1,025 tokens, 15 of them with an inverted subject)
    words = []
    for i in range(n):
        head = i if i == 0 or rng.random() < 0.05 else rng.randrange(0, i)
        pos = rng.choice(["PROPN"] * 4 + ["PRON", "NOUN", "DET", "ADJ", "VERB", "VERB", "AUX", "PUNCT", "PUNCT", "ADP"])
        text = "," if pos == "PUNCT" and rng.random() < 0.8 else f"w{i}"
        dep = rng.choice(["nsubj"] * 3 + ["nsubjpass", "dobj", "compound", "punct", "prep", "conj"])
        words.append((text, pos, dep, head))
    order = list(range(n))
    rng.shuffle(order)  # tokens' indexes are their places in the text; heads may point either way
    toks = tree(words)
    for tok in toks:  # re-number so that heads point forward and back
        tok.i = order[tok.i]
    for tok in toks:
        assert inverted_subject(tok) is old_inverted_subject(tok)
        assert tok.subtree() == old_subtree(tok)


def test_ancestors_stop_at_the_root_and_at_200():
    chain = tree([("w", "NOUN", "dep", max(k - 1, 0)) for k in range(250)])
    assert chain[5].ancestors() == [chain[4], chain[3], chain[2], chain[1], chain[0]]
    assert chain[0].ancestors() == []
    assert len(chain[249].ancestors()) == 200 and chain[249].ancestors()[-1] is chain[49]


@pytest.fixture(scope="module")
def actors_lex():
    return load_actors_lexicon(ROOT / "config/actors_lexicon.yaml", ROOT / "config/claims_lexicon.yaml")


BLOTTER = (
    "Police blotter\n\n"
    "October 20: ARRESTS – A male juvenile, 16, Taylorville, was arrested for aggravated assault and damage.\n\n"
    "October 24: ARRESTS – Corey O. Inman, 38, Springfield, was arrested for retail theft."
)


def test_the_lower_case_lemmas_are_built_on_first_use(parse, actors_lex):
    article = parse(BLOTTER)
    info = ArticleInfo.build(article, actors_lex)
    assert info._lower_lemmas is None  # not built by `build`
    expected = {
        (t.lemma or t.text).lower()
        for s in article.sents
        if s.role != "boilerplate"
        for t in s.tokens
        if t.text.islower()
    }
    assert info.lower_lemmas == expected == context.lower_lemmas(article)
    assert "arrest" in info.lower_lemmas and "ARRESTS".lower() not in info.lower_lemmas
    assert info.lower_lemmas is info.lower_lemmas  # built once


def test_an_info_without_its_article_has_no_lower_case_lemmas(parse):
    assert ArticleInfo(toks={}).lower_lemmas == frozenset()


class _NoIndex:
    def __init__(self, claims) -> None:
        raise AssertionError("the claims' index built for an article with no wholly quoted sentence")


def test_quote_claimers_build_no_claims_index_without_a_wholly_quoted_sentence(parse, monkeypatch):
    article = parse('Headline\n\nHe said "we will win" on Monday. She agreed.')
    quoted = frozenset(t.i for t in article.tokens if t.text in {"we", "will", "win"})
    monkeypatch.setattr(roles, "_ClaimsAt", _NoIndex)
    assert roles.quote_claimers(article, [], quoted, None) == {}  # type: ignore[arg-type]
    assert roles.quote_claimers(article, [], frozenset(), None) == {}  # type: ignore[arg-type]


def test_quote_claimers_index_the_claims_once_where_a_sentence_is_wholly_quoted(parse, monkeypatch):
    article = parse('Headline\n\n"We will win."\n\n"They will lose."\n\nHe said so.')
    quoted = frozenset(t.i for s in article.sents[1:3] for t in s.tokens)
    built = []
    real = roles._ClaimsAt

    def counted(claims):
        built.append(len(claims))
        return real(claims)

    monkeypatch.setattr(roles, "_ClaimsAt", counted)
    assert roles.quote_claimers(article, [], quoted, None) == {}  # type: ignore[arg-type]
    assert built == [0]


def test_a_text_no_longer_than_a_stretch_is_not_split_to_count_its_cuts(monkeypatch):
    """The ingest step's warning counts no cut in a text of at most `MAX_RUN_CHARS` characters without splitting it
    into paragraphs (main: every text split and normalized); a longer one is still counted."""
    from narrative_pipeline import normalize

    def refused(*args, **kwargs):
        raise AssertionError("a short text split into paragraphs to count its cuts")

    short = "Headline\n\n" + "word " * ((normalize.MAX_RUN_CHARS - 20) // 5)
    assert len(short) <= normalize.MAX_RUN_CHARS
    monkeypatch.setattr(normalize, "split_paragraphs", refused)
    assert normalize.stretch_cuts(short) == 0
    monkeypatch.undo()
    long = "Headline\n\n" + "word " * (normalize.MAX_RUN_CHARS // 5 + 100)
    assert normalize.stretch_cuts(long) == 1
    assert normalize.stretch_cuts(short + "word") == 0  # one more character: split, and still no cut


def _sent(words: list[tuple[str, str, int]]):
    """A sentence of (text, tag, head index) tokens (`tree`), for the actors' candidate rules."""
    from narrative_pipeline.parsed import Sent

    toks = tree([(text, "PROPN" if tag == "NNP" else "NOUN", "dep", head) for text, tag, head in words])
    for tok, (_, tag, _) in zip(toks, words, strict=True):
        tok.tag = tag
    return Sent(0, None, toks), toks  # type: ignore[arg-type]


def test_occupied_names_ask_no_occupation_before_a_word_that_is_no_proper_noun(actors_lex, monkeypatch):
    """fix78's rule asks whether the word before a proper noun is an occupation, not the word before every word (main:
    `_occupation` for every pair); "midfielder Edu" is still made a person."""
    from narrative_pipeline.actors import candidates

    sent, toks = _sent([("the", "DT", 2), ("midfielder", "NN", 2), ("Edu", "NNP", 3), ("signed", "VBD", 3),
                        ("a", "DT", 5), ("deal", "NN", 3)])  # fmt: skip
    asked = []
    real = candidates._occupation

    def counted(tok, name, lex):
        asked.append(name.text)
        return real(tok, name, lex)

    monkeypatch.setattr(candidates, "_occupation", counted)
    assert candidates.occupied_names(sent, [], [], actors_lex) == [(2, 2, "PERSON")]
    assert asked == ["Edu"]


def _old_foreign_sentences(info, foreign):
    """Main's `foreign_sentences` before speed59, word for word."""
    from collections import Counter

    from narrative_pipeline.actors.pagelines import ENGLISH_FUNCTION_WORDS, FOREIGN_LEAST

    counts, english = Counter(), Counter()
    for t in info.toks.values():
        if t.text.islower() and not t.ent_type and t.text in foreign:
            counts[t.sent] += 1
        elif t.lower in ENGLISH_FUNCTION_WORDS:
            english[t.sent] += 1
    return frozenset(k for k, n in counts.items() if n >= FOREIGN_LEAST and n > 2 * english[k])


@pytest.mark.parametrize("seed", range(30))
def test_foreign_sentences_are_main_s(seed):
    """Random pages of German, English and entity words in a few sentences: the same sentences as main's."""
    from narrative_pipeline.actors.pagelines import foreign_sentences

    rng = random.Random(5950 + seed)
    foreign = frozenset({"der", "und", "ich", "mit", "les", "que"})
    words = ["der", "und", "ich", "mit", "Der", "the", "and", "of", "to", "Haus", "house", "que"]
    toks = []
    for i in range(rng.randint(0, 80)):
        text = rng.choice(words)
        toks.append(Tok(i, 0, 0, text, text.lower(), "X", "X", "dep", i, rng.choice(["", "", "", "PERSON"]), "O", True,
                        rng.randint(0, 4), text.lower()))  # fmt: skip
    info = ArticleInfo(toks={t.i: t for t in toks})
    assert foreign_sentences(info, foreign) == _old_foreign_sentences(info, foreign)


class _Unread:
    def __iter__(self):
        raise AssertionError("the candidates read on a page with no sentence of another language")


def test_foreign_only_reads_no_candidate_on_a_page_with_no_foreign_sentence(actors_lex):
    from narrative_pipeline.actors.pagelines import foreign_only

    toks = tree([("The", "DET", "det", 1), ("minister", "NOUN", "nsubj", 2), ("said", "VERB", "ROOT", 2)])
    assert foreign_only(_Unread(), ArticleInfo(toks={t.i: t for t in toks}), actors_lex) == set()  # type: ignore[arg-type]
