"""A registry candidate in its sentence and article, as the filter rules see it; where a name is a place."""

from __future__ import annotations

from dataclasses import dataclass

from ..parsed import Tok
from ..registry import RegistryEntry
from ..syntax import SUBJECT_DEPS, climb, head_of, lemma
from .candidates import Candidate, Entity
from .context import ArticleInfo
from .lexicon import ActorsLexicon

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
NAME_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
COLLECTIVE_ENDINGS = ("sh", "ch", "ese", "ss")  # "the French", "the Chinese": a people, not a person
AGENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "agent", "poss", "dobj", "iobj", "appos", "attr", "csubj", "npadvmod", "ROOT"}
)


PLACE_CONJUNCTIONS = frozenset({"and", "or"})  # a place joined to another after a locative preposition


def is_location_use(
    head: Tok, lex: ActorsLexicon, span_ids: frozenset[int] = frozenset(), before: list[Tok] | None = None
) -> bool:
    """A place name used only as a place: object of a locative preposition or a motion verb,
    right after one ("people in the UK" however it is parsed), or qualified as a region ("south
    London")."""
    words = [t.lower for t in before or []]
    if words and (
        words[-1] in lex.locative_prepositions
        or words[-2:-1]
        and words[-1] == "the"
        and words[-2] in lex.locative_prepositions
    ):
        return True
    if any(
        c.dep in {"amod", "compound"} and c.lower in lex.compass_words and c.i not in span_ids for c in head.children
    ):
        return True
    tok = climb(climb(head, {"conj"}), {"appos"})
    gov = tok.head
    if gov is None or gov is tok:
        return False
    if tok.dep == "pobj" and gov.lower in lex.locative_prepositions:
        return True
    if tok.dep == "pobj" and gov.lower == "of" and gov.head is not None and gov.head.lower == "out":
        return True  # "take it out of China"
    travel = lex.motion_verbs | lex.travel_nouns | lex.scope_verbs  # "restricted to the UK" (actors63)
    if tok.dep == "pobj" and gov.lower == "to" and gov.head is not None and gov.head.lemma.lower() in travel:
        return True
    mover = gov.head
    if tok.dep == "pobj" and gov.lower == "from" and mover is not None and mover.pos == "VERB":
        return mover.lemma.lower() in lex.motion_verbs  # "passengers returning from Curacao" (not "a visit from China")
    return tok.dep == "dobj" and gov.lemma.lower() in lex.motion_verbs


def is_actor_position(head: Tok, lex: ActorsLexicon) -> bool:
    """Where a city name can stand for a government: acting, acted on, owning, or paired."""
    tok = climb(head, {"conj"})
    if tok.dep in AGENT_DEPS:
        return tok.dep != "dobj" or (tok.head is not None and tok.head.lemma.lower() not in lex.motion_verbs)
    if tok.dep == "pobj" and tok.head is not None and tok.head.lower in lex.acting_prepositions:
        return True
    return tok.dep == "compound"  # "Moscow-Ankara region", "Beijing officials"


def opens_subjectless_clause(tok: Tok) -> bool:
    """Whether a word right after a name opens a verb the parser joined to an earlier one with no subject of its own
    ("in Afghanistan and Britain has pledged more soldiers": "has pledged", a conjunct of "fighting"; "in Iraq and
    France said"): the name is that verb's subject, which the parser hung on the place before it. Not a verb with a
    subject ("Hunting in England and Wales was banned"), nor a word that is no verb ("in Spain and France since")."""
    verb = tok.head if tok.dep in {"aux", "auxpass"} and tok.head is not None else tok
    if verb.pos != "VERB" or verb.dep != "conj" or verb.i < tok.i:
        return False
    return not any(c.dep in SUBJECT_DEPS or c.dep == "expl" for c in verb.children)


def word_in(phrase: list[Tok], words: frozenset[str], market: frozenset[str]) -> Tok | None:
    """The first word of `phrase` in `words`, as written or by its lemma (not by the lemma of a word of `market`), or
    the first token of a hyphened word the parser split in three ("opt", "-", "out") that is in `words`."""
    for k, t in enumerate(phrase):
        if t.lower in words or lemma(t) in words and t.lower not in market:
            return t
        dash, right = phrase[k + 1 : k + 2], phrase[k + 2 : k + 3]
        if dash and right and dash[0].text == "-" and f"{t.lower}-{right[0].lower}" in words:
            return t
    return None


@dataclass
class Found:
    """A registry candidate in its sentence: its span, head, actor and the entities around it."""

    candidate: Candidate
    entry: RegistryEntry
    span: list[Tok]
    entities: list[Entity]  # article token indexes, titles stripped
    lex: ActorsLexicon
    info: ArticleInfo | None = None

    def __post_init__(self) -> None:
        self.head = head_of(self.span)
        self.span_ids = frozenset(t.i for t in self.span)
        self.of_state = self.entry.type == "state"
        toks = self.info.toks if self.info is not None else {}
        self.before = [
            toks[k] for k in (self.span[0].i - 2, self.span[0].i - 1) if k in toks and toks[k].sent == self.span[0].sent
        ]
        # the noun the name modifies, and the words up to it ("Chinese [Foreign Minister Li] Zhaoxing")
        self.modifier = climb(self.head, {"conj"})
        gov = self.modifier.head
        self.governor = gov if gov is not None and gov is not self.modifier and gov.i > self.modifier.i else None
        self.phrase: list[Tok] = []
        if self.governor is not None and self.modifier.dep in MODIFIER_DEPS | {"poss"}:
            self.phrase = self.words_to(self.governor)
        else:
            self.governor = None

    def words_to(self, end: Tok) -> list[Tok]:
        """The words after the name up to `end`, with it ("UK [tsunami aid]")."""
        toks = self.info.toks if self.info is not None else {}
        return [toks[k] for k in range(self.span[-1].i + 1, end.i + 1) if k in toks]

    @property
    def joined_to_a_place(self) -> bool:
        """'hunting with dogs in England and Wales': right after a place and "and" / "or" that a locative
        preposition governs, however the parser hangs the name."""
        toks = self.info.toks if self.info is not None else {}
        words = [toks.get(self.span[0].i - k) for k in (3, 2, 1)]
        if any(w is None or w.sent != self.span[0].sent for w in words):
            return False
        prep, place, joint = words
        assert prep is not None and place is not None and joint is not None
        after = toks.get(self.span[-1].i + 1)
        if after is not None and after.tag == "POS":
            return False  # review18e: "talks in Geneva and Israel's withdrawal": the state's own act, an actor
        joined = joint.lower in PLACE_CONJUNCTIONS and prep.lower in self.lex.locative_prepositions
        return joined and place.ent_type == "GPE"

    @property
    def subject_of_the_next_clause(self) -> bool:
        """'fighting in Afghanistan and Britain has pledged more soldiers': a name the parser joined to a place
        before it ("and") that a verb right after, with no subject of its own, has for its subject (review18e)."""
        toks = self.info.toks if self.info is not None else {}
        after = toks.get(self.span[-1].i + 1)
        joined = self.head.dep == "conj" or self.joined_to_a_place
        return joined and after is not None and after.sent == self.span[-1].sent and opens_subjectless_clause(after)

    @property
    def modifies_a_noun(self) -> bool:
        """'towards Wales coach Mike Ruddock': the preposition before the name governs the noun it modifies."""
        return self.governor is not None and self.governor.pos in {"NOUN", "PROPN"} and self.modifier.dep != "poss"

    @property
    def paired(self) -> bool:
        """Joined by a hyphen to another name: "the Moscow-Ankara region", "China-UK tourism"."""
        toks = self.info.toks if self.info is not None else {}
        left, right = toks.get(self.span[0].i - 1), toks.get(self.span[-1].i + 1)
        far_left, far_right = toks.get(self.span[0].i - 2), toks.get(self.span[-1].i + 2)
        return (right is not None and right.text == "-" and far_right is not None and far_right.text[:1].isupper()) or (
            left is not None and left.text == "-" and far_left is not None and far_left.text[:1].isupper()
        )

    def phrase_has(self, words: frozenset[str], end: Tok | None = None) -> Tok | None:
        """A word of the phrase in `words` (the words up to `end` when given: "UK [tsunami aid]", the compounds' last
        noun), as written, by its lemma (not by the lemma of a market noun: "UK homes" are no "Home Office"), or
        as the one word the parser's three tokens of a hyphened word make ("a UK opt-out": its first token)."""
        return word_in(self.phrase if end is None else self.words_to(end), words, self.lex.market_nouns)

    @property
    def governs_person(self) -> bool:
        """The name modifies a person: a person's name or a person noun ("actor")."""
        gov = self.governor
        return gov is not None and (gov.ent_type == "PERSON" or lemma(gov) in self.lex.person_nouns)

    @property
    def capital_like(self) -> bool:
        """A one-word metonym that is not lower case: a capital city ('Ankara'), not 'the Kremlin'."""
        matched = self.candidate.matched or ""
        return not any(ch.islower() for ch in matched[:1]) and " " not in matched
