"""Claim-type rules read from modal auxiliaries: 'should' and 'must' prescribe, 'will' and 'would'
predict, 'could' and 'may' predict a possibility, 'can' assesses; a modal over a perfect ('could have
won') judges what was or might have been. Each takes the unit's `TypeContext` (claims/type.py), whose
`TYPE_RULES` order them among the other type rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..parsed import Tok
from ..syntax import adverbial_tokens, find_phrase, is_verb, lemma, negated, subject_of, within_hops
from .certainty import comparative_likelihood, impossibility, past_possibility
from .lexicon import Lexicon
from .verbs import is_question_clause, opens_with_wh, refusal

if TYPE_CHECKING:
    from .type import TypeContext


def perfect_modal(modal: Tok) -> bool:
    """'may have fixed', 'could have sold', 'should not have gone': a modal over a perfect, which
    speaks of what was or might have been, not of what will be or must be done."""
    verb = modal.head
    if verb is None or verb is modal or verb.tag not in {"VBN", "VBD", "VB"}:
        return False  # a participle the parser tags as a base or past form: 'must have lain there'
    return any(c.dep == "aux" and c.lower in {"have", "'ve"} and modal.i < c.i < verb.i for c in verb.children)


def requirement(modal: Tok, lex: Lexicon) -> bool:
    """'To qualify, customers must have been members for two years', 'applicants must have lived in
    the borough for three years': a modal of `requirement_modals` over a perfect with a condition to
    meet (a purpose infinitive on the verb, or a period of `requirement_periods` after 'for' with a
    number, when quantified or said of a generic subject) states a requirement, not an inference about the
    past ('they must have known', 'the body must have been in the water for three days')."""
    verb = modal.head
    if lex.modal_form(modal) not in lex.requirement_modals or not perfect_modal(modal) or verb is None:
        return False
    purpose = any(c.dep == "advcl" and any(a.dep == "aux" and a.tag == "TO" for a in c.children) for c in verb.children)
    periods = [
        o
        for c in verb.children
        if c.dep == "prep" and c.lower == "for"
        for o in c.children
        if o.dep == "pobj" and lemma(o) in lex.requirement_periods and any(n.dep == "nummod" for n in o.children)
    ]
    if purpose or not periods:
        return purpose
    # 'for at least two years', or a generic subject: a condition; 'the body must have been in the
    # water for three days': an inference about one case
    quantified = any(find_phrase(sorted(o.subtree(), key=lambda t: t.i), lex.requirement_quantifiers) for o in periods)
    return quantified or generic_subject(verb)


def generic_subject(verb: Tok) -> bool:
    """A subject that names whoever fits ('applicants', 'a candidate'), not one case: a common noun with
    no definite determiner or possessor."""
    subject = subject_of(verb)
    if subject is None or subject.tag not in {"NN", "NNS"}:
        return False  # a pronoun or a name: one case
    generic = {"a", "an", "any", "every", "all"}
    return not any(c.dep == "poss" or (c.dep == "det" and c.lower not in generic) for c in subject.children)


def past_modal(tok: Tok, lex: Lexicon) -> bool:
    """A modal over a perfect other than the future's ('could have won'; not 'will have closed'), and
    not a requirement ('must have lived there for three years')."""
    return lex.modal_form(tok) not in lex.prediction_modals and perfect_modal(tok) and not requirement(tok, lex)


def first_aux(ctx: TypeContext, words: frozenset[str]) -> list[Tok] | None:
    """The first auxiliary of `words` on the clause's verbs: not a past one ('should have'), nor the inverted 'if' of a
    condition the claim's root is the verb of ('Should the offer be accepted, Mr Murray said ...': review46)."""
    tok = next(
        (
            t
            for t in ctx.aux
            if ctx.lex.modal_form(t) in words and not past_modal(t, ctx.lex) and not inverted_condition(t)
        ),
        None,
    )
    return [tok] if tok is not None else None


def modal_in_content(
    ctx: TypeContext, words: frozenset[str], descriptions: bool = True, questions: bool = True
) -> list[Tok] | None:
    """The first auxiliary of `words` anywhere in the content within three arcs of the root (not
    over a perfect; without `descriptions`, not in a relative clause that describes the root's subject or object:
    `describing`; without `questions`, not on the verb of an indirect question: `asked_modal`)."""
    tok = next(
        (
            t
            for t in ctx.content
            if ctx.lex.modal_form(t) in words
            and t.dep == "aux"
            and within_hops(t, ctx.root, 3)
            and not past_modal(t, ctx.lex)
            and (descriptions or not describing(t, ctx.root, ctx.lex))
            and (questions or not asked_modal(t))
            and not inverted_condition(t)
        ),
        None,
    )
    return [tok] if tok is not None else None


def inverted_condition(modal: Tok) -> bool:
    """'Should the cycle end a year earlier, then the chances improve to "50/50"', 'Should he win the next general
    election, he has earmarked £4 billion ...': a modal before its own subject in a clause that hangs on another verb
    (an adverbial clause) is the inverted 'if' of a condition, not what must be or will be (claims52's "Left" (3);
    claims54). Not a question ('Should we worry?': the root's own). The parser also makes the condition the
    complement of a verb of saying after it ('Should the offer be fully accepted, Mr Murray said he expected to pay
    ...': review46): a clause before its head that opens with the modal and closes with a comma, with no question mark
    ('"Should we go?" he asked')."""
    verb = modal.head
    if verb is None or verb.dep not in {"advcl", "ccomp"}:
        return False
    if verb.dep == "ccomp" and not fronted_condition(modal, verb):
        return False
    subject = subject_of(verb)
    return subject is not None and modal.i < subject.i


def fronted_condition(modal: Tok, verb: Tok) -> bool:
    """Whether a clause the parser made a complement is a condition put before its head ('Should the offer be
    accepted, Mr Murray said ...'): the clause comes before its head, opens with the modal, has no question mark, and
    a comma of its head follows it."""
    head = verb.head
    tree = verb.subtree()
    if head is None or head is verb or head.i < verb.i or tree[0] is not modal or any(t.text == "?" for t in tree):
        return False
    return any(c.text == "," and c.i == tree[-1].i + 1 for c in head.children)


def describing(modal: Tok, root: Tok, lex: Lexicon) -> bool:
    """'Amor, who will captain England in ..., was delighted with his award', 'Connectotel has unveiled software that
    will expand the SMS functions of Skype', 'Mr Tsuda, who will become chairman, was appointed president': a modal in
    a relative clause on the root's subject or object describes who or what the claim is about; the claim is the main
    clause's, which has no modal of its own (claims51's "a modal in a description"; claims52: the labels call 12 of
    13 such units something other than a prediction, the main clause's event or assessment). Not when the main clause
    has a modal ('Keys, who will sing ..., will be accompanied by ...') or looks ahead itself ('The band is planning a
    world tour which will take in 60 cities': `arrangement_words`, a predicting verb), not a cleft's or an
    existential's ('it is the economy that will ...', 'There are people who will want UMD': `attr`, the content
    itself)."""
    verb = modal.head
    if verb is None or verb.dep not in {"relcl", "acl", "advcl"} or verb.head is None:
        return False
    main_modal = any(a.tag == "MD" for a in root.children if a.dep in {"aux", "auxpass"})
    if main_modal or lemma(root) in lex.arrangement_words or lex.predicting(root):
        return False
    if relative_adverb_clause(verb, root):
        return True
    noun = verb.head
    # a noun's own clause ('the idea that the divide will evaporate ... is wishful thinking') only on the subject: on
    # the object it is what is reported ('denied suggestions there will be a giveaway': ANNOTATION's type of P)
    places = {"nsubj", "nsubjpass", "dobj"} if verb.dep == "relcl" else {"nsubj", "nsubjpass"}
    # the subject or object of a verb coordinated with the root ('..., and Pognon, who will be a threat, set ...')
    main_verbs = [root, *(c for c in root.children if c.dep == "conj" and is_verb(c))]
    return verb.dep != "advcl" and noun.dep in places and any(noun.head is v for v in main_verbs)


# the relative adverbs of a clause of place or time hung on the main clause ('centre, where he will be joined')
RELATIVE_ADVERBS = frozenset({"where", "when"})
# the finite tags of a present or past main verb ('switches', 'is', 'gave')
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD"})


def relative_adverb_clause(verb: Tok, root: Tok) -> bool:
    """'Shane Horgan switches from wing to centre where he will be joined by Ulster's Kevin Maggs', 'The cut-off date
    ... is 1 April, when those remaining will go on sale', 'A three-judge panel gave prosecution lawyers until Monday to
    study the documents, when the trial will be reconvened': a clause opened by a relative 'where' or 'when' that tells
    the place or time of a main clause in the present or past (a finite verb or auxiliary, no progressive: 'are
    embarking on a tour later this year which will take in 60 cities' looks ahead) describes where or when; the claim is
    the main clause's (review77's finding 8: the team selection is an event). The clause hangs on the root, on a noun
    or clause of the root's, or (the parser's reading of a relative adverb) is an adverbial clause of one. Not on a
    copula's noun unless set off by a comma ('There is only one place in the world where you will be able to get
    tickets', 'This is the ground where they will play the final': the clause is the point), nor a question
    ('asked where he will play': a clausal complement, no relative clause)."""
    opener = next((c for c in verb.children if c.dep == "advmod" and c.tag == "WRB" and c.i < verb.i), None)
    if opener is None or opener.lower not in RELATIVE_ADVERBS or opener is not verb.subtree()[0]:
        return False
    finite = root.tag in FINITE_TAGS or (
        root.tag == "VBN" and any(a.tag in FINITE_TAGS for a in root.children if a.dep in {"aux", "auxpass"})
    )
    if not finite or not any(a is root for a in verb.ancestors()):
        return False
    head = verb.head
    if head is not None and head.dep == "attr":
        return opener.i > 0 and any(t.i == opener.i - 1 and t.text == "," for t in head.subtree())
    return True


def framed(ctx: TypeContext) -> bool:
    """'it should be noted ...': a modal that frames the claim rather than prescribes."""
    return find_phrase(ctx.content, ctx.lex.framing_phrases) is not None


def counterfactual(ctx: TypeContext) -> list[Tok] | None:
    """'We could have sold a million tickets', 'it would have been better to wait', 'he should have
    scored', 'they must have known': a modal over a perfect on the clause's verbs judges what was or
    might have been (an assessment; not a prediction, not a prescription). 'may / might have' is
    not here: it hedges an event ('firms may have fixed bids')."""
    tok = next(
        (
            t
            for t in ctx.aux
            if ctx.lex.modal_form(t) in ctx.lex.counterfactual_modals
            and perfect_modal(t)
            and not requirement(t, ctx.lex)
        ),
        None,
    )
    return [tok] if tok is not None else None


def modal_prescription(ctx: TypeContext) -> list[Tok] | None:
    """'X should ...' (not 'it should be noted'; not a modal of an indirect question: `asked_modal`)."""
    found = None if framed(ctx) else first_aux(ctx, ctx.lex.prescription_modals)
    return None if found is None or asked_modal(found[0]) else found


QUESTION_MARKERS = frozenset({"whether", "if"})
QUESTION_ADVERBS = frozenset({"why"})
QUESTION_WORDS = frozenset({"what", "which"})


def asked_modal(modal: Tok) -> bool:
    """'Mr Howard declined to say what form the statement should take', 'I questioned whether I should come', 'the
    dispute is about whether the legislation should include ...': a 'should' / 'must' on the verb of an indirect
    question (a complement clause opened by 'whether' / 'if', 'why', or a 'what' / 'which' object before the verb)
    asks what ought to be done, it does not say: no prescription (claims98; the labels: none of the 4 labelled rows
    it takes is a prescription, events and assessments). Not a free relative ('That's
    exactly what should be the case': 'what' its subject), not a relative clause ('a reality that should be
    recognised'), not a clause a copula takes ('That's why we should respect our elders', "here's what you should
    know": a conclusion and a thing to know, still advice)."""
    verb = modal.head
    if verb is None or verb is modal or verb.dep not in {"ccomp", "pcomp", "xcomp"}:
        return False
    if verb.head is not None and lemma(verb.head) == "be":
        return False  # 'That's why we should respect our elders', "here's what you should know": a reason, a thing
    for c in verb.children:
        if c.i > modal.i:
            continue
        if c.dep == "mark" and c.lower in QUESTION_MARKERS:
            return True
        if c.dep == "advmod" and c.lower in QUESTION_ADVERBS:
            return True
        if c.dep == "dobj" and (
            c.lower in QUESTION_WORDS or any(d.dep == "det" and d.lower in QUESTION_WORDS for d in c.children)
        ):
            return True
    return False


OUTCOME_CONJUNCTIONS = frozenset({"and", "or"})
ADDRESSED_SUBJECTS = frozenset({"you", "we"})


def imperative_outcome(ctx: TypeContext) -> list[Tok] | None:
    """'Create some init scripts that start all processes on boot up and you should be finished': a 'should' on a
    clause joined by 'and' / 'or' to an imperative (a bare verb at the root with no subject, auxiliary or marker)
    tells what follows from doing it, as 'Park your vehicle across the lanes, and there will be a pile-up' does with
    'will': a prediction, not advice (review38's strict xfail; the corpora's one such 'should'): a state ('be') or
    what a thing does ('and it should work'). A 'should' with no imperative before it ('you should be ready by nine'),
    or the reader's next act ('and you should restart the server'), still prescribes."""
    found = first_aux(ctx, ctx.lex.prescription_modals)
    if found is None or framed(ctx):
        return None
    verb = found[0].head
    subject = subject_of(verb) if verb is not None else None
    if verb is None or verb.dep != "conj" or subject is None:
        return None
    state = lemma(verb) == "be" or any(c.dep == "auxpass" for c in verb.children)
    if not state and subject.lower in ADDRESSED_SUBJECTS:
        return None  # 'Check the settings and you should restart the server': a second instruction, not an outcome
    order = verb.head
    if order is None or order.dep != "ROOT" or order.tag != "VB":
        return None
    if any(c.dep in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in order.children):
        return None
    joined = any(c.dep == "cc" and c.lower in OUTCOME_CONJUNCTIONS and c.i < verb.i for c in order.children)
    return found if joined else None


def modal_prescription_in_content(ctx: TypeContext) -> list[Tok] | None:
    """'X said the plans should be re-examined': a prescribing modal within three arcs of the root."""
    return None if framed(ctx) else modal_in_content(ctx, ctx.lex.prescription_modals, questions=False)


def modal_future(ctx: TypeContext) -> list[Tok] | None:
    """'X will ...' on the clause's verbs."""
    return first_aux(ctx, ctx.lex.prediction_modals)


def modal_conditional(ctx: TypeContext) -> list[Tok] | None:
    """'X would ...' (not 'X would be glad'; not 'X would not comment', a refusal already made)."""
    if ctx.copula_adjective or refusal(ctx.root, ctx.lex):
        return None
    return first_aux(ctx, ctx.lex.conditional_modals)


def modal_possibility(ctx: TypeContext) -> list[Tok] | None:
    """'X could ...', 'X may ...' (not 'X could not ...'; not 'may' / 'might' (`present_possibility_modals`) with
    'be' unless a time to come is on it: 'the minister may be in Brussels next week', not 'X may be right', 'this may
    be one of those years'), or unless it is existential: 'there could be further walkouts' is what may come
    (claims15). 'Could be' looks ahead: 'Carlton Cole could be out for six weeks', 'the fixed line phone could soon be
    an endangered species' (claims18; an adjective after it is still `copula_adjective`'s)."""
    if ctx.copula_adjective:
        return None
    tok = next(
        (
            t
            for t in ctx.aux
            if ctx.lex.modal_form(t) in ctx.lex.possibility_modals
            and (lemma(t.head) != "be" or future_time(t.head, ctx.lex) or looks_ahead(t, ctx.lex))
            and not impossibility(t, ctx.lex)
            and not past_possibility(t, ctx.lex)
            and not past_modal(t, ctx.lex)
            and not ongoing(t, ctx.lex)
        ),
        None,
    )
    return [tok] if tok is not None else None


COMING_WORDS = frozenset({"soon", "tomorrow", "tonight", "shortly", "eventually"})
COMING_DETERMINERS = frozenset({"this", "coming", "upcoming"})
TIME_NOUNS = frozenset({"season", "year", "month", "week", "weekend", "summer", "winter", "spring", "autumn",
                        "term", "tournament", "championship", "campaign"})  # fmt: skip


def ongoing(modal: Tok, lex: Lexicon) -> bool:
    """'the current level of TV coverage may be reaching saturation level', 'interest could be waning', 'he may be
    seeking new employment': a possibility modal over a progressive ('be' + V-ing) with no time to come on its verb is a
    hedged statement of what is now, not a prediction (fix94, review76 5; the certainty stays hedged). Not 'I might be
    playing some singles events this season', 'they could be moving next year', 'may soon be facing ...'."""
    verb = modal.head
    if verb is None or verb is modal or verb.tag != "VBG":
        return False
    if not any(c.dep == "aux" and lemma(c) == "be" and c.i > modal.i for c in verb.children):
        return False
    words = adverbial_tokens(verb)
    coming = any(w.lower in COMING_WORDS for w in words) or any(
        w.lower in TIME_NOUNS and any(d.lower in COMING_DETERMINERS for d in w.children) for w in words
    )
    return not coming and not future_time(verb, lex)


def looks_ahead(modal: Tok, lex: Lexicon) -> bool:
    """Whether a possibility modal over 'be' speaks of what may come: an existential ('there could be further
    walkouts'), or 'could' (not `present_possibility_modals`) over a 'be' of where or how things will stand, with no
    noun or adjective after it ('Carlton Cole could be out for six weeks', 'the device could be on shop shelves by
    November'; claims18). Not 'could be a very good option', 'could be one of the keys to ...' (a hedged judgement),
    nor 'could be because of ...', 'al-Qaeda could be behind the bombings' (an explanation: `explaining`)."""
    verb = modal.head
    if any(c.dep == "expl" for c in verb.children):
        return existential(verb, lex)
    if lex.modal_form(modal) in lex.present_possibility_modals or any(
        c.dep in {"attr", "acomp", "ccomp"} for c in verb.children
    ):
        return False
    return not any(explaining(c) for c in verb.children if c.dep == "prep")


def explaining(prep: Tok) -> bool:
    """'could be because of ...', 'could be behind the bombings', 'the blast could be from a car bomb', 'could be
    among the dead', 'could be in revenge for ...': a preposition that tells the cause, origin or lot of what is or
    was (a hedged explanation, an assessment; review16c). Not 'could be in Paris next week' (where one will be), 'could
    be among the first countries to ...', 'could be in place from 2007', 'could be ten points behind' (review16d)."""
    objects = [o for o in prep.children if o.dep == "pobj"]
    if prep.lower == "because":
        return True
    if prep.lower == "behind":
        return not standing(prep)
    if prep.lower == "from":  # 'could be from a car bomb', not 'could be in place from 2007', 'could be from January'
        timed = any(o.ent_type in {"DATE", "TIME"} or o.pos == "NUM" for o in objects)
        return prep.head is not None and prep.i == prep.head.i + 1 and not timed
    if prep.lower == "among":  # 'could be among the dead', not 'could be among the first countries to ...'
        return any(
            o.lower in {"dead", "victims", "casualties", "injured", "wounded", "missing", "hostages"} for o in objects
        )
    return prep.lower == "in" and any(o.lower in {"revenge", "retaliation", "retribution", "response"} for o in objects)


def standing(prep: Tok) -> bool:
    """'ten points behind', 'well behind Labour', 'behind closed doors', 'behind schedule', 'behind enemy lines': a
    'behind' that says where or how far along something stands (review16d, review16e, review17c), not what lies behind
    it."""
    measured = any(c.dep in {"npadvmod", "advmod"} for c in prep.children)
    places = {"doors", "schedule", "target", "times", "lines"}  # 'behind enemy lines' (review17c)
    placed = any(o.dep == "pobj" and o.lower in places for o in prep.children)
    return prep.lower == "behind" and (measured or placed)


def existential(verb: Tok, lex: Lexicon) -> bool:
    """'There could be further walkouts': the verb has an expletive 'there' (not 'there could be no deals',
    'no concession': a stance on what is allowed, no forecast; not 'there could be a number of reasons for a
    fall', 'there may be a perception that ...': an explanation or a view of now, review14)."""
    if not any(c.dep == "expl" for c in verb.children):
        return False
    things = [c for c in verb.children if c.dep in {"attr", "nsubj"}]
    if interpretation(verb, lex) is not None:
        return False
    return not any(d.dep == "det" and d.lower == "no" for t in things for d in t.children)


def interpretation(verb: Tok, lex: Lexicon) -> Tok | None:
    """What an existential 'there is' says is there when it is a noun of `interpretation_nouns` ('a
    perception that ...', 'a number of reasons for ...': through a quantity's 'of')."""
    for thing in (c for c in verb.children if c.dep in {"attr", "nsubj"}):
        nouns = [thing] + [o for p in thing.children if p.dep == "prep" and p.lower == "of" for o in p.children]
        found = next((n for n in nouns if lemma(n) in lex.interpretation_nouns), None)
        if found is not None:
            return found
    return None


def future_time(verb: Tok, lex: Lexicon, after: bool = False) -> bool:
    """Whether a phrase of `future_time_phrases` ('next week', 'tomorrow') is on the verb itself (with
    `after`, only after the verb: not a fronted 'Due next week, the list ...')."""
    return find_phrase(adverbial_tokens(verb, after), lex.future_time_phrases) is not None


def modal_future_in_content(ctx: TypeContext) -> list[Tok] | None:
    """A future modal anywhere in the content within three arcs of the root, not in a question that a
    negated verb leaves open ('the department has not said if it will appeal', 'we don't know who the
    winners will be', 'no decision has been made on who will become the next Bond': what is not known, an
    event, not a forecast), nor in a relative clause that describes the root's subject or object (`describing`)."""
    found = modal_in_content(ctx, ctx.lex.prediction_modals, descriptions=False)
    return None if found is not None and open_question(found[0].head, ctx.root, ctx.lex) else found


def open_question(clause: Tok | None, root: Tok, lex: Lexicon) -> bool:
    """Whether a clause is an embedded question ('if it will appeal', 'who the winners will be', 'which technology it
    will be supporting': `opens_with_wh`) on a verb other than 'be' that is negated, not yet done (`pending`) or whose
    subject is nobody ('no one knows', 'no decision has been made on who ...'); not a relative clause, not 'it is not
    clear if ...' (an uncertainty: a prediction)."""
    asked = clause is not None and (is_question_clause(clause) or opens_with_wh(clause))
    if clause is None or clause is root or clause.dep in {"relcl", "acl"} or not asked:
        return False
    governor = clause.head
    while governor is not None and governor.dep in {"pobj", "prep"} and governor.head is not governor:
        governor = governor.head  # 'no decision has been made on who ...'
    if governor is None or not is_verb(governor) or lemma(governor) == "be":
        return False
    subject = subject_of(governor)
    nobody = subject is not None and any(
        t.lower in {"no", "nobody", "none", "noone", "no-one"} for t in subject.subtree()
    )
    return negated(governor) or nobody or pending(governor, lex)


def pending(verb: Tok, lex: Lexicon) -> bool:
    """'The club is yet to say whether it will appeal', 'Lewis-Francis has still to decide what events will feature':
    the infinitive of 'have / be' + `pending_adverbs` ('has yet to', 'is still to') is not done yet, as 'has not said if
    it will appeal' is not (claims40: what is not yet known is an event, not the forecast inside the question). Not a
    passive: 'it is still yet to be determined how long we will retain support' is no one's act to come but what is
    not settled, as 'it is not clear how long ...' is (an uncertainty: a prediction)."""
    head = verb.head
    if verb.dep != "xcomp" or head is None or head is verb or lemma(head) not in {"have", "be"}:
        return False
    if any(c.dep == "auxpass" for c in verb.children):
        return False
    infinitive = any(c.dep == "aux" and c.tag == "TO" for c in verb.children)
    return infinitive and any(c.dep == "advmod" and c.lower in lex.pending_adverbs for c in head.children)


def modal_ability(ctx: TypeContext) -> list[Tok] | None:
    """'X can ...' (not in the passive; not what a service lets its users do: 'users can also make calls to
    landlines', 'iPod owners can now download the single' state what a product offers, an event; claims15; nor in
    the author's own voice outside quotation marks: 'Kenteris and Thanou can appeal against any decision', 'The PSP
    can also play music and movies', 'Mothers can currently take up to six months' paid leave' state what is allowed
    or possible as fact, an event (claims23: of the labels' such claims 27 events, 11 assessments))."""
    if any(c.dep == "auxpass" for c in ctx.root.children):
        return None
    subject = subject_of(ctx.root)
    if ctx.attribution is None and ctx.root.i not in ctx.quotes.inside and not authors_judgement(ctx, subject):
        return None
    if subject is not None and lemma(subject) in ctx.lex.user_nouns:
        return None
    return first_aux(ctx, ctx.lex.ability_modals)


def authors_judgement(ctx: TypeContext, subject: Tok | None) -> bool:
    """What the author's "can" judges rather than states as fact (review18d): a copula ('Online gaming can be a world of
    escapism', 'it can quickly become an unhealthy obsession'), an existential ('there can only be two possible
    outcomes'), or a view held by "we" or by anyone (`judging_subjects`: 'We really can't deal with terrorism by
    ...', 'One can understand that frustration'). Not 'I can': a writer telling what he does ('I can read my e-mail,
    surf the web ...', 'I can log on from the platform': events)."""
    existential = any(c.dep == "expl" for c in ctx.root.children)
    viewer = subject is not None and subject.lower in ctx.lex.judging_subjects
    return ctx.root_lemma in ctx.lex.copula_verbs or existential or viewer


def comparative_likelihood_fact(ctx: TypeContext) -> list[Tok] | None:
    """'Older voters are more likely to vote than students', 'women were 18% more likely to enter
    higher education': a comparative likelihood as the clause's predicate, with no modal, states a
    difference as fact (claims/certainty.py `comparative_likelihood`), not a prediction."""
    tok = next((c for c in ctx.root.children if comparative_likelihood(c, ctx.lex)), None)
    return [tok] if tok is not None else None


def stance_on_future(ctx: TypeContext) -> list[Tok] | None:
    """'X is worried that Y would ...', 'we are confident that sales will rise', 'it is unclear
    whether ministers would act': a copula with an adjective of stance or of uncertainty over a
    clause about the future; the clause decides the type (a prediction), not the adjective. After one of
    `expectation_adjectives` 'can' looks ahead as well, and so does 'of' a gerund (`expected_doing`)."""
    if ctx.root_lemma not in ctx.lex.copula_verbs:
        return None
    lex = ctx.lex
    adjectives = lex.stance_adjectives | lex.uncertainty_adjectives
    adjective = next((c for c in ctx.root.children if c.dep == "acomp" and stance_word(c, adjectives)), None)
    if adjective is None:
        return None
    modals = lex.prediction_modals | lex.conditional_modals | lex.possibility_modals
    expecting = lemma(adjective) in lex.expectation_adjectives
    if expecting:
        modals = modals | lex.ability_modals  # 'Claxton is confident she can win her first major medal' (claims23)
    clauses = [c for t in (ctx.root, adjective) for c in t.children if c.dep == "ccomp"]
    future = any(
        a.dep == "aux" and lex.modal_form(a) in modals and not past_modal(a, lex) for c in clauses for a in c.children
    )
    return [adjective] if future or (expecting and expected_doing(adjective)) else None


def stance_word(adjective: Tok, words: frozenset[str]) -> bool:
    """An adjective of stance by its lemma or, for a participle the tagger lemmatises as its verb ('concerned' ->
    'concern', 'worried' -> 'worry'), by its form: 'It is concerned that the ruling could threaten ...', 'The Green
    Party is concerned thousands of residents may not be able to vote' (claims32: the labels' 2 such claims are
    predictions, typed by copula-adjective before)."""
    return lemma(adjective) in words or adjective.lower in words


def believed_future(ctx: TypeContext) -> list[Tok] | None:
    """'She believed the Mayor of London would say sorry on Tuesday', 'We think free DTT could put brakes on the
    underlying growth of pay-TV', 'he did not think there would be difficulties': a verb of `belief_verbs` whose clause
    has a modal of the conditional or possibility looks ahead; the clause decides (ANNOTATION: a verb of stance carries
    its content's type), not the verb of belief (claims23: 8 of the labels' 11 such verb-assessment claims are
    predictions). Not over a perfect ('could have won') nor a copula with an adjective ('believed the new laws might be
    incompatible with the Human Rights Act': a hedged judgement)."""
    lex = ctx.lex
    overtaken = any(a.dep == "aux" and a.lower == "had" for a in ctx.root.children)  # 'she had not thought the film
    if ctx.root_lemma not in lex.belief_verbs or overtaken:  # would appeal': a past belief, narrated
        return None
    return clause_modal(ctx, lex.conditional_modals | lex.possibility_modals, questions=True)


def inferred_future(ctx: TypeContext) -> list[Tok] | None:
    """'He said the recent experience of Wales indicated seven million households in England would pay significantly
    more', 'the new policy meant there would be a "sixfold reduction ..."', 'an examination of Tory plans showed there
    would be a £35bn difference': a verb of `inference_verbs` whose clause has 'will' or 'would' draws a consequence
    still to come; the clause decides (a prediction), as it does under a verb of belief (`believed_future`), not the
    verb of inference (`verb_assessment`'s judgement) nor `default_event` (claims54: the labels call 18 of the 21 such
    units predictions). Not over a perfect, nor a copula with an adjective ('it has tacitly indicated that it would be
    happy if the slide continued': a stance, the labels' event), nor a question ('did not show whether it would
    ...')."""
    lex = ctx.lex
    if ctx.root_lemma not in lex.inference_verbs:
        return None
    return clause_modal(ctx, lex.prediction_modals | lex.conditional_modals, questions=False)


def said_future(ctx: TypeContext) -> list[Tok] | None:
    """'said he would not stay in charge if he felt unable to contribute', 'The Gateshead conference was told he would
    help young people ...', 'he did, for the first time, say there would be such tax cuts': a verb of
    `unframed_saying_verbs` that is the content's own root, because no attribution took its clause (a missed subject,
    a fronted phrase, a passive 'was told'), over a clause with 'will' or 'would' reports a forecast: the clause
    decides, as `modal_future` decides it when the attribution is found, not `default_event` (claims56: the labels
    call the 7 such units the rules typed events all predictions). Not negated ('did not say where the job losses
    would fall', 'has not said if it will appeal': the labels' events), not a question, not over a perfect, and not
    in a clause of time ('when he was told he would be released last March, only to be confined ...': what was said
    sets the scene of a past told as narration, the labels' event; claims58)."""
    lex = ctx.lex
    if ctx.attribution is not None or ctx.root_lemma not in lex.unframed_saying_verbs or negated(ctx.root):
        return None
    if any(c.dep == "advmod" or c.dep == "mark" for c in ctx.root.children if c.lower in lex.generic_times):
        return None
    return clause_modal(ctx, lex.prediction_modals | lex.conditional_modals, questions=False)


def clause_modal(ctx: TypeContext, modals: frozenset[str], questions: bool) -> list[Tok] | None:
    """The first modal of `modals` (not a past one: 'could have won') on a clausal complement of the root that is no
    copula with an adjective ('believed the new laws might be incompatible ...': a judgement), and, unless `questions`,
    no question ('did not show whether it would ...'): `believed_future`'s and `inferred_future`'s clause."""
    lex = ctx.lex
    for clause in (c for c in ctx.root.children if c.dep == "ccomp"):
        judged = lemma(clause) in lex.copula_verbs and any(c.dep == "acomp" for c in clause.children)
        asked = not questions and (is_question_clause(clause) or opens_with_wh(clause))
        found = [
            a for a in clause.children if a.dep == "aux" and lex.modal_form(a) in modals and not past_modal(a, lex)
        ]
        if found and not judged and not asked:
            return found[:1]
    return None


# the determiners and adjectives that make a noun of likelihood next to nothing ('no risk', 'little chance')
SCANT_WORDS = frozenset({"no", "little"})


def risked_future(ctx: TypeContext) -> list[Tok] | None:
    """'Guy Mansfield QC warned there was a real risk that people on the "margins of society" would be driven into the
    hands of extremists', 'there is the prospect that a home-grown movie could walk off with a clutch of trophies', 'the
    big fear ... is that ... it may even threaten to undermine the election campaign': a noun of `likelihood_nouns` that
    an existential 'there is' puts forward (or the subject of a copula over a clause), with a clause of what is to come
    (a modal of the future, the conditional or possibility), says what may come: the clause decides, a prediction, not
    the noun's judgement (`quoted_complement`, `evaluative_word`; claims54: the labels' 5 such units are predictions).
    Not 'no risk', 'little chance' (a judgement that nothing will), nor over a perfect ('a risk that it might have
    been lost')."""
    root, lex = ctx.root, ctx.lex
    if ctx.root_lemma != "be" or negated(root):
        return None
    modals = lex.prediction_modals | lex.conditional_modals | lex.possibility_modals
    if any(c.dep == "expl" for c in root.children):
        nouns = [c for c in root.children if c.dep in {"attr", "nsubj"} and lemma(c) in lex.likelihood_nouns]
        clauses = [g for n in nouns if not any(d.lower in SCANT_WORDS for d in n.children) for g in n.children]
        clauses = [g for g in clauses if g.dep in {"acl", "ccomp"}]
    elif any(c.dep == "nsubj" and lemma(c) in lex.likelihood_nouns for c in root.children):
        clauses = [c for c in root.children if c.dep == "ccomp"]
    else:
        return None
    for clause in clauses:
        found = [
            a for a in clause.children if a.dep == "aux" and lex.modal_form(a) in modals and not past_modal(a, lex)
        ]
        if found:
            return found[:1]
    return None


def expected_doing(adjective: Tok) -> bool:
    """'We are confident of getting a result', 'the Briton is optimistic of surpassing his best effort': 'of' a gerund
    after an adjective of expectation is what is expected to come (claims23); not 'confident of his firm's legal
    position' (a noun: the stance itself, an event)."""
    return any(
        p.dep == "prep" and p.lower == "of" and any(g.dep == "pcomp" and g.tag == "VBG" for g in p.children)
        for p in adjective.children
    )
