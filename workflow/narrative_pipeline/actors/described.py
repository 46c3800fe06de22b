"""What a descriptor rule looks at (`Described`: a noun of a sentence, with the article's context)
and what it returns when it fires (`Referred`: the actor, the span and the cue)."""

from __future__ import annotations

from dataclasses import dataclass

from ..parsed import Sent, Tok
from ..records import ActorType
from ..registry import Registry
from ..syntax import lemma
from .candidates import Candidate
from .lexicon import ActorsLexicon
from .resolution import ArticleContext

OF_PREPOSITIONS = frozenset({"of", "for"})
POST_MODIFIERS = frozenset({"acl", "relcl", "amod", "prep"})  # what follows a noun and may name another actor


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


def owning_states(d: Described) -> set[str]:
    """The states that own an office by a possessive or an "of" phrase ("Turkey's president", "the president of
    France", "the United States' president"): each owner a name linked to a state (the state stays a mention of its
    own); none when an owner is anything else ("his", "the firm's", "of the club")."""
    owners = [c for c in d.tok.children if c.dep == "poss"]
    if d.owner is not None:
        owners += [c for c in d.owner.children if c.dep == "pobj"]
    found = [d.linked.get(c.i) for c in owners]
    if not found or any(c is None or c.actor_type != "state" or c.actor_id is None for c in found):
        return set()
    return {c.actor_id for c in found if c is not None and c.actor_id is not None}


def office_slot(d: Described) -> bool:
    """'changing the minister will serve no purpose': the noun is the object of a `slot_verbs` gerund with no
    subject of its own, so it names the office, not its holder ("Mr Blair is changing the minister" does not)."""
    verb = d.tok.head
    if d.tok.dep != "dobj" or verb is None or verb.tag != "VBG" or lemma(verb) not in d.lex.slot_verbs:
        return False
    return not any(c.dep in {"nsubj", "nsubjpass", "aux"} for c in verb.children)


def office_filled(d: Described) -> bool:
    """'hopes to become India's prime minister', 'candidates to be Ukraine's president', 'to serve as the Israeli
    prime minister', 'was elected Turkey's president', 'will take over as the new coach': the noun names an office to
    hold, the complement of "become" or of an infinitive "be", an object predicate, or the "as" phrase of an
    `office_filling_verbs` verb; not its holder of the day (fix69, review67 3). So the complement of a "be" under a
    modal or in an "if" / "whether" clause ("The winner will be the prime minister", "Mr Hunt would be the prime
    minister if he won", "if he were the president"; not a cleft's "it would be the home secretary who decides"; fix75,
    review69 3), or of a subjunctive "be it" ("No individual is, be it the chairman, the manager or a player"; its
    conjuncts and appositions too, as each of the complements above). "Mr Blair is the prime minister" is."""
    tok, head = d.tok, d.tok.head
    if head is None or head is tok:
        return False
    while tok.dep in {"conj", "appos"} and head.head is not None and head.head is not head:  # "the chairman, the X"
        tok, head = head, head.head
    if tok.dep == "oprd":
        return True
    if tok.dep == "attr":
        infinitive = any(c.dep == "aux" and c.lower == "to" for c in head.children)
        return lemma(head) == "become" or lemma(head) == "be" and (infinitive or _unreal(head))
    if tok.dep != "pobj" or head.lower != "as" or head.head is None:
        return False
    verb = head.head.head if head.head.dep == "prt" and head.head.head is not None else head.head  # "take over as"
    return verb.pos in {"VERB", "AUX"} and lemma(verb) in d.lex.office_filling_verbs


def _unreal(be: Tok) -> bool:
    """Whether a "be" is said of a time to come or a case supposed: a modal (tag MD: will, would, could, might, 'll)
    on it with a subject other than a cleft's "it", an "if" / "unless" / "whether" clause of it, or a subjunctive
    "be it" (the bare form before its subject)."""
    modal = any(c.dep == "aux" and c.tag == "MD" for c in be.children)
    cleft = any(c.dep in {"nsubj", "expl"} and c.lower == "it" for c in be.children)
    bare = be.tag == "VB" and not any(c.dep in {"aux", "auxpass"} for c in be.children)
    inverted = bare and any(c.dep == "nsubj" and c.i > be.i for c in be.children)
    supposed = any(c.dep == "mark" and c.lower in {"if", "unless", "whether"} for c in be.children)
    return modal and not cleft or supposed or inverted


def pronoun_person(d: Described) -> str | None:
    """The person "his" or "her" before the noun stands for: the person named last as a subject in this
    sentence or the one before, else the person named last, when that was in this sentence or the one
    before."""
    return person_before(d.ctx, d.tok)


def person_before(ctx: ArticleContext, tok: Tok) -> str | None:
    """The person a "his" or "her" at `tok` stands for (see `pronoun_person`)."""
    subjects = [(s, a) for s, end_i, a in ctx.subjects_in_order if end_i < tok.i and s >= tok.sent - 1]
    persons = subjects or [
        (s, a) for s, end_i, a in ctx.names_in_order if end_i < tok.i and ctx.named_as[a][0] == "person"
    ]
    if not persons or persons[-1][0] < tok.sent - 1:
        return None
    return persons[-1][1]


def bare_owner(d: Described) -> bool:
    """'party sources told the BBC': a bare `group_modifier_nouns` noun before a noun it owns
    (`state_modified_nouns`)."""
    tok = d.tok
    if tok.lower not in d.lex.group_modifier_nouns or tok.dep != "compound" or tok.head is None or tok.head is tok:
        return False
    if any(c.dep == "det" for c in tok.children):
        return False
    return tok.head.pos == "NOUN" and lemma(tok.head) in d.lex.state_modified_nouns


def clause_names(d: Described, actor_id: str) -> bool:
    """'the party challenging Labour', 'the party best placed to beat Labour', 'the party behind Labour': a
    clause, adjective or prepositional phrase after the noun names the actor, so the noun is another one
    ("the party which won them" may still be the party named last)."""
    clauses = [c for c in d.tok.children if c.dep in POST_MODIFIERS and c.i > d.tok.i]
    named = {t.i for c in clauses for t in c.subtree()}
    head = d.tok.head
    if d.tok.dep in {"nsubj", "nsubjpass"} and head is not None and head.i > d.tok.i:
        named |= set(range(d.tok.i + 1, head.i))  # a subject's words before its verb, however spaCy hangs them
    return any(d.linked.get(i) is not None and d.linked[i].actor_id == actor_id for i in named)
