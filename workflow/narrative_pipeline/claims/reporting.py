"""The analysis behind the reporting-verb frame rules (claims/attribution.py): whether a verb of the
unit reports with a source subject, what it reports, and whether it follows its content."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..parsed import Tok
from ..quotes import CLOSING, can_open
from ..syntax import is_that_clause, lemma, subject_of
from .sources import continuing_colon, effective_subject, is_source
from .verbs import (
    action_infinitive,
    as_aside,
    as_frame,
    closing_conjunct,
    contest_use,
    directive,
    future_act,
    how_aside,
    judging_subject,
    named_subject,
    organisation_pronoun,
    parenthetical,
    particle_use,
    person_object,
    predicts,
    reason_speech_act,
    reflexive_state,
    ruling,
    saying_subject,
    shows_evidence,
    speech_phrase,
    telephone_use,
    unrealised_wish,
    what_aside,
    withheld,
    without_as,
)

if TYPE_CHECKING:
    from .attribution import AttributionContext, Frame

OBJECT_DEPS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp"})


def group_antecedent(ctx: AttributionContext) -> bool:
    """Whether "it" can stand for an organisation, state or group: one was named as a subject in
    this paragraph or the one before, with no person named as a subject since."""
    d = ctx.scope.discourse
    return (
        d.last_subject_group is not None and ctx.unit.sent.record.paragraph_index - d.last_subject_group_paragraph <= 1
    )


@dataclass
class Reporting:
    """A reporting verb with a source subject: its subject, content and whether it follows it."""

    subject: Tok
    content: Tok | None
    inverted: bool


def reporting(frame: Frame) -> Reporting | None:
    """The analysis shared by the reporting-verb rules: a source subject and something reported
    (a content clause, the content before it, a quotation or colon, a speech act, or a person
    speaking)."""
    if frame.kind != "reporting":
        return None
    tok, ctx = frame.tok, frame.ctx
    lex, in_unit = ctx.scope.lex, ctx.in_unit
    subject = effective_subject(tok, lex, ctx.scope.discourse.sentence_quoted)
    if subject is None or (subject.dep == "nsubjpass" and (subject.lower == "it" or subject.head is tok)):
        return None  # "X was named / accused / blamed": the passive subject is what is reported on
    if any(c.dep == "auxpass" for c in tok.children):
        return None  # "Abu Mazen, who is expected to win, ...": a passive's antecedent is reported on too
    phrase = speech_phrase(tok, lex)  # "flagged up": a speech act with its particle
    if (
        withheld(tok, frame.clausal, lex)
        or (particle_use(tok, lex) and not phrase)
        or action_infinitive(tok, lex)
        or person_object(tok, lex)
        or without_as(tok, lex)
        or ruling(tok, lex)
        or reflexive_state(tok, lex)
        or unrealised_wish(tok, lex)
        or as_aside(tok, lex)
        or what_aside(tok)
        or how_aside(tok)
    ):
        return None
    if not frame.clausal and (contest_use(tok, lex) or telephone_use(tok, lex)):
        return None  # 'Defending champion Andy Roddick ...', 'who called the police': play, a call (review14)
    if reply_after_narration(frame):
        return None
    bare = not any(c.dep in OBJECT_DEPS for c in tok.children)
    after = tok.dep in {"parataxis", "ccomp"} and tok.head.i < tok.i and not is_that_clause(tok)
    after = after or closing_conjunct(tok)
    framing = as_frame(tok, lex)
    if framing and (tok.i in ctx.quoted or any(can_open(t) for t in ctx.unit.sent.tokens if t.i < tok.i)):
        return None  # '"As Lord Woolf acknowledged, ...': a quotation's "as X said" cites; its speaker claims
    inverted = bare and tok.head.i in in_unit and (after or parenthetical(tok) or framing)
    colon = any(c.text == ":" for c in tok.children) or any(can_open(t) for t in ctx.unit.tokens)
    colon = colon or continuing_colon(tok, lex)  # 'He went on: "..."' with the colon on the quotation's verb
    speech = (
        lemma(tok) in lex.speech_acts
        or reason_speech_act(tok, lex)
        or directive(tok, lex)
        or phrase
        or predicts(tok, lex)
        or shows_evidence(tok, subject, lex)
    )
    person = subject.i in ctx.scope.mention_tokens or subject.lower in lex.person_pronouns or subject.pos == "PROPN"
    fallback = (
        person
        and lemma(tok) not in lex.clause_verbs
        and tok.dep in {"ROOT", "conj", "relcl"}
        and not any(c.dep == "dobj" and c.pos in {"NOUN", "NUM"} for c in tok.children)
    )  # "he added." but not "Jones added four conversions"
    if not (frame.clausal or inverted or colon or speech or fallback):
        return None
    if not (frame.clausal or inverted or colon) and future_act(tok, lex):
        return None
    reports = bool(speech or frame.clausal or colon)
    if not (
        is_source(subject, ctx.scope)
        or ((speech or frame.clausal) and named_subject(subject, lex))
        or (reports and organisation_pronoun(subject, tok, lex) and group_antecedent(ctx))
        or (says_something(frame, inverted) and saying_subject(subject, tok, lex))
        or (speech and not quoted(tok, ctx) and judging_subject(subject, tok, lex))  # a quotation's is its speaker's
    ):
        return None
    content = frame.clausal[0] if frame.clausal else (tok.head if inverted else None)
    return Reporting(subject, content, inverted)


def says_something(frame: Frame, inverted: bool) -> bool:
    """A verb outside quotation marks, with its subject, that reports a clause ('said that ...', not 'told them to
    ...'), a colon's quotation or the content before it; not one followed by a name after a comma or outside what it
    reports, the speaker of an inversion the parser missed ('The problem they face, said Shailendra Jain, ..., is
    ...'; but 'Three-quarters said Mr Blunkett was right')."""
    tok, ctx = frame.tok, frame.ctx
    subject = subject_of(tok)
    if quoted(tok, ctx) or (subject is not None and quoted(subject, ctx)):
        return False
    clauses = [c for c in frame.clausal if not (c.dep == "xcomp" and c.head is tok)]
    content = {t.i for c in clauses for t in c.subtree()}
    after = next((t for t in ctx.unit.sent.tokens if t.i == tok.i + 1), None)
    before = next((t for t in ctx.unit.sent.tokens if t.i == tok.i - 1), None)
    if (
        after is not None
        and after.pos == "PROPN"
        and (after.i not in content or (before is not None and before.text == ","))
    ):
        return False
    return bool(clauses) or inverted or any(c.text == ":" for c in tok.children)


def quoted(tok: Tok, ctx: AttributionContext) -> bool:
    """Whether a token is inside quotation marks, also of a quotation opened in an earlier sentence."""
    return tok.i in ctx.quoted or tok.i in ctx.scope.discourse.sentence_quoted


def reply_after_narration(frame: Frame) -> bool:
    """'Mr Howard spoke first, Mr Kennedy replied': a verb of `reply_verbs` after an unquoted clause
    tells a turn in an exchange; the clause before it is narrated, not what was replied ('"No," he
    replied' and 'he replied that ...' still report)."""
    tok, ctx = frame.tok, frame.ctx
    if lemma(tok) not in ctx.scope.lex.reply_verbs or not frame.clausal or any(c.dep == "dobj" for c in tok.children):
        return False  # 'she could have answered these questions': an act with its object
    quotes = any(can_open(t) or t.text in CLOSING or t.i in ctx.quoted for t in ctx.unit.sent.tokens)
    return not quotes and all(c.i < tok.i for c in frame.clausal)
