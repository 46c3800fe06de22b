"""A discovered name in its article, and what the type rules decide about it (`Verdict`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal

from ..parsed import Tok
from ..records import ActorType
from ..syntax import head_of, lemma
from .candidates import Candidate
from .context import ArticleInfo
from .discovery import in_brackets, initials
from .lexicon import ActorsLexicon

Scope = Literal["name", "mention"]
QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})
PREMODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
OBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "poss", "ROOT"})


@dataclass(frozen=True)
class Verdict:
    actor_type: ActorType | None  # None: the name is no actor
    cue: tuple[Tok, ...]
    scope: Scope = "name"


@dataclass
class Named:
    """One mention of a discovered name, with what the type rules look at around it."""

    cand: Candidate
    span: list[Tok]
    info: ArticleInfo
    lex: ActorsLexicon

    def __post_init__(self) -> None:
        self.head = head_of(self.span)
        self.label = self.cand.label
        self.words = tuple((self.cand.name or "").lower().split())
        ids = {t.i for t in self.span}
        self.governor = self.head.head if self.head.head is not None and self.head.head is not self.head else None
        # words before the name in its noun phrase ("software giant" Microsoft, "striker" Kolo Toure)
        self.before = sorted(
            {t for s in self.span for c in s.children if c.i < self.span[0].i and c.dep in PREMODIFIER_DEPS
             for t in c.subtree()},
            key=lambda t: t.i,
        )  # fmt: skip
        # words after the name up to the noun it modifies ("Chelsea striker Didier", "Oasis frontman")
        self.after: list[Tok] = []
        if self.governor is not None and self.head.dep in PREMODIFIER_DEPS | {"poss"}:
            last = max(ids)
            self.after = [self.info.toks[k] for k in range(last + 1, self.governor.i + 1) if k in self.info.toks]
        self.appositions = [c for c in self.head.children if c.dep == "appos"]
        if self.head.dep == "appos" and self.governor is not None:
            self.appositions.append(self.governor)
        self.said_to_be = said_to_be(self.head)

    def own_acronym(self) -> Tok | None:
        """'Public and Commercial Services Union (PCS)': the acronym in brackets right after the name
        that spells its initials (an acronym, whatever else its letters spell: "PCs")."""
        following: list[Tok | None] = [self.info.after(self.span[-1])]
        while len(following) < 3 and following[-1] is not None:
            following.append(self.info.after(following[-1]))
        acronym = in_brackets(following)
        if acronym is None:
            return None
        word = acronym.text.replace(".", "")
        return acronym if word.isupper() and word.lower() in initials(self.cand.name or "") else None


def said_to_be(head: Tok) -> list[Tok]:
    """What a copula says the name is, when the name is its subject: the attribute's noun ("Kraft is the largest US
    food maker": maker), or the noun after "one of" ("Black Sabbath are one of Britain's most successful heavy rock
    bands": bands; actors48). Not a negated copula ("X is not a band")."""
    verb = head.head
    if head.dep != "nsubj" or verb is None or verb is head or lemma(verb) != "be":
        return []
    if any(c.dep == "neg" for c in verb.children):
        return []
    out = []
    for attr in (c for c in verb.children if c.dep == "attr" and c.i > head.i):
        out.append(attr)
        if attr.lower == "one":
            ofs = [o for o in attr.children if o.dep == "prep" and o.lower == "of"]
            out += [p for o in ofs for p in o.children if p.dep == "pobj"]
    return out


def with_word(tokens: list[Tok], words: frozenset[str]) -> tuple[Tok, ...] | None:
    hit = next((t for t in tokens if lemma(t) in words or t.lower in words), None)
    return (hit,) if hit is not None else None


@cache
def phrase_set(phrases: tuple[tuple[str, ...], ...]) -> frozenset[tuple[str, ...]]:
    return frozenset(phrases)
