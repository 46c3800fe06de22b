"""Claim type: prescription, prediction, assessment or event, decided by `TYPE_RULES` in order.

The first rule that fires decides the type and records its name and cue. The order is the
priority: an interpretive framing ("it should be understood that ..."), then a prescription before
a prediction before an assessment; `default-event` always fires.
Two entries record the same name, `modal-future`: a future modal on the clause's verbs comes
early, one anywhere near the root of the content late; so do four of `stance-on-future`: a stance adjective over a
clause about the future and a noun of likelihood over one ('there was a real risk that X would ...'), and a verb of
belief or of inference over one ('she believed the Mayor would say sorry', 'this meant they would be left ...',
before `verb-assessment`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..parsed import Tok
from ..quotes import QuoteScan, scan
from ..rules import Rule, context_value, first_match
from ..syntax import (
    adverbial_tokens,
    find_phrase,
    has_to,
    is_verb,
    iter_phrases,
    lemma,
    negated,
    subject_of,
    within_hops,
)
from .lexicon import Lexicon
from .modals import (
    believed_future,
    comparative_likelihood_fact,
    counterfactual,
    explaining,
    future_time,
    imperative_outcome,
    inferred_future,
    interpretation,
    modal_ability,
    modal_conditional,
    modal_future,
    modal_future_in_content,
    modal_possibility,
    modal_prescription,
    modal_prescription_in_content,
    perfect_modal,
    risked_future,
    said_future,
    stance_on_future,
    standing,
)
from .model import Attribution, Cue, Unit
from .units import TERMINAL_MARKS, title_case_line
from .verbs import (
    contest_use,
    evidence_noun,
    is_question_clause,
    naming_use,
    particle_use,
    physical_attack,
    ruling,
    scheduled_use,
    telephone_use,
    unrealised_wish,
)

AUX_DEPS = frozenset({"aux", "auxpass", "neg"})
# dependencies of a clause hanging on a verb (a clause with a subject of its own there is no phrase of the verb)
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "conj", "parataxis"})
# the verbs of the `prescription_phrases` 'need to' and 'have to', which a negation turns into no obligation
OBLIGATION_VERBS = frozenset({"need", "have"})
# a verb of regard in a modifier or a clause of reason or time characterises nothing the claim states (`regarded_as`)
REGARD_MODIFIER_DEPS = frozenset({"relcl", "acl", "amod", "advcl"})
# the present forms of "have" before "got to" (the parse makes a contracted 's a passive auxiliary there)
PRESENT_HAVE = frozenset({"has", "have", "'s", "'ve", "’s", "’ve"})


@dataclass
class TypeContext:
    """A unit and its attribution, with the parts of the proposition the type rules look at."""

    unit: Unit
    attribution: Attribution | None
    lex: Lexicon

    def __post_init__(self) -> None:
        self.root, self.content = content_tokens(self.unit, self.attribution, self.lex)
        self.verb = self.attribution.verb if self.attribution is not None else None
        self.verbs = [self.root] + [c for c in self.root.children if c.dep == "conj" and is_verb(c)]
        self.aux = [a for v in self.verbs for a in auxiliaries(v)]
        subject = subject_of(self.root)
        self.first_person = subject is not None and subject.lower in self.lex.first_person_pronouns
        self.root_lemma = lemma(self.root)
        # the adjective after a copula ('X is dangerous'), which the copula rules read; None for any other root
        self.adjective = (
            next((c for c in self.root.children if c.dep == "acomp"), None)
            if self.root_lemma in self.lex.copula_verbs
            else None
        )
        self.copula_adjective = self.adjective is not None
        # a clause made clear is reported content, whether or not the attribution took it ('made it clear that ...')
        declared = self.root.dep in {"ccomp", "advcl", "csubj"} and self.root.head is not None
        declared = declared and self.root.head.lower == "clear" and self.root.head.head is not None
        declared = declared and declared_clause(self.root.head.head) is self.root
        self.reported_content = declared or (self.attribution is not None and self.attribution.content is not None)
        self.speech_act = not declared and self.attribution is not None and self.attribution.content is None

    @context_value
    def quotes(self) -> QuoteScan:
        """The quotation marks of the unit's sentence and the tokens inside them, scanned once for every rule."""
        return scan(self.unit.sent.tokens)


def content_tokens(unit: Unit, attribution: Attribution | None, lex: Lexicon) -> tuple[Tok, list[Tok]]:
    """Root and tokens of the proposition itself (the reported clause when there is one; the clause made clear)."""
    in_unit = {t.i for t in unit.tokens}
    if attribution is not None and attribution.content is not None and attribution.content.i in in_unit:
        root = attribution.content
        if attribution.cue.rule == "inverted-reporting":
            verb = attribution.verb
            skip = {t.i for t in verb.subtree()} if verb is not None else set()
            return root, [t for t in unit.tokens if t.i not in skip]
        declared = declared_clause(root) or declared_future(root, lex)
        if declared is not None and declared.i in in_unit:
            return declared, [t for t in declared.subtree() if t.i in in_unit]
        return root, [t for t in root.subtree() if t.i in in_unit]
    declared = declared_clause(unit.root) or warned_clause(unit.root, lex)
    if declared is not None and declared.i in in_unit:
        return declared, [t for t in declared.subtree() if t.i in in_unit]
    return unit.root, unit.tokens


def warned_clause(verb: Tok, lex: Lexicon) -> Tok | None:
    """'..., and warned that more strikes would follow', '..., but warned there would be no easy solution': a verb of
    `warning_verbs` no frame took (a conjunct split from its 'said') with a finite clause of what it warns of is
    typed by that clause, as 'He warned that P' is (claims60); not with a hearer ('warned Tony Blair that the war
    could be illegal', 'warned residents to leave'), nor in the passive ('parents were warned they would ...')."""
    if lemma(verb) not in lex.warning_verbs:
        return None
    if any(c.dep in {"dobj", "dative", "nsubjpass", "auxpass"} for c in verb.children):
        return None
    clauses = [c for c in verb.children if c.dep == "ccomp" and c.i > verb.i and finite_clause(c)]
    return clauses[0] if clauses else None


def finite_clause(clause: Tok) -> bool:
    """A clause with a subject of its own ('that more strikes would follow', 'there would be'), not an infinitive."""
    return is_verb(clause) and any(c.dep in {"nsubj", "nsubjpass", "expl", "csubj"} for c in clause.children)


def declared_clause(verb: Tok) -> Tok | None:
    """'made it clear that action was necessary', 'made clear he intended to take ...': the clause 'make ... clear'
    declares is what is claimed (review17c); the declaring adds nothing to its type."""
    if lemma(verb) != "make":
        return None
    clear = [c for c in verb.children if c.lower == "clear" and c.dep in {"ccomp", "oprd", "acomp", "dobj", "xcomp"}]
    clauses = [g for c in clear for g in c.children if g.dep in {"ccomp", "advcl", "csubj"} and is_verb(g)]
    return clauses[0] if clauses else None


def declared_future(content: Tok, lex: Lexicon) -> Tok | None:
    """'Mr Blair had already made it clear the issue would be put to voters', 'He made it clear that he would not
    resign': when 'make ... clear' is itself the attribution its content is 'clear'; a clause on it that says what
    will or would be is the forecast declared (review18d). Only a forecast: the clause of 'has made it clear he has no
    plans to change the law' stays with 'clear' (the labels' event, not reported-present's assessment)."""
    clause = declared_clause(content.head) if content.lower == "clear" and content.head is not None else None
    if clause is None:
        return None
    modals = lex.prediction_modals | lex.conditional_modals
    future = [a for a in auxiliaries(clause) if lex.modal_form(a) in modals and not perfect_modal(a)]
    return clause if future and not is_question_clause(clause) else None


def auxiliaries(verb: Tok) -> list[Tok]:
    return [c for c in verb.children if c.dep in AUX_DEPS]


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


# --- prescription -----------------------------------------------------------------------------


def phrase_prescription(ctx: TypeContext) -> list[Tok] | None:
    """'X needs to ...', 'it is necessary ...' near the root; not a necessity to come (`forecast_necessity`)."""
    phrase = _phrase_near_root(ctx, ctx.lex.prescription_phrases, 2)
    if phrase is None or necessity_modal(phrase, ctx) is not None or told_past(phrase, ctx):
        return None
    # "We've got to the point where ...": a 'to' of place, no infinitive (claims38)
    return None if phrase[-1].lower == "to" and phrase[-1].tag != "TO" else phrase


def no_obligation(ctx: TypeContext) -> list[Tok] | None:
    """'Mr McLetchie did not need to list any of the clients ...', 'they do not have to pay research and development
    cost', 'Qantas was profitable and did not need to take such action': a 'need to' or 'have to' of
    `prescription_phrases` whose own verb is negated, with no modal over it, says that something is not required, a
    judgement of what the case is (an assessment), no call to do anything (claims56: the labels call 5 of the 6 such
    units assessments, one an event, none a prescription; `phrase_prescription` had made them all prescriptions). Not
    under a modal ('would not have to have a chest X-ray': `forecast_necessity`'s prediction; 'we shouldn't have to
    have restrictions': `modal_prescription`'s), not in an adverbial clause ('Change the setting so you don't have
    to type your password': the purpose of advice, which the main clause types; the lead, session 45, on claims56's
    two wrong web rows; a reason stays: 'they can sell them more cheaply as they do not have to pay ...')."""
    phrase = _phrase_near_root(ctx, ctx.lex.prescription_phrases, 2)
    if phrase is None or necessity_modal(phrase, ctx) is not None:
        return None
    verb = next((t for t in phrase if lemma(t) in OBLIGATION_VERBS and t.tag.startswith("VB")), None)
    if verb is None or not negated(verb) or any(a.tag == "MD" for a in auxiliaries(verb)) or _purpose_clause(verb):
        return None
    return phrase


def _purpose_clause(verb: Tok) -> bool:
    """Whether the verb heads an adverbial clause of purpose: 'so (that) you don't have to ...'."""
    return verb.dep == "advcl" and any(c.lower == "so" and c.i < verb.i for c in verb.children)


def proposal(ctx: TypeContext) -> list[Tok] | None:
    """'First, let's install the requirements', 'Let us know how it went', '"... let's have a debate about that"': an
    imperative 'let' (`imperative`) whose bare verb has 'us' for its subject and is no frame of what follows
    (`framing_proposals`: 'Let us never forget that ...', 'Let us be clear - ...') calls on speaker and hearer to act,
    the imperative's prescription, and holds as one (claims44: the model made 9 of 13 such web units events); before
    `phrase_prescription`, whose 'let us' would otherwise take it. Not 'He hasn't let us down' (a subject)."""
    if ctx.root_lemma != "let":
        return None
    verb = next((c for c in ctx.root.children if c.dep == "ccomp" and c.tag == "VB"), None)
    if verb is None or lemma(verb) in ctx.lex.framing_proposals:
        return None
    if not any(c.dep == "nsubj" and c.lower in FIRST_PLURAL_OBJECTS for c in verb.children):
        return None
    return imperative(ctx)


def got_to(ctx: TypeContext) -> list[Tok] | None:
    """'You've just got to confront it', 'Mathew has just got to take it on the chin', 'It's got to be done
    differently': a present 'have got to' with an infinitive of its own is a necessity, as the `prescription_phrases`
    'have got to', 'has got to', "'ve got to" are; those are whole words in a row, and miss it with an adverb between
    ('just', 'still') or with a contracted 's (which the parse makes a passive auxiliary). Not 'had got to' (past),
    not "We've got to the point where ..." (a preposition, no infinitive), not "He's got a lot to do" (the infinitive
    is the noun's)."""
    root = ctx.root
    if ctx.root_lemma != "get" or root.tag != "VBN":
        return None
    have = next((c for c in root.children if c.dep in {"aux", "auxpass"} and c.lower in PRESENT_HAVE), None)
    infinitive = next((c for c in root.children if c.dep == "xcomp" and has_to(c)), None)
    return [have, root] if have is not None and infinitive is not None else None


def told_past(phrase: list[Tok], ctx: TypeContext) -> bool:
    """'The chief executive decided it was time to move on', '... so it was time for a change,' says JK, 'He said: "It
    was time to go."': one of `backshifted_phrases` that is not the root of what a past verb of saying reports in
    indirect speech ('Tony Blair said it was time to draw a line') tells a past decision or change, no call
    (review19a)."""
    if tuple(t.lower for t in phrase) not in ctx.lex.backshifted_phrases:
        return False
    reported = ctx.verb is not None and ctx.verb.tag == "VBD" and ctx.reported_content
    indirect = not any(t.i in ctx.quotes.inside for t in phrase)
    return not (reported and indirect and any(t is ctx.root for t in phrase))


def forecast_necessity(ctx: TypeContext) -> list[Tok] | None:
    """'Applicants will have to send proof ...', 'a shortened Finance Bill would have to be rushed through', 'Scotland
    may have to accept "significant intrusion"', 'regulators will still need to give their approval': a 'have to' or
    'need to' under a modal of the future, the conditional or possibility tells what will or may be required, a
    statement about the future (a prediction), not a call to do it (claims20: the labels type 46 of 67 such claims a
    prediction, 16 a prescription). Not under a frame of `prescription_verbs` ('a spokesman warned that the changes
    would have to go ahead in April', 'Edward Leigh warned the government would have to work hard': a demand), nor
    said to 'you' ('you will need to have registered by Friday 11 March': advice)."""
    phrase = _phrase_near_root(ctx, ctx.lex.prescription_phrases, 2)
    modal = necessity_modal(phrase, ctx) if phrase is not None else None
    return [modal] if modal is not None else None


def necessity_modal(phrase: list[Tok], ctx: TypeContext) -> Tok | None:
    """The modal of the future, the conditional or possibility on the verb of a 'have to' / 'need to' phrase; 'will' or
    'would' not under a frame of asking or warning (`prescription_verbs`: 'warned that the changes would have to go
    ahead'), where 'may have to' still forecasts ('warning MSPs that Scotland may have to accept ...')."""
    lex = ctx.lex
    modals = lex.prediction_modals | lex.conditional_modals | lex.possibility_modals
    verb = phrase[0]
    if lemma(verb) not in {"have", "need"}:
        return None
    modal = next((c for c in verb.children if c.dep == "aux" and ctx.lex.modal_form(c) in modals), None)
    asked = ctx.verb is not None and lemma(ctx.verb) in lex.prescription_verbs
    if modal is None or (asked and lex.modal_form(modal) not in lex.possibility_modals):
        return None
    # 'then you will need to purchase those also': what the reader will have to do is advice (review17c)
    subject = subject_of(verb)
    if subject is not None and subject.lower in lex.second_person_pronouns:
        return None
    # 'but we will need to see decisions adopted in that direction': what the speaker must see done is his condition
    return None if subject is not None and subject.lower in lex.first_person_pronouns and seen_done(verb) else modal


def seen_done(verb: Tok) -> bool:
    """'need to see decisions adopted', 'need to see the troops withdraw': 'see' with an object that has a verb of its
    own (a participle on the object, or a clause with a subject that is no wh-word) asks for a thing to be done; not
    'need to see how it goes', 'need to see a doctor' (review17c)."""
    see = next((c for c in verb.children if c.dep == "xcomp" and lemma(c) == "see"), None)
    if see is None:
        return False
    done = [g for o in see.children if o.dep == "dobj" for g in o.children if g.dep == "acl" and g.tag == "VBN"]
    clauses = [
        c
        for c in see.children
        if c.dep == "ccomp"
        and any(s.dep in {"nsubj", "nsubjpass"} for s in c.children)
        and not any(w.tag in {"WRB", "WP", "WDT"} or w.lower in {"if", "whether"} for w in c.children)
    ]
    return bool(done or clauses)


def first_person_desire(ctx: TypeContext) -> list[Tok] | None:
    """'We want ...', 'I hope ...'. Not a wish told in the past ('"So I wanted to have the Swedish face of the crisis
    on my arm," he added', '"We wanted to give world cinema more emphasis"': the speaker tells why something was done,
    the wish is carried out or gone; the web20 hand check and the labels: 5 such claims, none a prescription), as
    `wished_cleft` and `hoped_content` leave a past wish ('he said he wanted ...' is reported speech:
    `reported_wish`)."""
    desire = ctx.root_lemma in ctx.lex.desire_verbs and not unrealised_wish(ctx.root, ctx.lex)
    return [ctx.root] if ctx.first_person and desire and not past_wish(ctx.root, ctx.lex) else None


def past_wish(verb: Tok, lex: Lexicon) -> bool:
    """'I wanted to ...', 'we hoped ...', 'we didn't want ...': a verb of `wish_verbs` in the simple past (or with
    'did') tells a wish the speaker had, not one put forward."""
    did = any(c.dep == "aux" and c.lower == "did" for c in verb.children)
    return lemma(verb) in lex.wish_verbs and (verb.tag == "VBD" or did)


def hoped_content(ctx: TypeContext) -> list[Tok] | None:
    """'I hope that Bafta voters will respond to the extremely high standard of acting', 'We hope we will be rewarded
    ...', 'I just hope Manchester can handle the crowds', '... will, I hope, lead to many more measures': a hope in the
    first person for what is to be (the content of 'hope' or 'wish' with a subject of its own) is a wish put forward
    by its holder, a prescription (ANNOTATION; claims25: the labels' such claims 13 prescriptions, 0 other, typed
    by the clause's modal or copula before). Not in the third person ('Allardyce hopes Candela's arrival will relieve
    Bolton's injury crisis': the labels split 6 prescriptions, 8 predictions), nor a regret ('I wish I had stayed'),
    nor a hope told in the past ('the job we hoped they would', 'when we hoped to get it') or about the past ('I hope
    they didn't blame me': review19a; nothing left to be done)."""
    verb = ctx.verb
    if verb is None or not ctx.reported_content or lemma(verb) not in ctx.lex.wish_verbs or lemma(verb) == "want":
        return None
    regret = any(a.dep == "aux" and a.lower == "had" for a in ctx.root.children)
    past = [t for t in (verb, ctx.root, *auxiliaries(ctx.root)) if t.tag == "VBD"]
    first = own_wish(verb, ctx.lex)
    return [verb] if first and not regret and not past and not unrealised_wish(verb, ctx.lex) else None


def verb_prescription(ctx: TypeContext) -> list[Tok] | None:
    """'X urged ...' said by the author or in the first person."""
    lex = ctx.lex
    prescribes = prescribing(ctx.root, lex) and ctx.root_lemma not in lex.desire_verbs
    return [ctx.root] if prescribes and (ctx.verb is None or ctx.first_person) else None


def inferred_state(ctx: TypeContext) -> list[Tok] | None:
    """'Doctor: You must be nuts.', 'Mentally, it must be very hard for him', 'It must be nice having your own place',
    'you must be joking': an epistemic 'must' over a copula with a word of `inferred_state_words` (or that word
    as the progressive's verb) infers how things stand, a judgement of what is (ANNOTATION: an assessment), not what
    is to be done (review38's xfail; claims46). Only with a subject of `inferring_subjects` and not negated: 'You must
    be careful', 'we must be positive', 'It must be able to be folded', 'you must not be tired at the wheel' lay down
    what is to be."""
    lex, root = ctx.lex, ctx.root
    must = next((a for a in auxiliaries(root) if a.tag == "MD" and lex.modal_form(a) == "must"), None)
    subject = subject_of(root)
    if must is None or negated(root) or subject is None or subject.lower not in lex.inferring_subjects:
        return None
    if ctx.root_lemma == "be":
        word = next((c for c in root.children if c.dep == "acomp" and c.lower in lex.inferred_state_words), None)
    else:  # 'you must be joking': the progressive's own verb
        progressive = root.tag == "VBG" and any(a.dep == "aux" and lemma(a) == "be" for a in root.children)
        word = root if progressive and root.lower in lex.inferred_state_words else None
    return [must, word] if word is not None else None


def first_person_suggestion(ctx: TypeContext) -> list[Tok] | None:
    """'I suggest we move one step further', '"I suggest the BBC concentrates on the issues ..."', 'I would suggest
    laying new oak veneer planks': a verb of `suggesting_verbs` in the first person present (or under 'would') with a
    clause of what to do or a gerund puts it forward, a prescription (claims46: the labels' 3 such claims). A verb of
    evidence elsewhere ('the figures suggest ...', 'he suggested ...'); not negated ('I don't suggest for one minute
    that ...'), nor a clause of a state or a forecast ('I suggest that is wrong', 'I suggest it will fail')."""
    lex = ctx.lex
    # the frame ('I suggest we move') or the root of what is reported ('"I suggest the BBC ...," he said')
    verb = ctx.verb if ctx.verb is not None and lemma(ctx.verb) in lex.suggesting_verbs else ctx.root
    if lemma(verb) not in lex.suggesting_verbs or negated(verb) or is_question_clause(verb):
        return None
    subject = subject_of(verb)
    if subject is None or subject.lower not in lex.first_person_pronouns:
        return None
    helpers = auxiliaries(verb)
    would = len(helpers) == 1 and lex.modal_form(helpers[0]) in lex.conditional_modals and verb.tag == "VB"
    if not (verb.tag == "VBP" and not helpers) and not would:
        return None
    return [verb] if any(suggested_action(c, lex) for c in verb.children) else None


def suggested_action(clause: Tok, lex: Lexicon) -> bool:
    """What a first-person 'suggest' puts forward: a gerund ('suggest laying new planks') or a clause of an action in
    the present or the subjunctive, under no modal but one of advice ('we move', 'the BBC concentrates', 'we should
    wait'); not a 'be' or 'have' of a state."""
    if clause.dep in {"xcomp", "dobj"}:
        return clause.tag == "VBG"
    if clause.dep != "ccomp" or clause.tag not in {"VB", "VBP", "VBZ"} or lemma(clause) in {"be", "have"}:
        return False
    modals = [a for a in auxiliaries(clause) if a.tag == "MD"]
    return all(lex.modal_form(a) in lex.prescription_modals for a in modals)


def unattributed_call(ctx: TypeContext) -> list[Tok] | None:
    """'The budget for the fiscal year calls for the sale of 20% of the state's holdings', '... who have called for an
    apology', 'The Liberal Democrats have not been drawn into the argument but have called for a Europe-wide policy': a
    verb of `prepositional_prescription_verbs` with its preposition of asking (`prescribing`) as the proposition's
    root, with no attribution and not negated, asks for what it names to be done: a prescription (ANNOTATION: 'called
    for X'). `verb_prescription` leaves 'call' to the rules of wishes (`desire_verbs`), and 'call' is also a verb of
    judging ('called the rebate "unjustified"', `assessment_verbs`), which typed these calls assessments before
    (claims32: the labels' 3 such claims are prescriptions). Only a call whose subject names no source (`caller`):
    not 'The weather forecast calls for heavy snow' (a forecast foretells), 'A neighbour called for an ambulance'
    (a summons), 'The home side called for offside' (an appeal in play; review25, claims33), nor a call for help
    whatever its subject (`summons`: '... who called for help')."""
    root, lex = ctx.root, ctx.lex
    if ctx.verb is not None or ctx.root_lemma not in lex.prepositional_prescription_verbs or negated(root):
        return None
    called = prescribing(root, lex) and not passive_call(root) and not summons(root, lex)
    return [root] if called and caller(root, lex) else None


def dated_call(ctx: TypeContext) -> list[Tok] | None:
    """'A report by two MPs committees called on Thursday for urgent changes to the electoral registration system',
    'Lord Greaves called last week for international observers at the general election': a time between a verb of
    `prepositional_prescription_verbs` and its 'for' makes the parser read the verb as a participle on the noun before
    it ('committees called on Thursday', as 'a group called X'), and the sentence as a noun or another clause's. A
    participle of that kind with a day or a past time on it (`dated`) and its preposition of asking with an object asks
    for what it names, as 'called for' does (claims46: silver's one such claim is a prescription; the corpora's 2).
    Not a participle that names or summons ('the conference called in Jakarta on Thursday', 'called for help'), nor a
    passive ('a strike called for Friday by the union')."""
    lex = ctx.lex
    for verb in ctx.unit.tokens:
        if lemma(verb) not in lex.prepositional_prescription_verbs or verb.tag != "VBN" or verb.dep != "acl":
            continue
        if any(c.dep in {"auxpass", "agent"} for c in verb.children) or negated(verb):
            continue
        if dated(verb, lex) and asking(verb, lex) and not summons(verb, lex) and not stranded_preposition(verb):
            return [verb]
    return None


def dated(word: Tok, lex: Lexicon) -> bool:
    """Whether a day ('on Thursday', a bare 'Thursday') or a past time of `past_point_phrases` ('last week') is on the
    word."""
    near = adverbial_tokens(word)
    days = lex.day_names
    on_day = any(t.dep == "prep" and t.lower == "on" and any(o.lower in days for o in t.children) for t in near)
    bare_day = any(c.dep == "npadvmod" and c.lower in days for c in word.children)
    return on_day or bare_day or find_phrase(near, lex.past_point_phrases) is not None


def caller(verb: Tok, lex: Lexicon) -> bool:
    """The subject of an unattributed call names no source of its own: one of `call_subject_pronouns` (a relative or a
    thing's pronoun: '... who have called for an apology', 'and that calls for a radical alliance', 'It called for
    action to create jobs') or a document, with one of `calling_documents` its head ('The budget calls for ...', 'The
    submission also calls for ...', 'Section 404 of the Act calls for ...'); or none of its own in a conjunct that
    shares the first verb's ('... welcomed the increase, but has called for a £6 minimum wage'). A person or a
    forecast as the subject summons or foretells ('A neighbour called for an ambulance', 'The forecast calls for
    snow'); a root with no subject that is no conjunct is likely a misparsed noun ('calls for a shift ... have
    fallen on deaf ears')."""
    subject = subject_of(verb)
    if subject is None:
        return verb.dep == "conj"
    return subject.lower in lex.call_subject_pronouns or lemma(subject) in lex.calling_documents


def passive_call(verb: Tok) -> bool:
    """'They can be called up for 16 training days', 'the keeper was called into action', 'It is called
    high-definition - HD for short', 'eggs called for on the cake mix box': a passive or a participle that modifies a
    noun names or summons; no one asks for anything. 'Have called for' (a perfect) still asks."""
    if passive(verb):
        return True
    perfect = any(c.dep == "aux" and lemma(c) == "have" for c in verb.children)
    return verb.tag == "VBN" and not perfect


def speech_act_prescription(ctx: TypeContext) -> list[Tok] | None:
    """'X demanded an inquiry': a prescribing speech act without a content clause."""
    verb = ctx.verb
    if verb is None or not ctx.speech_act or not prescribing(verb, ctx.lex) or lemma(verb) == "want":
        return None
    return [verb]


def prescribing(verb: Tok, lex: Lexicon) -> bool:
    """A verb of `prescription_verbs`; one of `prepositional_prescription_verbs` only with its preposition of
    asking ('called for an inquiry', 'appealed for calm', 'we appeal to the board to ...'; not 'called the
    rebate "unjustified"', 'called in sick', 'pleaded guilty', 'appealed against the ruling', nor a fronted 'For the
    Lib Dems, Kirsty Williams called the target "hugely unambitious"'); one of
    `advocating_verbs` only with an object that is to be done ('defended plans to end the embargo': the
    dev gold says prescription; 'defended the plans against criticism', 'defended Mr McConnell' judge)."""
    name = lemma(verb)
    if name in lex.arguing_verbs or name in lex.emphasising_verbs:
        return advocated(verb, lex)
    if particle_call(verb, lex):
        return asking(verb, lex) and not summons(verb, lex)  # 'cried out for help' summons
    if name in lex.advocating_verbs:  # 'Straw has defended plans to end the embargo', not 'defended the plans'
        objects = [c for c in verb.children if c.dep == "dobj"]
        plans = [o for o in objects if lemma(o) in lex.plan_nouns]  # not "defended her decision to cast ..."
        return any(a.dep in {"acl", "relcl"} and has_to(a) for o in plans for a in o.children)
    if name not in lex.prescription_verbs:
        return False
    if name not in lex.prepositional_prescription_verbs:
        return True
    return asking(verb, lex)


def asking(verb: Tok, lex: Lexicon) -> bool:
    """Whether a verb has a preposition of asking after it ('called for an inquiry', 'appealed for calm'; 'to' and
    'on' only with an infinitive: 'we appeal to the board to ...'), or 'for' marking its clause ('critics have called
    for him to go')."""
    preps = lex.prescription_prepositions
    clauses = [c for c in verb.children if c.dep in {"advcl", "ccomp", "xcomp"}]
    asked = [c for c in verb.children if c.dep == "prep" and c.lower in preps and c.i > verb.i]
    # 'we appeal to the board to allow ...', not 'the idea appealed to young voters' (review14)
    infinitive = any(has_to(c) for c in clauses) or any(
        has_to(g) for p in asked for o in p.children for g in o.children if g.dep in {"acl", "relcl", "xcomp"}
    )
    prepositional = any(p.lower not in lex.infinitive_prescription_prepositions or infinitive for p in asked)
    return prepositional or any(
        m.dep == "mark" and m.lower in preps for c in clauses for m in c.children
    )  # 'critics have called for him to go': 'for' marks the clause


def particle_call(verb: Tok, lex: Lexicon) -> bool:
    """A verb of `particle_prescription_verbs` with its particle ('crying out for Mr Howard to get back ...'; claims46);
    the verb alone asks nothing ('cried for joy')."""
    particles = [c.lower for c in verb.children if c.dep == "prt"]
    return any(p[0] == lemma(verb) and p[1] in particles for p in lex.particle_prescription_verbs if len(p) == 2)


def advocated(verb: Tok, lex: Lexicon) -> bool:
    """'He also argued for a grand coalition of all three main parties', 'The Liberal Democrats have argued for
    flexibility in deciding access rules': one of `arguing_verbs` with 'for' a thing (not a pronoun: 'when Mr Blunkett
    argued for them in Cabinet', whom he spoke for; not one of `trial_sides`: 'argued for the defence', a counsel's
    role, review18d) puts forward what should be done; 'The minister stressed the need for a political solution': one
    of `emphasising_verbs` whose object is one of `need_nouns` with 'for' or an infinitive calls for it (review17c).
    Not 'argued with his wife', 'stressed the importance of the talks'."""
    if lemma(verb) in lex.arguing_verbs:
        if any(c.dep in {"ccomp", "dobj"} for c in verb.children):
            return False  # 'he argued asylum cost £2bn a year for 14,000 ...': the clause is what he argued
        fors = [p for p in verb.children if p.dep == "prep" and p.lower == "for"]
        sides = lex.trial_sides  # 'argued for the defence': a counsel's role (review18d)
        return any(o.dep == "pobj" and o.pos != "PRON" and o.lower not in sides for p in fors for o in p.children)
    needs = [o for o in verb.children if o.dep == "dobj" and lemma(o) in lex.need_nouns]
    called = [c for o in needs for c in o.children]
    return any((c.dep == "prep" and c.lower == "for") or (c.dep == "acl" and has_to(c)) for c in called)


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


def advised_option(ctx: TypeContext) -> list[Tok] | None:
    """'It would be unwise to speculate', 'it would clearly be prudent to allow the police ... more time', 'It would
    be a fatal mistake not to take full advantage of ...', 'It might be appropriate to tell us ...': one of
    `advisability_words` after 'it' and a modal of the conditional or possibility, with an infinitive of an action,
    judges a possible action: advice, a prescription (ANNOTATION: 'it would be irresponsible to let it slip'). Not
    over a perfect ('would have been better to ...': a past option, `counterfactual`'s), nor a framing or a view
    ('it would be wrong to say / suggest that ...': `framing_infinitive`, or an infinitive with its own clause; 'to
    blame ...', 'to describe it as ...': `view_infinitive`)."""
    expletive = any((c.dep == "nsubj" and c.lower == "it") or c.dep == "expl" for c in ctx.root.children)
    if ctx.root_lemma != "be" or not expletive:
        return None
    modals = ctx.lex.conditional_modals | ctx.lex.possibility_modals
    modal = next((a for a in auxiliaries(ctx.root) if ctx.lex.modal_form(a) in modals and not perfect_modal(a)), None)
    word = advisability_word(ctx.root, ctx.lex)
    if modal is None or word is None:
        return None
    return [modal, word] if advised_action(ctx.root, word, ctx.lex) else None


def present_advice(ctx: TypeContext) -> list[Tok] | None:
    """'It is simply not acceptable in the modern age for the rest of the country to ...', 'We also believe it's right
    to apply this same level of caution to small and large casinos', 'It's probably smart to get on their good sides':
    one of `advisability_words` after 'it' and a present 'be' with an infinitive of an action judges an action still to
    be taken: advice, a prescription, as `advised_option`'s conditional does (ANNOTATION: a judgement about a possible
    or future action; claims33: the labels' 2 such BBC claims and opinion23's 2 are prescriptions, none other). Not in
    the past ('it was wrong to put China under the embargo': a judgement of what was, an assessment), not under a
    modal (`advised_option`'s), not a framing or a view ('it is wrong to say that ...', 'it is right to blame ...').
    Not an infinitive with a subject of its own: 'It is no longer appropriate for a government minister to have such
    unfettered discretion' (the parser's advcl) is labelled an assessment (s17)."""
    expletive = any((c.dep == "nsubj" and c.lower == "it") or c.dep == "expl" for c in ctx.root.children)
    helped = any(c.dep in {"aux", "auxpass"} for c in ctx.root.children)  # "it would be", "it has been"
    if ctx.root_lemma != "be" or not expletive or ctx.root.tag not in {"VBZ", "VBP"} or helped:
        return None
    word = advisability_word(ctx.root, ctx.lex)
    if word is None:
        return None
    return [word] if advised_action(ctx.root, word, ctx.lex) else None


def opportune_time(ctx: TypeContext) -> list[Tok] | None:
    """'Now is the perfect time to update your cover images', '"The quarter of this year is the best time for us to
    increase fuel prices," said ...': a present copula with a time of `opportune_nouns` judged right
    (`opportune_adjectives`) for an action (its infinitive) advises the action, as 'it is time to ...' does
    (ANNOTATION: a judgement about a possible action is a prescription; claims46). Not in the past or under a modal ('it
    was the right time to go'), not negated, not 'a great time to be a fan' (how things stand)."""
    root, lex = ctx.root, ctx.lex
    if ctx.root_lemma != "be" or root.tag not in {"VBZ", "VBP"} or auxiliaries(root) or negated(root):
        return None
    for noun in (c for c in root.children if c.dep in {"nsubj", "attr"} and lemma(c) in lex.opportune_nouns):
        judged = any(c.dep == "amod" and lemma(c) in lex.opportune_adjectives for c in noun.children)
        actions = [c for c in noun.children if c.dep in {"relcl", "acl"} and has_to(c) and lemma(c) != "be"]
        if judged and actions:
            return [noun]
    return None


def sooner_the_better(ctx: TypeContext) -> list[Tok] | None:
    """'The sooner we get on with this, the better', 'The more involved I can be with the LTA, the better': a
    comparative correlative whose second half is 'the' and a word of `correlative_judgements` alone (after a comma, with
    nothing but punctuation after it) judges the action of its first half desirable, a prescription (ANNOTATION: a
    judgement about a possible action; claims72). A reporting tail after it is the attribution's ('..., the better,"
    he added'). Not 'for the better' (no comma), not 'the better the detail' (a correlative of fact), not without a
    first half ('the' and a comparative before the comma), nor with a past verb in it ('The harder they fought in the
    1990s, the better': what was done, judged; fix58b)."""
    toks = [t for t in ctx.unit.tokens if t.pos != "SPACE"]
    for k, tok in enumerate(toks):
        if tok.lower not in ctx.lex.correlative_judgements or k < 4 or toks[k - 1].lower != "the":
            continue
        closing = all(t.pos == "PUNCT" or reporting_tail(t, ctx.verb) for t in toks[k + 1 :])
        opened = any(
            a.lower == "the" and b.tag in {"JJR", "RBR"} for a, b in zip(toks[: k - 3], toks[1 : k - 2], strict=True)
        )
        past = any(t.tag == "VBD" for t in toks[: k - 2])
        if toks[k - 2].text == "," and closing and opened and not past:
            return [tok]
    return None


def reporting_tail(tok: Tok, verb: Tok | None) -> bool:
    """Whether a token is the attribution's verb or hangs on it ('..., the better," he added')."""
    return verb is not None and (tok is verb or verb in tok.ancestors())


def bound_to_come(ctx: TypeContext) -> list[Tok] | None:
    """'It is only a matter of time until the euro reaches $1.30', 'he added that it was only a matter of time before
    such large attacks were mounted': a phrase of `inevitability_phrases` followed by one of `waiting_markers` says
    what is bound to come, a prediction (claims72). In the past tense only when reported (reported speech shifts 'it
    is' to 'it was'; the author's 'it was only a matter of time before he was caught' tells what came, and so do 'it
    had only ever been ...' and 'it was always going to be ...': `past_frame`, fix58b); not negated."""
    if negated(ctx.root) or (past_frame(ctx.root) and not ctx.reported_content):
        return None
    for phrase in iter_phrases(ctx.content, ctx.lex.inevitability_phrases):
        after = (t for t in ctx.content if t.i > phrase[-1].i)
        if any(t.lower in ctx.lex.waiting_markers for t in after):
            return phrase
    return None


def still_to_come(ctx: TypeContext) -> list[Tok] | None:
    """'"There's much more to come this series ...," she said', 'the best is yet to come', 'there is still more to come
    from him': a phrase of `still_to_come_phrases` says what is still to come, a prediction with no modal (review72
    finding 3; claims89). Not in the author's past ('Worse was to come for Dunne' is not listed; 'there was more to
    come' narrated is `past_frame`'s), not negated, not 'more to come forward' (`still_to_come_particles`)."""
    if negated(ctx.root) or (past_frame(ctx.root) and not ctx.reported_content):
        return None
    for phrase in iter_phrases(ctx.content, ctx.lex.still_to_come_phrases):
        come = phrase[-1]
        if not any(c.lower in ctx.lex.still_to_come_particles for c in come.children if c.i > come.i):
            return phrase
    return None


def past_frame(root: Tok) -> bool:
    """Whether a clause's root is in a past tense: a past form ('it was'), a past auxiliary ('it had been', 'it was
    going to be': 'be' under a past 'going') or a past verb it is the infinitive of ('it was going to be')."""
    frame = root.head if root.dep == "xcomp" and root.head is not None else root
    return frame.tag == "VBD" or any(a.tag == "VBD" for a in auxiliaries(frame) + auxiliaries(root))


def advisability_word(copula: Tok, lex: Lexicon) -> Tok | None:
    """The word of `advisability_words` after the copula ('wise', 'a mistake'), by its lemma or, for the comparative
    and superlative, its own form: the parser's lemma of 'better' and 'best' is not the word (claims43: 'It would be
    better to wait', 'It is best to check' were left to `copula_adjective`, assessments)."""
    words = lex.advisability_words
    return next(
        (c for c in copula.children if c.dep in {"acomp", "attr"} and (lemma(c) in words or c.lower in words)), None
    )


def advised_action(copula: Tok, word: Tok, lex: Lexicon) -> bool:
    """Whether a judgement of advisability ('it would be unwise', 'it is worth') is about an action: an infinitive of
    the copula or the word ('to speculate'), or a gerund ('worth debating a cap', 'worth thinking about how ...':
    claims39, the labels' 2 such claims are prescriptions), none of them a framing or a view ('worth noting that ...',
    'worth highlighting that the Mac Mini is ...': an infinitive or gerund with a clause of its own, labelled for the
    clause's type), nor one whose preposition has lost its object to the 'it' ('it would be worth waiting for', of a
    show: the thing judged, no expletive 'it'); not a worth with a price of its own ('it would be worth the price of
    admission alone to see ...': what a thing seen is worth)."""
    if any(c.dep in {"pobj", "dobj", "npadvmod"} for c in word.children):
        return False
    clause = [c for t in (copula, word) for c in t.children if c.dep == "xcomp" and (has_to(c) or c.tag == "VBG")]
    clause += [c for c in copula.children if c.i > word.i and open_condition(c, word, lex)]
    views = [
        c
        for c in clause
        if framing_infinitive(c, lex)
        or view_infinitive(c, lex)
        or any(g.dep == "ccomp" for g in c.children)
        or stranded_preposition(c)
    ]
    return bool(clause) and not views


def open_condition(clause: Tok, word: Tok, lex: Lexicon) -> bool:
    """'It's probably best if we split up', 'it would be far better if the Government and backbenchers came together
    now': a clause of `advised_conditions` ('if') after a word of preference (`preference_words`: better, best) names
    the action judged, as an infinitive does (claims43). Not after other judgements, whose 'it' may be a thing ('it is
    safe if cooked through'), nor a past perfect ('it would be better if they had agreed': an option gone)."""
    marked = any(c.dep == "mark" and c.lower in lex.advised_conditions for c in clause.children)
    past = any(c.dep == "aux" and lemma(c) == "have" and c.tag == "VBD" for c in clause.children)
    return clause.dep == "advcl" and word.lower in lex.preference_words and marked and not past


def stranded_preposition(verb: Tok) -> bool:
    """Whether a preposition of the verb has no object of its own ('waiting for', 'to rely on'; a closing quotation
    mark the parser hangs on it is none: 'it would be "worth waiting for"')."""
    return any(c.dep == "prep" and not any(g.dep in {"pobj", "pcomp"} for g in c.children) for c in verb.children)


def view_infinitive(verb: Tok, lex: Lexicon) -> bool:
    """'to blame the prime minister for the war', 'to expect a breakthrough', 'to describe the plan as a tax cut': one
    of `view_infinitives`, or of `impersonal_as_verbs` with 'as', takes a view; judging it is no advice (review19a).
    Not with one of `deliberation_prepositions` ('worth thinking about how we want to combat this': claims39)."""
    word = lemma(verb)
    preps = [c.lower for c in verb.children if c.dep == "prep"]
    deliberating = any(p in lex.deliberation_prepositions for p in preps)
    return (word in lex.view_infinitives and not deliberating) or (word in lex.impersonal_as_verbs and "as" in preps)


def framing_infinitive(verb: Tok, lex: Lexicon) -> bool:
    """'to say that ...', 'to note': one of `framing_infinitives` with no object frames what follows; 'to say anything
    further' (an object) is an act ('it would be premature to say anything further on the issue'). A 'that' the parser
    makes the object ('It is not right to say that if you are from ... you must be disadvantaged') is the clause's
    mark: still a framing (claims33)."""
    objects = [c for c in verb.children if c.dep == "dobj" and c.lower != "that"]
    return lemma(verb) in lex.framing_infinitives and not objects


def wished_cleft(ctx: TypeContext) -> list[Tok] | None:
    """'What we need is the equivalent of a thorough Ofsted inspection', 'What I am asking for is a situation where
    ...', 'What we don't want is a situation where ...', 'what was needed was simple and fair taxation': a
    pseudo-cleft whose 'what' clause is a wish (`cleft_wish_verbs`) puts forward the thing wished for (ANNOTATION: a
    wish about what should happen, put forward by its holder, is a prescription). Not a wish told in the past ('What
    the chancellor wanted was ...': what was wanted, an event), nor another's want or wish ('What the IRB does not want
    is a football scenario ...': the author telling the IRB's stance, not putting a wish forward; review19a)."""
    if ctx.root_lemma != "be":
        return None
    wished = next(
        (
            c
            for c in ctx.root.children
            if c.dep in {"csubj", "nsubj", "csubjpass"}
            and lemma(c) in ctx.lex.cleft_wish_verbs
            and c.tag != "VBD"
            and any(t.lower == "what" for k in c.children for t in [k, *(k.children if k.dep == "prep" else [])])
        ),
        None,
    )
    if wished is None or (lemma(wished) in ctx.lex.wish_verbs and not own_wish(wished, ctx.lex)):
        return None
    return [wished]


def summons(verb: Tok, lex: Lexicon) -> bool:
    """'called for help', 'called for an ambulance', '... who called for the police': a verb of `summoning_verbs` whose
    preposition of asking has only objects of `summons_nouns` with at most an article on them calls someone to come; no
    one asks for anything to be done (review25's 'A neighbour called for an ambulance'; review27's 'A passer-by, who
    called for help, ...', whose relative 'who' `caller` reads as naming no source). Not 'called for police to
    investigate', 'called for more police on the streets' (demands)."""
    if lemma(verb) not in lex.summoning_verbs:
        return False
    preps = [c for c in verb.children if c.dep == "prep" and c.lower in lex.prescription_prepositions and c.i > verb.i]
    objects = [o for p in preps for o in p.children if o.dep == "pobj"]
    return bool(objects) and all(
        lemma(o) in lex.summons_nouns and all(g.dep == "det" and g.lower in {"a", "an", "the"} for g in o.children)
        for o in objects
    )


def own_wish(verb: Tok, lex: Lexicon) -> bool:
    """'What we want ...', 'What I wish for ...': a want or wish with a first-person subject is the speaker's own."""
    subject = subject_of(verb)
    return subject is not None and subject.lower in lex.first_person_pronouns


def polled_share(ctx: TypeContext) -> list[Tok] | None:
    """'Some 47% believe she should have no title', 'only 40% think Mrs Parker Bowles should become Princess Consort',
    'Barely 5% of those questioned said they wanted a player that ...', 'Most voters said the UK should stay in the
    Common Market in the 1975 referendum': a share of a group polled or voting (`poll_share`) as the source of what
    should be done or what is wanted states how many hold that view, the finding of a poll or a vote: an event
    (ANNOTATION: stating an actor's position is an event; claims32: the labels type 7 of 8 such claims an event).
    Only the rules of prescriptions are passed over: what such a share will do stays a prediction ('18% said they
    would not get a landline': the labels' 4 such claims are predictions)."""
    attribution = ctx.attribution
    if attribution is None or attribution.kind != "actor":
        return None
    share = poll_share(attribution.claimer, ctx.unit.sent.tokens, ctx.content, ctx.lex)
    if share is None:
        return None
    wish = modal_prescription(ctx) or modal_prescription_in_content(ctx) or reported_wish(ctx)
    return [share] if wish else None


def poll_share(phrase: list[Tok], sentence: list[Tok], content: list[Tok], lex: Lexicon) -> Tok | None:
    """The head of a claimer phrase that names a share of a group: one of `share_words` ('47%', '47 per cent', 'a
    quarter of those polled', 'the vast majority of people'; not the end of a hyphenated word: 'fly-half'), or a
    head with one of `share_determiners` on it in a sentence that names a poll or a vote where the share was counted
    (`polled`: 'Most voters said ... in the 1975 referendum', 'most people questioned said ...'). Not 'Most
    economists said the bank should cut rates': a body of opinion, not a count, that puts a prescription forward
    (ANNOTATION: a speech act carries its content; the labels' 'most economists accept ...', 'Most commentators have
    been expecting ...' take their content's type; review25, claims33)."""
    inside = {t.i for t in phrase}
    for head in (t for t in phrase if t.head is None or t.head is t or t.head.i not in inside):
        if head.lower in lex.share_words and not any(c.text == "-" for c in head.children):
            return head
        determined = any(c.lower in lex.share_determiners and c.i < head.i for c in head.children)
        if determined and polled(sentence, content, lex):
            return head
    return None


def polled(sentence: list[Tok], content: list[Tok], lex: Lexicon) -> bool:
    """A sentence that names a poll or a vote where its share was counted: a word of `poll_words` by its form or
    lemma outside the claim's content ('those polled', 'of those questioned', 'said in a survey'), or inside it as a
    setting ('... should stay in the Common Market in the 1975 referendum'), not as what the content is about: a
    poll word in a subject or an object of the content's verbs ('Most MPs said the referendum should be delayed',
    '... that the government should hold a referendum') is the topic put forward, not where anyone was counted
    (review27)."""
    within = {t.i for t in content}
    words = [t for t in sentence if t.lower in lex.poll_words or lemma(t) in lex.poll_words]
    return any(t.i not in within or not in_argument(t, within) for t in words)


ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "dative", "csubj", "csubjpass"})


def in_argument(tok: Tok, within: set[int]) -> bool:
    """The token is in a subject or an object of a verb inside `within` (the noun phrase it heads or is part of,
    through its modifiers and prepositions on nouns); a prepositional phrase on a verb ('in the referendum') is
    no argument."""
    t = tok
    while t.head is not None and t.head is not t and t.head.i in within:
        if is_verb(t.head):
            return t.dep in ARGUMENT_DEPS
        t = t.head
    return False


def reported_necessity(ctx: TypeContext) -> list[Tok] | None:
    """'He said local governments had to deliver good services', 'Mr Warner said organisations needed to
    prepare ...', 'he said investment was needed to ...': reported speech shifts 'have to', 'need to' and 'is
    needed' to the past, and what was said to be necessary is a prescription. The author's past ('Mansfield
    had to clear the header off the line') tells what happened, and so does a speaker's own past ('we had
    to cancel 77 flights', 'the firm said it had to ...', a quotation's 'I had to relax'); a present passive
    'is / are needed' prescribes in any voice. Not negated, not a perfect ('had had to be replaced'), not
    'had yet to' (what was not done yet)."""
    root, lex = ctx.root, ctx.lex
    if ctx.root_lemma not in lex.necessity_verbs or negated(root) or is_question_clause(root):
        return None  # 'he asked what the government had to hide': a question, no necessity
    passive = [c for c in root.children if c.dep == "auxpass"]
    if root.tag == "VBN" and ctx.root_lemma == "need" and passive and not any(a.dep == "aux" for a in root.children):
        if estimated_figure(ctx):
            return None  # 'it is estimated that £500,000 is needed to buy the building': a cost
        if passive[0].tag in {"VBZ", "VBP"}:
            return [root]  # 'a major overhaul of the system is needed'
        return [root] if passive[0].tag == "VBD" and reported_plainly(ctx) else None
    if root.tag != "VBD" or auxiliaries(root) or not reported_plainly(ctx):
        return None
    infinitives = [c for c in root.children if c.dep == "xcomp" and has_to(c)]
    if ctx.root_lemma == "need" and not infinitives and needed_thing(root) and not casualty_care(root, ctx.lex):
        infinitives = [root]  # 'Mr Redwood said Britain needed a slimmer government', 'the market needed boosting'
    if not infinitives or any(c.lower == "yet" for c in root.children):
        return None  # 'a decision had yet to be taken': what is not done yet
    subject = subject_of(root)
    if subject is None and not existential_need(root, infinitives):
        return None
    if subject is not None and own_past(subject, ctx):
        return None  # 'the firm said it had to ...': the speaker's own past
    if any(at_past_point(v, lex) for v in (root, *infinitives)):
        return None  # 'US Airways had to cancel 65 flights on Thursday', 'had to be set aside last year'
    forced = any(forced_on_a_day(v, lex) for v in infinitives) and not threatened(root, ctx.unit)
    if subject is not None and lemma(subject) in lex.armed_parties and forced:
        return None  # 'the army said the convoy had to turn back on Tuesday': what the fighting forced, done
    return [root]


def existential_need(verb: Tok, infinitives: list[Tok]) -> bool:
    """'Matthew Taylor said there needed to be a quick, fair and firm asylum system', '... but there had to be limits
    to their behaviour': an existential 'there' with 'to be' has no subject of its own, and says what must come to
    exist (claims46: the labels' 2 such claims are prescriptions, as the 'had to' of a named subject is)."""
    there = any(c.dep == "expl" and c.lower == "there" for c in verb.children)
    return there and any(lemma(v) == "be" for v in infinitives)


def needed_thing(verb: Tok) -> bool:
    """Whether a 'needed' has a thing or a doing as what is needed: an object ('needed a slimmer government') or a
    gerund ('needed boosting'; claims18)."""
    return any(c.dep == "dobj" or (c.dep == "xcomp" and c.tag == "VBG") for c in verb.children)


def casualty_care(verb: Tok, lex: Lexicon) -> bool:
    """Whether a 'needed' has care given to the hurt (`care_nouns`) as its object ('police said three people needed
    hospital treatment', 'the victim needed 30 stitches'): a casualty report, an event (review16c)."""
    return any(c.dep == "dobj" and lemma(c) in lex.care_nouns for c in verb.children)


def owed_duty(ctx: TypeContext) -> list[Tok] | None:
    """'We have a very real duty to try to get people to focus on ...', 'the guidance said the police had a duty to
    investigate all incidents': a duty or obligation (`obligation_nouns`) to do something that someone has, on the
    claim's root, says what must be done (a prescription; claims18: the labels type 9 of 12 claims with 'duty /
    obligation to' so, and the 3 events are not had: 'acknowledged their duty to investigate', 'stamp duty to
    £120,000')."""
    for verb in (ctx.root, *(c for c in ctx.root.children if c.dep in {"ccomp", "xcomp"})):
        if lemma(verb) != "have" or negated(verb):
            continue
        duty = [
            c
            for c in verb.children
            if c.dep == "dobj" and lemma(c) in ctx.lex.obligation_nouns and not nobody(c, ctx.lex)
        ]  # not 'the government had no duty to consult them': what is not owed (review16c)
        if any(a.dep in {"acl", "relcl"} and has_to(a) for d in duty for a in d.children):
            return duty
    return None


def own_past(subject: Tok, ctx: TypeContext) -> bool:
    """Whether a reported 'had to' is the speaker's own past: 'I' / 'we' / 'it', or 'he' / 'she' when the one who
    says it can be that person (a person's name or a singular pronoun: 'he said he had to withdraw'); not 'critics
    said he had to resign', 'the Liberal Democrats said he had to explain' (what another must do; review15b)."""
    lex = ctx.lex
    if subject.lower in lex.first_person_pronouns or subject.lower == "it":
        return True
    if subject.lower not in lex.person_pronouns:
        return False
    speaker = subject_of(ctx.verb) if ctx.verb is not None else None
    return speaker is None or speaker.lower in {"he", "she"} or speaker.ent_type == "PERSON"


def estimated_figure(ctx: TypeContext) -> bool:
    """'It is estimated that £500,000 is needed to buy the building': a measured figure that a frame of
    `estimating_verbs` says is needed states a cost (review14)."""
    verb, subject = ctx.verb, subject_of(ctx.root)
    if verb is None or lemma(verb) not in ctx.lex.estimating_verbs or subject is None:
        return False
    return any(measured(t) for t in figure_tokens(subject))


def at_past_point(verb: Tok, lex: Lexicon) -> bool:
    """Whether a phrase of `past_point_phrases` ('last year', 'two days ago', 'yesterday') is on the verb, or 'on' a
    day name ('on Thursday') with a counted object ('had to cancel 65 flights on Thursday': a tally of what was
    done): a time gone, in a reported past. A day alone is as often the day something must happen ('Mr Annan said
    the elections had to go ahead on Sunday': a prescription; review15b)."""
    near = adverbial_tokens(verb)
    day = any(t.dep == "prep" and t.lower == "on" and any(o.lower in lex.day_names for o in t.children) for t in near)
    return (day and counted_object(verb)) or find_phrase(near, lex.past_point_phrases) is not None


def forced_on_a_day(verb: Tok, lex: Lexicon) -> bool:
    """'(the rebels had to) abandon the town on Sunday', '(the convoy had to) turn back on Tuesday': an active
    infinitive 'on' a day name. With an armed party as subject it is what the fighting forced on them that day (an
    event; review16c), where 'the vote had to be held on Thursday', 'the elections had to go ahead on Sunday' set
    the day something must happen."""
    near = adverbial_tokens(verb)
    day = any(t.dep == "prep" and t.lower == "on" and any(o.lower in lex.day_names for o in t.children) for t in near)
    # 'had to disarm on Monday or face sanctions': an alternative set against it makes it a demand (review16d)
    threatened = any(c.dep == "cc" and c.lower == "or" for c in verb.children)
    return day and not threatened and not any(c.dep == "auxpass" for c in verb.children)


def threatened(verb: Tok, unit: Unit) -> bool:
    """'The UN said the rebels had to disarm on Monday or they would face sanctions', '..., otherwise they would face
    sanctions': a necessity with a threat set against it, as a clause joined by 'or' to the 'had to' or an 'otherwise'
    after it, is a demand (review16e), as 'or face sanctions' on the infinitive is (`forced_on_a_day`). Not what would
    have come of it ('the convoy had to turn back on Tuesday, otherwise it would have come under fire': done;
    review17c)."""
    alternative = any(c.dep == "cc" and c.lower == "or" for c in verb.children) and not any(
        c.dep == "conj" and unrealised(c) for c in verb.children
    )
    return alternative or any(t.lower == "otherwise" and t.i > verb.i and not unrealised(t.head) for t in unit.tokens)


def unrealised(verb: Tok) -> bool:
    """'(otherwise) it would have come under fire': a past participle with 'have' and a modal, what did not happen."""
    auxes = {c.lower for c in verb.children if c.dep == "aux"}
    return verb.tag == "VBN" and "have" in auxes and bool(auxes - {"have"})


def counted_object(verb: Tok) -> bool:
    """Whether the verb's object is a number or carries one ('cancel 40 flights', 'sold 2,000')."""
    objects = [c for c in verb.children if c.dep == "dobj"]
    return any(o.pos == "NUM" or any(c.dep == "nummod" for c in o.children) for o in objects)


def reported_plainly(ctx: TypeContext) -> bool:
    """Whether the claim is a reported clause outside quotation marks ('he said X had to ...', not
    '"I had to relax," said Holmes')."""
    return ctx.reported_content and ctx.root.i not in ctx.quotes.inside


def case_for_action(ctx: TypeContext) -> list[Tok] | None:
    """'There is a strong case for a judge-led judicial review', 'there could be a case for cutting taxes', 'there
    may be an argument for raising the retirement age': an existential whose thing is one of `advocacy_nouns` with
    'for' what is to be done judges a possible action (ANNOTATION: a prescription), under a modal or not
    (review15b; the labels type both such claims a prescription). Not 'no case', 'no argument': a judgement of the
    case (gold-politics-dev types 'there was no strong argument for leaving the age ... at 21' an assessment)."""
    root = ctx.root
    if ctx.root_lemma != "be" or not any(c.dep == "expl" for c in root.children) or negated(root):
        return None
    things = [c for c in root.children if c.dep in {"attr", "nsubj"} and lemma(c) in ctx.lex.advocacy_nouns]
    for thing in things:
        if nobody(thing, ctx.lex) or scant(thing) or no_longer(root):
            continue  # 'there was no strong argument for leaving the age at 21': a judgement of the case (dev gold)
        if lawsuit(thing, ctx.lex):
            continue  # 'there was a court case for damages': a case a court hears
        asked = [p for p in thing.children if p.dep == "prep" and p.lower == "for" and p.children]
        if any(not saying(c, ctx.lex) for p in asked for c in p.children):
            return [thing]
    return None


def lawsuit(noun: Tok, lex: Lexicon) -> bool:
    """'a court case', 'a libel case', 'a case for damages': a case that a court hears (`lawsuit_words` as its
    modifier or as what it is for), not one made for an action (review16c)."""
    modifiers = [c for c in noun.children if c.dep in {"compound", "amod"}]
    asked = [o for p in noun.children if p.dep == "prep" and p.lower == "for" for o in p.children]
    return any(lemma(t) in lex.lawsuit_words or t.lower in lex.lawsuit_words for t in modifiers + asked)


def saying(tok: Tok, lex: Lexicon) -> bool:
    """'a case for saying the war was illegal': what the case is for is saying or believing a proposition (a verb of
    `reporting_verbs`), a judgement of what is, not an action to take (review16c)."""
    return tok.tag == "VBG" and lemma(tok) in lex.reporting_verbs


def scant(noun: Tok) -> bool:
    """'There is little case for ...': a noun that 'little' makes next to nothing, as 'no' does (review16c)."""
    return any(c.dep in {"amod", "det"} and c.lower == "little" for c in noun.children)


def no_longer(verb: Tok) -> bool:
    """'There is no longer a case for ...': what was and is not now (review16c)."""
    return any(c.lower == "longer" and any(g.lower == "no" for g in c.children) for c in verb.children)


def reported_recommendation(ctx: TypeContext) -> list[Tok] | None:
    """'The report recommended that the government has a say in ...', 'the Tories are demanding that Tony
    Blair spell out ...': the clause a verb of `recommending_verbs` reports is what it asks to be done
    (ANNOTATION: 'urged / called for / demanded X to do Y' -> prescription), whoever recommends it. Not an
    embedded question, not the recommender's own infinitive ('Jones demanded to take a lie detector test',
    'he demanded to know who ...', 'I propose to match the freeze': what they did or mean to do), not a past
    perfect ('ministers had proposed getting rid of the title, but the Lords have over-ruled this': a
    proposal overtaken by events)."""
    verb, root = ctx.verb, ctx.root
    if verb is None or not ctx.reported_content or lemma(verb) not in ctx.lex.recommending_verbs:
        return None
    own = root.dep == "xcomp" and root.head is verb and has_to(root)
    overtaken = any(a.dep == "aux" and a.lower == "had" for a in verb.children)  # 'ministers had proposed ...'
    # 'the committee did not recommend that the tax be scrapped': nothing is asked (review14)
    return None if own or overtaken or negated(verb) or is_question_clause(root) else [verb]


def voiced_call(ctx: TypeContext) -> list[Tok] | None:
    """'Charles Kennedy repeated his call for a "pause"', 'Liberty joined calls for intercept evidence to be
    allowed', 'Acpo made its call for stronger powers', 'he finished with an appeal to activists to go out and
    win', 'one was a call to amend the bill': a call, appeal or demand (`asking_nouns`) for something or to do
    something that the subject makes, repeats or joins (`voicing_verbs`), or that the subject is, asks it
    (ANNOTATION: 'called for X' -> prescription). Not one rejected, resisted or answered ('Mr Blair has resisted
    calls for him to name the day': an event), not negated (claims16)."""
    root, lex = ctx.root, ctx.lex
    if negated(root):
        return None
    if ctx.root_lemma in lex.voicing_verbs:
        nouns = [c for c in root.children if c.dep == "dobj"]
        nouns += [o for c in root.children if c.dep == "prep" and c.lower == "with" for o in c.children]
    elif ctx.root_lemma == "be" and not any(c.dep == "expl" for c in root.children):  # 'there will be demand for'
        nouns = [c for c in root.children if c.dep == "attr"]
    else:
        return None
    call = next(
        (n for n in nouns if lemma(n) in lex.asking_nouns and (asks(n) or dated_ask(n, lex)) and voiced(n, lex)), None
    )
    return [call] if call is not None else None


def dated_ask(noun: Tok, lex: Lexicon) -> bool:
    """'Joe Biden joined growing calls on Thursday for the release of comprehensive racial data': with a day between
    them, the parser hangs the call's 'for' on the verb; a 'for' of the verb right after the noun's day is the call's
    (claims46)."""
    if noun.head is None or not dated(noun, lex):
        return False
    end = max(t.i for t in noun.subtree())
    return any(c.dep == "prep" and c.lower == "for" and c.i == end + 1 and c.children for c in noun.head.children)


def voiced(noun: Tok, lex: Lexicon) -> bool:
    """A noun of asking that someone voices: 'its demand for', 'a demand for', not the market's 'demand for new homes',
    'weak demand for cars' (`owned_asking_nouns` ask only with a determiner or an owner; review15b)."""
    if lemma(noun) not in lex.owned_asking_nouns:
        return True
    return any(c.dep in {"det", "poss"} for c in noun.children) and not any(c.dep == "amod" for c in noun.children)


def asks(noun: Tok) -> bool:
    """A noun of asking with what it asks for: 'for' + a noun or clause ('call for a pause', 'calls for him to go')
    or an infinitive ('a call to amend the bill', 'an appeal to activists to go out')."""
    preps = [c for c in noun.children if c.dep == "prep"]
    return (
        any(p.lower == "for" for p in preps)
        or any(c.dep in {"acl", "relcl"} and has_to(c) for c in noun.children)
        or any(p.lower == "to" and has_to(g) for p in preps for o in p.children for g in o.children)
    )


def reported_wish(ctx: TypeContext) -> list[Tok] | None:
    """'X said he wanted ...', 'they said they want to ...': a wish put forward by its holder (not
    a regret: 'he wished he had stayed')."""
    attribution = ctx.attribution
    if attribution is None or attribution.kind != "actor" or not ctx.reported_content:
        return None
    if ctx.root_lemma not in ctx.lex.wish_verbs or unrealised_wish(ctx.root, ctx.lex):
        return None  # 'he said he had hoped to stay': a wish overtaken by events
    if any(a.dep == "aux" and a.lower == "had" for c in ctx.root.children if c.dep == "ccomp" for a in c.children):
        return None
    subject = subject_of(ctx.root)
    if subject is None or (subject.lower in ctx.lex.first_person_pronouns and past_wish(ctx.root, ctx.lex)):
        return None  # '"So I wanted to have ... on my arm," he added': the speaker's own past wish, told (web20)
    holder = subject.lower in ctx.lex.source_pronouns or any(t.i == subject.i for t in attribution.claimer)
    return [ctx.root] if holder else None


def held_aim(ctx: TypeContext) -> list[Tok] | None:
    """'"I'm aiming to be fit by 18 April," he said', 'Microsoft said it aims to remove more carbon than it emits by
    2030', '"We aim to shift the emphasis ...," (a speaker)': a present aim (a verb of `aim_verbs` with a to-infinitive,
    no modal, not negated, not told in the past) put forward by its holder is the holder's forecast of its own act, a
    prediction, as 'pledged / promised to' are (ANNOTATION's hard cases: a speech act carries its content; the
    labels call 4 of 4 such reported aims predictions). The holder is the speaker: the subject is 'I' / 'we', the same
    noun as the claimer ('"The Commission aims to ensure ...," the Commission said'), or, in reported speech outside a
    quotation, a pronoun of the claimer ('Sky has said it aims to ...'). In the author's voice an aim is a stance
    stated, an event ('The Liberal Democrats are aiming to unseat ...': 6 of 7 labelled), and so is another's aim
    a speaker describes ('"he is aiming to build his side around ..."'), left to the other rules (claims85)."""
    attribution, root = ctx.attribution, ctx.root
    if attribution is None or attribution.kind != "actor" or ctx.root_lemma not in ctx.lex.aim_verbs:
        return None
    if (
        root.tag not in {"VBZ", "VBP", "VBG"}
        or negated(root)
        or not any(has_to(c) for c in root.children if c.dep == "xcomp")
    ):
        return None
    if any(a.tag in {"VBD", "MD"} or a.lower in {"been", "had"} for a in auxiliaries(root)):
        return None  # 'they were aiming to ...', 'would aim to ...': told in the past, or the modal rules'
    subject = subject_of(root)
    if subject is None:
        return None
    claimer = {lemma(t) for t in attribution.claimer if t.pos in {"NOUN", "PROPN"}}
    if subject.lower in ctx.lex.first_person_pronouns or (
        subject.pos in {"NOUN", "PROPN"} and lemma(subject) in claimer
    ):
        return [root]
    indirect = ctx.reported_content and root.i not in ctx.quotes.inside
    return [root] if indirect and subject.lower in ctx.lex.holder_pronouns else None


def directive(ctx: TypeContext) -> list[Tok] | None:
    """'X urged / called on / challenged Y to do Z': a directive verb with an infinitive. Not one to come ('I will be
    asking Parliament to renew this legislation': `directive_to_come`) nor a past passive ('McCririck was ordered to
    leave the house', 'who were asked to vote for their favourite': what was asked of someone, narrated, left to the
    later rules; `past_passive`)."""
    verb = directive_verb(ctx)
    if verb is None or directive_modal(verb, ctx.lex) is not None or past_passive(verb):
        return None
    return [verb]


def directive_to_come(ctx: TypeContext) -> list[Tok] | None:
    """A directive under a modal of the future ('I will be asking Parliament to renew ...', 'creditors will be asked
    to vote on the plan', 'would be asked to join an expert committee'): a forecast of the asking (claims36: the labels
    call 12 of 13 such claims predictions; the modal rules miss the ones whose content is the infinitive)."""
    verb = directive_verb(ctx)
    modal = directive_modal(verb, ctx.lex) if verb is not None else None
    return [modal] if modal is not None else None


def directive_verb(ctx: TypeContext) -> Tok | None:
    """The attribution's verb or the root, when it is one of `directive_verbs` with an infinitive (on it or on the
    object of its preposition: 'called on X to ...'), not one that only forewarns ('analysts warned investors to
    expect further losses', 'told reporters to expect an announcement': what will come, `forewarned`; review50)."""
    for verb in (ctx.verb, ctx.root):
        if verb is None or lemma(verb) not in ctx.lex.directive_verbs:
            continue
        infinitives = directive_infinitives(verb)
        if infinitives and not forewarned(verb, infinitives, ctx.lex):
            return verb  # not "warned investors to expect further losses": a forecast (review50)
    return None


def forewarned(verb: Tok, infinitives: list[Tok], lex: Lexicon) -> bool:
    """'warned / told / advised X to expect Y': a verb of `forewarning_verbs` whose only infinitives are of
    `expectation_infinitives` (not 'urged voters to expect more of the government', a demand)."""
    return lemma(verb) in lex.forewarning_verbs and all(lemma(c) in lex.expectation_infinitives for c in infinitives)


def directive_infinitives(verb: Tok) -> list[Tok]:
    """The infinitives of a directive verb, on it or on the object of its preposition ('called on X to ...')."""
    targets = [verb] + [g for c in verb.children if c.dep == "prep" for g in c.children if g.dep == "pobj"]
    return [c for t in targets for c in t.children if c.dep in {"xcomp", "ccomp"} and has_to(c)]


def told_to_expect(ctx: TypeContext) -> list[Tok] | None:
    """'Analysts warned investors to expect further losses', 'told reporters to expect an announcement': a directive
    verb that only forewarns (`forewarned`) says what will come, a prediction (review50; claims61 made it a
    directive)."""
    for verb in (ctx.verb, ctx.root):
        if verb is None or lemma(verb) not in ctx.lex.directive_verbs or negated(verb):
            continue
        infinitives = directive_infinitives(verb)
        if infinitives and forewarned(verb, infinitives, ctx.lex):
            return infinitives[:1]
    return None


def directive_modal(verb: Tok, lex: Lexicon) -> Tok | None:
    """A modal of the future on a directive verb ('will ask', 'will be encouraged to stand', 'would be asked to'), not
    'would be better advised to ...' (advice), nor a speaker's own 'would' ('I would also urge them to listen to top
    chefs', "I'd call on ministers to ...": the directive itself, put politely; found in the corpus read)."""
    if any(c.dep == "advmod" and c.lower in {"better", "best"} for c in verb.children):
        return None
    subject = subject_of(verb)
    own = subject is not None and subject.lower in lex.first_person_pronouns
    futures = lex.prediction_modals | (frozenset() if own else lex.conditional_modals)
    return next((c for c in verb.children if c.dep == "aux" and lex.modal_form(c) in futures), None)


def past_passive(verb: Tok) -> bool:
    """A past simple passive ('was advised to exercise judgement', 'were asked to vote'; not 'have been asked not to
    bring any animals', nor 'will be asked'): claims36, the labels call 6 of 6 such directives events."""
    aux = [c for c in verb.children if c.dep in {"aux", "auxpass"}]
    return any(a.dep == "auxpass" and a.tag == "VBD" for a in aux) and not any(a.dep == "aux" for a in aux)


def imperative(ctx: TypeContext) -> list[Tok] | None:
    """'Bring back Steve Lamacq', 'Please speak out', '"Don't let the Tories wreck it," he said': a verb in the
    imperative (a base form with no subject, no modal, no marker and no clause of its own, with only an opener of
    `imperative_openers` or a `preface` before it in the claim) tells the reader or hearer what to do: a prescription
    (ANNOTATION.md: what should be done). Not a greeting or a frame of thought (`not_advice_imperatives`: 'Thank
    you', 'Imagine ...', 'Think of it as ...'), not a title ('Get Me Out Of Here'), not 'Let me ...' (a speaker's
    frame: 'Let me be clear'); the clause under 'say' or 'tell' in the imperative ('Say it is true') is left to the
    rules after it. Not a root the parser made of a subject (`broken_root`), a time told by 'come' (`time_come`), the
    imperative of a condition (`conditional_imperative`), nor a line that only looks like one (`not_told_to_act`)."""
    root, lex = ctx.root, ctx.lex
    if root.tag != "VB" or ctx.root_lemma in lex.not_advice_imperatives:
        return None
    if broken_root(root) or time_come(root, lex) or conditional_imperative(root, lex) or not_told_to_act(root, lex):
        return None
    if root.dep != "ROOT" and not (ctx.reported_content and root.dep == "ccomp"):
        return None
    for child in root.children:
        if child.dep in {"nsubj", "nsubjpass", "csubj", "expl", "mark"}:
            return None
        if child.dep == "ccomp" and ctx.root_lemma != "let":
            return None  # 'Remember (that) he was ...': a clause of its own ('let the council close it' is one)
        if child.dep in {"aux", "auxpass"} and lemma(child) != "do":
            return None  # 'to stop', 'will stop', 'be stopped'
    if ctx.root_lemma == "let" and any(
        c.dep in {"dobj", "nsubj"} and c.lower == "me" for g in root.children for c in [g, *g.children]
    ):
        return None
    if title_case(root):
        return None  # a title: 'Get Me Out Of Here', 'Shake Hands With The Devil'
    prefaced = {t.i for c in root.children if c.i < root.i and preface(c, lex) for t in c.subtree()}
    before = [t for t in ctx.content if t.i < root.i and t.pos not in {"PUNCT", "SPACE"} and t.i not in prefaced]
    if any(t.lower not in lex.imperative_openers for t in before):
        return None
    return [root]


# the 'us' of 'let us' / "let's" (the parser reads "'s" as a pronoun there)
FIRST_PLURAL_OBJECTS = frozenset({"us", "'s", "’s"})


# what a bare verb of an earlier instruction has none of: a subject, a marker, an auxiliary, a 'not' with no 'do'
# ('Not mature enough to look after herself, let alone a child': an adjective the tagger calls a verb)
BARE_VERB_BLOCKERS = frozenset({"nsubj", "nsubjpass", "mark", "aux", "auxpass", "neg"})


def preface(clause: Tok, lex: Lexicon) -> bool:
    """A clause before an imperative that leaves it an instruction (claims43, recipes and guides of base36-web): when
    or on what condition to act, opened by one of `condition_openers` with a subject of its own ('When the vegetables
    have withered, add in the tofu'), or an earlier instruction the parser hung on it, a base verb with no subject,
    marker, auxiliary or bare 'not' ('Add minced lamb and cook until brown; Stir for few seconds'). A clause with a
    subject and no opener ('Coinbase is great, add ...') or an infinitive ('To be fair, take ...') is none."""
    if clause.dep != "advcl":
        return False
    opened = any(c.dep in {"mark", "advmod"} and c.lower in lex.condition_openers for c in clause.children)
    if opened:
        return subject_of(clause) is not None
    bare = clause.tag == "VB" and not any(c.dep in BARE_VERB_BLOCKERS for c in clause.children)
    return bare and not title_case(clause)


def broken_root(root: Tok) -> bool:
    """'Tait himself, at least outwardly, appeared unaffected ...': a root in the base form with a finite verb of the
    past or the third person and no subject of its own hanging on it as `dep` is a broken parse (a name tagged a
    verb, the sentence's real verb left unattached), no imperative. Only past and -s forms: the tagger's present
    'whisk' in 'Mix together yeast, honey and warm water whisk together' is one more instruction."""
    return any(c.dep == "dep" and c.tag in {"VBD", "VBZ"} and subject_of(c) is None for c in root.children)


def time_come(root: Tok, lex: Lexicon) -> bool:
    """'But come late August, a few hot days in the stadium in Athens told us ...': 'come' with a noun phrase of time
    right after it (`npadvmod`) and a clause with a subject of its own hanging on it tells when that clause happened
    ('when late August came'), the parser having made the clause hang on 'come'; no one is told to come. 'Come next
    Tuesday and see the show' (no clause with a subject) stays an invitation."""
    if lemma(root) not in lex.time_verbs:
        return False
    timed = any(c.dep == "npadvmod" and c.i > root.i and c.subtree()[0].i == root.i + 1 for c in root.children)
    clause = any(c.dep in CLAUSE_DEPS and subject_of(c) is not None for c in root.children if c.i > root.i)
    return timed and clause


def conditional_imperative(root: Tok, lex: Lexicon) -> bool:
    """'Spin the radio dial in the US and you are likely to find plenty of Spanish-language music', 'Throw in the
    small matter of ..., and you can see why ...': an imperative joined by 'and' to a clause whose subject is a
    generic 'you' that may or is likely to meet the outcome (a modal of possibility or ability, or a likelihood
    adjective) states what happens if one does it, a condition, no advice. An outcome promised is left to the
    imperative: 'Toss your hair into cute pigtails, and you're ready for the night', 'Send it to us and we'll put it
    in the story', 'Do not press too hard or you might break it' (claims39: such web instructions with a result)."""
    if not any(c.dep == "cc" and c.lower == "and" for c in root.children):
        return False
    hedges = lex.possibility_modals | lex.ability_modals
    for clause in (c for c in root.children if c.dep == "conj" and c.i > root.i):
        subject = subject_of(clause)
        if subject is None or subject.lower not in lex.second_person_pronouns:
            continue
        modal = any(c.dep == "aux" and lex.modal_form(c) in hedges for c in clause.children)
        if modal or any(c.dep == "acomp" and c.lower in lex.likelihood_adjectives for c in clause.children):
            return True
    return False


def not_told_to_act(root: Tok, lex: Lexicon) -> bool:
    """A base-form root that tells no one to do anything (review33's misreadings of claims39's imperative hold): a
    verbless line led by an adjective (`adjective_fragment`), a thing presented by 'Enter X:' (`presentation`), a
    point added to the writer's list by 'throw in' or 'add to this' (`added_point`), a frame of a program's traceback
    (`traceback_frame`), 'let alone' (`idiom_of_comparison`)."""
    guards = (adjective_fragment, presentation, added_point, traceback_frame, idiom_of_comparison)
    return any(guard(root, lex) for guard in guards)


OBJECT_DEPS = frozenset({"dobj", "dative", "prt", "ccomp", "xcomp", "attr", "oprd"})


def adjective_fragment(root: Tok, lex: Lexicon) -> bool:
    """'Perfect for portioning and having as a treat whenever cravings hit', 'Perfect for Halloween': a word that is
    an adjective as well as a verb (`adjective_verbs`) with no object and a preposition that completes an adjective
    (`adjective_prepositions`: 'for') right after it is a product blurb's verbless line, what the thing is good for,
    no instruction. 'Perfect your pastry with this guide' (an object) stays an imperative."""
    if root.lower not in lex.adjective_verbs or any(c.dep in OBJECT_DEPS for c in root.children):
        return False
    return any(c.dep == "prep" and c.i == root.i + 1 and c.lower in lex.adjective_prepositions for c in root.children)


def presentation(root: Tok, lex: Lexicon) -> bool:
    """'Enter this pillow: the perfect solution for a comfortable side sleep': 'enter' as a stage direction
    (`presenting_verbs`: here comes X) when its object stands before a colon and a noun phrase after the colon
    describes it (an apposition with a determiner); a product heading, no one told to enter anything. 'Enter your
    postcode: the nearest store will be shown' (a clause after the colon) and 'Enter the trailer when she's home'
    stay instructions."""
    if lemma(root) not in lex.presenting_verbs:
        return False
    for obj in (c for c in root.children if c.dep == "dobj"):
        for appos in (c for c in obj.children if c.dep == "appos" and c.i > obj.i):
            colon = any(t.text == ":" and obj.i < t.i < appos.i for t in root.subtree())
            if colon and any(d.dep == "det" and d.i < appos.i for d in appos.children):
                return True
    return False


def added_point(root: Tok, lex: Lexicon) -> bool:
    """'Throw in the small matter of warding off every top club in Europe ...': 'throw in' (`adding_phrasal_verbs`)
    with a point of discourse as its object (`added_point_nouns`: matter, fact, prospect) adds one more thing to the
    writer's list, 'add to that', a description; 'Throw in the chopped onions and stir' stays an instruction. So does
    'Add to this this new legislation which ...' (`adding_verbs` whose 'to' takes a word for what was said before,
    `added_to_words`: claims43), 'Add in the fact that the economy is slowing' ('add in' with a point noun) and 'Add
    the fact that he is 35' (a point noun with a clause of its own: review37); 'Add the onions to the pan' and 'Add a
    question to the survey' stay instructions."""
    to_said = [g for c in root.children if c.dep == "prep" and c.lower == "to" for g in c.children if g.dep == "pobj"]
    adding = lemma(root) in lex.adding_verbs
    if adding and any(g.lower in lex.added_to_words for g in to_said):
        return True
    points = [c for c in root.children if c.dep == "dobj" and lemma(c) in lex.added_point_nouns]
    inside = [g for c in root.children if c.dep == "prep" and c.lower == "in" for g in c.children if g.dep == "pobj"]
    told = points + [g for g in inside if lemma(g) in lex.added_point_nouns]
    if adding and any(c.dep in {"acl", "ccomp"} for g in told for c in g.children):
        return True  # 'Add the fact that he is 35', 'Add in the fact that ...': a point with its clause (review37)
    particles = [c.lower for c in root.children if c.dep == "prt"]
    return any((lemma(root), p) in lex.adding_phrasal_verbs for p in particles) and bool(points)


def idiom_of_comparison(root: Tok, lex: Lexicon) -> bool:
    """'..., let alone a child': 'let alone' (`comparison_idioms`: verb + adverb) means 'still less', a comparison of
    the writer's, no one told to let anything be (claims43, base36-web); 'Let it sit for ten minutes' stays an
    instruction."""
    return any((lemma(root), c.lower) in lex.comparison_idioms for c in root.children if c.dep == "advmod")


def traceback_frame(root: Tok, lex: Lexicon) -> bool:
    """'File "foo.py", line 19, in <module>': a frame of a program's traceback quoted on a web page, a word the tagger
    calls a verb right before a quoted file name, with 'line' and a number (`source_line_nouns`) that hang on no other
    verb; no one is told to file anything. 'Save the file as "notes.txt" and delete line 3' (the line under 'delete')
    stays an instruction."""
    after = [t for t in root.subtree() if t.i == root.i + 1]
    if not after or after[0].tag != "``":
        return False
    for tok in root.subtree():
        numbered = tok.lower in lex.source_line_nouns and any(c.dep == "nummod" for c in tok.children)
        if numbered and not any(is_verb(a) for a in path_to(tok, root)):
            return True
    return False


def path_to(tok: Tok, root: Tok) -> list[Tok]:
    """The tokens between `tok` and its ancestor `root`, both left out."""
    out, head = [], tok.head
    while head is not None and head is not root and head.i != head.head_i:
        out.append(head)
        head = head.head
    return out


def heading(ctx: TypeContext) -> list[Tok] | None:
    """'What’s Next', 'National Taco Day Jokes You’ll Be Taco-Bouting All Day', '63 Fascinating Facts Every Kid Should
    Know': a web page's section heading or a list's title, a whole sentence in title case with no closing mark, names a
    topic and puts nothing forward (the labels give such lines `none`); it is left an event (`default_event`) before
    any rule reads its copula or modal as a judgement or a forecast (claims34's xfail, claims35). Title case: every
    word opening with a capital but the small words of `title_small_words`, two or more, one of the capitalised words
    after the first no proper noun (not a line of names)."""
    sentence = [t for t in ctx.unit.sent.tokens if t.pos != "SPACE"]
    unit = {t.i for t in ctx.unit.tokens}
    if not sentence or sentence[-1].text[-1:] in TERMINAL_MARKS or any(t.i not in unit for t in sentence):
        return None
    return [ctx.root] if title_case_line(sentence, ctx.lex) else None


def sequel(ctx: TypeContext) -> list[Tok] | None:
    """'The move follows a Law Lords judgement that the detention ... was unlawful', 'His comments follow news that
    all four Britons ... will be freed', 'The economy's poor performance ... followed four quarters of growth': a
    clause whose verb is one of `sequel_verbs`, active, in the present or past simple under no auxiliary, with an
    object, tells what came after what: an event (the labels: 35 of 35), not the judgement or forecast a word of its
    object or subject makes. Left an event (under the name `default-event`, as the other such claims) before any
    rule reads those (claims37). Not 'will follow', 'could follow' (a forecast), 'has been followed by', 'It follows
    that ...'."""
    root = ctx.root
    if ctx.root_lemma not in ctx.lex.sequel_verbs or root.tag not in {"VBZ", "VBD", "VBP"}:
        return None
    if any(c.dep in {"aux", "auxpass"} for c in root.children):
        return None
    return [root] if any(c.dep == "dobj" for c in root.children) else None


def title_case(verb: Tok) -> bool:
    """A verb opening a title ('Get Me Out Of Here', 'Shake Hands With The Devil'): a capitalised word other than a
    name ('I' aside) right after it, in a run of two or more capitalised words of which one is no proper noun."""
    words = [t for t in verb.subtree() if t.i > verb.i and t.pos not in {"PUNCT", "SPACE"}][:3]
    caps = [t for t in words if t.text[:1].isupper() and t.text != "I"]
    return len(caps) >= 2 and words[0] in caps and any(t.tag not in {"NNP", "NNPS"} for t in caps)


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


def scheduled_present(ctx: TypeContext) -> list[Tok] | None:
    """'The final takes place on Saturday', 'Chelsea face Barcelona on 8 March', 'the talks resume next
    week': a present simple with a day, a date or a time to come after it tells what is scheduled (a
    prediction); not a copula or 'have', not a habit ('on Sundays': a plural day), not with a past tense
    in the claim."""
    root, lex = ctx.root, ctx.lex
    if root.tag not in {"VBZ", "VBP"} or ctx.root_lemma in lex.copula_verbs or ctx.root_lemma == "have":
        return None
    if any(c.dep in AUX_DEPS for c in root.children) or any(t.tag == "VBD" for t in ctx.unit.tokens):
        return None  # '... on Friday, which was then a record low': told in the past
    for prep in (c for c in root.children if c.dep == "prep" and c.lower == "on" and c.i > root.i):
        day = next((o for o in prep.children if o.dep == "pobj" and o.tag == "NNP"), None)
        if day is not None and (day.lower in lex.day_names or any(t.lower in lex.month_names for t in day.subtree())):
            return [prep, day]
    return [root] if future_time(root, lex, after=True) else None


def infinitival(phrase: list[Tok]) -> bool:
    """'Due to' is a future only with an infinitive after it ("are due to meet"), not as the
    preposition of a cause ("fell, mainly due to the weak dollar", "due to falling demand"). Other
    phrases keep a "to" the tagger calls a preposition: "BT is set to trial the service" (a noun to
    the tagger), "we are going to Madrid for the second leg" (an arranged future). "About to" as `about_to` says."""
    last = phrase[-1]
    if phrase[0].lower == "about":
        return about_to(phrase[0], last)
    return phrase[0].lower != "due" or last.lower != "to" or last.tag == "TO"


def about_to(about: Tok, to: Tok) -> bool:
    """'X is about to resign', 'a deal about to be offered': "about to" is a future when the verb "to" marks hangs on
    "about" (29 of the 30 "about to" of the BBC and web runs, all futures), not when "about" is a preposition of a verb
    before it and the infinitive that verb's own ('The Tory leader was asked about to respond': claims37)."""
    verb = to.head
    return verb is about or (verb is not None and verb.head is about)


def phrase_future(ctx: TypeContext) -> list[Tok] | None:
    """'X is set to ...', 'X is due to ...' next to the root: the first such phrase that is a future (not a
    cause: 'due to the weak dollar'; not an aim: 'the aim is to cut waste', 'X is to blame'; not under a modal of the
    perfect: 'may have been set for')."""
    phrase = future_phrase(ctx)
    if phrase is not None and any(a.tag == "MD" and perfect_modal(a) for a in auxiliaries(phrase[0])):
        return None  # 'a world record may have been set for the hottest temperature': what may have been (claims46)
    if phrase is not None and quoted_past(ctx, phrase):
        return None  # (a perfect infinitive after the phrase is `inferred_past`'s, a rule before this one)
    return None if phrase is None or aim_or_idiom(ctx, phrase) else phrase


def future_phrase(ctx: TypeContext) -> list[Tok] | None:
    """The first phrase of `prediction_phrases` in the content next to the root that is a future's (`infinitival`)."""
    found = iter_phrases(ctx.content, ctx.lex.prediction_phrases)
    return next((p for p in found if infinitival(p) and any(within_hops(t, ctx.root, 1) for t in p)), None)


def perfect_infinitive(phrase: list[Tok], lex: Lexicon) -> bool:
    """'are likely to have convinced the MPC', 'is expected to have resulted in a fall', 'the effect of all this is to
    have achieved two things': a perfect infinitive after the phrase says what has (likely) happened, not what will
    (claims51's candidate; claims52: the labels call 3 of 3 such units assessments). Not with a time to come on the
    verb ('is expected to have finished the work next year': a future perfect, still a forecast)."""
    to = phrase[-1]
    verb = to.head
    if to.tag != "TO" or verb is None or verb.tag != "VBN" or future_time(verb, lex):
        return False
    return any(c.dep == "aux" and c.lower in {"have", "'ve"} and to.i < c.i < verb.i for c in verb.children)


def inferred_past(ctx: TypeContext) -> list[Tok] | None:
    """'Slower consumer spending ... are likely to have convinced the MPC ...', 'is highly unlikely to have been an
    inspired guess': a phrase of likelihood over a perfect infinitive (`perfect_infinitive`) is a hedged judgement of
    what was, an assessment, as 'may not have been the best way' is to `hedged_judgement` (claims52)."""
    phrase = future_phrase(ctx)
    return phrase if phrase is not None and perfect_infinitive(phrase, ctx.lex) else None


def inevitable_then(ctx: TypeContext) -> list[Tok] | None:
    """'"The offensive was always going to fail," the colonel said', '"The regime was bound to collapse"', '"There was
    never going to be a massive explosion of casinos"': a quoted past phrase of the future (`quoted_past`) that says
    what was certain to come, by "bound to" or an adverb of `inevitability_adverbs`, judges in hindsight, an
    assessment (ANNOTATION: interpreting), not the narrated event the other quoted past phrases are (review45;
    claims52's labelled "He was almost bound to get the answer he wanted" is one). Not with a subject of the first
    person: "We were never going to sign it" tells the speaker's own intent, an event; not under another verb of the
    quotation ('"The PM said he was bound to tell Mr Thorpe ..."': a duty, narrated)."""
    phrase = future_phrase(ctx)
    if phrase is None or not quoted_past(ctx, phrase):
        return None
    head = phrase[0]
    verbs = [head, head.head] if head.dep in {"acomp", "xcomp"} and head.head is not None else [head]
    if ctx.root not in verbs:
        return None  # '"The PM said he was bound to tell Mr Thorpe ..."': a duty narrated under a verb of saying
    subjects = [c for v in verbs for c in v.children if c.dep in {"nsubj", "nsubjpass", "csubj", "expl"}]
    if not subjects or subjects[0].lower in ctx.lex.first_person_pronouns:
        return None  # ('there was never going to be ...': the expletive stands for the subject)
    adverbs = ctx.lex.inevitability_adverbs
    certain = head.lower == "bound" or any(
        c.dep in {"advmod", "neg"} and c.lower in adverbs for v in verbs for c in v.children
    )
    return phrase if certain else None


def quoted_past(ctx: TypeContext, phrase: list[Tok]) -> bool:
    """'"He was almost bound to get the answer he wanted ...," she said', '"I knew I was going to get it before I even
    took the kick"': the phrase's 'be' in the past tense inside quotation marks. A quoted speaker's own words are not
    shifted back by a frame, so the past tells what was then to come, narrated (claims52: the labels call 7 of 7 such
    units an event or an assessment, none a prediction); 'the firm said it was set to ...' (reported speech, no
    quotation mark) stays a forecast."""
    head = phrase[0]
    bes = [head, *auxiliaries(head)]
    if head.dep in {"acomp", "xcomp"} and head.head is not None:
        bes.append(head.head)  # 'was almost bound to', 'looked set to'
    inside = ctx.quotes.inside
    return any(t.tag == "VBD" and lemma(t) == "be" and t.i in inside for t in bes) and head.i in inside


def aim_or_idiom(ctx: TypeContext, phrase: list[Tok]) -> bool:
    """'The aim is to cut waste', 'their only answer is to raise taxes', 'poor training is to blame',
    'what they want is to fly more routes', 'if it is to survive': 'be to' whose subject is a singular
    noun of `aim_nouns` or a clause, that states a condition, or whose infinitive makes an idiom."""
    if lemma(phrase[0]) != "be":
        return False
    subject = subject_of(phrase[0])
    infinitives = [c for c in phrase[0].children if c.dep == "xcomp"]
    aim = subject is not None and subject.tag == "NN" and lemma(subject) in ctx.lex.aim_nouns  # not 'jobs are to go'
    # 'Such a policy is to be proposed at the next meeting': a passive infinitive tells what is to be done to the plan,
    # arranged (claims52, once 'policy' and 'pledge' became aim nouns)
    aim = aim and not any(g.dep == "auxpass" for c in infinitives for g in c.children)
    clause = subject is not None and subject.dep == "csubj"
    condition = any(c.dep == "mark" and c.lower == "if" for c in phrase[0].children)
    return aim or clause or condition or any(lemma(c) in ctx.lex.idiom_infinitives for c in infinitives)


def past_arrangement(ctx: TypeContext) -> list[Tok] | None:
    """'He was due to have a scan on Monday', 'the firm planned to offer ...': a plan or arrangement in
    the author's past tense narrates what was arranged then (an event). Reported it stays a forecast:
    'the firm said it planned to ...' backshifts 'plans'."""
    root = ctx.root
    passive = root.tag == "VBN" and any(c.dep == "auxpass" and c.tag == "VBD" for c in root.children)
    if ctx.attribution is not None or (root.tag != "VBD" and not passive):
        return None
    words = ctx.lex.arrangement_words
    if ctx.root_lemma in words and any(c.dep == "xcomp" and has_to(c) for c in root.children):
        return [root]  # 'planned to offer', 'was scheduled to take place'
    if ctx.root_lemma != "be":
        return None
    due = next((c for c in root.children if c.dep == "acomp" and lemma(c) in words), None)
    if due is None or not any(c.dep == "xcomp" and has_to(c) for c in due.children):
        return None
    return [due]  # 'was due to meet'


def verb_future(ctx: TypeContext) -> list[Tok] | None:
    """'X plans to ...', 'X expects that ...'; reported with a noun object: 'the bank said it expected 6%
    growth', 'he says he expects a hard match' (a pronoun subject: the speaker's own prediction)."""
    has_clause = any(c.dep in {"xcomp", "ccomp"} for c in ctx.root.children)
    if has_clause and ctx.lex.predicting(ctx.root):
        return [ctx.root]
    if awaited(ctx.root, ctx.lex):
        return [ctx.root]
    if not ctx.reported_content or ctx.root_lemma not in ctx.lex.prediction_speech_acts or negated(ctx.root):
        return None  # 'he did not expect such an easy match': a surprise at what happened, not a forecast
    subject = subject_of(ctx.root)
    speaker = subject is not None and subject.tag == "PRP"  # the speaker's own ('it expected'), not a report's
    return [ctx.root] if speaker and any(c.dep == "dobj" for c in ctx.root.children) else None


def awaited(verb: Tok, lex: Lexicon) -> bool:
    """'A judgement from Mr Justice Sullivan is expected early in February', 'a Lesotho government news briefing is
    expected on Wednesday': a present passive 'expect' with no clause or infinitive tells what is to come (claims18:
    the labels type 4 of 4 such claims a prediction); not 'had been expected' (what came as foreseen). So do the
    other verbs of `awaited_verbs` ('A third film is scheduled for release in 2007', 'Stops in Leeds are planned for
    later in the week', 'No further action is anticipated': claims30, the labels 3 of 3 predictions)."""
    if lemma(verb) not in lex.awaited_verbs or verb.tag != "VBN":
        return False
    if any(c.dep in {"xcomp", "ccomp", "csubj"} for c in verb.children):
        return False
    if any(c.dep == "prep" and c.lower == "of" for c in verb.children):
        return False  # 'loyalty is expected of every minister': what is asked of someone, a norm (review16c)
    passive = [c for c in verb.children if c.dep == "auxpass"]
    plain = not any(c.dep == "aux" for c in verb.children) and not negated(verb)
    return plain and bool(passive) and passive[0].tag in {"VBZ", "VBP"}


def reporting_future(ctx: TypeContext) -> list[Tok] | None:
    """'X predicted (that) Y would ...', 'X promised to ...', 'X expects the deficit to fall': a
    future-reporting verb."""
    verb, lex = ctx.verb, ctx.lex
    if verb is None or not ctx.reported_content:
        return None
    if not lex.predicting(verb):
        return None
    modals = lex.prediction_modals | lex.conditional_modals
    future = next((t for t in ctx.content if ctx.lex.modal_form(t) in modals and t.dep == "aux"), None)
    infinitive = any(c.dep == "xcomp" for c in verb.children) or has_to(ctx.root)
    return [verb] if future is not None or infinitive else None


# --- assessment -------------------------------------------------------------------------------


def stated_attitude(ctx: TypeContext) -> list[Tok] | None:
    """'Villa's chairman was happy to secure the deal', 'he said he was unaware of it', 'I am delighted': an
    actor's attitude or feeling after a copula (`attitude_adjectives`, `feeling_adjectives`) is a state of
    the actor, an event (ANNOTATION: stating an actor's attitude), also when reported; so is a state a
    participle tells ('is closely modelled on ...', 'young people are hard hit', 'X is known for ...'; not
    one of `evaluative_words`: 'the fears were justified'; not graded: 'the try was very well worked'); not
    under a modal
    ('he would be glad'), not negated ('he's not very happy in here': the labels say assessment), not over
    a clause ('it was satisfied the question was easy to understand': the clause says what is held), not a
    participle set against another ('the policy was prejudice-based rather than evidence-based')."""
    adjective = ctx.adjective
    if adjective is None or modal_on(ctx.root, ctx.lex) or negated(ctx.root):
        return None  # 'he would be glad', 'they are not interested in ...'
    if any(c.dep == "ccomp" for t in (ctx.root, adjective) for c in t.children):
        return None
    words = ctx.lex.attitude_adjectives | ctx.lex.feeling_adjectives
    graded = any(t.dep == "advmod" and t.lower in ctx.lex.degree_adverbs for t in adjective.subtree())
    arranged = lemma(adjective) in ctx.lex.arrangement_words  # 'looks set for a boost': what is to come
    participle = adjective.tag == "VBN" and adjective.lower not in ctx.lex.evaluative_words and not graded
    # 'prejudice-based rather than evidence-based': a participle set against another judges (review13)
    contrasted = any(
        t.lower in ctx.lex.contrast_adverbs
        for c in adjective.children
        if c.dep in {"advmod", "cc"}
        for t in (c, *c.children)
    )
    participle = participle and not arranged and not contrasted
    return [adjective] if lemma(adjective) in words or participle else None


def stated_aim(ctx: TypeContext) -> list[Tok] | None:
    """'Nintendo's goal is to ship 5 million ... consoles by March', 'the aim of the project is to encourage ...', 'The
    flagship pledge is to replace council tax ...': 'be' with a to-infinitive whose subject is a singular noun of
    `aim_stance_nouns` states what an actor aims at or pledged, its stance, an event (ANNOTATION: stating an actor's
    position or stance), not the assessment of a present copula or a reported state (claims52: the labels call 14
    of 17 such units events). Not under a modal ('the goal will be to ...'), not negated, not an aim said to be the
    real one behind another (`imputed_aim`'s)."""
    subject = aim_subject(ctx)
    if subject is None or imputed_aim_word(subject, ctx.lex) is not None:
        return None
    if any(c.dep == "amod" and c.tag in {"JJS", "JJR"} for c in subject.children):
        return None  # 'the prisoners' best strategy is to keep their mouths shut': advice judged, no stance stated
    return [subject]


def imputed_aim(ctx: TypeContext) -> list[Tok] | None:
    """'The real aim of the so-called peace plan is to freeze the conflict, critics say', 'its true goal is to seize
    the region': an aim said to be the real, hidden or true one behind what is stated (`imputed_aim_words`) imputes a
    motive, an interpretation, an assessment (ANNOTATION), not the stance `stated_aim` reads (review45)."""
    subject = aim_subject(ctx)
    word = imputed_aim_word(subject, ctx.lex) if subject is not None else None
    return [word] if word is not None else None


OWN_POSSESSIVES = frozenset({"my", "our"})


def imputed_aim_word(subject: Tok, lex: Lexicon) -> Tok | None:
    """The word of `imputed_aim_words` on an aim noun, unless the aim is the speaker's own ('our real aim is to win':
    a stance stated, `stated_aim`'s)."""
    if any(c.dep == "poss" and c.lower in OWN_POSSESSIVES for c in subject.children):
        return None
    return next((c for c in subject.children if c.dep == "amod" and c.lower in lex.imputed_aim_words), None)


def aim_subject(ctx: TypeContext) -> Tok | None:
    """The subject of 'X is to ...' when it is a singular noun of `aim_stance_nouns` and the infinitive is active,
    with no modal or negation on 'be' ('the policy is to be proposed next week': arranged)."""
    root = ctx.root
    if ctx.root_lemma != "be" or modal_on(root, ctx.lex) or negated(root):
        return None
    subject = subject_of(root)
    if subject is None or subject.tag != "NN" or lemma(subject) not in ctx.lex.aim_stance_nouns:
        return None
    infinitives = [c for c in root.children if c.dep == "xcomp" and has_to(c)]
    if not infinitives or any(g.dep == "auxpass" for c in infinitives for g in c.children):
        return None
    return subject


def modal_on(verb: Tok, lex: Lexicon) -> bool:
    """Whether a modal auxiliary ('would', 'could', 'may', 'will', 'can', 'must', ...) is on the verb."""
    return any(a.dep == "aux" and (a.tag == "MD" or lex.modal_form(a) in lex.content_modals) for a in auxiliaries(verb))


def measured_state(ctx: TypeContext) -> list[Tok] | None:
    """'Growth was 1.6%', 'profits were 74.7bn yuan', 'house prices were 11.8% higher', 'sales were well up
    on last year': a copula whose complement is a measured figure (a number with digits, an amount of
    money or a percentage, not 'one') or a rise or fall ('up', 'down') states a fact about the world,
    an event, also when reported; so does a place in a ranking ('Wolves are currently 17th', claims16); not
    under a modal ('could be as high as $6.25': an outlook)."""
    root, lex = ctx.root, ctx.lex
    if ctx.root_lemma not in lex.copula_verbs or modal_on(root, lex) or any(c.dep == "expl" for c in root.children):
        return None
    for complement in (c for c in root.children if c.dep in {"attr", "acomp", "advmod", "prep"} and c.i > root.i):
        if complement.dep == "advmod":
            if complement.lower in lex.change_adverbs and changed_by(complement, root, lex):
                return [complement]
            continue
        if complement.dep == "prep" and complement.lower not in lex.comparison_prepositions:
            continue
        if complement.dep == "acomp" and complement.ent_type == "ORDINAL":
            return [complement]  # 'White Noise was second with $24m', 'Wolves are 17th': a place in a ranking
        figure = next((t for t in figure_tokens(complement) if measured(t) or multiplied(t, lex)), None)
        if figure is not None:
            return [figure]
    return None


def multiplied(tok: Tok, lex: Lexicon) -> bool:
    """'Twice as fast as any other service', 'three times faster than the old one', 'ten times more', 'four to five
    times more expensive': a multiplier (a word of `multiplier_words`, or 'times' with a cardinal on it or under it)
    on a comparison (a comparative, or 'as ... as') measures it as a figure does (claims62: the labels' 7 such
    copula comparisons outside a modal are all events; `copula-adjective` typed the b47 unit an assessment).
    Not 'times' without a number ('at times', 'many times'), nor a multiplier on no comparison, nor on a word of
    `evaluative_words` ('twice as good as his brother': a judgement)."""
    if tok.lower in lex.multiplier_words:
        multiplier = True
    else:
        counted = [*tok.children, *([tok.head] if tok.head is not None else [])]
        multiplier = tok.lower == "times" and any(t.tag == "CD" for t in counted)
    compared = tok.head
    while compared is not None and compared.tag in {"CD", "NNS", "RB"} and compared.lower not in {"more", "less"}:
        compared = compared.head if compared.head is not compared else None
    return multiplier and compared is not None and comparison(compared) and compared.lower not in lex.evaluative_words


def comparison(tok: Tok) -> bool:
    """A comparative ('faster', 'more', 'less') or a word compared with 'as' ('as fast as')."""
    return (
        tok.tag in {"JJR", "RBR"}
        or tok.lower in {"more", "less"}
        or any(c.dep == "advmod" and c.lower == "as" for c in tok.children)
    )


def changed_by(change: Tok, copula: Tok, lex: Lexicon) -> bool:
    """'Up 3.4%', 'well up on last year', 'up more than the price of oil': a rise or fall measured by a
    figure, against a point ('on', 'from', 'by', 'against') or in comparison (on the adverb or on its
    copula, where the parser often hangs them); not 'up until now', 'up in the air', 'deep down in the
    earth'."""
    near = change.children + [c for c in copula.children if c.i > change.i]  # not 'from the start, up until now'
    return (
        any(measured(t) for t in figure_tokens(change))
        or any(c.dep == "prep" and c.lower in lex.change_prepositions for c in near)
        or any(c.dep == "advmod" and c.lower in lex.comparative_adverbs for c in near)
    )


FIGURE_DEPS = frozenset({"nummod", "npadvmod", "quantmod", "compound", "pobj", "nmod", "advmod", "amod"})


def figure_tokens(complement: Tok) -> list[Tok]:
    """The complement and what measures it (numbers, amounts, their modifiers; not a clause on it)."""
    out, stack = [complement], [c for c in complement.children if c.dep in FIGURE_DEPS]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep in FIGURE_DEPS)
    return out


def measured(tok: Tok) -> bool:
    """A number written with digits, or a token of an amount of money, a percentage or a quantity."""
    digits = tok.tag == "CD" and any(ch.isdigit() for ch in tok.text)
    return digits or tok.ent_type in {"MONEY", "PERCENT", "QUANTITY"} or tok.text == "%"


def conditional_state(ctx: TypeContext) -> list[Tok] | None:
    """'A secular state would be less tolerant', 'he said it would remain profitable', 'growth may be slower
    than in 2004', 'the price could be as high as $6.25': a copula with an adjective under 'would', or
    with a comparison under 'could / may / might', tells what a state will be (a prediction). Not with a
    condition ('it would be more enjoyable if I could win'), not 'it would be naive not to use it' or
    'lifting the embargo would be irresponsible' (a judgement of an action: ANNOTATION's prescription or
    assessment), not an attitude ('he would be glad to help'), not in a question ('he questioned how the
    officers would be able to ...')."""
    root, lex, adjective = ctx.root, ctx.lex, ctx.adjective
    if adjective is None:
        return None
    modal = next(
        (a for a in auxiliaries(root) if lex.modal_form(a) in lex.conditional_modals | lex.possibility_modals), None
    )
    feeling = lemma(adjective) in lex.attitude_adjectives | lex.feeling_adjectives
    if modal is None or feeling or negated(root) or is_question_clause(root):
        return None  # 'he questioned how officers would be able to apply the powers'
    clauses = [c for t in (root, adjective) for c in t.children if c.dep in {"advcl", "xcomp", "ccomp"}]
    condition = any(m.dep == "mark" and m.lower in lex.condition_markers for c in clauses for m in c.children)
    condition = condition or any(inverted_clause(c) for c in clauses)
    expletive = any(c.dep == "nsubj" and c.lower == "it" for c in root.children) and (
        any(has_to(c) for c in clauses) or any(has_to(t) for t in infinitives_after(adjective, ctx.unit))
    )
    action = any(c.dep == "csubj" or (c.dep == "nsubj" and c.tag == "VBG") for c in root.children)
    judged = ctx.first_person and any(c.dep == "prep" for c in adjective.children)
    if condition or expletive or action or judged:
        return None  # 'lifting the embargo would be irresponsible': a judgement of an action
    if lex.modal_form(modal) in lex.conditional_modals:
        return [modal]
    compared = adjective.tag in {"JJR", "RBR"} or any(c.dep == "advmod" and c.lower == "as" for c in adjective.children)
    return [modal] if compared else None


def inverted_should(ctx: TypeContext) -> list[Tok] | None:
    """'Should the cycle end a year earlier, then the chances improve to "50/50"': a present simple with no auxiliary
    whose adverbial clause is an inverted 'Should' condition (`inverted_clause`) tells what follows if a thing that
    has not happened does, a forecast on a condition (a prediction, as 'would' makes one: claims56, claims52's "Left"
    (3), whose `modal_prescription_in_content` claims54 stopped; the unit's label is a prediction). Not over a perfect
    or any other auxiliary ('Should he win the next general election, he has earmarked £4 billion ...': a plan already
    made, the labels' event), nor an inverted 'had' or 'were' (what did not happen)."""
    root = ctx.root
    if root.tag not in {"VBZ", "VBP"} or any(a.dep in {"aux", "auxpass"} for a in root.children):
        return None
    for clause in (c for c in root.children if c.dep == "advcl" and inverted_clause(c)):
        first = min(clause.subtree(), key=lambda t: t.i)
        if first.lower == "should":
            return [first]
    return None


def inverted_clause(clause: Tok) -> bool:
    """'Had England's kickers not been so bad, ...', 'Were he to stay, ...': a clause opened by an auxiliary
    before its subject, a condition without 'if' (by the clause's verb; `modals.inverted_condition` asks it of a
    modal, wherever the parser hung its clause)."""
    first = min(clause.subtree(), key=lambda t: t.i)
    subject = subject_of(clause)
    return (
        first.dep in {"aux", "auxpass"}
        and first.lower in {"had", "were", "should"}
        and subject is not None
        and first.i < subject.i
    )


def infinitives_after(adjective: Tok, unit: Unit) -> list[Tok]:
    """The verbs of the unit after the adjective ('it would be unacceptable for any of the parties involved
    to hide ...', where the parser hangs the infinitive under the noun)."""
    return [t for t in unit.tokens if t.i > adjective.i and is_verb(t)]


def copula_adjective(ctx: TypeContext) -> list[Tok] | None:
    """'X is dangerous' (not an attitude or state: 'X was keen')."""
    adjective = ctx.adjective
    if adjective is None or (adjective.lower in ctx.lex.declaring_words and ctx.root_lemma != "be"):
        return None  # 'it became clear on Monday that ...': a declaration, as in `evaluative_word` (review17c)
    return None if lemma(adjective) in ctx.lex.attitude_adjectives else [adjective]


def explanation(ctx: TypeContext) -> list[Tok] | None:
    """'X did Y because ...'; not a 'since' of time (`time_since`), but a 'because' inside one ('The strikes have
    continued since the talks failed because Moscow wants leverage': `explaining_marker`)."""
    because = next(
        (
            m
            for v in ctx.verbs
            for c in v.children
            if c.dep == "advcl"
            for m in [explaining_marker(c, v, ctx.lex)]
            if m is not None
        ),
        None,
    )
    return [because] if because is not None else None


def explaining_marker(clause: Tok, verb: Tok, lex: Lexicon) -> Tok | None:
    """The `explanation_markers` word that makes an adverbial clause of `verb` explain it; a 'since' of time
    (`time_since`) explains nothing itself, but an explaining clause it holds does ('continued since the talks failed
    because Moscow wants leverage' gives a reason, review21b: v32 lost it when it learnt the 'since' of time)."""
    for m in clause.children:
        if m.dep != "mark" or m.lower not in lex.explanation_markers:
            continue
        if not time_since(m, verb, lex):
            return m
        inner = (explaining_marker(c, clause, lex) for c in clause.children if c.dep == "advcl")
        return next((x for x in inner if x is not None), None)
    return None


def time_since(marker: Tok, verb: Tok, lex: Lexicon) -> bool:
    """'The company has grown rapidly since it launched operations in 1993', 'Since Yukos' founder was arrested a year
    ago, the Russian market has dropped by 10%', 'bodies had been set up since Labour won power': a 'since' clause on a
    verb in the perfect tells from when, not why (the labels: 11 such claims events, none an assessment); 'since GTA
    San Andreas has an 18 certificate' on 'suggest' still explains, and so does a clause in the present perfect of its
    own (`own_present_perfect`), unless the main verb is a perfect progressive, which tells how long ('Since this has
    hit, my phone has been ringing off the hook': the web pages' one such sentence)."""
    if marker.lower != "since":
        return False
    if not any(c.dep in {"aux", "auxpass"} and lemma(c) == "have" and c.i < verb.i for c in verb.children):
        return False
    lasting = verb.tag == "VBG"  # "my phone has been ringing off the hook since this has hit": how long
    return lasting or counted(verb, lex) or not own_present_perfect(marker.head, lex)


def counted(verb: Tok, lex: Lexicon) -> bool:
    """'More than 300 people have died since the fighting has spread', 'Thousands have fled since ...': a perfect
    whose subject is a count (a numeral on its head or the head itself, or a noun of `count_nouns`) adds up from the
    'since' clause on, whatever its tense: a time, not a reason (review22b)."""
    subject = next((c for c in verb.children if c.dep in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    if subject.tag == "CD" or lemma(subject) in lex.count_nouns:
        return True
    return any(c.dep == "nummod" for c in subject.children)


def own_present_perfect(clause: Tok | None, lex: Lexicon) -> bool:
    """'Ukraine has been forced to retreat since it has run out of ammunition', 'since desmoteplase has already been
    licensed': a 'since' clause whose own verb is a present perfect gives a reason, not the point from which (that is
    a past: 'since the talks failed'); not over a verb of lasting state ('since he has been at Liverpool', 'since she
    has lived here': `since_state_verbs`), which tells how long (review21b)."""
    if clause is None or lemma(clause) in lex.since_state_verbs:
        return False
    return any(c.dep == "aux" and lemma(c) == "have" and c.tag in {"VBZ", "VBP"} for c in clause.children)


def quoted_complement(ctx: TypeContext) -> list[Tok] | None:
    """'X is "a disgrace"': a copula whose complement holds a quotation mark."""
    if ctx.root_lemma != "be":
        return None
    complement = next((c for c in ctx.root.children if c.dep in {"attr", "acomp"}), None)
    if complement is None:
        return None
    marks = ctx.quotes.marks
    return [complement] if any(t.i in marks for t in complement.subtree()) else None


def verb_assessment(ctx: TypeContext) -> list[Tok] | None:
    """'This shows ...', 'X criticised ...' as the proposition's verb (not 'condemned X to defeat',
    'called off the strike', 'dismissed the appeal': claims/verbs.py `particle_use`, `ruling`), or as the verb
    whose participle says why ('Campaigners attacked the website, saying it misled voters': `evaluating_frame`)."""
    verb = next((v for v in (ctx.root, evaluating_frame(ctx)) if v is not None and evaluating(v, ctx.lex)), None)
    return [verb] if verb is not None else None


def grounding_verb(ctx: TypeContext) -> list[Tok] | None:
    """'Although the figures point to a slowdown in the market', 'The rise in costs stems from a series of mistakes',
    'The QCA said the potential ... lay in the integrity of the whole diploma': the proposition's verb with its
    preposition of `grounding_phrases` tells where a thing comes from or what it rests on, an explanation (ANNOTATION:
    an assessment; claims94). Only with a common noun as its subject: 'Mr Smith pointed to the figures', 'he depends
    on his family' tell what someone did or needs; not before a date ('the charge stemmed from April 2004': when) nor
    'the fact that' ('Ministers pointed to the fact that ...': a speech act whose content is the clause). A name of its
    own, `grounding-verb`, outside the genre signal's `JUDGING_RULES`: a ground or a source told is no sign of the
    page's judging voice (under `verb-assessment`, claims94's two 'the accuracy depends on ...' units on one web guide
    turned ~16 of its plain units to assessments; claims97)."""
    root = ctx.root
    subject = subject_of(root)
    if subject is None or subject.pos != "NOUN" or passive(root):
        return None
    preps = {c.lower: c for c in root.children if c.dep == "prep"}
    prep = next((preps[p] for v, p in ctx.lex.grounding_phrases if lemma(root) == v and p in preps), None)
    objects = [] if prep is None else [c for c in prep.children if c.dep == "pobj"]
    # 'The charge stemmed from April 2004': when; 'Ministers pointed to the fact that ...': a speech act
    if prep is None or any(o.ent_type in {"DATE", "TIME"} or lemma(o) == "fact" for o in objects):
        return None
    return [root]


def reaction(verb: Tok, lex: Lexicon) -> bool:
    """'Her comments did not impress Tory shadow education secretary Tim Collins': a verb of `reaction_verbs` with an
    object tells how someone took a thing, an event (gold-politics-dev); 'Davies impressed during a loan spell', 'he
    had been impressed by ...' judge a showing (the labels' assessments)."""
    return lemma(verb) in lex.reaction_verbs and any(c.dep == "dobj" for c in verb.children)


def about_use(verb: Tok, lex: Lexicon) -> bool:
    """'two in five of the reports concerned ID fraud': a verb of `about_verbs` in the active with a thing as its
    direct object (a common noun) says what something was about, an event (review74); 'the closure concerns us', 'it
    concerns residents' say a worry, and the adjective ('is concerned that') is no verb of this use."""
    if lemma(verb) not in lex.about_verbs or not verb.tag.startswith("VB") or passive(verb):
        return False
    objects = [c for c in verb.children if c.dep == "dobj"]
    return bool(objects) and all(o.pos == "NOUN" and o.lower not in lex.about_person_objects for o in objects)


def evaluating(verb: Tok, lex: Lexicon) -> bool:
    """A verb of `assessment_verbs` that judges: not one of `acknowledging_verbs` ('he accepted the ruling', 'he
    confirmed rows over the issue': what was done, claims20), a particle use, a ruling, play, a name, a call, a finding
    of data, a physical attack, a schedule ('slated for release') or a sight ('viewed the final as a live broadcast':
    `depicted_as`)."""
    return (
        lemma(verb) in lex.assessment_verbs
        and not acknowledging(verb, lex)
        and not (
            reaction(verb, lex)
            or about_use(verb, lex)
            or particle_use(verb, lex)
            or ruling(verb, lex)
            or contest_use(verb, lex)
            or naming_use(verb, lex)
            or telephone_use(verb, lex)
            or asking_use(verb, lex)
            or evidence_finding(verb, lex)
            or physical_attack(verb, lex)
            or scheduled_use(verb)
            or depicted_as(verb, lex)
        )
    )


def asking_use(verb: Tok, lex: Lexicon) -> bool:
    """'A neighbour called for an ambulance', 'The forecast calls for heavy snow', 'The home side called for offside': a
    verb of `prepositional_prescription_verbs` with its preposition of asking asks, summons or foretells; it judges
    nothing ('called the rebate "unjustified"' does: no preposition of asking). What `unattributed_call` does not
    take is left to the later rules (claims33). Not a passive: 'a heavy penalty was called for' says what was
    warranted, a judgement (review14)."""
    return lemma(verb) in lex.prepositional_prescription_verbs and prescribing(verb, lex) and not passive(verb)


def acknowledging(verb: Tok, lex: Lexicon) -> bool:
    """'He accepted the law lords' ruling', 'he confirmed rows over the issue', 'Downing Street has stressed Mr Blair's
    support', 'senior party figures had argued vociferously against the ID card scheme': a verb of
    `acknowledging_verbs` with no clause of its own tells what was done or said, no judgement (claims20). With a
    clause ('accepted his side had not played well', 'confirmed that they plan to take a break') what it says decides,
    and an unread clause is left to the verb as before."""
    if lemma(verb) not in lex.acknowledging_verbs or any(c.dep == "ccomp" for c in verb.children):
        return False
    # 'Mr Straw stressed this point', 'if he accepted China's claim': taking up a view is a judgement (dev gold)
    return not any(c.dep in {"dobj", "nsubjpass", "npadvmod"} and lemma(c) in lex.argued_nouns for c in verb.children)


def evaluating_frame(ctx: TypeContext) -> Tok | None:
    """The unit's own root when the claim's content is reported by a participle on it ('Campaigners attacked the
    website, saying it misled voters': the attack is the claim, the clause its grounds; review16e)."""
    verb, root = ctx.verb, ctx.unit.root
    if verb is None or root is ctx.root or verb.head is not root or verb.tag != "VBG":
        return None
    return root if verb.dep in {"advcl", "xcomp"} else None


def evidence_finding(verb: Tok, lex: Lexicon) -> bool:
    """'Figures for the 2001 general election suggest 29% of people ...', 'Revised figures indicated growth of just
    0.1%', 'Opinion polls suggested that the idea had the backing of the public': a verb of `evidence_verbs` whose
    subject is one of `evidence_nouns`, with a clause or an object, tells what the data show (claims18); not 'the
    report suggests doubling the money' (what it recommends)."""
    subject = subject_of(verb)
    if lemma(verb) not in lex.evidence_verbs or subject is None or not evidence_noun(subject, lex):
        return False
    return any(c.dep in {"ccomp", "dobj"} and c.tag != "VBG" for c in verb.children)


def speech_act_assessment(ctx: TypeContext) -> list[Tok] | None:
    """'X condemned the attack', 'X hailed the deal as a breakthrough', 'O'Leary has rapped skipper Olof Mellberg for
    his comments': an evaluating speech act without a content clause (`as_speech_acts` are speech acts only when they
    evaluate; `judging_speech_acts` always judge, "rap" only as `speech_phrases`' "rap for")."""
    verb, lex = ctx.verb, ctx.lex
    judging = verb is not None and lemma(verb) in lex.assessment_verbs and not acknowledging(verb, lex)
    judging = judging or (verb is not None and lemma(verb) in lex.judging_speech_acts)
    evaluating = judging or (verb is not None and lemma(verb) in lex.as_speech_acts)
    if verb is None or not evaluating or not ctx.speech_act:
        return None
    if contest_use(verb, lex) or telephone_use(verb, lex) or evidence_finding(verb, lex):
        return None  # play, a call (review14); 'revised figures indicated growth of just 0.1%' (claims18)
    return [verb]


def evaluative_word(ctx: TypeContext) -> list[Tok] | None:
    """'a terrible record', 'a huge mistake' within two arcs of the root; an outcome (`outcome_nouns`: 'victory',
    'success') only as what a copula says something is ('the decision was a victory for Greece'), not as the
    result it names ('late scores sealed victory', 'in the 19-13 defeat to Ireland': an event; claims16)."""
    lex = ctx.lex

    def evaluative(t: Tok) -> bool:
        if t.lower in lex.outcome_nouns:
            return t.dep == "attr"
        if t.text in lex.praise_nouns:
            return t.dep == "attr"
        if t.lower in lex.declaring_words and t.dep != "amod" and lemma(t.head) != "be":
            return False  # 'has made it clear he has no plans to ...': a declaration (claims20)
        if sized_amount(t, lex):
            return False  # 'strong sales', 'strong opinions': how much, not how good (claims94)
        return (t.lower in lex.evaluative_words and t.pos in {"ADJ", "ADV"}) or t.lower in lex.evaluative_nouns

    tok = next((t for t in ctx.content if within_hops(t, ctx.root, 2) and evaluative(t)), None)
    if tok is None and ctx.attribution is None:
        tok = next((t for t in ctx.content if praised_in_a_phrase(t, ctx.root, lex)), None)
    if tok is None:
        tok = next((t for t in ctx.content if posed_object(t, ctx.verbs, lex)), None)
    return [tok] if tok is not None else None


def sized_amount(tok: Tok, lex: Lexicon) -> bool:
    """'The company reported strong revenue growth', 'Strong sales outside western Europe helped Renault', 'a huge
    acceleration in shredding', 'Everyone has strong opinions about this': a word of `degree_words` as the modifier of a
    noun of `measured_nouns` tells how much there is of an amount, a change or a held view, a fact or a stance, not a
    verdict (claims94; ANNOTATION: stating a position is an event). Not on another noun ('a strong case', 'a huge
    mistake') nor as a copula's complement ('growth was strong')."""
    return tok.lower in lex.degree_words and tok.dep == "amod" and lemma(tok.head) in lex.measured_nouns


MAX_PRAISE_PHRASES = 3  # prepositional phrases between the root and a noun of praise ("with moments of ... genius")


def praised_in_a_phrase(tok: Tok, root: Tok, lex: Lexicon) -> bool:
    """'The gameplay is peppered with moments of old-school genius': a noun of `praise_nouns` in small letters at the
    end of a chain of prepositional phrases on the root of an author's clause is the author's verdict (review75's
    finding 3), as an evaluative noun near the root is; not one of a verb's object ('it brings joy to the masses')."""
    if tok.text not in lex.praise_nouns or tok.dep != "pobj":
        return False
    node, phrases = tok, 0
    while node is not root and node.head is not None and node.head is not node and phrases <= MAX_PRAISE_PHRASES:
        if node.dep == "pobj" and node.head.dep == "prep":
            phrases, node = phrases + 1, node.head.head
        else:
            return False
    return node is root and phrases <= MAX_PRAISE_PHRASES


def posed_object(tok: Tok, verbs: list[Tok], lex: Lexicon) -> bool:
    """'Working from home presents a multitude of challenges', 'costs posed the greatest risks to the economy': a noun
    of `posed_nouns` as the object of an active verb of `posing_verbs` among the proposition's verbs (or after "of"
    on that object: 'a multitude of challenges') judges what the subject brings (claims64). Not a passive ('the risk
    posed by ...', a modifier) nor a verb outside the proposition's own, nor 'present' with a definite object (what a
    speaker shows: 'presented the challenges facing the service')."""
    if tok.lower not in lex.posed_nouns:
        return False
    obj = tok
    if tok.dep == "pobj" and tok.head is not None and tok.head.lower == "of" and tok.head.head is not None:
        obj = tok.head.head
    verb = obj.head
    if obj.dep != "dobj" or verb is None or lemma(verb) not in lex.posing_verbs or passive(verb):
        return False
    if lemma(verb) == "present" and any(c.dep == "poss" or c.lower in DEFINITE_SHOWN for c in obj.children):
        return False  # 'The minister presented the challenges facing the service in a speech': an act of showing
    return any(verb is v for v in verbs)


DEFINITE_SHOWN = frozenset({"the", "these", "those", "its", "their", "his", "her"})


def judged_manner(ctx: TypeContext) -> list[Tok] | None:
    """'Italy played really well', 'They handled the ball well', '"Juan Carlos hasn't played at all badly"', 'all
    negotiations had gone well': an adverb of `manner_judgement_adverbs` after an active verb of the proposition judges
    how the thing was done, an assessment (ANNOTATION: evaluating). Not a passive, which tells what happened ('the film
    was poorly received by critics', 'Newcastle were well beaten', 'not badly injured'); not a 'well' of degree or
    addition ('well before the vote', 'as well'); not on `manner_judgement_excluded_verbs` ('knew full well', 'wish it
    well', 'we missed him badly') or a verb of saying ('he says well, ...': an interjection); not a to-infinitive
    ('is tipped to do well': what is expected)."""
    lex = ctx.lex
    for verb in ctx.verbs:
        if lemma(verb) in lex.manner_judgement_excluded_verbs or lemma(verb) in lex.reporting_verbs or passive(verb):
            continue  # '... he says well, prime minister ...': an interjection after a verb of saying
        if has_to(verb):
            continue  # 'Sideways is tipped to do well at the Oscars': what is expected of it
        adverb = next((c for c in verb.children if c.i > verb.i and judging_adverb(c, lex)), None)
        if adverb is not None:
            return [adverb]
    return None


def passive(verb: Tok) -> bool:
    """Whether a verb is in the passive voice (a passive auxiliary or subject on it)."""
    return any(c.dep in {"auxpass", "nsubjpass"} for c in verb.children)


def judging_adverb(tok: Tok, lex: Lexicon) -> bool:
    """An adverb of `manner_judgement_adverbs` that says how well, not how far: no preposition, 'as' or number on it
    or right after it ('well before the vote' with a word of `degree_prepositions`, 'well over 100', 'as well as'), no
    'as' right before it ('as well'); 'played well in the second half' still judges."""
    if tok.dep != "advmod" or tok.lower not in lex.manner_judgement_adverbs:
        return False
    if any(c.dep in {"prep", "pobj", "neg"} or c.lower in {"as", "not"} for c in tok.children):
        return False  # 'not that well' (how far), 'as well as'
    near = {t.i: t for t in tok.head.subtree()} if tok.head is not None else {}
    before, after = near.get(tok.i - 1), near.get(tok.i + 1)
    if before is not None and before.lower == "as":
        return False
    return after is None or not (after.lower in lex.degree_prepositions or after.pos == "NUM" or after.lower == "as")


def opinion_frame(ctx: TypeContext) -> list[Tok] | None:
    """'I still think he is in great shape', 'I don't think parents know just what they are letting their children
    into', 'we feel that Coinbase is best suited for first-time investors': a first-person frame of `opinion_verbs` in
    the present (with 'do' at most: no modal, no past) puts its holder's own view forward, an assessment. The labels
    type every such author's unit an assessment (11 of 11: s14, s16, s17, s24) and 7 of the 8 such quoted units whose
    content no earlier rule typed by its modal or its words; after the rules that read a prediction, a prescription
    or a judging word in the content ('I think we will be successful', 'I think the government should do more', 'I
    think remakes are a good idea' keep theirs), and a content under a modal is left to the modals' rules ('I think it
    could be one way of ...': `hedged_judgement`). Not a past view ('I thought the source transformer would be
    short-lived', 'Honestly, I believed I had to attend art school'), nor 'can't believe' (claims48)."""
    verb, a = ctx.verb, ctx.attribution
    if verb is None or a is None or not ctx.reported_content or lemma(verb) not in ctx.lex.opinion_verbs:
        return None
    if any(x.tag == "MD" for x in ctx.aux):
        return None
    if len(a.claimer) != 1 or a.claimer[0].lower not in ctx.lex.first_person_pronouns:
        return None
    aux = auxiliaries(verb)
    if verb.tag in {"VBP", "VBZ"}:
        present = not aux
    else:
        present = verb.tag == "VB" and bool(aux) and all(x.lower in {"do", "does"} for x in aux if x.dep != "neg")
    return [verb] if present else None


def regarded_as(ctx: TypeContext) -> list[Tok] | None:
    """'China is seen as the main culprit', 'the figures are viewed as the most accurate measure of house prices', 'Mr
    Prior sees the changes as part of a wider revolution': the proposition's main verb (the root, a verb conjoined to
    it, or the frame's verb) one of `regard_verbs` with 'as' and its complement characterises its object, an
    interpretation (ANNOTATION: an assessment). The labels type 14 of the 19 such main clauses assessments (claims67);
    the model typed 5 of the 19 right. Not a modal's ('will be seen as a blow': the modal rules come first), not such a
    verb in a modifier ('what it sees as a clear choice', 'a player he regards as central'), nor 'as' of time or
    manner ('saw its majority cut ... as an amendment was rejected': 'as' marks a clause), nor an 'as' before the verb
    ('As well as traditional broadcasting, entrepreneurs see fortunes ...', 'As before, I see my future in ...'), nor a
    verb in a clause of reason or time ('since the dollar is seen as the world's reserve currency') or a participle's
    aside with no subject or auxiliary ('Seen as particularly costly to implement, Section 404 obliges ...'). Not one
    of the genre signal's `JUDGING_RULES`: most such claims pass on a view others hold, not the writer's argument."""
    verbs = [*ctx.verbs, ctx.verb] if ctx.verb is not None else ctx.verbs
    within = {t.i for t in ctx.unit.tokens}
    for verb in verbs:
        if verb.i not in within or lemma(verb) not in ctx.lex.regard_verbs or verb.dep in REGARD_MODIFIER_DEPS:
            continue
        aux = auxiliaries(verb)
        if any(a.tag == "MD" for a in aux) or not (aux or subject_of(verb) is not None):
            continue  # a modal's; 'Seen as costly to implement, Section 404 obliges ...' (a participle's aside)
        as_ = next((c for c in verb.children if c.lower == "as" and c.dep == "prep" and c.i > verb.i), None)
        if as_ is None or not any(c.dep in {"pobj", "pcomp", "acomp", "amod", "attr"} for c in as_.children):
            continue
        if depicted_as(verb, ctx.lex):
            continue  # 'fans first saw Rooney as a teenager', 'the suspect was seen as a passenger in a car' (review54)
        if not any(c.dep == "ccomp" and c.i > as_.i for c in verb.children):
            return [verb]  # not '... saw its majority cut to 14 as an amendment was rejected' (a clause of time)
    return None


def depicted_as(verb: Tok, lex: Lexicon) -> bool:
    """Whether a verb of `sight_verbs` with 'as' tells what the one seen was at the time, not what it is taken for:
    the object of its 'as' one of `depicted_as_nouns` ('fans first saw Rooney as a teenager', 'the suspect was seen as
    a passenger in a blue car', 'viewed the final as a live broadcast') or an age ('as a 17-year-old'), with no owner
    or 'of' phrase ('a student of the game', 'the minister's baby' characterise; review54, claims69). Not a simple
    present ('Investors see the bank as a bystander', 'is seen as a passenger in the side': a standing view), nor a
    noun with a relative clause ('a passenger who contributes nothing') or a modifier before it that is not a number,
    an age or one of `depicted_as_modifiers` ('a naive schoolboy', 'a spoilt child'; review56, claims71), unless a
    present passive describes a picture (`pictured`: 'In the footage, the suspect is seen as a passenger'; fix58b)."""
    if lemma(verb) not in lex.sight_verbs or (simple_present(verb) and not pictured(verb, lex)):
        return False
    as_ = next((c for c in verb.children if c.lower == "as" and c.dep == "prep" and c.i > verb.i), None)
    noun = next((c for c in as_.children if c.dep == "pobj"), None) if as_ is not None else None
    if noun is None or any(c.dep == "poss" or (c.dep == "prep" and c.lower == "of") for c in noun.children):
        return False
    age = noun.lower == "old" and any(lemma(c) == "year" for c in noun.children)
    return (age or lemma(noun) in lex.depicted_as_nouns) and all(plain_modifier(c, lex) for c in noun.children)


def pictured(verb: Tok, lex: Lexicon) -> bool:
    """Whether a present passive ('is seen as') has a noun of `picture_nouns` in its sentence ('in the footage', 'in a
    photograph from 2014'): it describes the picture (review58 finding 6, fix58b). The verb's own subtree and its
    head's: the sentence's clause, no scan of the article."""
    if not any(a.dep == "auxpass" for a in auxiliaries(verb)):
        return False
    top = verb
    while top.head is not None and top.head is not top and top.dep not in {"ROOT", "ccomp"}:
        top = top.head
    return any(lemma(t) in lex.picture_nouns for t in top.subtree())


def simple_present(verb: Tok) -> bool:
    """'Critics see X as ...', 'X is seen as ...': a verb in the present with no auxiliary but a present passive's."""
    aux = auxiliaries(verb)
    if not aux:
        return verb.tag in {"VBP", "VBZ"}
    return len(aux) == 1 and aux[0].dep == "auxpass" and aux[0].tag in {"VBP", "VBZ"}


def plain_modifier(child: Tok, lex: Lexicon) -> bool:
    """A dependent of a depicted noun that leaves it literal: anything but a relative clause or a word before it
    other than a determiner, a number, an age ('a 15-year-old schoolboy') or one of `depicted_as_modifiers`."""
    if child.dep == "relcl":
        return False  # 'a passenger who contributes nothing'; not 'a passenger seated in the back' (acl)
    if child.i > child.head.i or child.dep in {"det", "nummod", "predet", "punct"}:
        return True
    age = child.lower == "old" and any(lemma(c) == "year" for c in child.children)
    years = child.dep == "npadvmod" and lemma(child) == "year"  # 'a 17-year-old' itself
    return age or years or child.lower in lex.depicted_as_modifiers


def phrase_assessment(ctx: TypeContext) -> list[Tok] | None:
    """'there is no doubt', 'is part of' anywhere in the unit."""
    return find_phrase(ctx.unit.tokens, ctx.lex.assessment_phrases)


def interpretive_copula(ctx: TypeContext) -> list[Tok] | None:
    """'The sale is a lifeline to Jarvis', 'The appearance of the trojan is just another example in a long line of
    viruses ...', 'Collins' ban is a result of her connection to the inquiry', 'The ruling was a response to ...', 'it
    is clearly a sign that people are finding more things to do': a copula whose complement is a noun of
    `interpretive_nouns` with a phrase of its own (a preposition of `interpretive_prepositions` or a clause) reads what
    its subject means or why it came, an interpretation or explanation (ANNOTATION: an assessment; claims96). Not an
    existential ('there is no sign of ...': what is or is not there); after every other rule ('will be a reminder to
    ...' stays a prediction, 'X said it was a sign of ...' a `reported-state`)."""
    if ctx.root_lemma not in ctx.lex.copula_verbs or any(c.dep == "expl" for c in ctx.root.children):
        return None
    for noun in (c for c in ctx.root.children if c.dep == "attr" and c.pos == "NOUN"):
        if lemma(noun) not in ctx.lex.interpretive_nouns and noun.lower not in ctx.lex.interpretive_nouns:
            continue
        # the phrase on the noun, or on the copula right after it ('has been a key factor in pushing ...')
        after = [c for c in ctx.root.children if c.dep == "prep" and c.i == noun.i + 1]
        if any(
            (c.dep == "prep" and c.lower in ctx.lex.interpretive_prepositions) or c.dep in ("acl", "ccomp")
            for c in [*noun.children, *after]
        ):
            return [noun]
    return None


def reported_finding(ctx: TypeContext) -> list[Tok] | None:
    """'A survey suggests many men prefer to shop online', '... upload content, according to a report by
    Demos', 'a study found that MP3 players are the gadget of choice': a present or a copula that a study,
    a survey, a report or figures put forward (a noun of `evidence_nouns` heads the claimer, or is the
    source of 'according to') states a finding about the world, an event; an actor's 'X says the plan
    works' stays an assessment (`reported-state`, `reported-present`); so does a report's quoted words (an
    evaluation as often as a finding) and what it recommends (review13)."""
    attribution = ctx.attribution
    if attribution is None or not (reported_state(ctx) or reported_present(ctx)):
        return None
    if attribution.verb is not None and lemma(attribution.verb) in ctx.lex.prescription_verbs:
        return None  # 'the report recommended that ...': what it asks for, not what it found
    if ctx.root.i in ctx.quotes.inside:
        return None  # '"Lisbon is about everything and thus about nothing," the Kok report said': its words
    phrase = attribution.claimer or attribution.cue.tokens
    inside = {t.i for t in phrase}
    heads = [t for t in phrase if t.head is None or t.head.i not in inside or t.head is t]
    source = next((t for t in heads if t.pos == "NOUN" and evidence_noun(t, ctx.lex)), None)
    return [source] if source is not None else None


def reported_state(ctx: TypeContext) -> list[Tok] | None:
    """'X said the plan was ...': an attributed copula (not 'there was'; not the speaker's own state in the first
    person, '"I'm a proud Welshman"', '"We are in dialogue with Rangers"': an event, ANNOTATION's actor's
    position or role; claims16)."""
    if ctx.attribution is None or ctx.root_lemma != "be" or any(c.dep == "expl" for c in ctx.root.children):
        return None
    return None if ctx.first_person else [ctx.root]


def reported_present(ctx: TypeContext) -> list[Tok] | None:
    """'X says the plan works': an attributed present tense without auxiliaries (not in the first person: '"I
    take each race as it comes"', '"We have plans to ..."' tell the speaker's own doing; claims16)."""
    if ctx.attribution is None or ctx.root.tag not in {"VBZ", "VBP"} or auxiliaries(ctx.root):
        return None
    return None if ctx.first_person else [ctx.root]


def present_copula(ctx: TypeContext) -> list[Tok] | None:
    """'This may be one of those years', 'it might be a sign of weakness': a copula with a complement
    under a modal of `present_possibility_modals` hedges a judgement of now. A plain present copula
    ('X is a regular in the side', 'X is in hospital', 'X is among the finalists') states a role, a
    place or a membership: an event (ANNOTATION's hard case; the labels type 62 of 95 such claims an
    event), unless an evaluative word made it an assessment before this rule. 'There could / may be' an
    explanation or a view ('a number of reasons for a fall', 'a perception that ...') hedges one too
    (review14)."""
    root, lex = ctx.root, ctx.lex
    if ctx.root_lemma != "be" or root.lower != "be":
        return None
    modals = {ctx.lex.modal_form(a) for a in ctx.aux if a.dep == "aux"}
    if any(c.dep == "expl" for c in root.children):
        view = interpretation(root, lex) if modals & lex.possibility_modals else None
        return [view] if view is not None else None  # 'there may be delays': what may come
    complement = next((c for c in root.children if c.dep in {"attr", "prep"}), None)
    if complement is None or standing(complement):
        return None  # 'the project may be behind schedule': a hedged state (review16e)
    return [complement] if modals & lex.present_possibility_modals else None


def quoted_existential(ctx: TypeContext) -> list[Tok] | None:
    """'"There's room for everybody."', '"There is no greater civil liberty than to live free from terrorist
    attack"': a speaker's own words that something is or is not there, in the present, weigh it (an
    assessment); the author's 'there are 3,000 jobs at the plant' states a fact (an event)."""
    root = ctx.root
    if ctx.root_lemma != "be" or root.tag not in {"VBZ", "VBP"} or ctx.aux:
        return None
    expletive = next((c for c in root.children if c.dep == "expl"), None)
    if expletive is None or root.i not in ctx.quotes.inside:
        return None
    thing = next((c for c in root.children if c.dep in {"attr", "nsubj"}), None)
    if thing is None or (described(thing) and not nobody(thing, ctx.lex)):
        return None  # '"there are still some developers who were involved in ..."', 'a meeting planned for ...'
    return None if placed(root, ctx.lex) else [expletive]


def placed(verb: Tok, lex: Lexicon) -> bool:
    """'"In Albania particularly there is no statutory child care ... structure"', '"There's no plans at the
    moment ..."': a 'there is' set in a named place or at a time of `present_time_phrases` states what is there
    (an event; review14)."""
    near = adverbial_tokens(verb)
    place = any(t.dep == "pobj" and t.ent_type in {"GPE", "LOC"} and t.head.head is verb for t in near)
    return place or find_phrase(near, lex.present_time_phrases) is not None


def described(noun: Tok) -> bool:
    """A noun a relative clause or a past participle tells about ('developers who were involved', 'a meeting
    planned for 6 January')."""
    return any(c.dep == "relcl" or (c.dep == "acl" and c.tag == "VBN") for c in noun.children)


def nobody(noun: Tok, lex: Lexicon) -> bool:
    """'No one', 'nobody', 'no plans': a noun a negative determiner or pronoun makes nothing."""
    return noun.lower in lex.negative_pronouns or any(c.dep == "det" and c.lower == "no" for c in noun.children)


def default_event(ctx: TypeContext) -> list[Tok] | None:
    """Anything else is an event."""
    return [ctx.root]


def hedged_judgement(ctx: TypeContext) -> list[Tok] | None:
    """'this could be one way of gaining some of that back', 'it may be that the changeover is simply too difficult',
    'there could be no deals': a possibility modal over a 'be' with a noun, a clause or an existential 'there' that no
    rule before took as what may come (`modal_possibility` leaves 'could be a very good option' to the judgement it
    is) is a hedged judgement of what is, an assessment, not the event `default_event` made it (the labels: 5 such
    claims assessments, 4 predictions, none an event). Last before `default_event`, so every other rule comes first.
    Over a perfect too ('The stunts ... may not have been the best way ...'): what might have been is judged, as
    `possibility_modals` over a perfect are elsewhere. Not a 'be' of where or how things stand ('The new terminal
    may be behind schedule', 'Some soldiers may be behind enemy lines': claims20's and review17c's events)."""
    if ctx.root_lemma != "be" or not any(c.dep in {"attr", "ccomp", "expl"} for c in ctx.root.children):
        return None
    tok = next((t for t in ctx.aux if ctx.lex.modal_form(t) in ctx.lex.possibility_modals and t.head is ctx.root), None)
    return [tok] if tok is not None else None


def hedged_explanation(ctx: TypeContext) -> list[Tok] | None:
    """'Al-Qaeda could be behind the bombings', 'dozens of children could be among the dead', 'the blast could be from
    a car bomb': a possibility modal over a 'be' whose preposition tells the cause, origin or lot of what is or was
    (`explaining`) is a hedged explanation (ANNOTATION: an assessment; review16d), not a forecast."""
    if ctx.root_lemma != "be" or not any(explaining(c) for c in ctx.root.children if c.dep == "prep"):
        return None
    tok = next((t for t in ctx.aux if ctx.lex.modal_form(t) in ctx.lex.possibility_modals and t.head is ctx.root), None)
    return [tok] if tok is not None else None


TYPE_RULES: tuple[Rule[TypeContext, list[Tok]], ...] = (
    Rule("default-event", "event", heading),
    Rule("default-event", "event", sequel),
    Rule("framed-interpretation", "assessment", framed_interpretation),
    Rule("counterfactual", "assessment", counterfactual),
    Rule("reported-finding", "event", polled_share),
    Rule("copula-adjective", "assessment", inferred_state),
    Rule("modal-future", "prediction", imperative_outcome),
    Rule("modal-prescription", "prescription", modal_prescription),
    Rule("necessity-judgement", "prescription", necessity_judgement),
    Rule("necessity-judgement", "prescription", advised_option),
    Rule("necessity-judgement", "prescription", present_advice),
    Rule("necessity-judgement", "prescription", opportune_time),
    Rule("necessity-judgement", "prescription", sooner_the_better),
    Rule("first-person-desire", "prescription", wished_cleft),
    Rule("imperative", "prescription", proposal),
    Rule("phrase-assessment", "assessment", no_obligation),
    Rule("phrase-prescription", "prescription", phrase_prescription),
    Rule("phrase-prescription", "prescription", got_to),
    Rule("forecast-necessity", "prediction", forecast_necessity),
    Rule("reported-necessity", "prescription", reported_necessity),
    Rule("case-for-action", "prescription", case_for_action),
    Rule("owed-duty", "prescription", owed_duty),
    Rule("reported-recommendation", "prescription", reported_recommendation),
    Rule("first-person-desire", "prescription", first_person_desire),
    Rule("first-person-desire", "prescription", hoped_content),
    Rule("verb-prescription", "prescription", verb_prescription),
    Rule("verb-prescription", "prescription", first_person_suggestion),
    Rule("speech-act-prescription", "prescription", speech_act_prescription),
    Rule("reported-wish", "prescription", reported_wish),
    Rule("reported-aim", "prediction", held_aim),
    Rule("directive", "prescription", directive),
    Rule("verb-future", "prediction", told_to_expect),
    Rule("modal-future", "prediction", directive_to_come),
    Rule("imperative", "prescription", imperative),
    Rule("verb-prescription", "prescription", unattributed_call),
    Rule("verb-prescription", "prescription", dated_call),
    Rule("speech-act-prediction", "prediction", speech_act_prediction),
    Rule("planned-action", "prediction", planned_action),
    Rule("modal-future", "prediction", modal_future),
    Rule("modal-conditional", "prediction", modal_conditional),
    Rule("modal-possibility", "prediction", modal_possibility),
    Rule("hedged-explanation", "assessment", hedged_explanation),
    Rule("stance-on-future", "prediction", stance_on_future),
    Rule("stance-on-future", "prediction", risked_future),
    Rule("comparative-likelihood", "event", comparative_likelihood_fact),
    Rule("past-arrangement", "event", past_arrangement),
    Rule("scheduled-present", "prediction", scheduled_present),
    Rule("hedged-judgement", "assessment", inferred_past),
    Rule("hedged-judgement", "assessment", inevitable_then),
    Rule("bound-to-come", "prediction", bound_to_come),
    Rule("bound-to-come", "prediction", still_to_come),
    Rule("phrase-future", "prediction", phrase_future),
    Rule("verb-future", "prediction", verb_future),
    Rule("reporting-future", "prediction", reporting_future),
    Rule("modal-future", "prediction", modal_future_in_content),
    Rule("modal-prescription-in-content", "prescription", modal_prescription_in_content),
    Rule("voiced-call", "prescription", voiced_call),
    Rule("conditional-state", "prediction", conditional_state),
    Rule("modal-conditional", "prediction", inverted_should),
    Rule("regarded-as", "assessment", regarded_as),
    Rule("stated-attitude", "event", stated_attitude),
    Rule("stated-attitude", "event", stated_aim),
    Rule("evaluative-word", "assessment", imputed_aim),
    Rule("measured-state", "event", measured_state),
    Rule("copula-adjective", "assessment", copula_adjective),
    Rule("explanation", "assessment", explanation),
    Rule("quoted-complement", "assessment", quoted_complement),
    Rule("modal-ability", "assessment", modal_ability),
    Rule("stance-on-future", "prediction", believed_future),
    Rule("stance-on-future", "prediction", inferred_future),
    Rule("modal-future", "prediction", said_future),
    Rule("verb-assessment", "assessment", verb_assessment),
    Rule("grounding-verb", "assessment", grounding_verb),
    Rule("speech-act-assessment", "assessment", speech_act_assessment),
    Rule("evaluative-word", "assessment", evaluative_word),
    Rule("judged-manner", "assessment", judged_manner),
    Rule("phrase-assessment", "assessment", phrase_assessment),
    Rule("opinion-frame", "assessment", opinion_frame),
    Rule("reported-finding", "event", reported_finding),
    Rule("reported-state", "assessment", reported_state),
    Rule("reported-present", "assessment", reported_present),
    Rule("present-copula", "assessment", present_copula),
    Rule("quoted-existential", "assessment", quoted_existential),
    Rule("hedged-judgement", "assessment", hedged_judgement),
    Rule("phrase-assessment", "assessment", interpretive_copula),
    Rule("default-event", "event", default_event),
)


def claim_type(unit: Unit, attribution: Attribution | None, lex: Lexicon, own_words: bool = False) -> tuple[str, Cue]:
    """Prescription, prediction, assessment or event, with the cue that decided it; `own_words`: the first rule whose
    cue holds some of the unit's own words (`own_cue`)."""
    in_unit = frozenset(t.i for t in unit.tokens)
    accept = (lambda rule, cue: own_cue(rule.name, cue, in_unit)) if own_words else None
    match = first_match(TYPE_RULES, TypeContext(unit, attribution, lex), accept)
    assert match is not None  # default-event always fires
    rule, tokens = match
    return rule.decides, Cue(rule.name, tokens)


def own_cue(rule: str, cue: list[Tok], in_unit: frozenset[int]) -> bool:
    """Whether a type cue holds a word of the unit (claims92): a clause split from its sentence for a certainty or
    claimer of its own is typed by its own words, not by a modal or a 'because' of the clause split off ('Games
    consoles sales have been declining | but the launch ... could buoy up sales': the first is no prediction; 'Phone
    companies refuse to pay compensation | because they say ...': no explanation; ANNOTATION: the span of each
    proposition is its clause). `default-event` always fires, wherever its root is."""
    return rule == "default-event" or not cue or any(t.i in in_unit for t in cue)
