"""Actions as the classification rules see them: the predicate, the decision, the rule, and what
the rules read off the parse around an action (its object words, particles, the lemma to look up).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ..parsed import Tok
from ..rules import context_value
from ..syntax import child, is_passive, lemma, raised_subject, subtree_end
from .lexicon import PloverLexicon

OBJECT_PREPS = ("in", "with", "on", "to")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom", "whose"})
INFLECTIONS = ("ing", "ed", "es", "s", "d")
INFLECTED_TAGS = frozenset({"VBD", "VBN", "VBG", "VBZ"})


@dataclass(frozen=True)
class Predicate:
    """An action: a verb, or an event noun (with the light verb whose object it is, if any).

    `lemma` is the word the lexicon is searched for (`action_lemma`), `kinds` the actor type of each
    token inside a linked mention."""

    tok: Tok
    kind: str  # "verb" or "noun"
    light: Tok | None = None
    lemma: str = ""
    kinds: Mapping[int, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> str:
        return self.lemma or lemma(self.tok)

    @context_value  # kept in the instance, as `functools.cached_property` without its lock (rules.context_value)
    def particles(self) -> list[Tok]:
        return particles(self.tok)

    @context_value
    def object_words(self) -> list[Tok]:
        return object_words(self.tok)


@dataclass(frozen=True)
class Decision:
    category: str | None
    cue: list[Tok] = field(default_factory=list)
    lemma: str = ""


KINDS = frozenset({"verb", "noun"})  # the kinds of predicate (`Predicate.kind`)


@dataclass(frozen=True)
class Rule:
    name: str
    decides: str
    function: Callable[[Predicate, PloverLexicon], Decision | None]
    # the kinds of predicate the function may decide: it abstains on any other without looking further (speed62)
    kinds: frozenset[str] = KINDS


def _deinflected(word: str) -> list[str]:
    """Regular base forms of an inflected verb ("fined" -> fine, "stopped" -> stop, "denied" -> deny)."""
    out = []
    for suffix in INFLECTIONS:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            out += [stem, stem + "e"]
            if stem[-1] == stem[-2]:
                out.append(stem[:-1])
            if stem.endswith("i"):
                out.append(stem[:-1] + "y")
    return out


def verb_forms(tok: Tok) -> list[str]:
    """The parser's lemma of a verb and, for an inflected one, its regular base forms ("staged" -> stage, which the
    parser may lemmatise otherwise; fix71)."""
    return [lemma(tok), *(_deinflected(tok.lower) if tok.tag in INFLECTED_TAGS else [])]


def action_lemma(tok: Tok, lex: PloverLexicon) -> str:
    """The lemma the rules look a verb up by: the parser's, unless the lexicon does not know it and a
    regular base form of the word is a verb it knows (the parser lemmatises "fined" as "fin")."""
    base = lemma(tok)
    if base in lex.verb_words or tok.tag not in INFLECTED_TAGS:
        return base
    return next((w for w in _deinflected(tok.lower) if w in lex.verb_words), base)


def reduced_passive(verb: Tok) -> bool:
    """A bare past participle heading an adverbial clause is a passive whose subject is the main
    clause's ("X could face prison if convicted", "X is on trial, accused of fraud", "Hosted by Y,
    the ceremony ..."): X is acted on, not the doer."""
    return (
        verb.dep == "advcl"
        and verb.tag == "VBN"
        and not any(c.dep in ("aux", "auxpass", "nsubj", "nsubjpass", "csubj") for c in verb.children)
    )


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SENTENCE_ENDS = frozenset({".", "!", "?"})
RELATIVE_WORDS = frozenset({"who", "which", "whose", "whom"})
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")


def misread_root_subject(verb: Tok) -> Tok | None:
    """The subject of a finite verb the parser hung under a noun it made the sentence's root: the noun.
    A sentence whose root is a name with an apposition or relative clause set off by commas is one
    whose main verb the tagger took for a participle of that noun ("Vincent Cable, for the Liberal
    Democrats, called on Mr Brown to ...": "called" an acl of the root "Cable") or joined to the
    relative clause ("Sizzla, whose UK tour was cancelled ..., has been jailed"; "the programs ...
    aimed to protect users but were criticised"). Such a verb has no subject of its own; a participle
    with a by-phrase is a true passive, a verb joined to a relative clause needs a finite auxiliary of
    its own and the clause a relative word (who, which, whose, whom) first, and the sentence must end as
    prose does (not a caption: "H.P., aged 9")."""
    if any(c.dep in SUBJECT_DEPS for c in verb.children):
        return None
    node, hops = verb, 0
    while node.dep == "conj" and node.head is not None and node.head is not node and hops < 4:
        node, hops = node.head, hops + 1
    root = node.head
    if node.dep not in ("acl", "relcl") or root is None or root.dep != "ROOT" or root.pos not in ("NOUN", "PROPN"):
        return None
    sentence = root.subtree()
    if not any(t.text in SENTENCE_ENDS for t in sentence[-2:]):
        return None  # a caption or byline, no prose: "H.P., aged 9"
    if node is verb:  # the main verb read as the root's participle, after a comma
        commas = any(t.text == "," for t in sentence if root.i < t.i < verb.i)
        participle = verb.dep == "acl" and verb.tag in ("VBN", "VBD") and verb.i > root.i
        return root if participle and commas and child(verb, "agent") is None else None
    if node.dep == "acl":  # joined to a misread main verb: "aimed to protect users but were criticised"
        return root if misread_root_subject(node) is not None else None
    if node.subtree()[0].lower not in RELATIVE_WORDS:
        return None  # a clause the parser took for a relative one ("demand assurances that meat will not be sold")
    finite = verb.tag in FINITE_TAGS or any(c.dep in ("aux", "auxpass") and c.tag in FINITE_TAGS for c in verb.children)
    return root if finite else None


def follows_the_object(verb: Tok, doer_verbs: frozenset[str] = frozenset()) -> bool:
    """A reduced passive after its main verb's direct object, with no "if" / "when" of its own, says something of a
    noun of the object's phrase, not of the main subject: "the US terminated an agreement with the EU, reached in
    1992" (the agreement was reached), "presented the prize to Robbie Williams dressed as ...", "regrets the
    inconvenience ..., exacerbated by ...". The parser hangs it on the main verb all the same (review17a), so the main
    subject is not its patient; which noun is cannot be told from the parse. Not "X could face prison if convicted"
    (a mark: the subject's condition), "X is on trial, accused of fraud" or "X poured forward, spurred on by Y" (no
    object before it). Nor a participle of `doer_verbs` (the lexicon's `object_control_verbs`: verbs whose patient is
    made to act) with its by-phrase, said of the one who acts, the main subject: "Hamas released the hostages,
    pressured by Qatar", "Blair met the Pope, invited by the Vatican" (review21a); without one it is as often said of
    a thing ("raised the maximum stake allowed to 49%", "offered help when required")."""
    head = verb.head
    if head is None or head is verb or any(c.dep == "mark" for c in verb.children):
        return False
    if lemma(verb) in doer_verbs and any(c.dep == "agent" for c in verb.children):
        return False
    return any(c.dep == "dobj" and c.i < verb.i for c in head.children)


GOVERNING_DEPTH = 4  # arcs up from a pronoun's verb to the clause whose subject it may stand for


def governing_subject(pronoun: Tok) -> Tok | None:
    """The subject of the nearest clause above a subject pronoun's own, a copula's too ("Intel says the benefit of
    the technology is that it does not interfere": benefit; "The drama was ruled too American as it was backed by
    Warner Bros.": drama), or None. A subject the parser made a name with the noun as its apposition ("The World War I
    drama") gives that noun."""
    verb = pronoun.head if pronoun.dep in ("nsubj", "nsubjpass") else None
    for governor in verb.ancestors()[:GOVERNING_DEPTH] if verb is not None and verb is not pronoun else ():
        subject = child(governor, "nsubj", "nsubjpass")
        if subject is not None:
            noun = next((c for c in subject.children if c.dep == "appos" and c.pos == "NOUN"), None)
            return noun if subject.pos == "PROPN" and noun is not None else subject
    return None


def object_heads(verb: Tok) -> list[Tok]:
    """The verb's object and the of-phrases below it ("a company of troops"): its direct object,
    else its passive subject, the noun a participle modifies, the subject the passive is raised
    from or, for a reduced passive, the main clause's subject."""
    out: list[Tok] = []
    obj = child(verb, "dobj")
    misread = misread_root_subject(verb) is not None and not any(c.dep == "auxpass" for c in verb.children)
    if obj is None and misread:
        pass  # a main verb the tagger took for the root noun's participle: no passive
    elif obj is None and reduced_passive(verb) and verb.head is not None:
        if not follows_the_object(verb):
            obj = child(verb.head, "nsubjpass") or child(verb.head, "nsubj")  # "Hosted by Y, the ceremony ..."
    elif obj is None and is_passive(verb):
        obj = child(verb, "nsubjpass")
        if obj is None and verb.dep in ("acl", "amod") and verb.head is not None:
            obj = verb.head
        obj = obj if obj is not None else raised_subject(verb)
    elif obj is None and verb.dep == "relcl" and verb.head is not None and verb.head.pos in ("NOUN", "PROPN"):
        subject = child(verb, "nsubj")
        if subject is not None and subject.lower not in RELATIVE_PRONOUNS:
            obj = verb.head  # "the sanctions it imposed", "a target he has met"
    node = obj
    for _ in range(3):
        if node is None:
            break
        out.append(node)
        of = next((c for c in node.children if c.dep == "prep" and c.lower == "of"), None)
        node = child(of, "pobj") if of is not None else None
    return out


def object_words(verb: Tok) -> list[Tok]:
    """Heads of the verb's object (`object_heads`), objects of in/with/on phrases of the verb or its
    object ("in aid", "on alert") and of its particle ("put on standby")."""
    out = object_heads(verb)
    obj = out[0] if out else None
    for node in (verb, obj):
        for c in node.children if node is not None else ():
            if c.dep == "prep" and c.lower in OBJECT_PREPS:
                pobj = child(c, "pobj")
                if pobj is not None:
                    out.append(pobj)
    for c in verb.children:
        if c.dep == "prt":
            pobj = child(c, "pobj")
            if pobj is not None:
                out.append(pobj)
    return out


def object_keys(tok: Tok) -> list[str]:
    """The lemma of an object word, preceded by the lemma of each modifier before it ("trade ban",
    "military presence"), most specific first; a plural's regular singular after its lemma (the parser
    lemmatises "taxes" as "taxis")."""
    mods = [c for c in tok.children if c.dep in ("amod", "compound") and c.i < tok.i]
    return [f"{lemma(c)} {lemma(tok)}" for c in mods] + [lemma(tok), *_singulars(tok)]


def _singulars(tok: Tok) -> list[str]:
    """Regular singulars of a plural noun other than its lemma ("taxes" -> tax)."""
    if tok.tag != "NNS":
        return []
    word = tok.lower
    forms = [word[:-2]] if word.endswith("es") else []
    forms += [word[:-1]] if word.endswith("s") else []
    return [f for f in forms if f != lemma(tok) and len(f) > 1]


def particles(verb: Tok) -> list[Tok]:
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


def clause_marks(verb: Tok) -> list[Tok]:
    """The mark right after a verb that opens an infinitive clause of the verb ("asked for Ken Livingstone to
    apologise", "pushed for him to resign": the parser makes "for" the clause's mark, not the verb's preposition), which
    stands where a particle would (fix80)."""
    return [  # the mark's place asked before the clause's "to": few clauses have a mark right after the verb (speed60)
        m
        for c in verb.children
        if c.dep in ("advcl", "ccomp", "xcomp")
        for m in c.children
        if m.dep == "mark" and m.i == verb.i + 1 and any(g.tag == "TO" for g in c.children)
    ]


def has_object(verb: Tok) -> bool:
    return any(c.dep in ("dobj", "dative", "nsubjpass") for c in verb.children)
