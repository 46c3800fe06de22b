"""Roles: what each linked actor mentioned in a claim does in it (agent, patient, claimer, mentioned).

A mention inside the claimer phrase is the `claimer`. Otherwise the role comes from the arc that
attaches the mention's phrase to its clause: from the mention's head, climb through modifiers
("Russia's army", "the headquarters of X") to the phrase, then `ROLE_RULES` decide in order;
`mentioned` when none applies.
"""

from __future__ import annotations

from ..parsed import Tok
from ..records import MentionRecord, Role
from ..rules import Rule, first_match
from ..syntax import head_of, is_verb
from .lexicon import Lexicon
from .model import ClaimDraft

MODIFIER_ARCS = frozenset({"poss", "compound", "amod", "nmod", "appos", "conj"})
MAX_CLIMB = 8
RoleContext = tuple[Tok, Lexicon]


def phrase_node(tok: Tok) -> Tok | None:
    """The node that attaches the phrase around `tok` to its clause; None past MAX_CLIMB steps."""
    node = tok
    for _ in range(MAX_CLIMB):
        head = node.head
        if node.dep in MODIFIER_ARCS and head is not None and head is not node:
            node = head
        elif (
            node.dep == "pobj"
            and head is not None
            and head.lower == "of"
            and head.head is not None
            and not is_verb(head.head)
        ):
            node = head.head  # "the headquarters of X": X shares the role of the headquarters
        else:
            return node
    return None


def agent_phrase(rc: RoleContext) -> list[Tok] | None:
    """'... attacked by X': the object of a passive's agent."""
    node = rc[0]
    return [node] if node.dep == "pobj" and node.head is not None and node.head.dep == "agent" else None


def by_phrase(rc: RoleContext) -> list[Tok] | None:
    """'... killed by X' where the parse has no agent arc: 'by' after a past participle."""
    node = rc[0]
    prep = node.head
    if node.dep != "pobj" or prep is None or prep.lower != "by" or prep.head is None:
        return None
    return [node] if prep.head.tag == "VBN" else None


def subject(rc: RoleContext) -> list[Tok] | None:
    return [rc[0]] if rc[0].dep in {"nsubj", "csubj"} else None


def passive_subject(rc: RoleContext) -> list[Tok] | None:
    return [rc[0]] if rc[0].dep == "nsubjpass" else None


def object_(rc: RoleContext) -> list[Tok] | None:
    return [rc[0]] if rc[0].dep in {"dobj", "iobj", "dative", "oprd"} else None


def prepositional_object(rc: RoleContext) -> list[Tok] | None:
    """'sanctions on X', 'fighting against X': the object of a patient preposition on a verb or noun."""
    node, lex = rc
    prep = node.head
    if node.dep != "pobj" or prep is None or prep.lower not in lex.patient_prepositions:
        return None
    parent = prep.head
    return [node] if parent is not None and (is_verb(parent) or parent.pos == "NOUN") else None


ROLE_RULES: tuple[Rule[RoleContext, list[Tok]], ...] = (
    Rule("agent-phrase", "agent", agent_phrase),
    Rule("by-phrase", "agent", by_phrase),
    Rule("subject", "agent", subject),
    Rule("passive-subject", "patient", passive_subject),
    Rule("object", "patient", object_),
    Rule("prepositional-object", "patient", prepositional_object),
)


def role_of(tok: Tok, lex: Lexicon) -> Role:
    """Agent or patient from the dependency path to the clause's verb; else mentioned."""
    node = phrase_node(tok)
    match = first_match(ROLE_RULES, (node, lex)) if node is not None else None
    return match[0].decides if match is not None else "mentioned"


def roles(draft: ClaimDraft, mentions: dict[int, MentionRecord], lex: Lexicon) -> list[tuple[Role, MentionRecord]]:
    """(role, mention) pairs for linked mentions in the claim, in text order."""
    out: list[tuple[Role, MentionRecord]] = []
    claimer_ids = {t.i for t in (draft.attribution.claimer if draft.attribution else [])}
    seen: set[str] = set()
    for tok in draft.unit.tokens:
        m = mentions.get(tok.i)
        if m is None or not m.actor_id or m.mention_id in seen:
            continue
        seen.add(m.mention_id)
        head = head_of([t for t in draft.unit.tokens if tok.i <= t.i <= m.head_i], words_only=True)
        if head.i in claimer_ids or tok.i in claimer_ids:
            out.append(("claimer", m))
        else:
            out.append((role_of(head, lex), m))
    return out
