"""Who can be a claimer: sources, the claimer phrase, and the subject a reporting verb stands for."""

from __future__ import annotations

from ..parsed import Tok
from ..records import MentionRecord
from ..syntax import head_of, is_verb, lemma, subject_of, subtree_without
from .lexicon import Lexicon
from .model import Attribution, Scope

# branches kept out of a claimer phrase ("Mr Smith, who ...": "Mr Smith"); a proper noun keeps
# its prepositional phrase ("Lord Nicholls of Birkenhead")
CLAIMER_CUT = frozenset({"appos", "relcl", "acl", "punct", "cc", "advmod", "prep"})
SOURCE_CUT = frozenset({"relcl", "acl", "appos"})


def is_source(subject: Tok, scope: Scope) -> bool:
    """Whether a subject denotes a source that can put a claim forward."""
    lex = scope.lex
    if subject.lower in lex.source_pronouns:
        return True
    if subject.lower in lex.non_source_subjects:
        return False
    if any(t.i in scope.mention_tokens for t in subtree_without(subject, SOURCE_CUT)):
        return True
    if subject.pos == "PROPN" or subject.ent_type in {"PERSON", "ORG", "NORP", "GPE"}:
        return True
    return subject.lower in lex.source_nouns or lemma(subject) in lex.source_nouns


def claimer_tokens(subject: Tok, lex: Lexicon) -> list[Tok]:
    """The claimer phrase of a subject: without clauses, appositions and a leading article."""
    cut = CLAIMER_CUT - {"prep"} if subject.pos == "PROPN" else CLAIMER_CUT
    toks = subtree_without(subject, cut)
    while toks and toks[0].dep == "det" and toks[0].lower in lex.determiners:
        toks = toks[1:]
    while toks and toks[-1].dep in {"punct", "case"}:
        toks = toks[:-1]
    return toks or [subject]


def effective_subject(verb: Tok, lex: Lexicon) -> Tok | None:
    """The verb's subject; for a relative pronoun, the noun the relative clause attaches to; for a
    subjectless gerund ("..., saying ..."), the subject of the verb it depends on."""
    subject = subject_of(verb)
    if subject is not None and subject.lower in lex.relative_pronouns and verb.dep == "relcl" and verb.head is not None:
        return verb.head
    if subject is None and verb.tag == "VBG" and verb.dep in {"advcl", "pcomp", "xcomp"}:
        gov = verb.head
        while gov is not None and gov.dep == "prep" and gov.head is not gov:
            gov = gov.head
        if gov is not None and is_verb(gov):
            return subject_of(gov)
    return subject


def mention_for(tokens: list[Tok], mentions: dict[int, MentionRecord], prefer: Tok) -> MentionRecord | None:
    """The mention at `prefer`, else the first linked (not alignment) mention among the tokens."""
    if prefer.i in mentions:
        return mentions[prefer.i]
    for tok in tokens:
        mention = mentions.get(tok.i)
        if mention is not None and mention.actor_id and mention.link_method != "alignment":
            return mention
    return None


def claimer_actor(attribution: Attribution, scope: Scope) -> str | None:
    """The actor a claimer phrase names; a lone pronoun is the last person in subject position."""
    if attribution.kind != "actor" or not attribution.claimer:
        return None
    claimer = attribution.claimer
    head = head_of(claimer)
    if head.lower in scope.lex.person_pronouns and len(claimer) == 1:
        return scope.discourse.last_subject_person
    mention = mention_for(claimer, scope.mentions, head)
    return mention.actor_id if mention is not None and mention.link_method != "alignment" else None
