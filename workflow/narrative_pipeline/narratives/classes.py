"""PLOVER classes of actions: an ordered registry of named rules over the parsed predicate.

Each rule looks at one thing (the verb's particle or preposition, its object noun, whether it has
an object, its lemma; an event noun's object, modifier or lemma) and either decides the class
(a category, or none for a pair listed as no event) with the cue tokens that decided it, or
abstains. The first rule that decides wins; its name is recorded on the statement.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..parsed import Tok
from ..syntax import child, is_passive, lemma, subtree_end
from .lexicon import PloverLexicon

OBJECT_PREPS = ("in", "with", "on", "to")
QUESTION_WORDS = {"if", "whether", "what", "who", "why", "how", "when", "where", "which"}


@dataclass(frozen=True)
class Predicate:
    """An action: a verb, or an event noun (with the light verb whose object it is, if any)."""

    tok: Tok
    kind: str  # "verb" or "noun"
    light: Tok | None = None


@dataclass(frozen=True)
class Decision:
    category: str | None
    cue: list[Tok] = field(default_factory=list)
    lemma: str = ""


@dataclass(frozen=True)
class Rule:
    name: str
    decides: str
    function: Callable[[Predicate, PloverLexicon], Decision | None]


def object_words(verb: Tok) -> list[Tok]:
    """Heads of the verb's object: direct object (and of-phrases below it), passive subject or the
    noun a participle modifies, objects of in/with/on phrases ("in aid", "on alert")."""
    out: list[Tok] = []
    obj = child(verb, "dobj")
    if obj is None and is_passive(verb):
        obj = child(verb, "nsubjpass")
        if obj is None and verb.dep in ("acl", "amod") and verb.head is not None:
            obj = verb.head
    if obj is not None:
        out.append(obj)
        node = obj
        for _ in range(2):
            of = next((c for c in node.children if c.dep == "prep" and c.lower == "of"), None)
            pobj = child(of, "pobj") if of is not None else None
            if pobj is None:
                break
            out.append(pobj)
            node = pobj
    for node in (verb, obj):
        for c in node.children if node is not None else ():
            if c.dep == "prep" and c.lower in OBJECT_PREPS:
                pobj = child(c, "pobj")
                if pobj is not None:
                    out.append(pobj)
    return out


def _particles(verb: Tok) -> list[Tok]:
    """Particles, an adverb right after the verb ("pulled back"), and prepositions right after the
    verb, its particle, its object or one prepositional phrase of its own ("called on", "attacked
    Mr Brown for ...", "rallied in Minsk against ...")."""
    prts = [c for c in verb.children if c.dep == "prt" or (c.dep == "advmod" and c.i == verb.i + 1)]
    slots = {verb.i + 1} | {p.i + 1 for p in prts}
    obj = child(verb, "dobj")
    if obj is not None:
        slots.add(subtree_end(obj) + 1)
    candidates = [c for c in verb.children if c.dep in ("prep", "agent", "dative") and c.pos == "ADP"]
    slots |= {subtree_end(c) + 1 for c in candidates if c.i in slots}
    return prts + [c for c in candidates if c.i in slots]


def not_event(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    if pred.kind != "verb":
        n = lemma(pred.tok)
        for c in pred.tok.children:
            if c.dep in ("amod", "compound", "nmod") and (lemma(c), n) in lex.not_events:
                return Decision(None, [c, pred.tok], f"{lemma(c)} {n}")  # "heart attack"
        return None
    v = lemma(pred.tok)
    for t in object_words(pred.tok) + _particles(pred.tok):
        if (v, lemma(t)) in lex.not_events or (v, t.lower) in lex.not_events:
            return Decision(None, [pred.tok, t], f"{v} {lemma(t)}")
    return None


def verb_particle(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    if pred.kind != "verb":
        return None
    v = lemma(pred.tok)
    for t in _particles(pred.tok):
        category = lex.particles.get((v, t.lower))
        if category:
            return Decision(category, [pred.tok, t], f"{v} {t.lower}")
    return None


def verb_object(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    if pred.kind != "verb":
        return None
    v = lemma(pred.tok)
    for t in object_words(pred.tok):
        category = lex.verb_objects.get((v, lemma(t)))
        if category:
            return Decision(category, [pred.tok, t], f"{v} {lemma(t)}")
    return None


def _has_object(verb: Tok) -> bool:
    return any(c.dep in ("dobj", "dative", "nsubjpass") for c in verb.children)


def _asks_a_question(verb: Tok) -> bool:
    """A clausal complement that is a question ("asked if ...", "asked what ...")."""
    for c in verb.children:
        if c.dep == "ccomp" and any(g.lower in QUESTION_WORDS and g.i < c.i for g in c.subtree()):
            return True
    return False


def object_verb(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    if pred.kind != "verb" or not _has_object(pred.tok) or _asks_a_question(pred.tok):
        return None
    category = lex.object_verbs.get(lemma(pred.tok))
    return Decision(category, [pred.tok], lemma(pred.tok)) if category else None


def intransitive_verb(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """A verb used on its own as a predicate (not "struck Russia", not "star-struck crowds")."""
    tok = pred.tok
    if pred.kind != "verb" or tok.dep in ("amod", "acl", "compound") or tok.tag == "VBN":
        return None
    if any(c.dep in ("dobj", "dative", "ccomp", "xcomp", "nsubjpass") for c in tok.children):
        return None
    category = lex.intransitive.get(lemma(pred.tok))
    return Decision(category, [pred.tok], lemma(pred.tok)) if category else None


def verb_lemma(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    if pred.kind != "verb":
        return None
    category = lex.verbs.get(lemma(pred.tok))
    return Decision(category, [pred.tok], lemma(pred.tok)) if category else None


def noun_object(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """An event noun with the object of its preposition ("an attack on ... plans")."""
    if pred.kind != "noun":
        return None
    n = lemma(pred.tok)
    for c in pred.tok.children:
        if c.dep == "prep":
            pobj = child(c, "pobj")
            if pobj is not None:
                category = lex.verb_objects.get((n, lemma(pobj)))
                if category:
                    return Decision(category, [pred.tok, pobj], f"{n} {lemma(pobj)}")
    return None


def noun_modifier(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    if pred.kind != "noun":
        return None
    n = lemma(pred.tok)
    for c in sorted(pred.tok.children, key=lambda t: t.i):
        if c.dep in ("amod", "compound", "nmod") and c.i < pred.tok.i:
            category = lex.noun_pairs.get((lemma(c), n)) or lex.noun_pairs.get((lemma(c), pred.tok.lower))
            if category:
                return Decision(category, [c, pred.tok], f"{lemma(c)} {n}")
    return None


def noun_lemma(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    if pred.kind != "noun":
        return None
    n = lemma(pred.tok)
    category = lex.nouns.get(n) or lex.nouns.get(pred.tok.lower)
    cue = [pred.light, pred.tok] if pred.light is not None else [pred.tok]
    return Decision(category, cue, n) if category else None


RULES: tuple[Rule, ...] = (
    Rule("not-event", "action_class", not_event),
    Rule("verb-particle", "action_class", verb_particle),
    Rule("verb-object", "action_class", verb_object),
    Rule("object-verb", "action_class", object_verb),
    Rule("intransitive-verb", "action_class", intransitive_verb),
    Rule("verb", "action_class", verb_lemma),
    Rule("noun-object", "action_class", noun_object),
    Rule("noun-modifier", "action_class", noun_modifier),
    Rule("noun", "action_class", noun_lemma),
)


def classify(pred: Predicate, lex: PloverLexicon) -> tuple[str, Decision]:
    """The first rule that decides, and its decision; ("none", no category) when none does."""
    for rule in RULES:
        decision = rule.function(pred, lex)
        if decision is not None:
            return rule.name, decision
    return "none", Decision(None, [], lemma(pred.tok))
