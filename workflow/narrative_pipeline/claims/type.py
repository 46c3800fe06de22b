"""Claim type: prescription, prediction, assessment or event, decided by `TYPE_RULES` in order.

The first rule that fires decides the type and records its name and cue. The order is the
priority: an interpretive framing ("it should be understood that ..."), then a prescription before
a prediction before an assessment; `default-event` always fires.
Two entries record the same name, `modal-future`: a future modal on the clause's verbs comes
early, one anywhere near the root of the content late.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..parsed import Tok
from ..quotes import scan
from ..rules import Rule, first_match
from ..syntax import find_phrase, has_to, is_verb, lemma, subject_of, within_hops
from .certainty import impossibility
from .lexicon import Lexicon
from .model import Attribution, Cue, Unit
from .verbs import particle_use, refusal, ruling

AUX_DEPS = frozenset({"aux", "auxpass", "neg"})


@dataclass
class TypeContext:
    """A unit and its attribution, with the parts of the proposition the type rules look at."""

    unit: Unit
    attribution: Attribution | None
    lex: Lexicon

    def __post_init__(self) -> None:
        self.root, self.content = content_tokens(self.unit, self.attribution)
        self.verb = self.attribution.verb if self.attribution is not None else None
        self.verbs = [self.root] + [c for c in self.root.children if c.dep == "conj" and is_verb(c)]
        self.aux = [a for v in self.verbs for a in auxiliaries(v)]
        subject = subject_of(self.root)
        self.first_person = subject is not None and subject.lower in self.lex.first_person_pronouns
        self.root_lemma = lemma(self.root)
        self.copula_adjective = self.root_lemma in self.lex.copula_verbs and any(
            c.dep == "acomp" for c in self.root.children
        )
        self.reported_content = self.attribution is not None and self.attribution.content is not None
        self.speech_act = self.attribution is not None and self.attribution.content is None


def content_tokens(unit: Unit, attribution: Attribution | None) -> tuple[Tok, list[Tok]]:
    """Root and tokens of the proposition itself (the reported clause when there is one)."""
    in_unit = {t.i for t in unit.tokens}
    if attribution is not None and attribution.content is not None and attribution.content.i in in_unit:
        root = attribution.content
        if attribution.cue.rule == "inverted-reporting":
            verb = attribution.verb
            skip = {t.i for t in verb.subtree()} if verb is not None else set()
            return root, [t for t in unit.tokens if t.i not in skip]
        return root, [t for t in root.subtree() if t.i in in_unit]
    return unit.root, unit.tokens


def auxiliaries(verb: Tok) -> list[Tok]:
    return [c for c in verb.children if c.dep in AUX_DEPS]


def perfect_modal(modal: Tok) -> bool:
    """'may have fixed', 'could have sold', 'should not have gone': a modal over a perfect, which
    speaks of what was or might have been, not of what will be or must be done."""
    verb = modal.head
    if verb is None or verb is modal or verb.tag != "VBN":
        return False
    return any(c.dep == "aux" and c.lower in {"have", "'ve"} and c.i > modal.i for c in verb.children)


def _past_modal(tok: Tok, lex: Lexicon) -> bool:
    """A modal over a perfect other than the future's ('could have won'; not 'will have closed')."""
    return tok.lower not in lex.prediction_modals and perfect_modal(tok)


def _first_aux(ctx: TypeContext, words: frozenset[str]) -> list[Tok] | None:
    tok = next((t for t in ctx.aux if t.lower in words and not _past_modal(t, ctx.lex)), None)
    return [tok] if tok is not None else None


def _modal_in_content(ctx: TypeContext, words: frozenset[str]) -> list[Tok] | None:
    """The first auxiliary of `words` anywhere in the content within three arcs of the root (not
    over a perfect)."""
    tok = next(
        (
            t
            for t in ctx.content
            if t.lower in words and t.dep == "aux" and within_hops(t, ctx.root, 3) and not _past_modal(t, ctx.lex)
        ),
        None,
    )
    return [tok] if tok is not None else None


def _framed(ctx: TypeContext) -> bool:
    """'it should be noted ...': a modal that frames the claim rather than prescribes."""
    return find_phrase(ctx.content, ctx.lex.framing_phrases) is not None


def _phrase_near_root(ctx: TypeContext, phrases: tuple[tuple[str, ...], ...], hops: int) -> list[Tok] | None:
    phrase = find_phrase(ctx.content, phrases)
    return phrase if phrase is not None and any(within_hops(t, ctx.root, hops) for t in phrase) else None


# --- interpretation (before all: the framing decides) -------------------------------------------


def framed_interpretation(ctx: TypeContext) -> list[Tok] | None:
    """'It should be understood that ...', 'this is to be understood as ...': the claim's own root
    frames it as an interpretation (its subject 'it', 'this' or 'that')."""
    phrase = find_phrase(ctx.content, ctx.lex.interpretation_phrases)
    if phrase is None or not any(t is ctx.root for t in phrase):
        return None
    subject = subject_of(ctx.root)
    return phrase if subject is not None and subject.lower in ctx.lex.non_source_subjects else None


def counterfactual(ctx: TypeContext) -> list[Tok] | None:
    """'We could have sold a million tickets', 'it would have been better to wait', 'he should have
    scored', 'they must have known': a modal over a perfect on the clause's verbs judges what was or
    might have been (an assessment; not a prediction, not a prescription). 'may / might have' is
    not here: it hedges an event ('firms may have fixed bids')."""
    tok = next((t for t in ctx.aux if t.lower in ctx.lex.counterfactual_modals and perfect_modal(t)), None)
    return [tok] if tok is not None else None


# --- prescription -----------------------------------------------------------------------------


def modal_prescription(ctx: TypeContext) -> list[Tok] | None:
    """'X should ...' (not 'it should be noted')."""
    return None if _framed(ctx) else _first_aux(ctx, ctx.lex.prescription_modals)


def phrase_prescription(ctx: TypeContext) -> list[Tok] | None:
    """'X needs to ...', 'it is necessary ...' near the root."""
    return _phrase_near_root(ctx, ctx.lex.prescription_phrases, 2)


def first_person_desire(ctx: TypeContext) -> list[Tok] | None:
    """'We want ...', 'I hope ...'."""
    return [ctx.root] if ctx.first_person and ctx.root_lemma in ctx.lex.desire_verbs else None


def verb_prescription(ctx: TypeContext) -> list[Tok] | None:
    """'X urged ...' said by the author or in the first person."""
    lex = ctx.lex
    prescribes = ctx.root_lemma in lex.prescription_verbs and ctx.root_lemma not in lex.desire_verbs
    return [ctx.root] if prescribes and (ctx.verb is None or ctx.first_person) else None


def speech_act_prescription(ctx: TypeContext) -> list[Tok] | None:
    """'X demanded an inquiry': a prescribing speech act without a content clause."""
    verb = ctx.verb
    if verb is None or not ctx.speech_act or lemma(verb) not in ctx.lex.prescription_verbs or lemma(verb) == "want":
        return None
    return [verb]


def necessity_judgement(ctx: TypeContext) -> list[Tok] | None:
    """'it is crucial to ...', 'he said it was vital that ...': a judgement that something must be
    done (in the past tense only when reported: reported speech shifts 'it is vital' to 'it was
    vital', while the author's 'it was necessary to build a dam' tells what happened); not a
    framing ('it is important to note that ...')."""
    expletive = any((c.dep == "nsubj" and c.lower == "it") or c.dep == "expl" for c in ctx.root.children)
    if ctx.root_lemma != "be" or not expletive or (ctx.root.tag == "VBD" and not ctx.reported_content):
        return None
    adjective = next(
        (c for c in ctx.root.children if c.dep == "acomp" and lemma(c) in ctx.lex.necessity_adjectives), None
    )
    if adjective is None:
        return None
    clause = [c for t in (ctx.root, adjective) for c in t.children if c.dep in {"xcomp", "ccomp"}]
    if not clause or any(lemma(c) in ctx.lex.framing_infinitives for c in clause):
        return None
    return [adjective]


def reported_wish(ctx: TypeContext) -> list[Tok] | None:
    """'X said he wanted ...', 'they said they want to ...': a wish put forward by its holder (not
    a regret: 'he wished he had stayed')."""
    attribution = ctx.attribution
    if attribution is None or attribution.kind != "actor" or not ctx.reported_content:
        return None
    if ctx.root_lemma not in ctx.lex.wish_verbs:
        return None
    if any(a.dep == "aux" and a.lower == "had" for c in ctx.root.children if c.dep == "ccomp" for a in c.children):
        return None
    subject = subject_of(ctx.root)
    if subject is None:
        return None
    holder = subject.lower in ctx.lex.source_pronouns or any(t.i == subject.i for t in attribution.claimer)
    return [ctx.root] if holder else None


def directive(ctx: TypeContext) -> list[Tok] | None:
    """'X urged / called on / challenged Y to do Z': a directive verb with an infinitive."""
    for verb in (ctx.verb, ctx.root):
        if verb is None or lemma(verb) not in ctx.lex.directive_verbs:
            continue
        targets = [verb] + [g for c in verb.children if c.dep == "prep" for g in c.children if g.dep == "pobj"]
        if any(c.dep in {"xcomp", "ccomp"} and has_to(c) for t in targets for c in t.children):
            return [verb]
    return None


def modal_prescription_in_content(ctx: TypeContext) -> list[Tok] | None:
    """'X said the plans should be re-examined': a prescribing modal within three arcs of the root."""
    return None if _framed(ctx) else _modal_in_content(ctx, ctx.lex.prescription_modals)


# --- prediction -------------------------------------------------------------------------------


def speech_act_prediction(ctx: TypeContext) -> list[Tok] | None:
    """'X has forecast a net loss', 'X promised a referendum': a predicting speech act without a
    content clause."""
    verb = ctx.verb
    if verb is None or not ctx.speech_act or lemma(verb) not in ctx.lex.prediction_speech_acts:
        return None
    return [verb]


def planned_action(ctx: TypeContext) -> list[Tok] | None:
    """'X announced plans to cut ...': the infinitive of a plan (the reported content)."""
    root, head = ctx.root, ctx.root.head
    if not ctx.reported_content or root.dep != "acl" or head is None or lemma(head) not in ctx.lex.plan_nouns:
        return None
    return [head]


def modal_future(ctx: TypeContext) -> list[Tok] | None:
    """'X will ...' on the clause's verbs."""
    return _first_aux(ctx, ctx.lex.prediction_modals)


def modal_conditional(ctx: TypeContext) -> list[Tok] | None:
    """'X would ...' (not 'X would be glad'; not 'X would not comment', a refusal already made)."""
    if ctx.copula_adjective or refusal(ctx.root, ctx.lex):
        return None
    return _first_aux(ctx, ctx.lex.conditional_modals)


def modal_possibility(ctx: TypeContext) -> list[Tok] | None:
    """'X could ...', 'X may ...' (not with 'be', not 'X may be right', not 'X could not ...')."""
    if ctx.copula_adjective:
        return None
    tok = next(
        (
            t
            for t in ctx.aux
            if t.lower in ctx.lex.possibility_modals
            and lemma(t.head) != "be"
            and not impossibility(t, ctx.lex)
            and not _past_modal(t, ctx.lex)
        ),
        None,
    )
    return [tok] if tok is not None else None


def stance_on_future(ctx: TypeContext) -> list[Tok] | None:
    """'X is worried that Y would ...', 'we are confident that sales will rise', 'it is unclear
    whether ministers would act': a copula with an adjective of stance or of uncertainty over a
    clause about the future; the clause decides the type (a prediction), not the adjective."""
    if ctx.root_lemma not in ctx.lex.copula_verbs:
        return None
    lex = ctx.lex
    adjectives = lex.stance_adjectives | lex.uncertainty_adjectives
    adjective = next((c for c in ctx.root.children if c.dep == "acomp" and lemma(c) in adjectives), None)
    if adjective is None:
        return None
    modals = lex.prediction_modals | lex.conditional_modals | lex.possibility_modals
    clauses = [c for t in (ctx.root, adjective) for c in t.children if c.dep == "ccomp"]
    future = any(a.dep == "aux" and a.lower in modals and not _past_modal(a, lex) for c in clauses for a in c.children)
    return [adjective] if future else None


def phrase_future(ctx: TypeContext) -> list[Tok] | None:
    """'X is set to ...', 'X is due to ...' next to the root."""
    return _phrase_near_root(ctx, ctx.lex.prediction_phrases, 1)


def verb_future(ctx: TypeContext) -> list[Tok] | None:
    """'X plans to ...', 'X expects that ...'; reported with a noun object: 'the bank said it expected 6%
    growth', 'he says he expects a hard match' (a pronoun subject: the speaker's own prediction)."""
    has_clause = any(c.dep in {"xcomp", "ccomp"} for c in ctx.root.children)
    if ctx.root_lemma in ctx.lex.prediction_verbs and has_clause:
        return [ctx.root]
    if not ctx.reported_content or ctx.root_lemma not in ctx.lex.prediction_speech_acts:
        return None
    subject = subject_of(ctx.root)
    speaker = subject is not None and subject.tag == "PRP"  # the speaker's own ('it expected'), not a report's
    return [ctx.root] if speaker and any(c.dep == "dobj" for c in ctx.root.children) else None


def reporting_future(ctx: TypeContext) -> list[Tok] | None:
    """'X predicted (that) Y would ...', 'X promised to ...', 'X expects the deficit to fall': a
    future-reporting verb."""
    verb, lex = ctx.verb, ctx.lex
    if verb is None or not ctx.reported_content or lemma(verb) not in lex.prediction_verbs:
        return None
    modals = lex.prediction_modals | lex.conditional_modals
    future = next((t for t in ctx.content if t.lower in modals and t.dep == "aux"), None)
    infinitive = any(c.dep == "xcomp" for c in verb.children) or has_to(ctx.root)
    return [verb] if future is not None or infinitive else None


def modal_future_in_content(ctx: TypeContext) -> list[Tok] | None:
    """A future modal anywhere in the content within three arcs of the root."""
    return _modal_in_content(ctx, ctx.lex.prediction_modals)


# --- assessment -------------------------------------------------------------------------------


def copula_adjective(ctx: TypeContext) -> list[Tok] | None:
    """'X is dangerous' (not an attitude or state: 'X was keen')."""
    if not ctx.copula_adjective:
        return None
    adjective = next(c for c in ctx.root.children if c.dep == "acomp")
    return None if lemma(adjective) in ctx.lex.attitude_adjectives else [adjective]


def explanation(ctx: TypeContext) -> list[Tok] | None:
    """'X did Y because ...'."""
    markers = ctx.lex.explanation_markers
    because = next(
        (
            m
            for v in ctx.verbs
            for c in v.children
            if c.dep == "advcl"
            for m in c.children
            if m.dep == "mark" and m.lower in markers
        ),
        None,
    )
    return [because] if because is not None else None


def quoted_complement(ctx: TypeContext) -> list[Tok] | None:
    """'X is "a disgrace"': a copula whose complement holds a quotation mark."""
    if ctx.root_lemma != "be":
        return None
    complement = next((c for c in ctx.root.children if c.dep in {"attr", "acomp"}), None)
    if complement is None:
        return None
    marks = scan(ctx.unit.sent.tokens).marks
    return [complement] if any(t.i in marks for t in complement.subtree()) else None


def modal_ability(ctx: TypeContext) -> list[Tok] | None:
    """'X can ...' (not in the passive)."""
    if any(c.dep == "auxpass" for c in ctx.root.children):
        return None
    return _first_aux(ctx, ctx.lex.ability_modals)


def verb_assessment(ctx: TypeContext) -> list[Tok] | None:
    """'This shows ...', 'X criticised ...' as the proposition's verb (not 'condemned X to defeat',
    'called off the strike', 'dismissed the appeal': claims/verbs.py `particle_use`, `ruling`)."""
    evaluating = ctx.root_lemma in ctx.lex.assessment_verbs and not (
        particle_use(ctx.root, ctx.lex) or ruling(ctx.root, ctx.lex)
    )
    return [ctx.root] if evaluating else None


def speech_act_assessment(ctx: TypeContext) -> list[Tok] | None:
    """'X condemned the attack', 'X hailed the deal as a breakthrough': an evaluating speech act
    without a content clause (`as_speech_acts` are speech acts only when they evaluate)."""
    verb, lex = ctx.verb, ctx.lex
    evaluating = verb is not None and (lemma(verb) in lex.assessment_verbs or lemma(verb) in lex.as_speech_acts)
    return [verb] if evaluating and ctx.speech_act else None


def evaluative_word(ctx: TypeContext) -> list[Tok] | None:
    """'a terrible record', 'a huge mistake' within two arcs of the root."""
    lex = ctx.lex

    def evaluative(t: Tok) -> bool:
        return (t.lower in lex.evaluative_words and t.pos in {"ADJ", "ADV"}) or t.lower in lex.evaluative_nouns

    tok = next((t for t in ctx.content if within_hops(t, ctx.root, 2) and evaluative(t)), None)
    return [tok] if tok is not None else None


def phrase_assessment(ctx: TypeContext) -> list[Tok] | None:
    """'there is no doubt', 'is part of' anywhere in the unit."""
    return find_phrase(ctx.unit.tokens, ctx.lex.assessment_phrases)


def reported_state(ctx: TypeContext) -> list[Tok] | None:
    """'X said the plan was ...': an attributed copula (not 'there was')."""
    if ctx.attribution is None or ctx.root_lemma != "be" or any(c.dep == "expl" for c in ctx.root.children):
        return None
    return [ctx.root]


def reported_present(ctx: TypeContext) -> list[Tok] | None:
    """'X says the plan works': an attributed present tense without auxiliaries."""
    if ctx.attribution is None or ctx.root.tag not in {"VBZ", "VBP"} or auxiliaries(ctx.root):
        return None
    return [ctx.root]


def present_copula(ctx: TypeContext) -> list[Tok] | None:
    """'X is a threat', 'X is in breach': a present copula with a complement."""
    root, lex = ctx.root, ctx.lex
    present = root.tag in {"VBZ", "VBP"} or root.lower in lex.present_copula_forms
    if ctx.root_lemma != "be" or not present:
        return None
    complement = next((c for c in root.children if c.dep in {"attr", "prep"}), None)
    if complement is None or any(c.dep == "expl" or c.lower in lex.non_source_subjects for c in root.children):
        return None
    return [complement]


def default_event(ctx: TypeContext) -> list[Tok] | None:
    """Anything else is an event."""
    return [ctx.root]


TYPE_RULES: tuple[Rule[TypeContext, list[Tok]], ...] = (
    Rule("framed-interpretation", "assessment", framed_interpretation),
    Rule("counterfactual", "assessment", counterfactual),
    Rule("modal-prescription", "prescription", modal_prescription),
    Rule("necessity-judgement", "prescription", necessity_judgement),
    Rule("phrase-prescription", "prescription", phrase_prescription),
    Rule("first-person-desire", "prescription", first_person_desire),
    Rule("verb-prescription", "prescription", verb_prescription),
    Rule("speech-act-prescription", "prescription", speech_act_prescription),
    Rule("reported-wish", "prescription", reported_wish),
    Rule("directive", "prescription", directive),
    Rule("speech-act-prediction", "prediction", speech_act_prediction),
    Rule("planned-action", "prediction", planned_action),
    Rule("modal-future", "prediction", modal_future),
    Rule("modal-conditional", "prediction", modal_conditional),
    Rule("modal-possibility", "prediction", modal_possibility),
    Rule("stance-on-future", "prediction", stance_on_future),
    Rule("phrase-future", "prediction", phrase_future),
    Rule("verb-future", "prediction", verb_future),
    Rule("reporting-future", "prediction", reporting_future),
    Rule("modal-future", "prediction", modal_future_in_content),
    Rule("modal-prescription-in-content", "prescription", modal_prescription_in_content),
    Rule("copula-adjective", "assessment", copula_adjective),
    Rule("explanation", "assessment", explanation),
    Rule("quoted-complement", "assessment", quoted_complement),
    Rule("modal-ability", "assessment", modal_ability),
    Rule("verb-assessment", "assessment", verb_assessment),
    Rule("speech-act-assessment", "assessment", speech_act_assessment),
    Rule("evaluative-word", "assessment", evaluative_word),
    Rule("phrase-assessment", "assessment", phrase_assessment),
    Rule("reported-state", "assessment", reported_state),
    Rule("reported-present", "assessment", reported_present),
    Rule("present-copula", "assessment", present_copula),
    Rule("default-event", "event", default_event),
)


def claim_type(unit: Unit, attribution: Attribution | None, lex: Lexicon) -> tuple[str, Cue]:
    """Prescription, prediction, assessment or event, with the cue that decided it."""
    match = first_match(TYPE_RULES, TypeContext(unit, attribution, lex))
    assert match is not None  # default-event always fires
    rule, tokens = match
    return rule.decides, Cue(rule.name, tokens)
