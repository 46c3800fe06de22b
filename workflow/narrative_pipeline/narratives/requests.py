"""Acts a sentence does not say happened: requested, prescribed or conditional (narr37, session 56).

- "The EU said the US should back Ukraine's entry", "the Labour party said the Liberal Democrats needed to explain":
  a complement of a verb of `requesting.frames` under a modal of `requesting.modals` (or a verb of `requesting.needs`
  with an infinitive) whose doer is another actor than the speaker is a request of that actor by the speaker
  (`requesting.category`, rule `requested`), spanned from the modal to the verb, its own act folded into it as an
  urged act is ("urged Congress to reinstate"); "Cafod wants Britain to use its influence" is one too (rule `wanted`).
- A classified act under such a modal that no other speaker asks for ("the committee's decision must be ratified by
  Mr Hoon", "Labour said it must cut taxes") is `prescribed`, and one inside an if / unless / whether clause ("if Iran
  attacks", "whether to begin entry talks with Turkey") is `conditional`: the row stays, unclassified.
"""

from __future__ import annotations

from ..parsed import Tok
from ..syntax import child, is_passive, lemma, subtree_without
from .arguments import agents_of, is_negated, object_actors, said_not
from .lexicon import PloverLexicon
from .predicates import Decision, Predicate
from .roles import Context, Found, actors_of, relabel

REQUESTED, WANTED, PRESCRIBED, CONDITIONAL = "requested", "wanted", "prescribed", "conditional"
DIRECTED = "directed"  # the rule of `directed` (fix80)
MAX_CLIMB = 12
PERSON_OBJECTS = frozenset({"him", "her", "them"})  # "wants them to resign": a person or group asked, unlinked here


def conditional_mark(tok: Tok, lex: PloverLexicon) -> Tok | None:
    """The "if", "unless" or "whether" (`conditional_marks`) of a clause the token is in, or the inverted modal of one
    ("should it become a state-owned company", "why should the taxpayer be forced"): its own clause's or one it hangs
    from, short of a clause of its own kind (a relative clause or a participle on a noun, which describe what is: "if
    the man who attacked X returns"; a clause of time or cause: "if he had not taken a hard line after Bellamy accused
    him")."""
    node = tok
    for _ in range(MAX_CLIMB):
        marks = [c for c in node.children if c.dep == "mark"]
        mark = next((c for c in marks if c.lower in lex.conditional_marks), None) or _inverted(node, lex)
        if mark is not None:
            return mark
        if marks or node.dep in ("relcl", "acl") or node.head is None or node.head is node:
            return None
        node = node.head
    return None


def _inverted(verb: Tok, lex: PloverLexicon) -> Tok | None:
    """A modal of `requesting.modals` before its verb's subject: a condition or a question, no prescription."""
    subject = child(verb, "nsubj", "nsubjpass")
    if subject is None:
        return None
    modals = lex.requesting["modals"]
    return next((c for c in verb.children if c.dep == "aux" and c.lower in modals and c.i < subject.i), None)


def _open_object(noun: Tok) -> bool:
    """An event noun a clause's verb takes as its object with no possessive or "the" ("whether to begin entry talks",
    "if they will face criminal charges"): what the clause says may happen; "if the Commission ignored the
    Parliament's request", "if Conservative opposition continues" presuppose the request and the opposition."""
    given = any(c.dep == "poss" or (c.dep == "det" and c.lower == "the") for c in noun.children)
    return noun.dep == "dobj" and not given


def _clause_verb(pred: Predicate) -> Tok:
    """The verb whose auxiliaries an action's clause has: a verb's own, a light verb's or the governing verb of a noun
    that is its object ("should launch an attack", "should impose sanctions")."""
    tok = pred.tok
    if pred.kind == "noun":
        if pred.light is not None:
            return pred.light
        return tok.head if tok.dep == "dobj" and tok.head is not None else tok
    return tok


def _modal(verb: Tok, lex: PloverLexicon) -> Tok | None:
    """A modal of `requesting.modals` on the verb or on the verb it is conjoined to ("should resign and apologise");
    not a perfect ("should have withdrawn", "must have known": what was, not what is asked)."""
    node = verb
    for _ in range(3):
        aux = [c for c in node.children if c.dep in ("aux", "auxpass")]
        modal = next((c for c in aux if c.lower in lex.requesting["modals"]), None)
        if modal is not None:
            perfect = any(lemma(c) == "have" and c.i > modal.i for c in aux)
            return None if perfect or _inverted(node, lex) is not None else modal
        if node.dep != "conj" or node.head is None or any(c.dep in ("nsubj", "nsubjpass") for c in node.children):
            return None
        node = node.head
    return None


def _needed(verb: Tok, lex: PloverLexicon) -> Tok | None:
    """The verb of `requesting.needs` whose infinitive the verb is ("needed to explain")."""
    head = verb.head
    if verb.dep != "xcomp" or head is None or lemma(head) not in lex.requesting["needs"]:
        return None
    if any(c.dep == "aux" and c.tag == "MD" for c in head.children):
        return None  # "Mr Brown would need to raise taxes": a forecast of what it takes
    return head if any(c.tag == "TO" for c in verb.children) else None


def _frame(clause: Tok, lex: PloverLexicon) -> Tok | None:
    """The verb of `requesting.frames` whose clausal complement the clause is, or the clause it is conjoined to."""
    node = clause
    for _ in range(3):
        if node.dep == "ccomp" and node.head is not None and lemma(node.head) in lex.requesting["frames"]:
            return node.head
        if node.dep != "conj" or node.head is None:
            return None
        node = node.head
    return None


def prescribed_modal(pred: Predicate, lex: PloverLexicon) -> Tok | None:
    """The modal of `requesting.modals` an action is under (`_modal` on its clause's verb)."""
    return _modal(_clause_verb(pred), lex)


def denied_act(pred: Predicate, lex: PloverLexicon) -> bool:
    """Whether the clause of an action is said not to be so (`said_not`: "denied that he frequently met him", "I do
    not believe that the Yellow Vests support harmful policies"): the act is negated (fix74, review68 6)."""
    return said_not(_clause_verb(pred), lex)


def request_denied(tok: Tok, lex: PloverLexicon) -> bool:
    """Whether a `requested` act's request is said not to be made: its frame negated ("I don't think he should resign",
    "did not say the party must ...") or its clause said not to be so otherwise (`said_not`: under a denial or a
    believing nobody). The act's own "not" is what is asked and negates nothing ("said Google should not be
    penalised"). fix77, fix74's left request."""
    clause = _needed(tok, lex) or tok
    frame = _frame(clause, lex)
    return (frame is not None and is_negated(frame, lex)) or said_not(clause, lex)


def _doers(verb: Tok, index: Context) -> list[Found]:
    """Who would do the act: the subject, or the subject of a passive (the one the act is done to: "said Google should
    not be penalised"), as a demanded act's complement subject is ("demanded Heath quit")."""
    return object_actors(verb, index) if is_passive(verb) else agents_of(verb, index)


def _first_person(verb: Tok, lex: PloverLexicon) -> bool:
    """A verb whose subject is "we" or "I": the speaker's own side, whom the speaker asks nothing ("we should
    rebuild")."""
    subject = child(verb, "nsubj", "nsubjpass")
    pronouns = lex.speaker_pronouns | lex.speaker_group_pronouns
    return subject is not None and subject.pos == "PRON" and subject.lower in pronouns  # not "the US"


CLAUSE_ARCS = frozenset({"relcl", "acl", "advcl", "ccomp", "conj", "cc", "prep"})
OWN_PERSON, OWN_BODY = frozenset({"his", "her"}), frozenset({"its", "their"})


def _own_side(speaker: Tok | None, doer: Tok | None, asked: set[str | None], index: Context) -> bool:
    """Whether the doer is the speaker's own side, whom the speaker asks nothing (as "we should ..."): the speaker's
    phrase names it ("Ireland coach Eddie O'Sullivan says his side should not underestimate the visitors", "Labour
    leader X said the party must"), or the doer's phrase, or its of-phrase, is owned by a possessive pronoun that fits
    the speaker ("his side", "a minister of his government", "its members"; his / her for a person, its / their for
    any other speaker). fix73, narr37's left rows."""
    if speaker is None or doer is None:
        return False
    if any((m := index.index.get(t.i)) is not None and m.actor_id in asked for t in _phrase(speaker)):
        return True
    owners = [doer, *(o for c in doer.children if c.dep == "prep" and c.lower == "of" for o in c.children)]
    owned = {c.lower for o in owners for c in o.children if c.dep == "poss" and c.pos == "PRON"}
    person = index.kinds.get(speaker.i) == "person" or speaker.lower in ("he", "she")
    return bool(owned & (OWN_PERSON if person else OWN_BODY))


def _phrase(head: Tok) -> list[Tok]:
    """A noun phrase's tokens short of the clauses and prepositional phrases on it ("Mr Johnson, who was forced to
    apologise ...", "Frank Field, a critic of Tony Blair": not Blair's side)."""
    return subtree_without(head, CLAUSE_ARCS)


def request(tok: Tok, lex: PloverLexicon, index: Context) -> tuple[Decision, list[Found], list[Found]] | None:
    """A verb's act asked of its doer by a speaker who is someone else (the module's first point): the decision (cue:
    the verb, the modal or the verb of need, the frame), the speakers and the doers; the speaker of a quoted sentence
    with no frame verb is its claim's claimer (`Context.quote_claimers`); None when the act is no such complement, a
    state ("should have a role", "should know by now": `requesting.states`), or its speaker is none or its doer
    ("Labour said it must ...", "we should ...": a prescription of its own)."""
    need = _needed(tok, lex)
    modal = _modal(tok, lex) if need is None else need
    clause = tok if need is None else need
    frame = _frame(clause, lex) if modal is not None else None
    quoted = index.quote_claimers.get(clause.sent) if frame is None and clause.dep == "ROOT" else None
    if (frame is None and quoted is None) or modal is None or lemma(tok) in lex.requesting["states"]:
        return None
    if _first_person(clause, lex):
        return None
    # a quoted sentence with no frame verb is asked by the quote's claimer ('"The first minister should withdraw
    # these remarks."' after "Ms Sturgeon said": fix74)
    speakers = relabel(agents_of(frame, index) if frame is not None else [quoted], "requester")
    doers = relabel(_doers(clause, index), "requested")
    if not speakers or not doers or {f.actor_id for f in speakers} & {f.actor_id for f in doers}:
        return None
    speaker = child(frame, "nsubj") if frame is not None else None  # a quote's claimer stands in another sentence
    if _own_side(speaker, child(clause, "nsubj", "nsubjpass"), {f.actor_id for f in doers}, index):
        return None
    word = f"{lemma(modal)} to" if need is not None else modal.lower
    cue = [tok, modal, frame] if frame is not None else [tok, modal]
    return Decision(lex.requesting.category, cue, f"{word} {lemma(tok)}"), speakers, doers


def _wanted_doer(verb: Tok, lex: PloverLexicon) -> Tok | None:
    """Who a verb of `requesting.wants` wants to do what its infinitive says: the infinitive's subject or the verb's
    object; not a state ("want them to be", "want him to stay on")."""
    for c in verb.children:
        if c.dep not in ("ccomp", "xcomp") or not any(g.tag == "TO" for g in c.children):
            continue
        if lemma(c) not in lex.requesting["states"]:
            return child(c, "nsubj") if c.dep == "ccomp" else child(verb, "dobj")
    return None


def wanted(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """A verb of `requesting.wants` with an actor who is to do what an infinitive says ("Cafod wants Britain to use its
    influence", "wants them to resign") asks it of that actor; wanting to act oneself, or a thing to happen ("wants the
    bill to pass"), is no request."""
    if pred.kind != "verb" or pred.key not in lex.requesting["wants"]:
        return None
    doer = _wanted_doer(pred.tok, lex)
    if doer is None or not (doer.i in pred.kinds or doer.lower in PERSON_OBJECTS):
        return None
    return Decision(lex.requesting.category, [pred.tok, doer], f"{pred.key} to")


ASKED_PREPS = ("for",)  # "called for an investigation", "demands for his resignation": the for-phrase is what is asked
ASKED_CLAUSES = frozenset({"xcomp", "ccomp", "advcl", "acl", "relcl"})
QUESTION_TAGS = frozenset({"WRB", "WP", "WDT"})  # "told them when to go", "tell him what to do": no act asked


def _told_to(verb: Tok) -> Tok | None:
    """The "to" of an infinitive after the one a verb tells ("told the government not to compromise", "was told to
    leave"); not a question's infinitive ("telling them when to go", "told him how to")."""
    told = child(verb, "dobj", "dative", "nsubjpass")
    if told is None:
        return None
    for c in verb.children:
        to = next((g for g in c.children if g.tag == "TO"), None)
        if c.dep not in ASKED_CLAUSES or to is None or c.i < told.i:
            continue
        if not any(g.tag in QUESTION_TAGS and g.i < to.i for g in c.subtree()):
            return to
    return None


def told_how(verb: Tok, lex: PloverLexicon) -> list[Tok]:
    """The question infinitives a verb of `requesting.directives` tells its one told ("told Gordon Brown how to
    attack the Tories", "telling them when to go"): what to do is explained, not asked nor done, so the act makes no
    statement of its own (fix83, fix80's left: it was kept as done)."""
    if lemma(verb) not in lex.requesting["directives"] or child(verb, "dobj", "dative", "nsubjpass") is None:
        return []
    out = []
    for c in verb.children:
        to = next((g for g in c.children if g.tag == "TO"), None) if c.dep in ASKED_CLAUSES else None
        if to is not None and any(g.tag in QUESTION_TAGS and g.i < to.i for g in c.subtree()):
            out.append(c)
    return out


def directed(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """A verb of `requesting.directives` with the one told and an infinitive of what to do after it asks that of the
    one told ("Mr Blair told the government not to compromise", "is telling Tory MPs not to back the amendments",
    "instructed insurance companies to submit bids"): a request (`requesting.category`), its infinitive folded as an
    urged act's is; "told MPs that ..." and "told him how to" stay frames (fix80, fix77's left rows: the act told was
    kept as done, negated where the one told was told not to)."""
    if pred.kind != "verb" or pred.key not in lex.requesting["directives"]:
        return None
    to = _told_to(pred.tok)
    return Decision(lex.requesting.category, [pred.tok, to], f"{pred.key} to") if to is not None else None


def _infinitive_after(head: Tok, start: Tok) -> list[Tok]:
    """The infinitive clauses on a word that stand after a token ("to quit" of "called on Mr Hockney to quit")."""
    return [
        c for c in head.children if c.dep in ASKED_CLAUSES and c.i > start.i and any(g.tag == "TO" for g in c.children)
    ]


def asked_acts(pred: Predicate, rule: str, category: str | None, lex: PloverLexicon) -> list[Tok]:
    """The heads of what a request (a verb or noun of the request category, narr37's `wanted`) asks for beyond the
    clausal complement every content verb folds: an infinitive after the one asked, which the parser hangs on the verb
    ("called on Mr Hockney to quit", "pleaded with Gerrard to reject", "called for the mayor to apologise") or, for a
    noun, on itself or on the verb whose object it is ("a call by Lord Mackay to publish", "repeated calls for the
    mayor to apologise", "renewed demands for him to resign"); an event noun it asks for with "for" ("called for an
    investigation by X", "called for Ms Hutt's removal"). An act asked for is not done: it makes no statement of its
    own, as an urged act's (fix77, fix73's left row); narr37's `requested` act is the request's own row."""
    if category != lex.requesting.category or rule == REQUESTED:
        return []
    tok = pred.tok
    heads = [tok]
    if pred.kind == "noun" and tok.dep == "dobj" and tok.head is not None and tok.head is not tok:
        heads.append(tok.head)  # "repeated calls for the mayor to apologise": the parser's advcl of "repeated"
    found = [c for h in heads for c in _infinitive_after(h, tok)]
    for c in tok.children:
        obj = child(c, "pobj") if c.dep == "prep" and c.lower in ASKED_PREPS else None
        if obj is not None and (lemma(obj) in lex.event_nouns or obj.lower in lex.event_nouns):
            found.append(obj)
    return found


def request_roles(tok: Tok, rule: str, lex: PloverLexicon, index: Context) -> tuple[list[Found], list[Found]] | None:
    """The agents and patients of a request these rules found: the speaker and the doer of a `requested` act, the one
    who wants and the one wanted to act (`wanted`); None for any other rule."""
    if rule == REQUESTED:
        found = request(tok, lex, index)
        return (found[1], found[2]) if found is not None else None
    if rule == WANTED:
        doer = _wanted_doer(tok, lex)
        return agents_of(tok, index), relabel(actors_of(doer, index, ""), "requested") if doer is not None else []
    return None


def unasserted(pred: Predicate, rule: str, decision: Decision, lex: PloverLexicon) -> tuple[str, Decision]:
    """A classified act inside an if / unless / whether clause (`conditional`) or under a prescriptive modal no other
    speaker asks for (`prescribed`) did not happen: the rule and an unclassified decision with the cue that says so;
    any other action keeps its rule and decision."""
    if decision.category is None:
        return rule, decision
    mark = conditional_mark(pred.tok, lex) if pred.kind == "verb" or _open_object(pred.tok) else None
    if mark is not None:
        return CONDITIONAL, Decision(None, [pred.tok, mark], decision.lemma)
    modal = prescribed_modal(pred, lex) if rule != REQUESTED else None
    if modal is not None:
        return PRESCRIBED, Decision(None, [pred.tok, modal], decision.lemma)
    return rule, decision
