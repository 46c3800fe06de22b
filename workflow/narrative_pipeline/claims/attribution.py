"""Attribution: who a clause unit attributes its proposition to, if anyone but the author.

`ATTRIBUTION_RULES` are tried in order and the first that finds a claimer decides:

1. "according to X" (`according-to`; "according to reports" is `according-to-reports`, unnamed);
2. a reporting frame: each token of the unit may propose a claimer through the frame rule of its
   kind (`FRAME_RULES`: a stance adjective, a verb closing a quotation, a reporting verb in the
   passive, inverted after its content, in a relative clause, or plain); the best-placed proposal
   wins (outside quotation marks before inside, nearer the root before deeper, earlier before
   later; a quote frame counts as outside and at the root);
3. a sentence closed by ", <capitalised source> <reporting verb>." that the parser did not read as
   one (`tail-frame`), or by a citation in brackets, "(<capitalised source>, <year>)." (`bracket-citation`);
4. an agentless passive of belief or report over the claim's content (`impersonal-passive`: "X is
   expected to ...", "China is seen as the culprit"; claims/impersonal.py); it comes before the
   phrase rule so that one construction gets one rule name whatever its negation or adverbs ("is
   expected to", "is not expected to", "is widely expected to");
5. a phrase attributing the claim to no named source (`unnamed-attribution`: "reportedly", "it
   emerged", and the passives the parser did not read as one).

Rules 1 and 3-5 read a phrase of the unit and live in claims/phrasal.py; the frame rules are here, the
analysis of a reporting verb they share in claims/reporting.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..parsed import Tok
from ..quotes import QuoteScan, scan
from ..rules import Rule, context_value, first_match
from ..syntax import has_to, in_modifier, is_that_clause, is_verb, lemma, subject_of
from .closing import final_frame_content, quote_frame_subject
from .impersonal import misplaced_agent
from .lexicon import Lexicon
from .model import Attribution, Cue, Scope, Unit
from .phrasal import (
    according_to,
    according_to_reports,
    bracket_citation,
    impersonal_passive_rule,
    tail_frame,
    unnamed_attribution,
    words_up_to_comma,
)
from .reporting import Reporting, reporting
from .sources import claimer_tokens, continued, continuing_colon, is_source
from .verbs import (
    directive,
    evidence_noun,
    judging_agent,
    newsroom_finding,
    plan_of,
    reason_speech_act,
    reports_the_noun_only,
    ruling,
    speech_phrase,
    stance_object,
    targeted_speech,
    withheld,
)

Rank = tuple[bool, int]  # (inside quotation marks, depth in the tree): lower is better
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})


WH_TAGS = frozenset({"WRB", "WP", "WDT"})


def wh_phrase(phrase: list[Tok]) -> bool:
    """'rewarded according to how much business they brought': a measure, no source."""
    return bool(phrase) and phrase[0].tag in WH_TAGS


def set_off(according: Tok, tokens: list[Tok]) -> bool:
    """'..., according to the trade weekly.', 'According to a new book, ...': "according to" set off by a comma or
    opening the sentence cites a source; bound to its verb it tells a manner ('operate according to a strict code of
    honour', 'modelled according to the laws of physics')."""
    before = [t for t in tokens if t.i < according.i and t.pos != "SPACE"]
    return not before or before[-1].text in {",", "(", "-", '"'}


@dataclass
class AttributionContext:
    """One unit, its sentence's quotations, and the article scope."""

    unit: Unit
    scope: Scope
    quotes: QuoteScan = field(init=False)

    def __post_init__(self) -> None:
        self.quotes = scan(self.unit.sent.tokens)
        self.in_unit = {t.i for t in self.unit.tokens}
        self.hypothetical: Attribution | None = None  # the best frame inside a condition (`best_frame`)

    @property
    def quoted(self) -> frozenset[int]:
        return self.quotes.inside

    @context_value
    def according(self) -> tuple[Tok, Tok, Tok, list[Tok]] | None:
        """The first "according to X" outside quotation marks whose X is reports, a source or any
        other noun (the labels call "according to the book / the trade weekly / the ministerial code"
        the actor's, not only a source noun's): the two words, X's head and X's words. X may also be
        data with no source named ("according to the findings", "according to Email Systems
        analysis"). When the parser gave "to" no object
        ("According to blog analysis firm Technorati, ..."), X is the run of words after "to" up to a comma."""
        for tok in self.unit.tokens:
            if tok.lower != "according" or tok.i in self.quoted:
                continue
            to = next((c for c in tok.children if c.lower == "to"), None)
            pobj = next((c for c in to.children if c.dep == "pobj"), None) if to else None
            if pobj is not None:
                phrase = [t for t in pobj.subtree() if t.pos != "PUNCT"]
            elif to is not None:
                phrase = words_up_to_comma(self.unit.sent.tokens, to.i)
                pobj = phrase[-1] if phrase else None
            if pobj is not None and (
                pobj.lower == "reports"
                or (pobj.pos in {"NOUN", "PROPN"} and set_off(tok, self.unit.sent.tokens) and not wh_phrase(phrase))
                or is_source(pobj, self.scope)
                or evidence_noun(pobj, self.scope.lex)
            ):
                return tok, to, pobj, phrase
        return None

    @context_value
    def best_frame(self) -> Attribution | None:
        """The best-placed claimer proposed by a frame rule, over all tokens of the unit."""
        proposals, hypothetical = [], []
        lex = self.scope.lex
        for tok in self.unit.tokens:
            kind = frame_kind_in(tok, self.scope)
            if kind is None:
                continue  # every frame rule abstains on a token of no frame kind (most tokens): no Frame made
            frame = Frame(self, tok)
            frame.kind = kind  # already worked out
            match = first_match(FRAME_RULES, frame)
            if match is not None:
                if hypothetical_frame(tok, self.unit.sent.tokens, lex):
                    hypothetical.append(match[1])
                else:
                    proposals.append(match[1])
        self.hypothetical = best_placed(hypothetical)
        return best_placed(proposals)


# --- frames: one token of the unit proposing a claimer ---------------------------------------


@dataclass
class Frame:
    """A token of the unit looked at as a reporting frame."""

    ctx: AttributionContext
    tok: Tok

    @context_value
    def kind(self) -> str | None:
        """Which frame rule may apply: stance, other-verb, passive, reporting, or None."""
        return frame_kind_in(self.tok, self.ctx.scope)

    @property
    def rank(self) -> Rank:
        return self.tok.i in self.ctx.quoted, len(self.tok.ancestors())

    @context_value
    def clausal(self) -> list[Tok]:
        """Content clauses of a reporting verb: its complement clauses, a that-clause on its object,
        and the content before it when it closes the sentence."""
        tok, in_unit = self.tok, self.ctx.in_unit
        clausal = [c for c in tok.children if c.dep in CLAUSE_DEPS and c.i in in_unit]
        clausal += [g for c in tok.children if c.dep == "dobj" for g in c.children if is_that_clause(g)]
        clausal += [g for g in message_clauses(tok, self.ctx.scope.lex) if g.i in in_unit]
        plan = plan_of(tok, self.ctx.scope.lex)
        if plan is not None and plan.i in in_unit:
            clausal.append(plan)
        final = final_frame_content(tok, self.ctx.unit)
        return [final, *clausal] if final is not None else clausal

    @context_value
    def reporting(self) -> Reporting | None:
        return reporting(self)


def message_clauses(verb: Tok, lex: Lexicon) -> list[Tok]:
    """'X, Abu Obeida, said in a video message that its fighters had ...', 'told the BBC in an interview that ...': a
    content clause the parser hung on the object of a verb of saying's 'in', as a relative or adjectival clause that
    "that" marks, with a subject of its own (in a true relative clause "that" is the subject or object: 'in a message
    that was read out'); not under another preposition ('Despite denying for decades that smoking could be ...')."""
    if lemma(verb) not in lex.saying_verbs:
        return []
    return [
        g
        for p in verb.children
        if p.dep == "prep" and p.lower == "in" and p.i > verb.i
        for o in p.children
        if o.dep == "pobj"
        for g in o.children
        if g.dep in {"relcl", "acl"}
        and any(m.dep == "mark" and m.lower == "that" for m in g.children)
        and any(s.dep in {"nsubj", "nsubjpass"} for s in g.children)
    ]


def frame_kind(tok: Tok, lex: Lexicon) -> str | None:
    """Which frame rule may apply to a token: stance, other-verb, passive, reporting, or None."""
    if tok.lower in lex.stance_adjectives and tok.dep in {"acomp", "ROOT", "conj"} and tok.head is not None:
        return "stance"
    if not is_verb(tok):
        return None
    if (
        lemma(tok) not in lex.reporting_verbs
        and not continuing_colon(tok, lex)
        and not reason_speech_act(tok, lex)
        and not directive(tok, lex)
        and not speech_phrase(tok, lex)
        and plan_of(tok, lex) is None
        and not stance_object(tok, lex)
        and not newsroom_finding(tok, lex)
    ):
        return "other-verb"
    if has_to(tok) and not continued(tok, lex):
        return None  # "... to say": the infinitive reports nothing (but "went on to say" does)
    if any(c.dep == "agent" for c in tok.children) or passive_by(tok) is not None:
        return "passive"
    return "reporting"


def frame_kind_in(tok: Tok, scope: Scope) -> str | None:
    """`frame_kind` of a token of the scope's article with the scope's lexicon, worked out once (`Scope.frame_kinds`;
    speed64): `frame_kind` reads only the token, its tree and the lexicon, none of which changes in the claims step."""
    kinds = scope.frame_kinds
    if tok in kinds:
        return kinds[tok]
    kind = kinds[tok] = frame_kind(tok, scope.lex)
    return kind


CONDITION_DEPS = frozenset({"advcl", "conj"})
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
OPENER_DEPS = frozenset({"mark", "advmod"})
OPENER_MODIFIERS = frozenset({"as", "even"})
LEADING_DEPS = frozenset({"aux", "auxpass", "neg"})


def hypothetical_frame(tok: Tok, tokens: list[Tok], lex: Lexicon) -> bool:
    """'If the FA ask me what happened, I will tell them', 'if they said no, they were not rung again', '"When the
    director says 'music' the orchestra plays', 'Travel will be allowed unless denied by station staff': a frame in a
    clause of condition (`conditional_markers`), or of time in the present (`generic_times`), or under one, reports
    nothing the article asserts; the main clause's speaker (or the author) claims it. Not 'even if' or 'as if' (a
    concession or a comparison: 'even if the coach admitted ...' reports the admission), not a past 'when' ('when he
    said his ministry was ...' reports what was said), not an 'if' of whether ('Asked if he would welcome ...': a
    complement clause), and not an opener the parser hung on a verb it does not open ('... if court orders were
    defied, Lord Falconer said': the 'if' stands apart from the verb's subject)."""
    return any(condition_opened(clause, tokens, lex) for clause in [tok, *tok.ancestors()])


def condition_opened(clause: Tok, tokens: list[Tok], lex: Lexicon) -> bool:
    """Whether an adverbial clause (or a conjunct of one) is opened by a word of condition, or of time with its verb in
    the present, right before its subject (or before the verb of a clause without one: 'unless denied')."""
    if clause.dep not in CONDITION_DEPS and not (clause.dep == "ROOT" and opens_sentence(clause, tokens)):
        return False
    subject = subject_of(clause)
    if subject is not None and subject.i < clause.i:
        start = min(t.i for t in subject.subtree())
    else:
        start = min([clause.i] + [c.i for c in clause.children if c.dep in LEADING_DEPS and c.i < clause.i])
    opener = next((c for c in clause.children if c.dep in OPENER_DEPS and c.i == start - 1), None)
    if opener is None:
        return False
    before = next((t for t in tokens if t.i == opener.i - 1), None)
    if before is not None and before.lower in OPENER_MODIFIERS:
        return False
    return opener.lower in lex.conditional_markers or (opener.lower in lex.generic_times and clause.tag in PRESENT_TAGS)


def opens_sentence(root: Tok, tokens: list[Tok]) -> bool:
    """A root with an opener of its own as the sentence's first word ('"When the director says 'music' the orchestra
    plays ...'): the parser found no main clause for the opened clause, which is not the sentence's assertion."""
    first = next((t for t in tokens if t.pos not in {"PUNCT", "SPACE"}), None)
    return first is not None and first.head is root and first.dep in OPENER_DEPS


Proposal = tuple[Rank, Attribution]


def stance_adjective(frame: Frame) -> Proposal | None:
    """'X is confident that ...': the subject of a stance adjective (not I, we, you; not with an
    infinitive: 'X looks certain to win' is said of X, not by X)."""
    if frame.kind != "stance":
        return None
    tok, scope = frame.tok, frame.ctx.scope
    if any(c.dep == "xcomp" and has_to(c) for c in tok.children):
        return None
    subject = subject_of(tok.head) if tok.dep == "acomp" else subject_of(tok)
    if subject is None or not is_source(subject, scope) or subject.lower in scope.lex.speaker_pronouns:
        return None
    return frame.rank, Attribution(
        "actor", claimer_tokens(subject, scope.lex), Cue("stance-adjective", [tok]), tok, None
    )


def quote_frame(frame: Frame) -> Proposal | None:
    """'"...," X continues.': a short clause with any verb right after a closing quote."""
    if frame.kind != "other-verb":
        return None
    tok, ctx = frame.tok, frame.ctx
    speaker = quote_frame_subject(ctx.unit, tok, ctx.quotes)
    if speaker is None or not is_source(speaker, ctx.scope):
        return None
    inner = next((c for c in tok.children if c.dep in {"ccomp", "parataxis", "xcomp"} and c.i in ctx.quoted), None)
    content = inner if inner is not None else (tok.head if tok.head is not tok else None)
    claimer = claimer_tokens(speaker, ctx.scope.lex)
    return (False, 0), Attribution("actor", claimer, Cue("quote-frame", [tok]), tok, content)


def passive_by(verb: Tok) -> Tok | None:
    """The agent of a passive the parser hung on the object of its preposition ('was praised for his goal
    by the manager': `impersonal.misplaced_agent`), only on a passive verb."""
    return misplaced_agent(verb) if any(c.dep == "auxpass" for c in verb.children) else None


def passive_agent(frame: Frame) -> Proposal | None:
    """'... was denied by X', '... was praised for his goal by the manager': the agent of a reporting verb in
    the passive, a source or, for a verb of blame or censure, any noun ('criticised by net users': `judging_agent`).
    Not a relative clause that reports only the noun it hangs on (`reports_the_noun_only`, fix95): its sentence is
    one claim, and its agent does not put forward the rest ('"... do anything she is told to by Tony Blair"': the
    quotation stays its speaker's; fix99)."""
    if frame.kind != "passive":
        return None
    tok, ctx = frame.tok, frame.ctx
    if tok.dep in {"acl", "amod"}:
        return None  # "the jobs promised by EU leaders": a noun's modifier, not the claim's frame
    if reports_the_noun_only(tok, ctx.scope.lex):
        return None  # "do anything she is told to by Tony Blair": the relative clause is part of its noun (fix99)
    if ruling(tok, ctx.scope.lex):
        return None  # "the case was dismissed by a court": a ruling with no stated content
    agent = next((c for c in tok.children if c.dep == "agent"), None)
    pobj = next((c for c in agent.children if c.dep == "pobj"), None) if agent is not None else passive_by(tok)
    judged = tok.i not in ctx.quoted and judging_agent(pobj, tok, ctx.scope.lex) if pobj is not None else False
    if pobj is None or not (is_source(pobj, ctx.scope) or judged):
        return None
    content = frame.clausal[0] if frame.clausal else None
    return frame.rank, Attribution(
        "actor", claimer_tokens(pobj, ctx.scope.lex), Cue("passive-agent", [tok]), tok, content
    )


def _reporting_proposal(frame: Frame, found: Reporting, rule: str) -> Proposal:
    claimer = claimer_tokens(found.subject, frame.ctx.scope.lex)
    return frame.rank, Attribution("actor", claimer, Cue(rule, [frame.tok]), frame.tok, found.content)


def inverted_reporting(frame: Frame) -> Proposal | None:
    """'The talks failed, officials said.': a bare reporting verb after its content."""
    found = frame.reporting
    return _reporting_proposal(frame, found, "inverted-reporting") if found and found.inverted else None


def relative_reporting(frame: Frame) -> Proposal | None:
    """'..., which he said had ...': a reporting verb in a relative clause. When the relative pronoun is
    its subject and it reports no clause ('the review, which recommended closing ...', 'the committee,
    which criticised the budget'), it frames its own clause, not the clause of the noun it hangs on,
    unless that noun is the agent of a passive ('concern has been expressed by the CBI, which complains
    of ...')."""
    found = frame.reporting
    if found is None or found.inverted or frame.tok.dep != "relcl":
        return None
    if reports_the_noun_only(frame.tok, frame.ctx.scope.lex):
        return None  # "the 3.1% the government estimated a month ago", "..., which he denies": no clause reported
    own = subject_of(frame.tok)
    if (
        own is not None
        and own.lower in frame.ctx.scope.lex.relative_pronouns
        and frame.ctx.unit.root is not frame.tok
        and not any(c.dep == "ccomp" for c in frame.tok.children)
        and not passive_agent_noun(frame.tok.head)
    ):
        return None
    return _reporting_proposal(frame, found, "relative-reporting")


def passive_agent_noun(noun: Tok | None) -> bool:
    """Whether a noun is the object of a passive's 'by' ('expressed by the CBI', 'by the employers'
    organisation, the CBI')."""
    while noun is not None and noun.dep == "appos" and noun.head is not noun:
        noun = noun.head
    prep = noun.head if noun is not None and noun.dep == "pobj" else None
    return prep is not None and prep.dep == "agent"


def newsroom_report(frame: Frame) -> Proposal | None:
    """'..., BBC Scotland has learned.', 'the BBC has learnt that ...': a newsroom's finding out (claims/verbs.py
    `newsroom_finding`) with something found; a rule of its own so that the classifier holds its claimer kind
    (`classify.relabel.ACTOR_RULES`; claims73)."""
    found = frame.reporting
    if found is None or frame.tok.dep == "relcl" or not newsroom_finding(frame.tok, frame.ctx.scope.lex):
        return None
    return _reporting_proposal(frame, found, "newsroom-finding")


def targeted_speech_act(frame: Frame) -> Proposal | None:
    """'Tessa Jowell has hit out at critics of the bill', 'He ... railed against drinks promotions', 'X joined calls
    for an inquiry': the subject of a speech act aimed at someone (claims/verbs.py `targeted_speech`); a rule of its
    own so that the classifier holds its claimer kind (`classify.relabel.ACTOR_RULES`; claims80)."""
    found = frame.reporting
    if found is None or found.inverted or frame.tok.dep == "relcl":
        return None
    if not targeted_speech(frame.tok, frame.ctx.scope.lex):
        return None
    return _reporting_proposal(frame, found, "targeted-speech-act")


def reporting_verb(frame: Frame) -> Proposal | None:
    """'X said ...', 'X criticised ...': the subject of a reporting verb."""
    found = frame.reporting
    if found is None or found.inverted or frame.tok.dep == "relcl":
        return None
    return _reporting_proposal(frame, found, "reporting-verb")


FRAME_RULES: tuple[Rule[Frame, Proposal], ...] = (
    Rule("stance-adjective", "actor", stance_adjective),
    Rule("quote-frame", "actor", quote_frame),
    Rule("passive-agent", "actor", passive_agent),
    Rule("newsroom-finding", "actor", newsroom_report),
    Rule("inverted-reporting", "actor", inverted_reporting),
    Rule("relative-reporting", "actor", relative_reporting),
    Rule("targeted-speech-act", "actor", targeted_speech_act),
    Rule("reporting-verb", "actor", reporting_verb),
)


def _best_frame_of(rule: str):
    def best_frame(ctx: AttributionContext) -> Attribution | None:
        best = ctx.best_frame
        return best if best is not None and best.cue.rule == rule else None

    return best_frame


ATTRIBUTION_RULES: tuple[Rule[AttributionContext, Attribution], ...] = (
    Rule("according-to-reports", "unnamed", according_to_reports),
    Rule("according-to", "actor", according_to),
    *(Rule(r.name, r.decides, _best_frame_of(r.name)) for r in FRAME_RULES),
    Rule("tail-frame", "actor", tail_frame),
    Rule("bracket-citation", "actor", bracket_citation),
    Rule("impersonal-passive", "unnamed", impersonal_passive_rule),
    Rule("unnamed-attribution", "unnamed", unnamed_attribution),
)


def best_placed(proposals: list[Proposal]) -> Attribution | None:
    """The best-placed of the frame rules' proposals (outside quotation marks, nearer the root, earlier)."""
    return min(proposals, key=lambda p: (p[0], p[1].cue.tokens[0].i))[1] if proposals else None


def attribution_of(unit: Unit, scope: Scope) -> Attribution | None:
    """Who the unit attributes its proposition to, if anyone but the author."""
    return frames_of(unit, scope)[0]


def frames_of(unit: Unit, scope: Scope) -> tuple[Attribution | None, Attribution | None]:
    """The unit's attribution, and when it has none, the best frame inside a clause of condition
    (`hypothetical_frame`): that frame attributes nothing, but what it would report is the unit's proposition, so the
    type rules read the frame's content ('If we don't say this is a sea-change in education' is typed as "this is a
    sea-change" would be under "say"; the labels keep the content's type: 3 of 3 such claims)."""
    ctx = AttributionContext(unit, scope)
    match = first_match(ATTRIBUTION_RULES, ctx)
    return (match[1], None) if match is not None else (None, ctx.hypothetical)


def withheld_speech(unit: Unit, scope: Scope) -> Cue | None:
    """'The minister did not say whether ...', 'she refused to say if ...': a verb of saying
    (`withheld_speech_verbs`) of the unit's own clause that is withheld (claims/verbs.py `withheld`).
    It puts nothing forward: the claim is the author's, recorded as `withheld-speech` so that the
    classifier keeps it so."""
    ctx = AttributionContext(unit, scope)
    found: Cue | None = None
    for tok in unit.tokens:
        if tok.i in ctx.quoted or not is_verb(tok) or in_modifier(tok, unit.root):
            continue
        speech = lemma(tok) in scope.lex.reporting_verbs or lemma(tok) in scope.lex.withheld_speech_verbs
        if not speech:
            continue
        if not withheld(tok, Frame(ctx, tok).clausal, scope.lex):
            return None  # "did not reveal the injury, but said she would play": something is said
        if found is None and lemma(tok) in scope.lex.withheld_speech_verbs:
            found = Cue("withheld-speech", [tok])
    return found
