"""Filters on registry candidates: a registry name in the text does not always mention the actor.

`FILTER_RULES` are named rules; the first that fires drops the candidate (its evidence is the
head of the span). A kept candidate after "pro-" or "anti-" is an `alignment`, not the actor.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..parsed import Tok
from ..registry import RegistryEntry
from ..rules import Rule, first_match
from ..syntax import climb, head_of
from .candidates import Candidate, Entity
from .lexicon import ActorsLexicon

AGENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "agent", "poss", "dobj", "iobj", "appos", "attr", "csubj", "npadvmod", "ROOT"}
)


def is_location_use(head: Tok, lex: ActorsLexicon, span_ids: frozenset[int] = frozenset()) -> bool:
    """A place name used only as a place: object of a locative preposition or a motion verb,
    or qualified as a region ("south London")."""
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
    travel = lex.motion_verbs | lex.travel_nouns
    if tok.dep == "pobj" and gov.lower == "to" and gov.head is not None and gov.head.lemma.lower() in travel:
        return True
    return tok.dep == "dobj" and gov.lemma.lower() in lex.motion_verbs


def is_actor_position(head: Tok, lex: ActorsLexicon) -> bool:
    """Where a city name can stand for a government: acting, acted on, owning, or paired."""
    tok = climb(head, {"conj"})
    if tok.dep in AGENT_DEPS:
        return tok.dep != "dobj" or (tok.head is not None and tok.head.lemma.lower() not in lex.motion_verbs)
    if tok.dep == "pobj" and tok.head is not None and tok.head.lower in lex.acting_prepositions:
        return True
    return tok.dep == "compound"  # "Moscow-Ankara region", "Beijing officials"


@dataclass
class Found:
    """A registry candidate in its sentence: its span, head, actor and the entities around it."""

    candidate: Candidate
    entry: RegistryEntry
    span: list[Tok]
    entities: list[Entity]  # article token indexes, titles stripped
    lex: ActorsLexicon

    def __post_init__(self) -> None:
        self.head = head_of(self.span)
        self.span_ids = frozenset(t.i for t in self.span)

    @property
    def capital_like(self) -> bool:
        """A one-word metonym that is not lower case: a capital city ('Ankara'), not 'the Kremlin'."""
        matched = self.candidate.matched or ""
        return not any(ch.islower() for ch in matched[:1]) and " " not in matched


def part_of_a_longer_person_name(f: Found) -> list[Tok] | None:
    """'Nick Brown' is not Gordon Brown, 'Paris Hilton' is not Paris: inside a longer PERSON entity."""
    c = f.candidate
    for first, last, label in f.entities:
        if label == "PERSON" and first <= c.start_i and c.end_i <= last and (last - first) > (c.end_i - c.start_i):
            return [f.head]
    return None


def state_as_place(f: Found) -> list[Tok] | None:
    """'training in Syria': a state's name used as a place."""
    c = f.candidate
    if c.method in {"alias", "acronym"} and f.entry.type == "state" and is_location_use(f.head, f.lex, f.span_ids):
        return [f.head]
    return None


def metonym_as_place(f: Found) -> list[Tok] | None:
    """'talks in Tripoli': a metonym used as a place."""
    return [f.head] if f.candidate.method == "metonym" and is_location_use(f.head, f.lex, f.span_ids) else None


def capital_as_person(f: Found) -> list[Tok] | None:
    """'Paris' as a person's name."""
    c = f.candidate
    return [f.head] if c.method == "metonym" and f.capital_like and f.head.ent_type == "PERSON" else None


def capital_not_acting(f: Found) -> list[Tok] | None:
    """A capital that neither acts, is acted on, owns, nor is paired: no government."""
    c = f.candidate
    return [f.head] if c.method == "metonym" and f.capital_like and not is_actor_position(f.head, f.lex) else None


def demonym_as_person(f: Found) -> list[Tok] | None:
    """A demonym inside a person's name."""
    return [f.head] if f.candidate.method == "demonym" and f.head.ent_type == "PERSON" else None


def demonym_of_population(f: Found) -> list[Tok] | None:
    """'British tourists': a demonym naming people, not the state's agency."""
    head = f.head
    if f.candidate.method != "demonym" or head.dep not in {"amod", "compound"} or head.head is None:
        return None
    return [head] if head.head.lower in f.lex.population_nouns else None


FILTER_RULES: tuple[Rule[Found, list[Tok]], ...] = (
    Rule("part-of-a-longer-person-name", "drop", part_of_a_longer_person_name),
    Rule("state-as-place", "drop", state_as_place),
    Rule("metonym-as-place", "drop", metonym_as_place),
    Rule("capital-as-person", "drop", capital_as_person),
    Rule("capital-not-acting", "drop", capital_not_acting),
    Rule("demonym-as-person", "drop", demonym_as_person),
    Rule("demonym-of-population", "drop", demonym_of_population),
)


def keep_registry_candidate(
    c: Candidate, toks: dict[int, Tok], entry: RegistryEntry, entities: list[Entity], lex: ActorsLexicon
) -> Candidate | None:
    """The candidate unless a filter rule drops it; `alignment` after "pro-"/"anti-"."""
    span = [toks[i] for i in range(c.start_i, c.end_i + 1)]
    if first_match(FILTER_RULES, Found(c, entry, span, entities, lex)) is not None:
        return None
    before, before2 = toks.get(c.start_i - 1), toks.get(c.start_i - 2)
    if before is not None and before.text == "-" and before2 is not None and before2.lower in lex.alignment_prefixes:
        c.method = "alignment"
    return c
