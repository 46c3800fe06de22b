"""PLOVER classes of actions: an ordered registry of named rules over the parsed predicate.

Each rule looks at one thing (the verb's particle or preposition, its object noun, whether it has
an object, its lemma; an event noun's object, modifier or lemma; for the rules of the lexicon's
blocks, what is left, what deal is struck, which units move, what is promised) and either decides
the class (a category, or none for a pair listed as no event) with the cue tokens that decided it,
or abstains. The first rule that decides wins; its name is recorded on the statement.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

from ..parsed import Tok
from ..syntax import active_subject, child, is_passive, lemma, prep_object
from .arguments import is_negated
from .lexicon import Block, PloverLexicon
from .predicates import (
    KINDS,
    RELATIVE_PRONOUNS,
    Decision,
    Predicate,
    Rule,
    action_lemma,
    clause_marks,
    governing_subject,
    has_object,
    object_heads,
    object_keys,
)
from .requests import DIRECTED, directed, wanted

QUESTION_WORDS = {"if", "whether", "what", "who", "why", "how", "when", "where", "which"}
# the prepositions of what a question is about: an infinitive inside is a noun's, not what is asked for ("was asked
# about plans to raise taxes", "asked him about his decision to resign"; fix67, review66 8)
TOPIC_PREPS = frozenset({"about", "on", "over", "regarding", "concerning"})
# a promise of one of these is a concession (the codebook's CONCEDE: "promises of future concessions")
PROMISE, YIELDING, CONCESSION = "AGREE", ("CONCEDE", "RETREAT"), "CONCEDE"
MIN_UNPREFIXED = 5  # "recaptured" -> capture; not "refund" -> fund, "remove" -> move


VERB, NOUN = frozenset({"verb"}), frozenset({"noun"})  # a rule's kinds of predicate (`Rule.kinds`)


# the dependents that make a market noun a countable act: "the demand", "Lee's demand", "a $27.5bn tax demand"
COUNTED_DEPS = frozenset({"det", "poss", "nummod", "predet"})


def market_quantity(noun: Tok, lex: PloverLexicon) -> bool:
    """A market noun said as a mass noun, singular with no determiner, possessive or number: a quantity of a
    market ("a booming economy boosted demand", "US demand for heating oil", "California ISO forecast electricity
    demand"), no act of asking (narr20). A light verb's noun is an act ("made the demand"), and a noun modifying another
    is none ("Chefs ... demand assurances", a headline's verb the tagger read as a noun)."""
    return (
        lemma(noun) in lex.market_nouns
        and noun.tag == "NN"
        and noun.dep != "compound"
        and not any(c.dep in COUNTED_DEPS for c in noun.children)
    )


def characterising_verb(noun: Tok, lex: PloverLexicon) -> Tok | None:
    """The verb under which a noun of `characterised_nouns` describes the subject, no act of it ("Trump, who represents
    a real threat to democracy", "they are now the real threat to Labour", "posed a threat to UKIP", "is seen as a
    threat": fix71, review68 finding 3): its object or complement, or the object of "as" on it."""
    if lemma(noun) not in lex.characterised_nouns or noun.head is None:
        return None
    head = noun.head
    if noun.dep == "pobj" and head.lower == "as" and head.head is not None:
        head = head.head
    elif noun.dep not in ("dobj", "attr", "oprd"):
        return None
    return head if lemma(head) in lex.characterising_verbs else None


def not_event(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    if pred.kind != "verb":
        n = lemma(pred.tok)
        for c in pred.tok.children:
            if c.dep in ("amod", "compound", "nmod") and (lemma(c), n) in lex.not_events:
                return Decision(None, [c, pred.tok], f"{lemma(c)} {n}")  # "heart attack"
        if pred.light is None and market_quantity(pred.tok, lex):
            return Decision(None, [pred.tok], n)
        verb = characterising_verb(pred.tok, lex) if pred.light is None else None
        return Decision(None, [verb, pred.tok], f"{lemma(verb)} {n}") if verb is not None else None
    v = pred.key
    # an adjective complement too: "pleaded not guilty" is a plea in court, no request
    complements = [c for c in pred.tok.children if c.dep in ("acomp", "oprd")]
    for t in pred.object_words + pred.particles + complements:
        if (v, lemma(t)) in lex.not_events or (v, t.lower) in lex.not_events:
            return Decision(None, [pred.tok, t], f"{v} {lemma(t)}")
    return None


def financed_venture(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """A verb of `funding_verbs` whose object, passive subject or participle's noun (`object_heads`) is a work or a
    venture (`authored_nouns`, `venture_nouns`), or an "it" standing for one (`governing_subject`: "The World War I
    drama was ruled too American as it was partially backed by Warner Bros."; fix86, review72 finding 11's left),
    backs it with money or trade, no political support or aid ("a DVD
    technology backed by Sony", "a project funded by the European Union", "to fund a cash bid"): unclassified (fix83,
    review72 finding 11); backing an actor or an actor's own venture stays ("MCI's directors have backed Verizon",
    "Labour's bid was backed by the unions")."""
    if pred.kind != "verb" or pred.key not in lex.funding_verbs:
        return None
    for head in object_heads(pred.tok):
        # "as it was partially backed by Warner Bros.": "it" the film the clause above is about (fix86)
        t = governing_subject(head) or head if head.lower == "it" else head
        word = lemma(t)
        owned = any(c.dep == "poss" and c.i in pred.kinds for c in t.children)  # "Labour's bid": the party backed
        if not owned and (word in lex.venture_nouns or word in lex.authored_nouns):
            return Decision(None, [pred.tok, t], f"{pred.key} {word}")
    return None


# the clauses inside an action's own phrase: what it is done for, not where ("met representatives ... to arrange the
# fixture schedule", an adverbial clause or one on the object)
OWN_CLAUSES = frozenset({"advcl", "xcomp", "ccomp", "acl", "relcl"})


def fixture(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """A sport fixture is no consultation (narr23): a verb of `fixture_verbs` or a noun of `fixture_nouns` whose
    sentence holds a word of `fixture_words` that is no verb ("Rangers visit Kilmarnock" when "this weekend's games"
    are named, "Chelsea meet Barcelona in the Champions League", "Celtic's Boxing Day meeting with Hearts and their
    2 January fixture") is a match, no event; hosting a tournament is no consultation either. Words inside a clause of
    the action's own phrase ("met representatives ... to arrange the fixture schedule": a meeting) and inside an
    actor's name ("the Arab League") do not count. The row stays, unclassified; a noun makes none."""
    words = lex.fixture_verbs if pred.kind == "verb" else lex.fixture_nouns
    if pred.key not in words and lemma(pred.tok) not in words:
        return None
    ancestors = pred.tok.ancestors()
    root = ancestors[-1] if ancestors else pred.tok
    own = {t.i for c in pred.tok.subtree() if c.dep in OWN_CLAUSES and c is not pred.tok for t in c.subtree()}
    for t in root.subtree():
        if t.i in own or t.i in pred.kinds:
            continue
        if t.pos not in ("VERB", "AUX") and t.lower in lex.fixture_words:  # not "match the performance", "seeded"
            return Decision(None, [pred.tok, t], pred.key)
    return None


def _clause_subject(verb: Tok) -> Tok | None:
    """The verb's subject, or the subject of the verb it is conjoined to ("shut ... and has withdrawn")."""
    node = verb
    for _ in range(4):
        subject = active_subject(node)
        if subject is not None or node.dep != "conj" or node.head is None:
            return subject
        node = node.head
    return None


def leave_relation(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """Leaving a relation rather than a territory: withdrawing from talks or a deal, quitting a party,
    an organisation pulling out of a country (the codebook's SANCTION), unless troops move."""
    if pred.kind != "verb":
        return None
    block, tok = lex.leaving, pred.tok
    cue = [tok] if pred.key in block["verbs"] else None
    for t in pred.particles if cue is None else ():
        if f"{pred.key} {t.lower}" in block["verbs"]:
            cue = [tok, t]
            break
    if cue is None:
        return None
    subject = _clause_subject(tok)
    hit = prep_object(tok, ("from", "of")) or next((h for t in cue[1:] if (h := prep_object(t, ("from", "of")))), None)
    left = [*object_heads(tok), *([hit[1]] if hit else [])]
    military = lex.military["nouns"]
    if any(lemma(t) in military for t in [*left, *([subject] if subject is not None else [])]):
        return None
    words = " ".join(t.lower for t in cue)
    for t in left:
        if (
            lemma(t) in block["relation_nouns"]
            or t.lower in block["relation_nouns"]
            or pred.kinds.get(t.i) in block["left_types"]
        ):
            return Decision(block.category, [*cue, t], words)
    if subject is not None and pred.kinds.get(subject.i) in block["leaver_types"]:
        return Decision(block.category, cue, words)
    return None


def _act_category(noun: Tok, lex: PloverLexicon) -> str | None:
    """The class of the act a noun names: an event noun ("military action") or the lemma of a verb
    cue ("a strike", "an attack")."""
    n = lemma(noun)
    for c in noun.children:
        if c.dep in ("amod", "compound") and (lemma(c), n) in lex.noun_pairs:
            return lex.noun_pairs[(lemma(c), n)]
    return lex.nouns.get(n) or lex.intransitive.get(n) or lex.verbs.get(n)


def not_ruled_out(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """Not ruling out a conflict act is a threat of it ("did not rule out a strike", "would not
    exclude military action"); the statement is then not negated."""
    if pred.kind != "verb" or not is_negated(pred.tok, lex):
        return None
    block, tok = lex.unexcluded, pred.tok
    cue = [tok] if pred.key in block["verbs"] else None
    for t in pred.particles if cue is None else ():
        if f"{pred.key} {t.lower}" in block["verbs"]:
            cue = [tok, t]
    obj = next(iter(object_heads(tok)), None)
    if cue is None or obj is None or lex.quad_of(_act_category(obj, lex)) not in block["act_quads"]:
        return None
    return Decision(block.category, [*cue, obj], f"not {' '.join(t.lower for t in cue)} {lemma(obj)}")


# the modals of a promise and the marks of the condition that makes it a threat ("would take disciplinary action
# unless she could prove ...", "will launch military action if ..."; fix67, review66 10); not "could", "may": a
# possibility, no promise
PROMISING_MODALS = frozenset({"would", "will", "'ll", "'d", "shall"})
CONDITION_MARKS = frozenset({"unless", "if"})


def conditional_threat(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """An act of one of `unexcluded.act_quads` named by a light verb's noun, promised with "would" or "will" on a
    condition ("unless", "if") hung on the light verb, is a threat of it, as not ruling it out is (`not_ruled_out`):
    "AK insisted it would take disciplinary action unless she could prove she was really injured"; the plain promise
    ("said it would take disciplinary action") stays the act."""
    light = pred.light
    if pred.kind != "noun" or light is None or promise_condition(light, lex) is None:
        return None
    if lex.quad_of(_act_category(pred.tok, lex)) not in lex.unexcluded["act_quads"]:
        return None
    return Decision(lex.unexcluded.category, [light, pred.tok], f"{lemma(light)} {lemma(pred.tok)} (conditional)")


def promise_condition(verb: Tok, lex: PloverLexicon) -> Tok | None:
    """The "unless" / "if" clause of a verb promised with "would" or "will" (`PROMISING_MODALS`), not negated and not
    negated ("would take disciplinary action unless ...", "would strike unless ..."): the condition's verb."""
    if is_negated(verb, lex):
        return None
    if not any(c.dep == "aux" and c.lower in PROMISING_MODALS for c in verb.children):
        return None
    marked = (
        c
        for c in verb.children
        if c.dep == "advcl" and any(g.dep == "mark" and g.lower in CONDITION_MARKS for g in c.children)
    )
    return next(marked, None)


def threatened(pred: Predicate, decision: Decision, lex: PloverLexicon) -> Decision | None:
    """A verb's act of one of `unexcluded.act_quads` promised on a condition is a threat of it, as a light verb's noun
    is (`conditional_threat`; fix74): "the union would strike unless the offer improves", "staff will walk out if
    the cuts go ahead", "we will attack them if they advance"; None for any other decision."""
    category = decision.category
    if pred.kind != "verb" or category is None or category == lex.unexcluded.category:
        return None
    threat = lex.quad_of(category) in lex.unexcluded["act_quads"] or category in lex.conditional_threat_categories
    if not threat or is_passive(pred.tok):
        return None  # "would be attacked if ...": whose threat the passive does not say
    if promise_condition(pred.tok, lex) is None:
        return None
    return Decision(lex.unexcluded.category, [*decision.cue], f"{decision.lemma} (conditional)")


def verb_particle(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    if pred.kind != "verb":
        return None
    v = pred.key
    for t in [*pred.particles, *clause_marks(pred.tok)]:  # "asked for X to apologise": "for" the clause's mark
        if t.lower in lex.objectless_particles and has_object(pred.tok):
            continue  # "mobilized troops behind the border": where they went, no "mobilize behind"
        category = lex.particles.get((v, t.lower))
        if category:
            return Decision(category, [pred.tok, t], f"{v} {t.lower}")
    return None


def _commercial(noun: Tok, party: Tok | None, pred: Predicate, lex: PloverLexicon) -> bool:
    """A deal of trade rather than politics: commercial words or a money amount before the noun, a
    commercial verb or word in its complement ("a deal to supply", "an agreement on trade"), or a
    company among its parties."""
    block = lex.deals
    before = [t for c in noun.children if c.i < noun.i for t in c.subtree()]
    if any(lemma(t) in block["commercial_words"] or t.tag == "$" for t in before):
        return True
    for c in noun.children:
        if c.dep in ("acl", "relcl") and lemma(c) in block["commercial_verbs"]:
            return True
        pobj = child(c, "pobj") if c.dep == "prep" and c.lower in ("on", "for", "over") else None
        if pobj is not None and (lemma(pobj) in block["commercial_words"] or lemma(pobj) in block["commercial_verbs"]):
            return True
    hit = prep_object(noun, ("with",)) or (prep_object(pred.tok, ("with",)) if pred.kind == "verb" else None)
    parties = [t for t in (party, hit[1] if hit else None) if t is not None]
    return any(pred.kinds.get(t.i) in block["party_types"] for t in parties)


def commercial_deal(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """Signing, striking or announcing a commercial deal is material cooperation (the codebook keeps
    SUPPORT for political, diplomatic and non-material agreements)."""
    block, tok = lex.deals, pred.tok
    if pred.kind != "verb" or pred.key not in block["verbs"]:
        return None
    noun = next((t for t in object_heads(tok)[:1] if lemma(t) in block["nouns"]), None)
    if noun is None or not _commercial(noun, active_subject(tok), pred, lex):
        return None
    return Decision(block.category, [tok, noun], f"{pred.key} {lemma(noun)}")


def unnamed_debtor(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """'Lloyds TSB wrote off the debt as unrecoverable': a debt written off, cancelled or forgiven with nobody named
    whose debt it is is the lender's accounting loss, no aid (no event); debt relief names its debtor somewhere after
    the verb: a possessive noun ("80% of the country's debts"), a proper name ("Iraq's debt", "Zambia"), or a phrase
    of `write_offs.debtor_preps` ("the debts of the poorest nations", "money owed with ...", review22)."""
    block, tok = lex.write_offs, pred.tok
    if pred.kind != "verb" or pred.key not in block["verbs"]:
        return None
    noun = next((t for t in pred.object_words if lemma(t) in block["nouns"]), None)
    if noun is None:
        return None
    subject = active_subject(tok)
    said_of = {t.i for t in subject.subtree()} if subject is not None else set()
    for t in tok.subtree():
        if t.i in said_of or t.i == tok.i:
            continue
        if t.tag in ("NNP", "NNPS") or (t.dep == "poss" and t.tag != "PRP$"):
            return None
        if t.dep == "prep" and t.lower in block["debtor_preps"] and child(t, "pobj") is not None:
            return None
    return Decision(None, [tok, noun], f"{pred.key} {lemma(noun)} (no debtor)")


def verb_object(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    if pred.kind != "verb":
        return None
    v = pred.key
    for t in pred.object_words:
        for key in object_keys(t):
            category = lex.verb_objects.get((v, key))
            if category:
                return Decision(category, [pred.tok, t], f"{v} {key}")
    return None


def _acted_on(verb: Tok) -> list[Tok]:
    """What a verb of an object block acts on (`object_heads`), with a relative pronoun read as the noun its clause
    hangs on ("George Galloway, who was suspended by Labour") and, for a verb with no object of its own, the object of
    the verb it is joined to ("to suspend or bar Mr Livingstone"; fix68, review66 4)."""
    heads = [
        verb.head if t.lower in RELATIVE_PRONOUNS and verb.dep == "relcl" and verb.head else t
        for t in object_heads(verb)
    ]
    if heads:  # and a second object the parser split off ("suspended the constituency Conservative association")
        return heads + [c for c in verb.children if c.dep == "dobj" and c not in heads]
    joined = [c for c in verb.children if c.dep == "conj" and c.pos == "VERB"]
    joined += [verb.head] if verb.dep == "conj" and verb.head is not None else []
    return next((found for c in joined if (found := object_heads(c))), [])


def _on_object(pred: Predicate, block: Block, lex: PloverLexicon) -> Decision | None:
    """A verb of an object block (`lexicon.OBJECT_BLOCKS`) carries the block's category only when what it acts on
    (`_acted_on`: the object's head, the subject of the passive) is a linked actor of `object_types` (a person
    pronoun, "suspended her", is a person: fix68) or a noun of `object_nouns`; on anything else it is no event (narr36,
    session 55). A name with an indefinite article is a modifier the parser made the head ("failed to recognise a House
    of Lords ruling"): its type does not count (review66 6)."""
    if pred.kind != "verb" or pred.key not in block["verbs"]:
        return None
    heads = _acted_on(pred.tok)
    named = not any(c.dep == "det" and c.lower in ("a", "an") for t in heads[:1] for c in t.children)
    for t in heads:
        person = t.tag == "PRP" and t.lower in lex.lone_person_pronouns
        kind = "person" if person else pred.kinds.get(t.i) if named else None
        word, phrase = _hyphen_word(t), _compound_word(t)
        if kind in block["object_types"] or lemma(t) in block["object_nouns"] or word in block["object_nouns"]:
            return Decision(block.category, [pred.tok, t], f"{pred.key} {word or lemma(t)}")
        if phrase in block["object_nouns"]:  # "the election result" (fix74)
            return Decision(block.category, [pred.tok, t], f"{pred.key} {phrase}")
    return Decision(None, [pred.tok], pred.key)


def _compound_word(tok: Tok) -> str:
    """The noun with the compound noun right before it ("the election result": "election result"; fix74), else ""."""
    before = next((c for c in tok.children if c.i == tok.i - 1 and c.dep == "compound"), None)
    return f"{lemma(before)} {lemma(tok)}" if before is not None else ""


def _hyphen_word(tok: Tok) -> str:
    """The hyphenated word a token ends, as the parser splits it ("runner - up": "runner-up"), else ""."""
    before = {c.i: c for c in tok.children}
    hyphen, first = before.get(tok.i - 1), before.get(tok.i - 2)
    return f"{first.lower}-{tok.lower}" if hyphen is not None and hyphen.tag == "HYPH" and first is not None else ""


def hosted(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """Hosting talks, a summit, a meeting, a visit or a visiting leader (`hosting`) is a consultation ("Britain will
    host the talks", "hosted the Chinese president"); hosting awards, a show, a forum or a fixture is no event ("The
    awards, which were hosted by Jack Dee", "Porto Alegre will host the rival World Social Forum", "went to NBC to host
    Crossover"; fix71, review68 finding 4: 6 of 6 corpus rows wrong)."""
    return _on_object(pred, lex.hosting, lex)


def seized_control(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """Taking control (`seizing`) is an assault only of a place (a noun of `place_nouns`, a named place, a state) by
    an armed or state actor or an unnamed one ("rebels took control of the town"); taking control of a company, a
    club, a scheme, the game or a devolved power is no event ("Glazer took control of Manchester United", "Agassi
    failed to take control", "the National Assembly taking control"; fix71, review68 finding 2: 14 of 14 corpus rows
    wrong)."""
    block = lex.seizing
    if pred.kind != "verb" or pred.key not in block["verbs"]:
        return None
    heads = object_heads(pred.tok)
    if not heads or lemma(heads[0]) not in block["nouns"]:
        return None
    places = [
        t
        for t in heads[1:]
        if lemma(t) in lex.place_nouns
        or t.ent_type.lower() in block["place_entities"]
        or pred.kinds.get(t.i) in block["place_types"]
    ]
    subject = active_subject(pred.tok)
    kind = pred.kinds.get(subject.i) if subject is not None else None
    cue = f"{pred.key} {lemma(heads[0])}"
    if places and (kind is None or kind in block["agent_types"]):
        return Decision(block.category, [pred.tok, heads[0]], cue)
    return Decision(None, [pred.tok, heads[0]], cue)


def recognised(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """Recognising a state, a government or a body is diplomatic recognition ("Britain recognised the new
    government"); recognising a person, a problem or an achievement is no event ("one in 10 recognised Charles
    Kennedy", "Staunton has again been recognised for her role", "the EC recognised Germany's fiscal policy was on the
    right track"; m64: 27 rows of "recognise" as SUPPORT, none of them recognition of a state or body). An as-phrase
    decides on its own (fix68, review66 5, 6): recognising anyone as a state or an office (`object_nouns`,
    `office_nouns`: "recognised Juan Guaido as interim president", "Kosovo as an independent state") is recognition,
    as anything else ("recognised as the winner", "as an authority on security") none; so is none an honour (a
    for-phrase of merit, "recognised the IAEA for its work", or an award as subject, "the prize recognised the UN")."""
    block, tok = lex.recognising, pred.tok
    if pred.kind != "verb" or pred.key not in block["verbs"]:
        return None
    hit = prep_object(tok, ("as",)) or next((h for t in object_heads(tok)[:1] if (h := prep_object(t, ("as",)))), None)
    if hit is not None:
        expert = any(c.dep == "prep" and c.lower in ("in", "on") for c in hit[1].children)  # "an authority on"
        office = not expert and (lemma(hit[1]) in block["object_nouns"] or lemma(hit[1]) in block["office_nouns"])
        return Decision(block.category if office else None, [tok, hit[1]], f"{pred.key} as {lemma(hit[1])}")
    subject = active_subject(tok)
    merit = prep_object(tok, ("for",))
    merit = merit if merit is not None and merit[0].i > tok.i else None  # not "For example, X recognises ..."
    if merit is not None or (subject is not None and lemma(subject) in block["award_nouns"]):
        return Decision(None, [tok, merit[1] if merit else subject], f"{pred.key} (honour)")
    return _on_object(pred, block, lex)


def suspended(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """Suspending a person is coercion, as the lexicon's received "suspension" is ("UKIP suspended a candidate",
    "Kenteris and Thanou were suspended by the IAAF"), and so is suspending a party or one of its bodies ("suspended
    the constituency association"); suspending a state is a sanction on its membership (`suspending_members`: "the
    Commonwealth suspended Zimbabwe", fix68, review66 3); suspending sales, shares or a plan is no event (suspending
    aid, talks or sanctions is decided before, by `verb_objects`)."""
    member = _on_object(pred, lex.suspending_members, lex)
    return member if member is None or member.category else _on_object(pred, lex.suspending, lex)


def military_move(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """A movement verb whose object (or, with none, subject) is a military unit: "sent two frigates",
    "Russian armoured units gathered", "ordered troops to march"."""
    block, tok = lex.military, pred.tok
    if pred.kind != "verb" or pred.key not in block["verbs"]:
        return None
    units = [t for t in object_heads(tok) if lemma(t) in block["nouns"]]
    mover = child(tok, "nsubj") if not has_object(tok) else None
    if not units and mover is None and tok.dep == "xcomp" and tok.head is not None:
        mover = child(tok.head, "dobj")  # "ordered troops to march"
    if not units and mover is not None and lemma(mover) in block["nouns"]:
        units = [mover]
    if not units:
        return None
    return Decision(block.category, [tok, units[0]], f"{pred.key} {lemma(units[0])}")


def _asks_a_question(verb: Tok) -> bool:
    """A clausal complement that is a question ("asked if ...", "asked what ...")."""
    for c in verb.children:
        if c.dep == "ccomp" and any(g.lower in QUESTION_WORDS and g.i < c.i for g in c.subtree()):
            return True
    return False


def caution(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """A warning that something could, may or might happen, where that something is no classified act,
    is a caution, no threat ("Lord Goldsmith warned Tony Blair that the Iraq war could be illegal",
    "warned Michael Howard the party could not win"); a warning of an act stays one ("warned Greece
    that Turkey would respond with force", "workers could strike ..., warn union leaders")."""
    tok = pred.tok
    if pred.kind != "verb" or pred.key not in lex.caution_verbs:
        return None
    for c in tok.children:
        if c.dep != "ccomp" or not (may_happen(c, lex) or _is_so(c)):
            continue
        if not _warned_act(c, pred, lex):
            return Decision(None, [tok, c], f"{pred.key} {lemma(c)}")
    return None


def may_happen(complement: Tok, lex: PloverLexicon) -> bool:
    """A clause of what could, may or might happen (a caution's content, folded into it: no statement of its own)."""
    return any(a.dep == "aux" and a.lower in lex.possibility_modals for a in complement.children)


def _is_so(complement: Tok) -> bool:
    """A clause of how things stand, a copula with no modal ("warned Labour and the Tories they were 'in danger of
    pandering to prejudice'"): a warning that something is so is a caution or a criticism, no threat; "warned
    they would be sacked" says what will be done."""
    return lemma(complement) == "be" and not any(a.dep == "aux" for a in complement.children)


def _warned_act(complement: Tok, pred: Predicate, lex: PloverLexicon) -> bool:
    """Whether what a warning says could happen is a classified act: its verb, or the event noun its
    verb takes as object ("Britain could take legal action against France", "Iran could face
    sanctions")."""
    _, decision = classify(Predicate(complement, "verb", lemma=action_lemma(complement, lex), kinds=pred.kinds), lex)
    if decision.category is not None:
        return True
    obj = child(complement, "dobj")
    if obj is None or obj.pos != "NOUN" or not (lemma(obj) in lex.event_nouns or obj.lower in lex.event_nouns):
        return False
    light = complement if lemma(complement) in lex.light_verbs else None
    _, decision = classify(Predicate(obj, "noun", light=light, kinds=pred.kinds), lex)
    return decision.category is not None


def assent(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """Agreeing that something is so is an opinion, no agreement to act ("Lord Falconer agreed the 1701
    Act of Settlement was discriminatory", "agreed that there was nothing wrong"): a verb of
    `assent_verbs` with a clausal complement and no complement act, object or partner ("agreed to
    release", "agreed a settlement with")."""
    tok = pred.tok
    if pred.kind != "verb" or pred.key not in lex.assent_verbs:
        return None
    complement = next((c for c in tok.children if c.dep == "ccomp"), None)
    if complement is None or any(c.dep in ("xcomp", "dobj", "dative", "prep", "prt") for c in tok.children):
        return None
    return Decision(None, [tok, complement], f"{pred.key} that")


def _question_clause(clause: Tok) -> bool:
    """A clause that asks: one opened by "if", "whether" or a question word ("if he is ...", "what it costs")."""
    first = min(clause.subtree(), key=lambda t: t.i)
    return first.lower in QUESTION_WORDS or any(g.dep == "mark" and g.lower in QUESTION_WORDS for g in clause.children)


def _asks_for_an_act(verb: Tok) -> bool:
    """An infinitive or a that-clause saying what is asked for, hung on the verb or inside its object ("asked the
    Queen to dissolve Parliament", "has been asked to explain", "asked anyone who spots him to contact the police",
    "asked that the case be heard"); not an infinitive inside a question ("asked my mom if it was OK to be an
    actor")."""
    clauses = [c for c in verb.subtree() if c is not verb and c.dep in ("ccomp", "advcl") and _question_clause(c)]
    clauses += [c for c in verb.children if c.dep == "prep" and c.lower in TOPIC_PREPS]
    asked = {t.i for c in clauses for t in c.subtree()}
    for t in verb.subtree():
        if t.i in asked or t is verb or t.head is verb and t.tag == "TO":
            continue  # "failing to ask key questions": the verb's own "to"
        if t.tag == "TO" and t.head is not None and t.head.pos in ("VERB", "AUX"):
            return True
        if t.dep == "ccomp" and t.head is verb and any(g.dep == "mark" and g.lower == "that" for g in t.children):
            return True
    return False


def question(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """A verb of `question_verbs` with no infinitive or that-clause of what is asked for asks a question, no request
    ("was asked about Mr Brown's article", "asking Mr Finegold if he is a ...", "asking the critical questions": narr36;
    `_asks_a_question` only saw a question clause hung on the verb itself, where the parser often hangs it higher)."""
    if pred.kind != "verb" or pred.key not in lex.question_verbs or _asks_for_an_act(pred.tok):
        return None
    return Decision(None, [pred.tok], f"{pred.key} (question)")


def _asked_that(pred: Predicate, lex: PloverLexicon) -> bool:
    """A verb of `question_verbs` with a that-clause of what is asked for ("The United Nations asked that Israel and
    Hamas observe the ceasefire", "asked that the congressman refrain from endorsing anyone"): a request with no
    object, whose clause is folded into it as its content (fix67, review66 7)."""
    return pred.key in lex.question_verbs and any(
        c.dep == "ccomp" and any(g.dep == "mark" and g.lower == "that" for g in c.children) for c in pred.tok.children
    )


def object_verb(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    if pred.kind != "verb" or not (has_object(pred.tok) or _asked_that(pred, lex)) or _asks_a_question(pred.tok):
        return None
    category = lex.object_verbs.get(pred.key)
    return Decision(category, [pred.tok], pred.key) if category else None


def intransitive_verb(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """A verb used on its own as a predicate (not "struck Russia", not "star-struck crowds")."""
    tok = pred.tok
    if pred.kind != "verb" or tok.dep in ("amod", "acl", "compound") or tok.tag == "VBN":
        return None
    if any(c.dep in ("dobj", "dative", "ccomp", "xcomp", "nsubjpass") for c in tok.children):
        return None
    category = lex.intransitive.get(pred.key)
    return Decision(category, [pred.tok], pred.key) if category else None


def promised_concession(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """A promise or offer of a concession or a retreat is a concession ("offering a tax amnesty",
    "agreed to release the prisoners"), not an agreement to cooperate."""
    tok = pred.tok
    if pred.kind != "verb" or lex.verbs.get(pred.key) != PROMISE:
        return None
    obj = child(tok, "dobj")
    if obj is not None and lex.nouns.get(lemma(obj)) in YIELDING:
        return Decision(CONCESSION, [tok, obj], f"{pred.key} {lemma(obj)}")
    complement = child(tok, "xcomp")
    if complement is not None and complement.pos == "VERB":
        _, decision = classify(Predicate(complement, "verb", lemma=action_lemma(complement, lex)), lex)
        if decision.category in YIELDING:
            return Decision(CONCESSION, [tok, complement], f"{pred.key} {decision.lemma}")
    return None


VERBAL_CONFLICT = "verbal_conflict"


def promised_conflict(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """A promise of a conflict act is classed by what is promised (review70 6; fix77): an act of material conflict
    (`unexcluded.act_quads`) or one of `promising.conflict_verbs` is a threat of it ("vowed to fight back", "pledged to
    launch air strikes": `promising.category`), an act of verbal conflict is that act ("pledged to oppose the bill":
    REJECT); a promise not to act ("pledged never to attack Mr Howard") and an assent ("agreed to ...",
    `assent_verbs`) keep their class."""
    tok = pred.tok
    if pred.kind != "verb" or lex.verbs.get(pred.key) != PROMISE or pred.key in lex.assent_verbs:
        return None
    complement = child(tok, "xcomp")
    if complement is None or complement.pos != "VERB" or any(c.dep == "neg" for c in complement.children):
        return None
    phrases = {f"{lemma(complement)} {c.lower}" for c in complement.children if c.dep in ("prt", "advmod", "prep")}
    named = sorted(phrases & lex.promising["conflict_verbs"])
    if named:
        return Decision(lex.promising.category, [tok, complement], f"{pred.key} {named[0]}")
    _, decision = classify(Predicate(complement, "verb", lemma=action_lemma(complement, lex)), lex)
    quad = lex.quad_of(decision.category)
    if quad in lex.unexcluded["act_quads"]:
        return Decision(lex.promising.category, [tok, complement], f"{pred.key} {decision.lemma}")
    if quad == VERBAL_CONFLICT:
        return Decision(decision.category, [tok, complement], f"{pred.key} {decision.lemma}")
    return None


def unaddressed(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """A verb of `addressed_verbs` is an event only when it is addressed to someone or offers an act:
    a complement ("offered to freeze debts"), someone it is made to (a dative, a to-phrase, the
    subject of a passive: "offered China access", "children would be offered ..."), or an event
    noun as its object ("offered talks", "offered aid"). A firm offering a product, a service or a
    price ("NTL is offering children's programmes", "tools offered by Google") is no event; nor is hosting a dinner,
    a race or a news conference ("Mr Prescott hosted a dinner"), where hosting a visitor, talks or a summit is
    (narr23)."""
    tok = pred.tok
    if pred.kind != "verb" or pred.key not in lex.addressed_verbs:
        return None
    if any(c.dep in ("xcomp", "ccomp", "dative", "nsubjpass") for c in tok.children):
        return None
    if prep_object(tok, ("to",)) is not None:
        return None
    obj = next(iter(object_heads(tok)), None)
    if obj is not None and (lemma(obj) in lex.event_nouns or obj.lower in lex.event_nouns or obj.i in pred.kinds):
        return None  # "offered talks", "what sweeteners it will offer the LSE" (parsed as the object)
    cue = [tok, obj] if obj is not None else [tok]
    return Decision(None, cue, " ".join([pred.key, *([lemma(obj)] if obj is not None else [])]))


def verb_lemma(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    if pred.kind != "verb":
        return None
    category = lex.verbs.get(pred.key)
    return Decision(category, [pred.tok], pred.key) if category else None


def prefixed_verb(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """A verb that repeats another is classified as that verb ("recaptured the town", "renationalise")."""
    if pred.kind != "verb":
        return None
    for prefix in lex.verb_prefixes:
        rest = pred.key[len(prefix) :] if pred.key.startswith(prefix) else ""
        if len(rest) >= MIN_UNPREFIXED and rest in lex.verb_words:
            for rule in VERB_RULES:
                decision = rule.function(replace(pred, lemma=rest), lex)
                if decision is not None:
                    return replace(decision, lemma=prefix + decision.lemma) if decision.category else None
    return None


def noun_object(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """An event noun with the object of its preposition ("an attack on ... plans")."""
    if pred.kind != "noun":
        return None
    n = lemma(pred.tok)
    for c in pred.tok.children:
        if c.dep == "prep":
            pobj = child(c, "pobj")
            if pobj is not None:
                category = lex.verb_objects.get((n, lemma(pobj)))
                if category:
                    return Decision(category, [pred.tok, pobj], f"{n} {lemma(pobj)}")
    return None


def noun_modifier(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    if pred.kind != "noun":
        return None
    n = lemma(pred.tok)
    for c in sorted(pred.tok.children, key=lambda t: t.i):
        if c.dep in ("amod", "compound", "nmod") and c.i < pred.tok.i:
            category = lex.noun_pairs.get((lemma(c), n)) or lex.noun_pairs.get((lemma(c), pred.tok.lower))
            if category:
                return Decision(category, [c, pred.tok], f"{lemma(c)} {n}")
    return None


def undergone(tok: Tok | None, lex: PloverLexicon) -> bool:
    """Whether a noun of `received_nouns` is the direct object of a verb of `undergoing_verbs`, whose subject
    undergoes what it names: "Mr Tsutsumi faces criminal charges", "Collins has received an eight-year ban", "could
    face a jail sentence" (narr35, session 54: m63 BBC about 50 rows of "face" alone, each an unclassified "faces"
    with the accused as its agent); not "bank charges", "a clinical trial", "the smoking ban" elsewhere."""
    if tok is None or tok.pos != "NOUN" or tok.dep != "dobj" or lemma(tok.head) not in lex.undergoing_verbs:
        return False
    return (lemma(tok) in lex.received_nouns or tok.lower in lex.received_nouns) and not _another_sense(tok, lex)


def _another_sense(noun: Tok, lex: PloverLexicon) -> bool:
    """Whether a `not_events` pair gives a received noun another sense: its verb's ("earned a penalty", "received a
    hearing": a penalty kick, attention), a modifier's ("a stern trial", "a sympathetic hearing") or its of-phrase
    object's ("a trial of strength"; fix66, review65 7)."""
    words = [noun.head, *(c for c in noun.children if c.dep in ("amod", "compound", "nmod"))]
    words += [p for c in noun.children if c.dep == "prep" and c.lower == "of" for p in c.children if p.dep == "pobj"]
    return any((lemma(w), lemma(noun)) in lex.not_events for w in words)


def received_noun(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """The category of a noun an undergoing verb's subject undergoes (`undergone`)."""
    if pred.kind != "noun" or pred.light is not None or not undergone(pred.tok, lex):
        return None
    n = lemma(pred.tok)
    category = lex.received_nouns.get(n) or lex.received_nouns[pred.tok.lower]
    return Decision(category, [pred.tok], n)


def called_for(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    """A noun of the `appeals` block with a for-phrase or an infinitive of what is asked is a request ("renewed calls
    for his resignation", "a call by Lord Mackay to publish the advice", "its call for the UK to leave the EU"); on its
    own it is no event ("a phone call", "a close call": narr36)."""
    if pred.kind != "noun" or lemma(pred.tok) not in lex.appeals["nouns"]:
        return None
    for c in pred.tok.children:
        asks = c.dep == "prep" and c.lower == "for" and child(c, "pobj") is not None
        if asks or (c.dep in ("acl", "relcl", "advcl") and any(g.tag == "TO" for g in c.children)):
            return Decision(lex.appeals.category, [pred.tok, c], f"{lemma(pred.tok)} {c.lower}")
    return None


def noun_lemma(pred: Predicate, lex: PloverLexicon) -> Decision | None:
    if pred.kind != "noun":
        return None
    n = lemma(pred.tok)
    category = lex.nouns.get(n) or lex.nouns.get(pred.tok.lower)
    cue = [pred.light, pred.tok] if pred.light is not None else [pred.tok]
    return Decision(category, cue, n) if category else None


VERB_RULES: tuple[Rule, ...] = (
    Rule("not-event", "action_class", not_event),
    Rule("financed-venture", "action_class", financed_venture, VERB),
    Rule("fixture", "action_class", fixture),
    Rule("not-ruled-out", "action_class", not_ruled_out, VERB),
    Rule("leave-relation", "action_class", leave_relation, VERB),
    Rule("verb-particle", "action_class", verb_particle, VERB),
    Rule("commercial-deal", "action_class", commercial_deal, VERB),
    Rule("unnamed-debtor", "action_class", unnamed_debtor, VERB),
    Rule("seized-control", "action_class", seized_control, VERB),
    Rule("verb-object", "action_class", verb_object, VERB),
    Rule("hosted", "action_class", hosted, VERB),
    Rule("recognised", "action_class", recognised, VERB),
    Rule("suspended", "action_class", suspended, VERB),
    Rule("military-move", "action_class", military_move, VERB),
    Rule("caution", "action_class", caution, VERB),
    Rule("assent", "action_class", assent, VERB),
    Rule("question", "action_class", question, VERB),
    Rule("wanted", "action_class", wanted, VERB),
    Rule(DIRECTED, "action_class", directed, VERB),
    Rule("object-verb", "action_class", object_verb, VERB),
    Rule("intransitive-verb", "action_class", intransitive_verb, VERB),
    Rule("promised-concession", "action_class", promised_concession, VERB),
    Rule("promised-conflict", "action_class", promised_conflict, VERB),
    Rule("unaddressed", "action_class", unaddressed, VERB),
    Rule("verb", "action_class", verb_lemma, VERB),
)
RULES: tuple[Rule, ...] = (
    *VERB_RULES,
    Rule("conditional-threat", "action_class", conditional_threat, NOUN),
    Rule("prefixed-verb", "action_class", prefixed_verb, VERB),
    Rule("noun-object", "action_class", noun_object, NOUN),
    Rule("noun-modifier", "action_class", noun_modifier, NOUN),
    Rule("received-noun", "action_class", received_noun, NOUN),
    Rule("called-for", "action_class", called_for, NOUN),
    Rule("noun", "action_class", noun_lemma, NOUN),
)
# the rules in order that may decide a predicate of each kind: the others abstain on it at once (speed62)
RULES_OF_KIND: dict[str, tuple[Rule, ...]] = {kind: tuple(r for r in RULES if kind in r.kinds) for kind in KINDS}


def _phrase_heads(phrases: Collection[str]) -> frozenset[str]:
    """Every key that is a phrase of `phrases` or its words before one of its spaces ("pull out of": "pull out of",
    "pull", "pull out"): a rule that asks `f"{pred.key} {particle}" in phrases` finds nothing for any other key (the
    phrase would start with the key and a space), whatever the particle (speed64)."""
    return frozenset(phrases) | {p[:k] for p in phrases for k, char in enumerate(p) if char == " "}


# The verb rules that abstain on every verb whose key (`Predicate.key`) is not in one set of the lexicon: rule name ->
# that set. Most are the set their function's first line asks ("if pred.kind != "verb" or pred.key not in
# lex.funding_verbs: return None"; speed63); the last eight (speed64) ask the key of a lexicon table after pure tests
# of the token, and decide nothing for a key the table has not (`verb_lemma`: `lex.verbs.get(pred.key)`; `verb_object`:
# `lex.verb_objects.get((pred.key, ...))`; `leave_relation`: the key, or the key and a particle, in `leaving.verbs`;
# `prefixed_verb`: the key a prefix and a word of `verb_words`).
# A rule left out here is asked of every verb. A rule whose guard or table changes must change here too:
# tests/test_speed63.py and tests/test_speed64.py ask every rule named here of verbs outside its set and of the
# corpus's verbs, against the rule itself.
VERB_KEYS: dict[str, Callable[[PloverLexicon], Collection[str]]] = {
    "not-event": lambda lex: {v for v, _ in lex.not_events},  # (verb, object or particle) pairs
    "financed-venture": lambda lex: lex.funding_verbs,
    "commercial-deal": lambda lex: lex.deals["verbs"],
    "unnamed-debtor": lambda lex: lex.write_offs["verbs"],
    "seized-control": lambda lex: lex.seizing["verbs"],
    "hosted": lambda lex: lex.hosting["verbs"],  # `_on_object`'s guard
    "recognised": lambda lex: lex.recognising["verbs"],
    "suspended": lambda lex: lex.suspending_members["verbs"],  # its first `_on_object`: None unless one of these
    "military-move": lambda lex: lex.military["verbs"],
    "caution": lambda lex: lex.caution_verbs,
    "assent": lambda lex: lex.assent_verbs,
    "question": lambda lex: lex.question_verbs,
    "wanted": lambda lex: lex.requesting["wants"],
    DIRECTED: lambda lex: lex.requesting["directives"],
    "promised-concession": lambda lex: {v for v, c in lex.verbs.items() if c == PROMISE},
    "promised-conflict": lambda lex: {v for v, c in lex.verbs.items() if c == PROMISE},
    "unaddressed": lambda lex: lex.addressed_verbs,
    # speed64: a table of the lexicon the rule looks the key up in, after pure tests
    "not-ruled-out": lambda lex: _phrase_heads(lex.unexcluded["verbs"]),  # after `is_negated`
    "leave-relation": lambda lex: _phrase_heads(lex.leaving["verbs"]),
    "verb-particle": lambda lex: {v for v, _ in lex.particles},  # (verb, particle) pairs
    "verb-object": lambda lex: {v for v, _ in lex.verb_objects},  # (verb, object key) pairs
    "object-verb": lambda lex: lex.object_verbs,  # after `has_object`, `_asked_that`, `_asks_a_question`
    "intransitive-verb": lambda lex: lex.intransitive,  # after the token's dependency, tag and children
    "verb": lambda lex: lex.verbs,
    # a prefix and a verb word of `MIN_UNPREFIXED` letters or more ("recapture"): what `prefixed_verb` looks for
    "prefixed-verb": lambda lex: {p + w for p in lex.verb_prefixes for w in lex.verb_words if len(w) >= MIN_UNPREFIXED},
}
# id of a lexicon -> (the lexicon, each rule's set of `VERB_KEYS`, verb key -> its rules in order): the lexicon kept
# so that its id stays its own
_VERB_TABLES: dict[int, tuple[PloverLexicon, dict[str, frozenset[str]], dict[str, tuple[Rule, ...]]]] = {}


def verb_rules(key: str, lex: PloverLexicon) -> tuple[Rule, ...]:
    """The verb rules in order that may decide a verb of this key: `RULES_OF_KIND["verb"]` less those of `VERB_KEYS`
    whose set does not hold it (each would abstain at its first line); made once per key and lexicon (speed63)."""
    table = _VERB_TABLES.get(id(lex))
    if table is None or table[0] is not lex:
        sets = {name: frozenset(keys(lex)) for name, keys in VERB_KEYS.items()}
        table = _VERB_TABLES[id(lex)] = (lex, sets, {})
    rules = table[2].get(key)
    if rules is None:
        sets = table[1]
        rules = table[2][key] = tuple(r for r in RULES_OF_KIND["verb"] if r.name not in sets or key in sets[r.name])
    return rules


def classify(pred: Predicate, lex: PloverLexicon) -> tuple[str, Decision]:
    """The first rule that decides, and its decision; ("none", no category) when none does. The rules of the
    predicate's kind only (`RULES_OF_KIND`; every other abstains on it), all of them for a kind of neither (speed62);
    of a verb, only those its key may reach (`verb_rules`, speed63)."""
    rules = verb_rules(pred.key, lex) if pred.kind == "verb" else RULES_OF_KIND.get(pred.kind, RULES)
    for rule in rules:
        decision = rule.function(pred, lex)
        if decision is not None:
            threat = threatened(pred, decision, lex)  # "would strike unless ..." (fix74)
            return ("conditional-threat", threat) if threat is not None else (rule.name, decision)
    return "none", Decision(None, [], pred.key)
