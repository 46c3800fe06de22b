"""What a descriptor rule looks at (`Described`: a noun of a sentence, with the article's context)
and what it returns when it fires (`Referred`: the actor, the span and the cue)."""

from __future__ import annotations

from dataclasses import dataclass

from ..parsed import Sent, Tok
from ..records import ActorType
from ..registry import Registry
from .candidates import Candidate
from .lexicon import ActorsLexicon
from .resolution import ArticleContext

OF_PREPOSITIONS = frozenset({"of", "for"})


@dataclass(frozen=True)
class Referred:
    actor_id: str
    actor_type: ActorType
    span: list[Tok]
    cue: list[Tok]
    matched: str
    name: str | None = None  # the display name of a group made here


@dataclass
class Described:
    """A noun of a sentence, with what the descriptor rules look at."""

    tok: Tok
    sent: Sent
    ctx: ArticleContext
    registry: Registry
    lex: ActorsLexicon
    linked: dict[int, Candidate]  # head token index -> the sentence's linked names

    def __post_init__(self) -> None:
        tok = self.tok
        self.definite = any(c.dep == "det" and c.lower == "the" for c in tok.children)
        self.mods = sorted(
            (c for c in tok.children if c.dep in {"amod", "compound"} and c.i < tok.i), key=lambda t: t.i
        )
        self.owner = next(
            (p for p in tok.children if p.dep == "prep" and p.lower in OF_PREPOSITIONS and any(
                c.dep == "pobj" for c in p.children)),
            None,
        )  # fmt: skip
        self.noun = tok.pos in {"NOUN", ""} or tok.tag in {"NN", "NNS"}
        self.lower_case = not tok.text[:1].isupper() or tok.i == self.sent.tokens[0].i
