"""Drafts of one sentence: each clause unit decided on its own, then attributions shared where the
syntax says so (a reporting frame around a quotation, a reporting verb governing a later clause,
a lead-in before a colon), and units that are nothing but a frame dropped."""

from __future__ import annotations

from ..parsed import Sent, Tok
from ..quotes import can_open, scan
from ..records import ClaimerRule
from ..syntax import lemma, subject_of, subtree_without
from .attribution import attribution_of, frames_of, withheld_speech
from .certainty import certainty_of
from .closing import final_frame_content
from .lexicon import Lexicon
from .model import Attribution, ClaimDraft, Cue, Scope, Unit
from .sources import claimer_actor, claimer_tokens, effective_subject, is_source
from .type import claim_type, own_cue
from .units import speech_verb, split_units
from .verbs import predicts

QUOTED_SHARE = 0.6  # a unit with at least this share of its tokens quoted is a quotation


def draft(unit: Unit, scope: Scope) -> ClaimDraft:
    """A unit decided on its own: claimer, type and certainty."""
    attribution, hypothetical = frames_of(unit, scope)
    kind = attribution.kind if attribution is not None else "author"
    actor = claimer_actor(attribution, scope) if attribution is not None else None
    ctype, tcue = claim_type(unit, attribution or hypothetical, scope.lex)
    own = None
    if not own_cue(tcue.rule, tcue.tokens, frozenset(t.i for t in unit.tokens)):
        own = claim_type(unit, attribution or hypothetical, scope.lex, own_words=True)
    certainty, ccue = certainty_of(unit, attribution, scope.lex)
    withheld = withheld_speech(unit, scope) if attribution is None else None
    return ClaimDraft(unit, attribution, kind, actor, ctype, tcue, certainty, ccue, withheld=withheld, own_type=own)


def share_attribution(draft: ClaimDraft, attribution: Attribution, scope: Scope, rule: ClaimerRule) -> None:
    """Give a draft the claimer of another part of its sentence; its certainty follows."""
    draft.attribution = Attribution(attribution.kind, attribution.claimer, attribution.cue, attribution.verb, None)
    draft.claimer_kind = attribution.kind
    draft.claimer_actor = claimer_actor(attribution, scope)
    draft.inherited = rule
    draft.certainty, draft.certainty_cue = certainty_of(draft.unit, draft.attribution, scope.lex)


def sentence_drafts(sent: Sent, scope: Scope) -> list[ClaimDraft]:
    """Drafts for the clause units of one sentence, attributions shared where the syntax says so."""
    quoted = scan(sent.tokens, scope.discourse.quote_open).inside  # a quotation opened in an earlier sentence too
    units = split_units(sent, scope.lex, quoted)
    frame = None
    if len(units) > 1 or quoted:
        whole = Unit(sent, sent.tokens, units[-1].root if units else sent.tokens[0])
        frame = attribution_of(whole, scope)
        if frame is not None and frame.verb is not None and frame.verb.i in quoted:
            frame = None
    drafts: list[ClaimDraft] = []
    for unit in units:
        d = draft(unit, scope)
        inside = sum(1 for t in unit.tokens if t.i in quoted) >= QUOTED_SHARE * max(1, len(unit.tokens))
        own_outside = d.attribution is not None and not any(t.i in quoted for t in d.attribution.cue.tokens)
        governor = governing_draft(drafts)
        if frame is not None and inside and not own_outside:
            share_attribution(d, frame, scope, "quote-frame")
        elif d.attribution is None and drafts:
            if governor is not None and reports_on(governor.verb, unit.root, scope.lex):
                share_attribution(d, governor, scope, "shared-reporting-verb")
        elif governor is not None and passive_in_report(d, governor, scope.lex):
            hedge = (d.certainty, d.certainty_cue)
            share_attribution(d, governor, scope, "shared-reporting-verb")
            if hedge[0] == "hedged":  # reported and hedged is hedged (ANNOTATION)
                d.certainty, d.certainty_cue = hedge
        elif d.attribution is None and closing_frame(frame, units, unit, scope):
            share_attribution(d, frame, scope, "shared-reporting-verb")  # 'X, but Y, the army said': X too
        drafts.append(d)
    drafts = colon_quotes(drafts, scope)
    return [d for d in drafts if not only_frame(d)]


def governing_draft(drafts: list[ClaimDraft]) -> Attribution | None:
    """The attribution through a reporting verb of the last draft of the sentence so far that has one."""
    return next((g.attribution for g in reversed(drafts) if g.attribution and g.attribution.verb is not None), None)


def passive_in_report(d: ClaimDraft, governor: Attribution, lex: Lexicon) -> bool:
    """'Mr Manuel added that inflation fell to 4.3% in 2004 and is expected to remain between 3% and 6%', 'Police say
    the suspect ran off and is believed to have been driving a red car': an agentless passive of belief or report
    (`impersonal-passive`) that is the unit's own verb, a conjunct with no subject of its own of a clause an actor's
    reporting verb governs, continues what the actor reports; the actor puts it forward (the labels give such a
    passive under a frame to the frame's source: 14 of 16 rows), its hedge stays. Not a clause with a subject of its
    own ('Officials said there will be no giveaway, but Mr Brown is thought to have £2bn to spare'), nor a passive
    in a clause of its own kind ('while the US is thought to favour ...'): that belief is no one's (claims81)."""
    a = d.attribution
    if a is None or a.cue.rule != "impersonal-passive" or governor.kind != "actor" or governor.verb is None:
        return False
    root = d.unit.root
    if a.verb is not root or root.dep != "conj" or subject_of(root) is not None:
        return False
    return reports_on(governor.verb, root, lex)


def closing_frame(frame: Attribution | None, units: list[Unit], unit: Unit, scope: Scope) -> bool:
    """Whether the sentence's first unit is content of a reporting verb that closes the sentence after a comma
    ('Troops entered the town, but they withdrew on Sunday, the army said.': the frame covers both clauses)."""
    if frame is None or frame.verb is None or unit is not units[0] or len(units) < 2:
        return False
    whole = Unit(unit.sent, unit.sent.tokens, frame.verb)
    if final_frame_content(frame.verb, whole) is None:
        return False
    conjoined = frame.verb.dep == "conj" and frame.verb.head is unit.root  # a parse of 'X, but [Y, the army said]'
    return conjoined or reports_on(frame.verb, unit.root, scope.lex)


def reports_on(verb: Tok, root: Tok, lex: Lexicon) -> bool:
    """Whether a clause is under a reporting verb: its root descends from the verb, and is not a
    clause with a subject of its own coordinated with the verb itself ('X outlined plans and the
    Lib Dems gave details'), unless the verb reported a clause before it and the coordinated
    clause has a modal, as reported speech goes on ('X said taxes would rise, but spending would
    be protected', 'Europe says the euro has had enough, and Asia must now share the burden')."""
    if verb not in root.ancestors():
        return False
    if not (root.dep == "conj" and root.head is verb and subject_of(root) is not None):
        return True
    reported_before = any(c.dep == "ccomp" and c.i < root.i for c in verb.children)
    modal = any(c.dep == "aux" and c.tag == "MD" and lex.modal_form(c) in lex.content_modals for c in root.children)
    return reported_before and modal


def colon_quotes(drafts: list[ClaimDraft], scope: Scope) -> list[ClaimDraft]:
    """'X told Y: "..."' is one claim by X; 'X did Z with the slogan: "..."' gives the quote to X,
    as does 'X promised Z with the slogan: "..."' (a speech act with a claim of its own)."""
    out: list[ClaimDraft] = []
    for d in drafts:
        lead = out[-1] if out else None
        is_quote = can_open(d.unit.tokens[0]) and lead is not None and lead.unit.tokens[-1].text == ":"
        if not is_quote:
            out.append(d)
            continue
        if (
            lead.attribution is not None
            and lead.attribution.verb is not None
            and lead.attribution.verb is lead.unit.root
            and not predicts(lead.attribution.verb, scope.lex)
        ):
            _merge_quote_into_lead(lead, d, scope)
            continue
        subject = effective_subject(lead.unit.root, scope.lex, scope.discourse.sentence_quoted)
        if d.attribution is None and subject is not None and is_source(subject, scope):
            cue = Cue("colon-quote", [lead.unit.tokens[-1]])
            share_attribution(
                d, Attribution("actor", claimer_tokens(subject, scope.lex), cue, None, None), scope, "colon-quote"
            )
        out.append(d)
    return out


def _merge_quote_into_lead(lead: ClaimDraft, quote: ClaimDraft, scope: Scope) -> None:
    """The lead-in's reporting verb frames the quotation: one claim, typed (and hedged) by the quotation."""
    merged = Unit(quote.unit.sent, lead.unit.tokens + quote.unit.tokens, quote.unit.root)
    decided = draft(quote.unit, scope)
    lead.unit = merged
    lead.claim_type, lead.type_cue, lead.own_type = decided.claim_type, decided.type_cue, decided.own_type
    if decided.certainty == "hedged":
        lead.certainty, lead.certainty_cue = decided.certainty, decided.certainty_cue


DESCRIPTION_CUT = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "conj"})


# what a closing frame's verb may carry beside its speaker and still frame ('..., she told People in 2005.', '..., they
# argued in the study.'): where and when it was said, and to whom (`frame_setting`)
SETTING_DEPS = frozenset({"prep", "npadvmod", "dative"})
# a frame verb's content after it, which makes it no closing frame (`frame_setting`)
CONTENT_AFTER_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "conj"})


def only_frame(d: ClaimDraft, described: Lexicon | None = None, hearers: frozenset[str] = frozenset()) -> bool:
    """A unit that is nothing but a reporting frame ('" he says.'); `described` (the claims lexicon): the speaker's
    description counts as the frame too (`speaker_description`: '" said Jane Smith, an analyst at the bank.', '" said
    Mikko Hypponen, who heads F-Secure's anti-virus team.'), and so does the setting of the saying (`frame_setting`;
    the object of a verb of `hearers` is who heard it)."""
    att = d.attribution
    if att is None:
        return False
    frame = {t.i for t in att.claimer} | {t.i for t in att.cue.tokens}
    if att.verb is not None:  # 'He went on:' (claims61): the verb's particle is the frame's too
        frame |= {c.i for c in att.verb.children if c.dep == "prt"}
    if described is not None:  # the description, not a clause of its own ('said Jane Smith, who added that ...')
        frame |= {t.i for c in att.claimer for t in speaker_description(c, described)}
        if att.verb is not None:
            frame |= frame_setting(att.verb, hearers)
    marks = scan(d.unit.sent.tokens).marks
    words = [t for t in d.unit.tokens if t.pos not in {"PUNCT", "SPACE"} and t.i not in marks]
    return bool(words) and all(t.i in frame for t in words)


def speaker_description(speaker: Tok, lex: Lexicon) -> list[Tok]:
    """A closing frame's speaker with its description: its subtree without a clause of its own (`DESCRIPTION_CUT`:
    'said Jane Smith, who added that ...' says something more); and (review76's finding 1, fix95) a relative
    clause that reports nothing is the description too ('" said Mikko Hypponen, who heads F-Secure's anti-virus
    team.', '" said the 30-year-old, who is retiring in 2006.'), and so is a name or noun joined to another in it
    ('chief economist at Fact and Opinion Economics'): the frame then joins the quotation's last clause (`merge_units`)
    instead of standing as a claim of its own. A relative clause with a reporting verb, a speech act or a clause
    of its own ('who added that ...', 'who called for calm') is no description."""
    out = [speaker]
    stack = list(speaker.children)
    while stack:
        node = stack.pop()
        if node.dep == "relcl" and reports_nothing(node, lex):
            out.extend(node.subtree())
            continue
        if node.dep in DESCRIPTION_CUT and not (node.dep == "conj" and node.pos in NOMINAL):
            continue
        out.append(node)
        stack.extend(node.children)
    return sorted(out, key=lambda t: t.i)


NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ"})


def reports_nothing(relative: Tok, lex: Lexicon) -> bool:
    """Whether a relative clause holds no report: no clause of its own under a verb of its (no ccomp, parataxis)
    and no reporting verb or speech act in it ('who heads the team', 'who was runner-up to Kim Clijsters',
    'which develops games in house and also publishes titles'; not 'who added that ...', 'who warned of cuts')."""
    return not any(t.dep in {"ccomp", "parataxis"} or speech_verb(t, lex) for t in relative.subtree())


def frame_setting(verb: Tok, hearers: frozenset[str]) -> set[int]:
    """The words of a closing frame's verb that tell where, when and to whom it was said: its prepositional phrases,
    bare noun phrases of time and indirect object ('..., he told a conference on ageing.', '..., she told People in
    2005.', '..., they argued in a the study.': claims84's bare closing tags), and its object when the verb is one of
    `hearers` (`hearer_passive_verbs`: 'tell', 'warn', 'inform', whose object heard it). No clause: a content
    clause, an infinitive or a clause of its own is something said. Only a closing frame, none whose content comes
    after it ('Tony Blair has dismissed reports | he told Gordon Brown | he would quit ...': the frame of what
    follows, not of the claim before)."""
    if any(c.dep in CONTENT_AFTER_DEPS and c.i > verb.i for c in verb.children):
        return set()
    kids = [c for c in verb.children if c.dep in SETTING_DEPS or (c.dep == "dobj" and lemma(verb) in hearers)]
    return {t.i for c in kids for t in subtree_without(c, DESCRIPTION_CUT)}


def merge_units(drafts: list[ClaimDraft], lex: Lexicon) -> list[ClaimDraft]:
    """Join clause units of one sentence whose claimer, type and certainty are the same, and a unit that
    is only the frame of the claim before it ('..., " said Jane Smith, an analyst.', '..., he told a conference on
    ageing.')."""
    hearers = frozenset(lex.hearer_passive_verbs)
    out: list[ClaimDraft] = []
    for d in drafts:
        prev = out[-1] if out else None
        same_claimer = (
            prev is not None
            and prev.unit.sent is d.unit.sent
            and (prev.claimer_kind, prev.claimer_actor) == (d.claimer_kind, d.claimer_actor)
            and unlinked_phrase(prev) == unlinked_phrase(d)
        )
        if same_claimer and (
            (prev.claim_type, prev.certainty) == (d.claim_type, d.certainty)
            or only_frame(d, described=lex, hearers=hearers)
        ):  # a closing frame with its speaker's description joins the claim it frames, whatever its own type
            tokens = sorted(prev.unit.tokens + d.unit.tokens, key=lambda t: t.i)
            tail = [t for t in prev.unit.sent.tokens if t.i > tokens[-1].i]
            if tail and all(t.pos == "PUNCT" for t in tail):
                tokens += tail  # joined again up to the sentence's end: its closing stop and quote as unsplit
            prev.unit = Unit(prev.unit.sent, tokens, prev.unit.root)
            if prev.attribution is None:
                prev.attribution = d.attribution
                prev.voice = prev.voice or d.voice  # the page's own voice goes on holding the joined claim
            continue
        out.append(d)
    return [own_words_type(d) for d in out]


def own_words_type(d: ClaimDraft) -> ClaimDraft:
    """A unit whose type cue lies outside it after the joining (`type.own_cue`: a modal or a 'because' of a clause
    split off for a certainty or claimer of its own, 'Games consoles sales have been declining | but the launch ...
    could buoy up sales') takes the type of its own words; a unit joined again with the clause that holds the cue
    keeps it (claims92)."""
    if d.own_type is not None and not own_cue(
        d.type_cue.rule, d.type_cue.tokens, frozenset(t.i for t in d.unit.tokens)
    ):
        d.claim_type, d.type_cue = d.own_type
    return d


def unlinked_phrase(d: ClaimDraft) -> str | None:
    """The claimer phrase of a claimer linked to no actor, lower-cased: 'critics say ..., but
    advocates say ...' are two claimers even though neither names an actor."""
    if d.claimer_actor is not None or d.attribution is None:
        return None
    return " ".join(t.lower for t in d.attribution.claimer)
