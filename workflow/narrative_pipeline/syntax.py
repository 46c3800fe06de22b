"""Dependency-tree helpers shared by the actor and claim rules (tokens from `parsed`).

Everything here reads the parse only: the head of a span, climbing from a word to the phrase it
belongs to, the subject of a verb, subtrees without some branches, phrase search.
"""

from __future__ import annotations

from collections.abc import Iterable

from .parsed import Tok

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# arcs inside one noun phrase: "Foreign Secretary Jack Straw", "Straw, the foreign secretary", "X and Y"
NOUN_PHRASE_ARCS = frozenset({"compound", "flat", "appos", "conj"})
NON_WORD_POS = frozenset({"PUNCT", "SPACE"})


def lemma(tok: Tok) -> str:
    """Lower-case lemma (the lower-case text when the parse has no lemma)."""
    return (tok.lemma or tok.lower).lower()


def is_verb(tok: Tok) -> bool:
    return tok.pos in {"VERB", "AUX"} or tok.tag.startswith("VB")


def is_word(tok: Tok) -> bool:
    return tok.pos not in NON_WORD_POS


def subject_of(verb: Tok) -> Tok | None:
    """The first subject (nsubj, nsubjpass, csubj) among the verb's children."""
    return next((child for child in verb.children if child.dep in SUBJECT_DEPS), None)


def head_of(tokens: list[Tok], *, words_only: bool = False) -> Tok:
    """Syntactic head of a span: its first token whose head lies outside the span (or is itself).

    With `words_only`, punctuation is never the head: the first word whose head lies outside;
    the first word when the span hangs from a punctuation mark inside it.
    """
    pool = ([t for t in tokens if is_word(t)] or tokens) if words_only else tokens
    ids = {t.i for t in tokens}
    return next((t for t in pool if t.head is None or t.head.i not in ids or t.head is t), pool[0])


def climb(tok: Tok, deps: Iterable[str]) -> Tok:
    """Go up from `tok` while it hangs from its head by one of `deps`."""
    deps = frozenset(deps)
    while tok.dep in deps and tok.head is not None and tok.head is not tok:
        tok = tok.head
    return tok


def subtree_without(tok: Tok, exclude_deps: Iterable[str]) -> list[Tok]:
    """The subtree of tok, in text order, without the branches attached by `exclude_deps`."""
    exclude = frozenset(exclude_deps)
    out = [tok]
    stack = [c for c in tok.children if c.dep not in exclude]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in node.children if c.dep not in exclude)
    return sorted(out, key=lambda t: t.i)


def within_hops(tok: Tok, root: Tok, hops: int) -> bool:
    """Whether tok is root or hangs from it within `hops` arcs."""
    node = tok
    for _ in range(hops + 1):
        if node is root:
            return True
        if node.head is None or node.head is node:
            return False
        node = node.head
    return False


_BY_FIRST_WORD: dict[int, tuple[tuple, dict[str, list[tuple[str, ...]]]]] = {}


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases grouped by their first word, in their order; kept per phrase set (lexicon tuples
    live as long as the run, so their id is a stable key)."""
    hit = _BY_FIRST_WORD.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            index.setdefault(phrase[0], []).append(phrase)
    _BY_FIRST_WORD[id(phrases)] = (phrases, index)
    return index


def find_phrase(tokens: list[Tok], phrases: Iterable[tuple[str, ...]]) -> list[Tok] | None:
    """First occurrence (by position, then by the order of `phrases`) of a lower-case word sequence."""
    index = _by_first_word(phrases if isinstance(phrases, tuple) else tuple(phrases))
    lowers = [t.lower for t in tokens]
    for k, word in enumerate(lowers):
        for phrase in index.get(word, ()):
            if tuple(lowers[k : k + len(phrase)]) == phrase:
                return tokens[k : k + len(phrase)]
    return None


def surface_text(tokens: list[Tok]) -> str:
    """The tokens' text with the spaces of the parse between them."""
    parts = []
    for k, tok in enumerate(tokens):
        parts.append(tok.text)
        if tok.space_after and k < len(tokens) - 1:
            parts.append(" ")
    return "".join(parts)
