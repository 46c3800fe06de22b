"""Who acts and who is acted on: actors read off the dependency parse through linked mentions.

`actors_of` finds the actors a noun phrase names: the mention at its head, else an apposition
("his counterpart, Ariel Sharon"), a possessive ("Mr Brown's plan"), a modifier that is a mention
("Emirati drones", "US bank"), a by-phrase ("an attempt by Yukos") or an of-phrase ("the
headquarters of the legitimate government"); conjuncts add one actor each ("the UAE and Russia").
`agents_of` and `patients_of` apply it to a predicate's subject, objects and prepositions, with
passives (the agent of a passive is its by-phrase), relative clauses, participles, control
("managed to seize", "urged X to"), conjoined and adverbial verbs ("..., killing eight people")
and reporting frames ("accused X of sending": X sends). Each result names the rule that found it.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..parsed import ParsedArticle, Tok
from ..records import MentionRecord
from ..syntax import child, is_main_verb, is_passive, lemma, prep_object, span_tokens
from .lexicon import PloverLexicon

SUBJECTS = ("nsubj", "csubj")
RELATIVES = {"who", "which", "that", "whom", "whose"}
MODIFIERS = {"amod", "compound", "nmod", "npadvmod"}
MAX_DEPTH = 4


@dataclass(frozen=True)
class Context:
    """What actor lookups need: linked mentions by token, and the nouns whose of-phrase names
    another party than the noun's referent ("victims of X", "critics of X")."""

    index: dict[int, MentionRecord]
    other_party_nouns: frozenset[str] = frozenset()

    def get(self, i: int) -> MentionRecord | None:
        return self.index.get(i)

    def __contains__(self, i: int) -> bool:
        return i in self.index


@dataclass(frozen=True)
class Found:
    actor_id: str
    mention_id: str
    rule: str


def mention_index(article: ParsedArticle, mentions: list[MentionRecord]) -> dict[int, MentionRecord]:
    """Token index -> the linked mention covering it (mentions without an actor are left out)."""
    starts = [t.start for t in article.tokens]
    index: dict[int, MentionRecord] = {}
    for m in mentions:
        if m.actor_id is None:
            continue
        for tok in span_tokens(article.tokens, m.start, m.end, starts):
            index.setdefault(tok.i, m)
    return index


def _dedupe(found: list[Found]) -> list[Found]:
    seen: set[str] = set()
    out = []
    for f in found:
        if f.actor_id not in seen:
            seen.add(f.actor_id)
            out.append(f)
    return out


def actors_of(tok: Tok, index: Context, rule: str, depth: int = 0) -> list[Found]:
    """Actors the noun phrase headed by tok names (one per conjunct), each with the rule given."""
    if depth > MAX_DEPTH or tok.pos == "PRON":
        return []
    out = _own_actors(tok, index, rule, depth)
    for c in tok.children:
        if c.dep == "conj" and not is_main_verb(c) and not any(g.dep == "case" for g in c.children):
            out.extend(actors_of(c, index, rule, depth + 1))
        elif c.dep in MODIFIERS and c.i < tok.i and c.i in index and any(g.dep == "cc" for g in c.children):
            out[:0] = actors_of(c, index, rule, depth + 1)  # "the UAE and Putin's Russia" parsed as a modifier
    return _dedupe(out)


def _own_actors(tok: Tok, index: Context, rule: str, depth: int) -> list[Found]:
    m = index.get(tok.i)
    if m is not None:
        return [Found(m.actor_id, m.mention_id, rule)]  # type: ignore[arg-type]
    for deps in (("appos",), ("poss",)):
        found = [f for c in tok.children if c.dep in deps for f in actors_of(c, index, rule, depth + 1)]
        if found:
            return found
    found = []
    for c in tok.children:
        if c.dep in MODIFIERS and c.i in index:
            found.extend(actors_of(c, index, rule, depth + 1))
    if found:
        return found
    if lemma(tok) in index.other_party_nouns:
        return []
    for p in ("by", "of", "at", "from"):
        hit = prep_object(tok, (p,))
        if hit is not None and hit[1].pos in ("NOUN", "PROPN"):
            found = actors_of(hit[1], index, rule, depth + 1)
            if found:
                return found
    return []


def _relative_subject(tok: Tok | None) -> bool:
    return tok is not None and tok.lower in RELATIVES


def agents_of(verb: Tok, index: Context, depth: int = 0) -> list[Found]:
    """Actors who do what the verb says."""
    if depth > MAX_DEPTH:
        return []
    if is_passive(verb):
        by = child(verb, "agent")
        obj = child(by, "pobj") if by is not None else None
        if obj is None:
            hit = prep_object(verb, ("by",))
            obj = hit[1] if hit else None
        if obj is not None:
            return actors_of(obj, index, "passive-agent")
        # "Turkish-backed", "UN-brokered": the participle's own modifier names the agent
        return [
            f
            for c in verb.children
            if c.dep in ("npadvmod", "compound", "amod") and c.i in index
            for f in actors_of(c, index, "participle-modifier")
        ]
    subject = child(verb, *SUBJECTS)
    if subject is not None:
        if _relative_subject(subject) and verb.dep == "relcl" and verb.head is not None:
            return actors_of(verb.head, index, "relative")
        return actors_of(subject, index, "subject")
    return _inherited_agents(verb, index, depth)


def _inherited_agents(verb: Tok, index: Context, depth: int) -> list[Found]:
    head = verb.head
    if head is None or head is verb:
        return []
    if verb.dep == "xcomp":
        obj = child(head, "dobj")
        if obj is not None:
            return actors_of(obj, index, "object-control")
        hit = prep_object(head, ("on", "upon"))
        if hit is not None:
            return actors_of(hit[1], index, "object-control")
        return _relabel(agents_of(head, index, depth + 1), "control")
    if verb.dep in ("conj", "advcl"):
        return _relabel(agents_of(head, index, depth + 1), "conjunct" if verb.dep == "conj" else "adverbial")
    if verb.dep == "pcomp" and head.dep == "prep" and head.head is not None:
        governor = head.head
        obj = child(governor, "dobj")
        if head.lower in ("of", "from", "with") and obj is not None:
            return actors_of(obj, index, "object-of-frame")
        if head.lower == "of" and is_passive(governor):
            subject = child(governor, "nsubjpass")
            if subject is not None:
                return actors_of(subject, index, "object-of-frame")
        if is_main_verb(governor):
            return _relabel(agents_of(governor, index, depth + 1), "prepositional")
        return []
    if verb.dep in ("relcl", "acl") and head.pos in ("NOUN", "PROPN"):
        return actors_of(head, index, "participle" if verb.dep == "acl" else "relative")
    return []


def _relabel(found: list[Found], rule: str) -> list[Found]:
    return [Found(f.actor_id, f.mention_id, rule) for f in found]


def noun_agents(noun: Tok, index: Context, light: Tok | None) -> list[Found]:
    """Actors who do what an event noun names: its own possessor, modifier or by-phrase, else the
    subject of the verb it is the object of ("launched an attack") or attached to ("responded with
    bombardments", "travelled for talks")."""
    found = [f for c in noun.children if c.dep == "poss" for f in actors_of(c, index, "possessive")]
    if not found:
        found = [
            f for c in noun.children if c.dep in MODIFIERS and c.i in index for f in actors_of(c, index, "modifier")
        ]
    if not found:
        hit = prep_object(noun, ("by",))
        if hit is not None:
            found = actors_of(hit[1], index, "by-phrase")
    if found:
        return _dedupe(found)
    governor = light
    if governor is None and noun.dep == "pobj" and noun.head is not None and noun.head.dep == "prep":
        governor = _instrument_verb(noun.head) if noun.head.lower == "with" else noun.head.head
        governor = governor if governor is not None and is_main_verb(governor) else None
    if governor is None and noun.dep == "dobj" and noun.head is not None and is_main_verb(noun.head):
        governor = noun.head
    if governor is None:
        return []
    return _relabel(agents_of(governor, index), "light-verb" if light is not None else "governing-verb")


def _instrument_verb(prep: Tok) -> Tok | None:
    """The verb a with-phrase belongs to, past nouns it may be misattached to ("responded to the
    defeat on the battlefields with heavy bombardments")."""
    node = prep.head
    for _ in range(8):
        if node is None or is_main_verb(node):
            return node
        if node.head is None or node.head is node:
            return None
        node = node.head
    return None


def object_actors(verb: Tok, index: Context) -> list[Found]:
    """Actors named by the verb's objects: passive subject, dative, direct object, relative gap."""
    if is_passive(verb):
        subject = child(verb, "nsubjpass")
        if subject is not None:
            if _relative_subject(subject) and verb.head is not None:
                return actors_of(verb.head, index, "relative")
            return actors_of(subject, index, "passive-subject")
        if verb.dep in ("acl", "amod") and verb.head is not None:
            return actors_of(verb.head, index, "participle")
        return []
    for dep, rule in (("dative", "dative"), ("dobj", "object")):
        obj = child(verb, dep)
        if obj is not None:
            found = actors_of(obj, index, rule)
            if found:
                return found
    if verb.dep == "relcl" and child(verb, "dobj") is None and verb.head is not None:
        subject = child(verb, *SUBJECTS)
        if subject is not None and not _relative_subject(subject):
            return actors_of(verb.head, index, "relative-object")
    if child(verb, "dobj") is None:
        for c in verb.children:
            if c.dep == "conj" and is_main_verb(c) and child(c, *SUBJECTS) is None and child(c, "dobj") is not None:
                return actors_of(child(c, "dobj"), index, "shared-object")  # type: ignore[arg-type]
    return []


def prep_actors(tok: Tok, preps: tuple[str, ...], index: Context) -> list[Found]:
    """Actors named by the first of the given prepositions attached to tok that names any."""
    for p in preps:
        hit = prep_object(tok, (p,))
        if hit is not None:
            found = actors_of(hit[1], index, f"prep-{p}")
            if found:
                return found
    return []


def is_negated(tok: Tok, lex: PloverLexicon, light: Tok | None = None) -> bool:
    """A negator attached to the action, its light verb, or the control verb it depends on."""
    for t in (tok, light):
        if t is None:
            continue
        if any(c.dep == "neg" or (c.dep in ("advmod", "det") and c.lower in lex.negators) for c in t.children):
            return True
    if tok.dep == "xcomp" and tok.head is not None and tok.head is not tok:
        return any(c.dep == "neg" for c in tok.head.children)
    return False
