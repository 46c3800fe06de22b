"""Statements: who does what to whom, inside each claim (`narratives/statements.parquet`).

For every claim, its verbs and event nouns are the candidate actions. Each is classified by the
PLOVER rules (`classes`), and its agents and patients are read off the parse through linked
mentions (`syntax`). A statement is kept when it names an actor; compound actors give one row per
actor ("the UAE and Russia"). Verbs that only frame (reporting, aspect, light verbs) make no
statement of their own; the complement of a promise, threat, refusal or request is folded into it
("threatened to strike X" is THREATEN against X), while an accused act stands on its own ("accused
X of sending weapons": X sends). The claim keeps the claimer and certainty; the statement points
at its claim.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace

from ..parsed import ParsedArticle, Sent, Tok
from ..records import ClaimRecord, MentionRecord, StatementRecord
from ..syntax import child, is_main_verb, lemma, prep_object, subtree_without
from ..textnorm import normalize_text
from .arguments import (
    _givers,
    agents_of,
    called_on,
    callers,
    complement_subject,
    held_of,
    is_negated,
    noun_agents,
    object_actors,
    receives,
    suffering_owners,
)
from .classes import classify, may_happen, promise_condition, undergone
from .lexicon import PloverLexicon
from .predicates import Decision, Predicate, action_lemma, object_heads
from .reported import report_contents
from .requests import (
    DIRECTED,
    REQUESTED,
    asked_acts,
    denied_act,
    request,
    request_denied,
    request_roles,
    told_how,
    unasserted,
)
from .roles import (
    Context,
    Found,
    NewPersonWords,
    SharedWe,
    actors_of,
    article_context,
    article_types,
    claimer_pronouns,
    head_words,
    lone_bodies,
    lone_persons,
    prep_actors,
    quote_claimers,
    quoted_tokens,
    relabel,
    speaker_pronouns,
)

COMPONENT = "narratives.rules.v84"
CONTENT_PREPS = ("against", "on", "at", "with", "to", "for", "from")
CONTENT_NOUN_PREPS = ("with", "of")
GIVER_PREPS = ("from", "by")
RELATIVE_CLAUSES = frozenset({"relcl"})
ASKED_KEPT = frozenset({"relcl", "pcomp"})
INFLECTED_ENDINGS = ("ed", "ing")  # a verb's past and -ing forms: no trade noun of `descriptor_nouns` ends so


@dataclass
class Draft:
    claim: ClaimRecord
    pred: Predicate
    rule: str
    decision: Decision
    agents: list[Found]
    patients: list[Found]
    negated: bool


def _claim_at(tok: Tok, claims: list[ClaimRecord]) -> ClaimRecord | None:
    return next((c for c in claims if c.start <= tok.start < c.end), None)


def _event_noun(tok: Tok | None, lex: PloverLexicon) -> bool:
    return tok is not None and tok.pos == "NOUN" and (lemma(tok) in lex.event_nouns or tok.lower in lex.event_nouns)


ADDRESS_MARKS = ("@", "://", "www.")


def _is_word(tok: Tok) -> bool:
    """A token with a letter that is no address: the tagger calls the hyphen of "co-written" a verb, and the email
    address of a table row of MPs ("| Darlington | Peter Gibson | peter.gibson.mp@parliament.uk |") or a web
    address, which name no action."""
    return any(ch.isalpha() for ch in tok.text) and not any(mark in tok.lower for mark in ADDRESS_MARKS)


def _descriptor_before_name(tok: Tok, index: Context, lex: PloverLexicon) -> bool:
    """A noun of a person's trade or position (`descriptor_nouns`) that the tagger read as a verb right before the
    name it describes: "actress and singer Sandra Pires", "England lock Danny Grewcock", "gold medallists Jason
    Gardener and Mark Lewis", "France defender Gallas" (review51's audit; narr25: m56 BBC about 35 rows, an agent
    from the team before and the person as patient). Not a verb with an auxiliary or a negation of its own ("will
    partner Nathalie Dechy" is no such noun anyway), nor a past or -ing form, which no such noun has ("Police locked
    Smith in", whose lemma is "lock"; review53)."""
    following = index.tokens.get(tok.i + 1)
    if following is None or following.pos != "PROPN" or following.i not in index:
        return False
    if tok.lower.endswith(INFLECTED_ENDINGS):
        return False
    if not any(w in lex.descriptor_nouns for w in head_words(tok)):
        return False
    return not any(c.dep in ("aux", "auxpass", "neg") for c in tok.children)


def _consumes(tok: Tok, rule: str, decision: Decision) -> bool:
    """Whether a verb's cue noun is part of the verb's action and makes no statement of its own ("cut
    ties"); a prepositional object that only shows the verb is no event stays one ("met with protests
    by X": X protests)."""
    cue = decision.cue
    if len(cue) < 2 or cue[0] is not tok or cue[1].pos not in ("NOUN", "PROPN"):
        return False
    return not (rule == "not-event" and cue[1].dep == "pobj")


def _fold(tok: Tok, folded: set[int], keep: frozenset[str] = frozenset()) -> None:
    folded.update(t.i for t in subtree_without(tok, keep))


def _fold_content(verb: Tok, folded: set[int], lex: PloverLexicon) -> None:
    """The content of a promise, threat, refusal or request: its clausal complement, an event noun
    it takes as object ("demanded the release of ...", not a relative clause on it) or with a
    preposition ("threatened Russia with sanctions", "warned of strikes")."""
    for c in verb.children:
        if c.dep in ("xcomp", "ccomp"):
            _fold(c, folded)
        elif c.dep == "dobj" and _event_noun(c, lex):
            _fold(c, folded, RELATIVE_CLAUSES)
        elif c.dep == "prep" and c.lower in CONTENT_NOUN_PREPS:
            pobj = child(c, "pobj")
            if _event_noun(pobj, lex):
                _fold(pobj, folded, RELATIVE_CLAUSES)  # type: ignore[arg-type]


def _fold_asked(pred: Predicate, rule: str, decision: Decision, folded: set[int], lex: PloverLexicon) -> None:
    """Fold what a request asks for (`requests.asked_acts`), short of the relative clauses on it and the clauses of its
    prepositions, which name what is so ("calls for the mayor to apologise for likening the reporter to ...")."""
    for head in asked_acts(pred, rule, decision.category, lex):
        _fold(head, folded, ASKED_KEPT)


def _undergoes(verb: Tok, lex: PloverLexicon) -> bool:
    """Whether a verb of `undergoing_verbs` takes as its direct object a noun its subject undergoes (`undergone`: "faces
    criminal charges") or any event noun ("faces an FA investigation", "faced accusations of price rigging", "receive
    IMF support"): the noun's row is the act, with the subject its patient; the verb makes no row of its own, which
    read the subject as the agent and the noun's agent as the patient (fix66, review65 6: m64 BBC 42 rows)."""
    obj = child(verb, "dobj")
    return undergone(obj, lex) or (lemma(verb) in lex.undergoing_verbs and _event_noun(obj, lex))


def _received_from_a_giver(pred: Predicate, decision: Decision, index: Context, lex: PloverLexicon) -> bool:
    """Whether an unclassified verb of `undergoing_verbs` takes as its object a noun that is no event and no actor
    while a from- or by-phrase names who gives it ("faces competition from BMW", "received a takeover approach from
    Malcolm Glazer", "received an honorary knighthood from the Queen", "a vote of no confidence from X"): the giver
    does what the noun names and the receiver undergoes it, so the verb's row, which read the receiver as its agent and
    the giver as its patient, is dropped, as fix66 dropped it beside an event noun (`_undergoes`); a row of "received"
    with the giver as its agent would name the receiver's verb as the giver's act (fix67, review66 2). An actor as the
    object keeps its row ("will face Patty Schnyder from Switzerland")."""
    tok = pred.tok
    if pred.kind != "verb" or decision.category is not None or lemma(tok) not in lex.undergoing_verbs:
        return False
    obj = child(tok, "dobj")
    if obj is None or obj.pos != "NOUN" or obj.i in index:
        return False
    if _givers(obj, tok, index):
        return True
    return any(  # the phrase on a noun inside the object: "a vote of no confidence from X", "an approach by X"
        t.dep == "prep"
        and t.lower in GIVER_PREPS
        and t.head is not None
        and t.head.pos == "NOUN"
        and prep_actors(t.head, (t.lower,), index)
        for t in obj.subtree()
    )


def _cautions_of_a_possibility(rule: str, decision: Decision, lex: PloverLexicon) -> bool:
    """Whether a caution warns of what could happen (its complement folded: no statement of its own); a warning that
    something is so states it ("the EC did warn the two were under close scrutiny and it would act", "warned that
    using back taxes ... being applied by the Kremlin ... was a mistake": the Kremlin applies, the EC would act;
    review35)."""
    return rule == "caution" and len(decision.cue) > 1 and may_happen(decision.cue[1], lex)


def _predicates(
    sent: Sent, lex: PloverLexicon, index: Context
) -> tuple[list[tuple[Predicate, str, Decision]], set[int]]:
    """Classified actions of a sentence and the tokens folded into another action's statement (the
    complement of a content verb, the terms of a commercial deal). Words inside a linked mention are
    names, not actions ("Pacific Assault", "Ask Jeeves")."""
    out: list[tuple[Predicate, str, Decision]] = []
    consumed: set[int] = set()
    folded: set[int] = set()
    kinds = index.kinds
    for tok in sent.tokens:
        if not is_main_verb(tok) or tok.i in index or not _is_word(tok) or _descriptor_before_name(tok, index, lex):
            continue
        parts = _hyphen_parts(tok, index.tokens, lex.hyphen_prefixes)
        verb_lemma = _hyphenated_lemma(*parts) if parts is not None else action_lemma(tok, lex)
        pred = Predicate(tok, "verb", lemma=verb_lemma, kinds=kinds)
        asked = request(tok, lex, index)  # "X said Y should <act>": X's request of Y, the act folded (narr37)
        rule, decision = (REQUESTED, asked[0]) if asked is not None else classify(pred, lex)
        if decision.category is None and rule != "not-event" and lemma(tok) in lex.light_verbs:
            obj = child(tok, "dobj")
            if _event_noun(obj, lex):
                consumed.add(obj.i)  # type: ignore[union-attr]
                noun = Predicate(obj, "noun", light=tok, kinds=kinds)  # type: ignore[arg-type]
                noun_rule, noun_decision = classify(noun, lex)
                _fold_asked(noun, noun_rule, noun_decision, folded, lex)
                out.append((noun, noun_rule, noun_decision))
                continue
        if decision.category is None and rule != "not-event" and _undergoes(tok, lex):
            continue  # "faces criminal charges": the noun is the action, its subject the patient (narr35, fix66)
        if _consumes(tok, rule, decision):
            consumed.add(decision.cue[1].i)
        if rule == DIRECTED:  # "told him to leave": the infinitive told only, not a clause the parser hung before it
            _fold(decision.cue[1].head, folded)  # type: ignore[arg-type]  # ("Wenger was criticising ..., so I told")
        elif decision.category in lex.content_categories or _cautions_of_a_possibility(rule, decision, lex):
            _fold_content(tok, folded, lex)  # what a caution warns of could happen: no statement either
        for clause in told_how(tok, lex):  # "told Gordon Brown how to attack the Tories": explained, not done
            _fold(clause, folded)
        _fold_asked(pred, rule, decision, folded, lex)  # "called on Mr Hockney to quit": asked, not done (fix77)
        if rule == REQUESTED:  # "said Blair must resign and apologise": the acts it shares its modal with are asked too
            for c in tok.children:
                if c.dep == "conj" and child(c, "nsubj", "nsubjpass") is None:
                    _fold(c, folded)
        if rule == "commercial-deal":
            for c in decision.cue[1].children:
                if c.dep in ("acl", "relcl"):
                    _fold(c, folded)
        out.append((pred, rule, decision))
    for tok in sent.tokens:
        if tok.i not in consumed and tok.i not in index and (_event_noun(tok, lex) or undergone(tok, lex)):
            noun = Predicate(tok, "noun", kinds=kinds)
            rule, decision = classify(noun, lex)
            if decision.category is not None:
                _fold_asked(noun, rule, decision, folded, lex)  # "repeated calls for the mayor to apologise"
                out.append((noun, rule, decision))
    return out, folded


def _frame_only(pred: Predicate, decision: Decision, rule: str, lex: PloverLexicon) -> bool:
    """An unclassified verb that only frames another action makes no statement."""
    if decision.category is not None or rule == "not-event":
        return False
    if rule == "assent":
        return True  # "agreed that ...": frames an opinion, like "said that ..."
    tok = pred.tok
    if pred.kind == "noun":
        return True
    return lemma(tok) in lex.frame_verbs or lemma(tok) in lex.light_verbs or any(c.dep == "xcomp" for c in tok.children)


def _content_patients(verb: Tok, index: Context, lex: PloverLexicon) -> list[Found]:
    for c in verb.children:
        if c.dep not in ("xcomp", "ccomp") or not is_main_verb(c):
            continue
        found = object_actors(c, index) or prep_actors(c, CONTENT_PREPS, index)
        obj = child(c, "dobj")
        if not found and _event_noun(obj, lex):
            found = prep_actors(obj, CONTENT_PREPS, index)  # type: ignore[arg-type]
        if found:
            return relabel(found, "content")
    return []


def _deal_parties(deal: Tok, index: Context) -> list[Found]:
    """The other party named in a deal's terms ("a deal to supply Peugeot", "to import gas from Iran")."""
    for c in deal.children:
        if c.dep in ("acl", "relcl") and is_main_verb(c):
            found = object_actors(c, index) or prep_actors(c, CONTENT_PREPS, index)
            if found:
                return relabel(found, "deal-terms")
    return []


def _noun_patients(pred: Predicate, preps: tuple[str, ...], index: Context, lex: PloverLexicon) -> list[Found]:
    tok = pred.tok
    verb = tok.head if tok.dep == "dobj" and pred.light is None else None
    receiver = verb is not None and receives(tok, verb, index)
    if receiver or lemma(tok) in lex.giver_nouns:
        preps = tuple(p for p in preps if p != "from")  # "faced opposition from X": X gives it, no patient
    # "has the support of the Mayor": the of-phrase of a held noun gives it (narr22), as a doer noun's does
    giver_of = lemma(tok) in lex.doer_nouns or (receiver and lemma(tok) in index.held_nouns) or held_of(tok, index)
    # fix71: "the threat of legal action from Yukos": an of-phrase naming an act is what is threatened, no patient
    content = prep_object(tok, ("of",))
    giver_of = giver_of or (lemma(tok) in lex.giver_nouns and content is not None and _event_noun(content[1], lex))
    found = prep_actors(tok, preps if giver_of else (*preps, "of"), index) or suffering_owners(tok, index)
    if not found and pred.light is not None and preps:
        found = prep_actors(pred.light, preps, index)
    # "bombardments of the capital and the headquarters of X": a conjunct that is no event
    # continues the prepositional object the parser attached it past
    for c in tok.children:
        if c.dep == "conj" and not _event_noun(c, lex) and any(p.dep == "prep" for p in tok.children if p.i < c.i):
            found.extend(relabel(actors_of(c, index, ""), "coordinated-object"))
    if not found and receiver:
        found = relabel(agents_of(verb, index), "receiver")  # type: ignore[arg-type]  # "The BBC received 47,000 complaints": the BBC
        # narr22: an actor of the verb's own subject found after the noun is a misread apposition ("The line has the
        # support of the Mayor of London, Ken Livingstone, ...": Livingstone gives the support, he does not get it);
        # a participle's subject comes after it ("Facing stern criticism ..., the FDA said": the FDA)
        if any(c.dep == "nsubj" and c.i < verb.i for c in verb.children):  # type: ignore[union-attr]
            after = {m.mention_id for i, m in index.index.items() if i > tok.i}
            found = [f for f in found if f.mention_id not in after]
    return found


def _patients(pred: Predicate, rule: str, decision: Decision, index: Context, lex: PloverLexicon) -> list[Found]:
    tok, category = pred.tok, decision.category
    preps = lex.patient_preps.get(category, ()) if category else ()
    if pred.kind == "noun":
        found = _noun_patients(pred, preps, index, lex)
        # whom a call, a demand or an appeal asks: "renewed demands for X to resign", "an appeal for X to" (fix80)
        asks = category == lex.appeals.category or lemma(tok) in lex.appeals["nouns"]
        return found or (called_on(tok, index, lex) if asks else [])
    if category is not None and category == lex.military.category:
        # the units moved are the agent's own, not its target: "massed troops on the Ukrainian border"
        return prep_actors(tok, preps, index) or next(
            (found for t in object_heads(tok) if (found := prep_actors(t, preps, index))), []
        )
    obj = child(tok, "dobj")
    if obj is not None and lemma(obj) in lex.place_nouns and "from" in preps:
        found = prep_actors(tok, ("from",), index)  # "recaptured the town of X from Y"
        if found:
            return found
    found = object_actors(tok, index)
    if found or category is None or rule == DIRECTED:
        return found  # the one told is asked, not who its infinitive names ("told the hospital to call the IOC")
    found = prep_actors(tok, preps, index) or _addressee(rule, decision.cue, index)
    if not found and obj is not None:
        noun_category = lex.nouns.get(lemma(obj)) or category
        found = prep_actors(obj, lex.patient_preps.get(noun_category, preps), index)
    if not found and obj is not None and rule == "commercial-deal":
        found = _deal_parties(obj, index)
    if not found and category in lex.complement_subject_categories:
        found = complement_subject(tok, index)
    if not found and category == lex.appeals.category:
        found = called_on(tok, index, lex)  # "called for Ms Hutt's removal", "called for X to hold" (fix73)
    if not found and category in lex.content_categories:
        found = _content_patients(tok, index, lex)
    if not found and rule == "leave-relation":
        found = _relation_parties(decision.cue, index, lex)
    condition = promise_condition(tok, lex) if not found and rule == "conditional-threat" else None
    if condition is not None:
        found = relabel(agents_of(condition, index), "condition")  # "would strike unless the board ..." (fix74)
    return found


def _addressee(rule: str, cue: list[Tok], index: Context) -> list[Found]:
    """Whom an act is addressed to when its cue is a verb with the preposition "to" ("will protest to the
    IRB", "complained to the BBC"): the object of that preposition. An actor the complaint is about is the
    patient, not the body it is made to ("complained to the UN about Rwanda": Rwanda; review22)."""
    if rule != "verb-particle" or len(cue) < 2 or cue[-1].lower != "to" or cue[-1].dep != "prep":
        return []
    verb = cue[-1].head
    target = prep_actors(verb, ("about",), index) if verb is not None and verb is not cue[-1] else []
    if target:
        return target
    pobj = child(cue[-1], "pobj")
    return actors_of(pobj, index, "addressee") if pobj is not None else []


def _relation_parties(cue: list[Tok], index: Context, lex: PloverLexicon) -> list[Found]:
    """The other party of a relation left ("pulled out of an agreement to buy Fiat", "withdrew from talks
    with Iran", "quit the coalition with the Greens"): the relation noun's with/between-phrase or an
    actor its terms name. A left actor itself is the verb's object or from-phrase, found before."""
    noun = cue[-1] if len(cue) > 1 else None
    if noun is None or noun.pos not in ("NOUN", "PROPN"):
        return []
    block = lex.leaving["relation_nouns"]
    if lemma(noun) not in block and noun.lower not in block:
        return []
    found = prep_actors(noun, ("with", "between"), index)
    return relabel(found, "relation-party") if found else relabel(_deal_parties(noun, index), "relation-party")


def _agents(pred: Predicate, category: str | None, index: Context, lex: PloverLexicon) -> list[Found]:
    tok = pred.tok
    if pred.kind == "noun":
        found = noun_agents(tok, index, pred.light)
        return callers(tok, found, index, lex) if lemma(tok) in lex.appeals["nouns"] else found
    found = agents_of(tok, index)
    units = lex.military["nouns"]
    if not found and category == lex.military.category and any(lemma(t) in units for t in object_heads(tok)):
        found = relabel(object_actors(tok, index), "own-forces")  # "a company of UK troops was put on standby"
    return found


def _background(pred: Predicate, agents: list[Found]) -> bool:
    """A participle that only describes a noun, with no agent of its own ("the banned steroid", "a
    seized cargo ship", "men indefinitely detained"), is background, not a statement."""
    tok = pred.tok
    return pred.kind == "verb" and tok.dep in ("amod", "acl") and tok.tag == "VBN" and not agents


def _restated(pred: Predicate, decision: Decision, verb_classes: dict[int, str | None]) -> bool:
    """An event noun in a prepositional phrase of a verb of the same class restates the verb's act
    ("arrested 224 people in a crackdown", "were killed in an attack"): no statement of its own."""
    tok = pred.tok
    prep = tok.head if pred.kind == "noun" and pred.light is None and tok.dep == "pobj" else None
    verb = prep.head if prep is not None and prep.dep == "prep" else None
    return verb is not None and decision.category is not None and verb_classes.get(verb.i) == decision.category


def _negated(pred: Predicate, lex: PloverLexicon, index: Context) -> bool:
    """`is_negated`, and for an event noun a receiving or holding verb governs, that verb's negation: "He doesn't
    have a single endorsement from the Blue Dogs", "did not receive support from X" (narr22)."""
    tok = pred.tok
    if is_negated(tok, lex, pred.light) or _neither(pred.light or tok if pred.kind == "noun" else tok, lex):
        return True
    verb = tok.head if pred.kind == "noun" and pred.light is None and tok.dep == "dobj" else None
    return verb is not None and receives(tok, verb, index) and is_negated(verb, lex)


def _neither(verb: Tok, lex: PloverLexicon) -> bool:
    """A word of `pair_negators` on the verb or the verb it is joined to ("Russia neither attacked nor threatened
    Georgia"), on its subject ("Neither Russia nor China supports the resolution") or on its object ("met neither
    Russia nor China"): the act is denied of each (fix74)."""
    heads = [verb, verb.head] if verb.dep == "conj" and verb.head is not None else [verb]
    words = [*heads, *(c for c in verb.children if c.dep in ("nsubj", "nsubjpass", "dobj"))]
    return any(c.dep in ("preconj", "det") and c.lower in lex.pair_negators for w in words for c in w.children)


def sentence_drafts(sent: Sent, claims: list[ClaimRecord], index: Context, lex: PloverLexicon) -> list[Draft]:
    drafts = []
    preds, folded = _predicates(sent, lex, index)
    verb_classes = {p.tok.i: d.category for p, _, d in preds if p.kind == "verb"}
    reported = report_contents(sent.tokens, lex)  # "dismissed reports he would quit": no act asserted (fix99)
    for pred, rule, decision in preds:
        tok = pred.tok
        claim = _claim_at(tok, claims)
        if claim is None or tok.i in folded or _frame_only(pred, decision, rule, lex):
            continue
        if tok.i in reported and _claim_at(reported[tok.i], claims) is claim:
            continue
        if _restated(pred, decision, verb_classes) or _received_from_a_giver(pred, decision, index, lex):
            continue
        asked = request_roles(tok, rule, lex, index)  # a request's asker and asked (narr37)
        agents = asked[0] if asked is not None else _agents(pred, decision.category, index, lex)
        if _background(pred, agents):
            continue
        patients = asked[1] if asked is not None else _patients(pred, rule, decision, index, lex)
        if decision.category in lex.mutual_categories and len(agents) > 1 and not patients:
            patients = relabel(agents, "mutual")  # "Russia and Belarus held joint exercises"
        if not agents and not patients:
            continue
        # the negation made the threat; a requested act's is what is asked ("said Google should not be penalised");
        # a denied or disbelieved clause's act is negated ("denied that he met him", "I do not believe X supports"),
        # and so is a request under one: "I don't think he should resign" asks nothing of him (fix77)
        if rule == REQUESTED:
            negated = request_denied(tok, lex)
        else:
            negated = (_negated(pred, lex, index) or denied_act(pred, lex)) and rule != "not-ruled-out"
        rule, decision = unasserted(pred, rule, decision, lex)  # "if Iran attacks", "must be ratified" (narr37)
        drafts.append(Draft(claim, pred, rule, decision, agents, patients, negated))
    return drafts


def _pairs(agents: list[Found], patients: list[Found]) -> list[tuple[Found | None, Found | None]]:
    """One (agent, patient) pair per combination; an actor is never its own patient."""
    pairs: list[tuple[Found | None, Found | None]] = []
    for a in agents or [None]:
        targets = [p for p in patients if a is None or p.actor_id != a.actor_id]
        for p in targets or [None]:
            if (a, p) not in pairs:
                pairs.append((a, p))
    return pairs


HYPHENS = frozenset({"-", "\u2010", "\u2011"})


def _hyphenated(tok: Tok, tokens: Mapping[int, Tok]) -> Tok | None:
    """The word a verb's token is the prefix of, glued to it by a hyphen ("co-written", "re-elected", "pre-empt",
    "co-operate": the tokenizer splits them and the tagger makes the prefix the verb; narr25: m56 BBC 28 rows with
    the action "co", "re" or "pre"): the action is the whole word. `tokens`: the article's tokens by index."""
    hyphen, word = tokens.get(tok.i + 1), tokens.get(tok.i + 2)
    if tok.space_after or hyphen is None or word is None:
        return None
    if hyphen.text not in HYPHENS or hyphen.space_after or not word.text.isalpha():
        return None
    return word


def _prefixed(tok: Tok, tokens: Mapping[int, Tok], prefixes: frozenset[str]) -> Tok | None:
    """The prefix glued by a hyphen before a verb's token when the tagger made the last part the verb ("co-hosted
    by", "is co-operating", "re-drafted": m58 BBC 23 rows, web 6, spanned and classed as the last part alone; review53's
    strict xfail): one of `hyphen_prefixes` only ("well-beaten", "US-funded" are no verbs of their own). When the
    tagger made the prefix a verb too, both rows are the whole word's ("he would co-operate fully with prosecutors":
    "co" has the subject, "operate" the with-phrase), and a row the other repeats is dropped (`_distinct`; narr28)."""
    hyphen, prefix = tokens.get(tok.i - 1), tokens.get(tok.i - 2)
    if hyphen is None or prefix is None or prefix.space_after or hyphen.space_after or hyphen.text not in HYPHENS:
        return None
    return prefix if prefix.lower in prefixes else None


def _hyphen_parts(tok: Tok, tokens: Mapping[int, Tok], prefixes: frozenset[str]) -> tuple[Tok, Tok] | None:
    """The first and last token of the hyphenated word a verb's token is part of (`_hyphenated`: the verb is the
    prefix; `_prefixed`: the verb is the last part), else None."""
    word = _hyphenated(tok, tokens)
    if word is not None:
        return tok, word
    prefix = _prefixed(tok, tokens, prefixes)
    return (prefix, tok) if prefix is not None else None


def _hyphenated_lemma(tok: Tok, word: Tok) -> str:
    """The lemma of a hyphenated verb, the one the lexicon is searched for ("co-operate", whose class the lexicon
    gives; "re-sell", which `verb_prefixes` classes as "sell"; review53: narr25 classed the prefix alone)."""
    return f"{tok.lower}-{lemma(word)}"


ROW_KEY = (
    "claim_id",
    "action_start",
    "action_end",
    "agent_actor_id",
    "patient_actor_id",
    "action_lemma",
    "action_class",
)


def _distinct(rows: list[dict]) -> list[dict]:
    """The rows without one an earlier row repeats in `ROW_KEY` and negation: the two parts of a hyphenated verb both
    tagged verbs give the whole word's row twice ("co-operate"; narr28)."""
    seen: set[tuple] = set()
    out = []
    for row in rows:
        key = (*(row[k] for k in ROW_KEY), row["negated"])
        if key not in seen:
            seen.add(key)
            out.append(row)
    return out


def draft_records(
    article: ParsedArticle, drafts: list[Draft], lex: PloverLexicon, tokens: Mapping[int, Tok]
) -> list[StatementRecord]:
    rows = []
    for d in drafts:
        tok = d.pred.tok
        parts = _hyphen_parts(tok, tokens, lex.hyphen_prefixes) if d.pred.kind == "verb" else None
        first, last = parts or (tok, tok)
        if d.rule == REQUESTED and tok in (d.decision.cue[1].head, *d.decision.cue[1].children):
            first = min(d.decision.cue[:2], key=lambda t: t.i)  # its own "should back", "needed to explain"
        action_lemma = d.decision.lemma or (_hyphenated_lemma(*parts) if parts is not None else lemma(tok))
        cue = d.decision.cue
        cue_start = min(t.start for t in cue) if cue else None
        cue_end = max(t.end for t in cue) if cue else None
        for agent, patient in _pairs(d.agents, d.patients):
            rows.append(
                {
                    "claim_id": d.claim.claim_id,
                    "article_id": article.article_id,
                    "sentence_id": d.claim.sentence_id,
                    "agent_actor_id": agent.actor_id if agent else None,
                    "agent_mention_id": agent.mention_id if agent else None,
                    "agent_rule": agent.rule if agent else None,
                    "action_lemma": action_lemma,
                    "action_text": normalize_text(article.text[first.start : last.end]),
                    "action_start": first.start,
                    "action_end": last.end,
                    "action_class": d.decision.category,
                    "quad_class": lex.quad_of(d.decision.category),
                    "patient_actor_id": patient.actor_id if patient else None,
                    "patient_mention_id": patient.mention_id if patient else None,
                    "patient_rule": patient.rule if patient else None,
                    "negated": d.negated,
                    "class_rule": d.rule,
                    "class_cue": normalize_text(article.text[cue_start:cue_end]) if cue_start is not None else None,
                    "class_cue_start": cue_start,
                    "class_cue_end": cue_end,
                }
            )
    rows = _distinct(rows)
    rows.sort(
        key=lambda r: (r["action_start"], r["agent_actor_id"] or "", r["patient_actor_id"] or "", r["action_lemma"])
    )
    return [StatementRecord(statement_id=f"{article.article_id}:t{k:04d}", **row) for k, row in enumerate(rows)]


def extract_article(
    article: ParsedArticle, mentions: list[MentionRecord], claims: list[ClaimRecord], lex: PloverLexicon
) -> list[StatementRecord]:
    index = article_context(article, mentions, lex)
    quoted = quoted_tokens(article)
    types = article_types(mentions)  # each actor's type in the article, voted once for every pronoun rule
    speakers = speaker_pronouns(
        article,
        mentions,
        claims,
        lex.speaker_pronouns,
        lex.speaker_group_pronouns,
        quoted,
        lex.speech_verbs,
        types,
        index.index,
        lex.bygone_modifiers,
        SharedWe(
            lex.shared_we_nouns,
            lex.shared_we_phrases,
            lex.inclusive_we_words,
            lex.market_we_roles,
            lex.market_we_view_verbs,
        ),
    )
    claimers = claimer_pronouns(article, mentions, claims, index.pronouns, index.index, types)
    index = replace(
        index,
        claimer_pronouns=claimers,
        speaker_pronouns=speakers,
        quoted=quoted,
        lone_persons=lone_persons(
            article,
            mentions,
            lex.lone_person_pronouns,
            quoted,
            lex.genders,
            lex.owned,
            index.index,
            types,
            lex.light_verbs,
            claimers,
            index.person_nouns,
            NewPersonWords(
                lex.owned_person_nouns | lex.owned_female_nouns | lex.owned_male_nouns | lex.origin_nouns,
                lex.descriptor_nouns,
            ),
        ),
        lone_bodies=lone_bodies(
            article,
            mentions,
            lex.lone_body_pronouns,
            quoted,
            lex.dummy_subject_verbs,
            lex.work_verbs,
            index.index,
            lex.that_clause_verbs,
            types,
        ),
    )
    index = replace(index, quote_claimers=quote_claimers(article, claims, quoted, index))  # fix74
    by_sentence: dict[str, list[ClaimRecord]] = defaultdict(list)
    for c in sorted(claims, key=lambda c: c.start):
        by_sentence[c.sentence_id].append(c)
    drafts: list[Draft] = []
    for sent in article.sents:
        sent_claims = by_sentence.get(sent.sentence_id)
        if not sent_claims or not any(t.i in index for t in sent.tokens):
            continue
        drafts.extend(sentence_drafts(sent, sent_claims, index, lex))
    return draft_records(article, drafts, lex, index.tokens)


def extract_statements(
    articles: list[ParsedArticle], mentions: list[MentionRecord], claims: list[ClaimRecord], lex: PloverLexicon
) -> list[StatementRecord]:
    by_article_m: dict[str, list[MentionRecord]] = defaultdict(list)
    for m in mentions:
        by_article_m[m.article_id].append(m)
    by_article_c: dict[str, list[ClaimRecord]] = defaultdict(list)
    for c in claims:
        by_article_c[c.article_id].append(c)
    out: list[StatementRecord] = []
    for article in sorted(articles, key=lambda a: a.article_id):
        out.extend(
            extract_article(
                article, by_article_m.get(article.article_id, []), by_article_c.get(article.article_id, []), lex
            )
        )
    return out


__all__ = ["COMPONENT", "actors_of", "extract_article", "extract_statements"]
