"""Who acts and who is acted on: the agents and patients of an action, read off the parse.

`agents_of` and `object_actors` apply `roles.actors_of` to a predicate's subject and objects, with
passives (the agent of a passive is its by-phrase), relative clauses (also when the parser hangs
"who" elsewhere), participles, control ("managed to seize", "urged X to"), raising ("is said to
have praised", "was forced to back down"), conjoined and adverbial verbs ("..., killing eight
people"), reporting frames ("accused X of sending", "rewarded X for giving up": X acts) and subject
pronouns resolved to an actor the same sentence names as the subject of a clause they hang from, else, for a pronoun
that is a claim's claimer phrase, to the actor the claims step resolved it to across sentences, else, for an unquoted
he / she, to the one person named as a subject from the sentence before up to it (`roles.lone_persons`); a quoted
"I" / "we" to its speaker (`roles.speaker_pronouns`; narr26).
`noun_agents` finds who does what an event noun names. Each result names the rule that found it.
"""

from __future__ import annotations

from ..parsed import Tok
from ..syntax import (
    active_subject,
    child,
    is_main_verb,
    is_passive,
    is_verb,
    lemma,
    prep_object,
    raised_subject,
)
from .lexicon import PloverLexicon
from .predicates import follows_the_object, misread_root_subject, reduced_passive, verb_forms
from .roles import (
    MAX_DEPTH,
    MODIFIERS,
    PERSON_WORD_ENDINGS,
    Context,
    Found,
    actors_of,
    acts_through,
    dedupe,
    head_words,
    is_authored,
    pronoun_fits,
    relabel,
    standing,
    subject_chain,
)

RELATIVES = {"who", "which", "that", "whom", "whose"}
FRAME_PREPS = ("of", "from", "with", "for")


def _relative_subject(tok: Tok | None) -> bool:
    return tok is not None and tok.lower in RELATIVES


PERSON_RELATIVES = frozenset({"who", "whom"})
THING_RELATIVES = frozenset({"which"})
APPOSITION_MARKS = frozenset({",", "-", "–", "—", "("})


def apposed_antecedent(noun: Tok, relative: Tok, index: Context, rule: str) -> list[Found]:
    """The actors of the name a relative clause's noun stands in apposition to, when the noun itself names none and
    the relative word directly follows it: "Tony Wilson, the music mogul who established the influential Factory
    Records" (Wilson), "Rosneft, the company that eventually acquired Yuganskneftegas" (Rosneft), "Simon McDowell,
    the touch judge who was heavily criticised by Scotland coach Matt Williams" (McDowell). The relative word must fit
    the actor: "who" / "whom" a person, "which" no person, "that" either, a person only by a noun of a person ("says
    Dr Paniccia, telecommunications equipment that amplifies the laser light": no person; "Will Greenwood, Julian
    White and Phil Vickery - a list which leaves Robinson short": not Greenwood). Not when the relative word follows
    another noun ("Nikki Rocco, head of distribution at Universal which released Ray": Universal's clause, hung on
    "head"), nor when the noun is no common noun ("multiple criminal cases, two that include charges"), nor when the
    apposition does not follow the name itself ("Evan Sparks, CEO of Determined AI, a startup that provides
    software": the startup is the firm, not Sparks). A singular noun is one name of coordinated ones, the one right
    before it: "Olivier Patience or Rainer Schuettler - the man he beat" (the object gap of a clause with no relative
    word: the clause's first word is its subject, which then stands for the relative word). fix96, the seeded
    reading's Rosneft row."""
    if noun.pos != "NOUN" or noun.dep != "appos" or noun.head is None or noun.head is noun:
        return []
    if relative.i != noun.i + 1 or index.get(noun.head.i) is None:
        return []
    found = [f for f in actors_of(noun.head, index, rule, acting=True) if f.actor_id]
    k = min(t.i for t in noun.subtree()) - 1
    if (t := index.tokens.get(k)) is not None and t.text in APPOSITION_MARKS:
        k -= 1
    before = index.get(k)
    if not found or before is None or before.mention_id not in {f.mention_id for f in found}:
        return []
    if noun.tag == "NN":  # one of coordinated names: "Olivier Patience or Rainer Schuettler - the man he beat"
        found = [f for f in found if f.mention_id == before.mention_id]
    persons = [index.mention_types.get(f.mention_id) == "person" for f in found]
    if relative.lower in PERSON_RELATIVES and not all(persons):
        return []
    if relative.lower in THING_RELATIVES and any(persons):
        return []
    if relative.lower not in PERSON_RELATIVES and all(persons) and not _person_noun(noun, index):
        return []  # "says Dr Paniccia, telecommunications equipment that amplifies the laser light": no person
    return found


def _person_noun(noun: Tok, index: Context) -> bool:
    """Whether a common noun names a person: a noun of `Context.person_nouns` or a person's ending ("strategist")."""
    return any(w in index.person_nouns for w in head_words(noun)) or lemma(noun).endswith(PERSON_WORD_ENDINGS)


def _antecedent(relative: Tok, index: Context) -> Tok | None:
    """The noun right before a relative pronoun the parser did not attach as a relative clause
    ("... attorney general Eliot Spitzer who alleged ...")."""
    k = relative.i - 1
    while k in index.tokens and index.tokens[k].pos == "PUNCT":
        k -= 1
    prev = index.tokens.get(k)
    return prev if prev is not None and prev.pos in ("NOUN", "PROPN") else None


def resolve_pronoun(pronoun: Tok, verb: Tok, index: Context) -> list[Found]:
    """The actor a subject pronoun stands for: the first subject of a clause the verb hangs from that
    names a fitting actor ("Mandela backed the plan when he urged ...", "Thailand said it ...")."""
    if pronoun.lower not in index.pronouns:
        found = index.speaker_pronouns.get(pronoun.i)  # a quoted "I" / "we": its speaker (narr26)
        return [found] if found is not None else []
    if index.pronouns.get(pronoun.lower) == "nonperson" and _nearer_thing(verb, index):
        return []
    passed: set[str] = set()  # the persons the arguments of clauses passed for their subject name (fix86)
    for governor in subject_chain(verb):
        subject = active_subject(governor) if not is_passive(governor) else child(governor, "nsubjpass")
        if subject is None:
            continue
        if subject.pos == "PRON":
            # "He said he would ...": the second "he" is the first's, when the claims step or the lone-pronoun rules
            # resolved that one ("They said they would also press Labour", the Conservatives of the sentence before)
            if subject.lower != pronoun.lower:
                return []
            return _across_sentences(subject, index) if not _across_a_quote(subject, pronoun, index) else []
        # the nearest clause with a subject decides ("the prime minister told Brown he would ...": not Brown); the
        # pronoun is a mention's, the subject's owner too ("Rooney's big moment almost arrived as he raced clean
        # through", "the party's sums do not add up ... it would cut"): no verb of the subject's head is asked of it
        # (`acting` is for a verb's own agent; review35)
        found = [f for f in actors_of(subject, index, "pronoun") if pronoun_fits(pronoun, index, f)]
        if not found and _no_person(subject, governor, pronoun, index):
            # "The decision came after he refused": a he / she is no thing; a clause further up may say who, unless
            # the clause passed names another person ("his cross left Tonge ..., but he blazed over": Tonge)
            passed |= _other_arguments(pronoun, governor, index)
            continue
        if index.get(subject.i) is None and _another_argument(pronoun, governor, index):
            return []  # the subject's owner and another person are both in the clause: which one is not known
        return [] if _one_person_for_they(pronoun, subject, index, found) else _unless_passed(found, passed)
    return _unless_passed(_across_sentences(pronoun, index), passed)


def _unless_passed(found: list[Found], passed: set[str]) -> list[Found]:
    """`found`, unless a clause passed on the way names a person it does not hold (fix86)."""
    return [] if passed - {f.actor_id for f in found} else found


COPULA_CLAUSES = frozenset({"ccomp", "conj"})


def _nearer_thing(verb: Tok, index: Context) -> bool:
    """Whether the clause an "it" is in is the complement of a copula or conjoined to it, nearer than the first main
    verb with a subject, and the copula's subject is a noun naming no actor: "Intel says the benefit of the technology
    is that it does not interfere" (the technology, not Intel), "Microsoft thinks IPTV is the future of television,
    and it sits neatly with its vision" (IPTV). `subject_chain` asks main verbs only; a main verb's subject that names
    no actor already leaves the pronoun unread. Not a clause that only hangs on the copula's: "Wipro said demand was
    strong, allowing it to increase prices" (Wipro). fix86, fix76's pronouns whose nearest subject is an unlinked
    noun."""
    below = verb
    for governor in verb.ancestors()[:MAX_DEPTH]:
        subject = child(governor, "nsubj", "nsubjpass")
        if subject is not None:
            if is_main_verb(governor) or below.dep not in COPULA_CLAUSES or subject.pos not in ("NOUN", "PROPN"):
                return False
            return not actors_of(subject, index, "pronoun")
        below = governor
    return False


def _no_person(subject: Tok, governor: Tok, pronoun: Tok, index: Context) -> bool:
    """Whether a clause's subject that names no actor cannot be what a he / she stands for: a common noun of no person
    (neither one `acts_through`, a person's ending or one of `acting_nouns`, nor one of `Context.person_nouns`) that
    does not speak (`Context.speech_verbs`: "The heavy metal star said he could have met the same fate"): "His welcome
    address had to be postponed after he stayed in London", "The film followed Spurlock as he ate" (fix86). For an
    "it" the noun stays the nearer antecedent."""
    if index.pronouns.get(pronoun.lower) != "person" or subject.pos != "NOUN" or subject.tag not in ("NN", "NNS"):
        return False
    if lemma(governor) in index.speech_verbs or acts_through(subject, index):
        return False
    return not any(w in index.person_nouns for w in head_words(subject))


def _across_a_quote(first: Tok, second: Tok, index: Context) -> bool:
    """Whether one of two pronouns stands inside quotation marks and the other outside: 'Mr Clarke said he recognised
    the concerns but argued: "He has apologised"' (the quoted "He" is the prince, not the speaker the first "he"
    stands for), '"... he shares the board's ambitions," he told the website' (fix76)."""
    return (first.i in index.quoted) != (second.i in index.quoted)


def _across_sentences(pronoun: Tok, index: Context) -> list[Found]:
    """A pronoun no clause of its sentence resolves: the claims step's claimer antecedent, else the one person the
    sentence before and this one name (narr26), or for "it" / "they" the one body (narr29)."""
    lone = index.lone_persons.get(pronoun.i) or index.lone_bodies.get(pronoun.i)
    return _claimer_antecedent(pronoun, index) or ([lone] if lone is not None else [])


def _claimer_antecedent(pronoun: Tok, index: Context) -> list[Found]:
    """A pronoun no clause of its sentence resolves: the actor the claims step gave it as a claim's claimer, read back
    across sentences ("... denied by Mr Mandelson, who said .... He warned the BBC that ...": Mandelson; narr21)."""
    found = index.claimer_pronouns.get(pronoun.i)
    return [found] if found is not None else []


def _another_argument(pronoun: Tok, verb: Tok, index: Context) -> bool:
    """Whether the verb whose subject's owner a pronoun would stand for has an object or by-agent, or an object's
    owner, that the pronoun fits as well: "Jackson's defence questioned Ms Kite's credibility, pointing that she
    worked for the singer's team" (Kite), "Wayne Carlisle's cross was met by Mr Scott and he blasted the ball home"
    (Scott); not "Rooney's big moment almost arrived as he raced clean through" (review36)."""
    return bool(_other_arguments(pronoun, verb, index))


def _other_arguments(pronoun: Tok, verb: Tok, index: Context) -> set[str]:
    """The actors a verb's objects and by-agent, or their owners, name that a pronoun fits (`_another_argument`)."""
    arguments = [c for c in verb.children if c.dep in ("dobj", "iobj")] + [_by_object(verb)]
    heads = [t for a in arguments if a is not None for t in (a, *(g for g in a.children if g.dep == "poss"))]
    mentions = [m for m in map(index.get, (t.i for t in heads)) if m is not None]
    return {
        m.actor_id for m in mentions if m.actor_id and pronoun_fits(pronoun, index, Found(m.actor_id, m.mention_id, ""))
    }


def _one_person_for_they(pronoun: Tok, subject: Tok, index: Context, found: list[Found]) -> bool:
    """Whether a plural pronoun would stand for one person named alone: "they" stands for a group, a
    firm or a party, or for several people ("Blair and Brown said they ...", also when only one of
    them is a linked actor: "Kenteris and fellow sprinter Katerina Thanou ... if they will face"),
    not for one person ("Millan says they want to ...": his station's staff)."""
    return (
        index.pronouns.get(pronoun.lower) == "any"
        and len(found) == 1
        and not any(c.dep == "conj" for c in subject.children)
        and index.mention_types.get(found[0].mention_id) == "person"
    )


def _subject_actors(subject: Tok, verb: Tok, index: Context) -> list[Found]:
    if _relative_subject(subject):
        if verb.dep == "relcl" and verb.head is not None:
            return actors_of(verb.head, index, "relative", acting=True) or apposed_antecedent(
                verb.head, subject, index, "relative"
            )
        antecedent = _antecedent(subject, index)
        m = index.get(antecedent.i) if antecedent is not None else None
        return [Found(m.actor_id, m.mention_id, "relative")] if m is not None and m.actor_id else []
    if subject.pos == "PRON":
        return resolve_pronoun(subject, verb, index)
    if _inside_according(subject, verb, index):
        # the parser took the according-to phrase's last noun for the subject: the true one is after the comma
        after = [c for c in subject.children if c.dep == "appos" and c.i > subject.i]
        return [f for c in after for f in _subject_actors(c, verb, index)]
    return actors_of(subject, index, "subject", acting=True)


def _inside_according(subject: Tok, verb: Tok, index: Context) -> bool:
    """Whether a verb's subject stands inside an according-to phrase of the verb that opens before it, the phrase's
    comma coming after the subject and before the verb ("According to a survey conducted by security firm Mirapoint
    and market research company the Radicati Group, nearly a third of e-mail users have clicked": the parser's subject
    is the Radicati Group, "a third" its apposition; review72 finding 9): the phrase names a source, no agent."""
    according = next((c for c in verb.children if c.lower == "according" and c.i < subject.i), None)
    if according is None:
        return False
    commas = [i for i in range(according.i, verb.i) if (t := index.tokens.get(i)) is not None and t.text == ","]
    return bool(commas) and commas[0] > subject.i


def _by_object(verb: Tok) -> Tok | None:
    by = child(verb, "agent")
    obj = child(by, "pobj") if by is not None else None
    if obj is None:
        hit = prep_object(verb, ("by",))
        obj = hit[1] if hit else None
    return obj


def passive_agents(verb: Tok, index: Context) -> list[Found]:
    """The by-phrase of a passive (or of a participle sharing it: "were shot and wounded by X"), else
    the participle's own modifier."""
    obj = _by_object(verb)
    for c in verb.children if obj is None else ():
        if shares_passive(c):
            obj = _by_object(c)
            break
    if obj is not None:
        return actors_of(obj, index, "passive-agent", acting=True)
    # "Turkish-backed", "UN-brokered": the participle's own modifier names the agent
    return [
        f
        for c in verb.children
        if c.dep in ("npadvmod", "compound", "amod") and c.i in index
        for f in actors_of(c, index, "participle-modifier")
    ]


def shares_passive(verb: Tok) -> bool:
    """A bare participle conjoined to a passive shares its auxiliary ("was shot and stabbed")."""
    head = verb.head
    return (
        verb.dep == "conj"
        and verb.tag == "VBN"
        and head is not None
        and is_passive(head)
        and not any(c.dep in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children)
    )


def _main_subject(verb: Tok, index: Context) -> list[Found]:
    head = verb.head
    if head is None or head is verb:
        return []
    subject = child(head, "nsubjpass") if is_passive(head) else active_subject(head)
    if subject is None or subject.pos == "PRON":
        return []
    return actors_of(subject, index, "reduced-passive")


def agents_of(verb: Tok, index: Context, depth: int = 0) -> list[Found]:
    """Actors who do what the verb says."""
    if depth > MAX_DEPTH:
        return []
    root = misread_root_subject(verb)
    if root is not None:  # "Vincent Cable, for the Liberal Democrats, called on ...": Cable
        if _own_passive(verb):
            return passive_agents(verb, index)
        return actors_of(root, index, "misread-root", acting=True)
    if reduced_passive(verb):
        return passive_agents(verb, index)
    if shares_passive(verb):
        return passive_agents(verb, index) or relabel(passive_agents(verb.head, index), "conjunct")  # type: ignore[arg-type]
    if is_passive(verb):
        return passive_agents(verb, index)
    subject = active_subject(verb)
    if subject is not None:
        return _subject_actors(subject, verb, index)
    return _inherited_agents(verb, index, depth)


def _inherited_agents(verb: Tok, index: Context, depth: int) -> list[Found]:
    head = verb.head
    if head is None or head is verb:
        return []
    if verb.dep == "xcomp":
        raised = raised_subject(verb)
        if raised is not None:
            return actors_of(raised, index, "raised", acting=True)
        obj = child(head, "dobj")
        if obj is not None:
            return actors_of(obj, index, "object-control", acting=True)
        hit = prep_object(head, ("on", "upon"))
        if hit is not None:
            return actors_of(hit[1], index, "object-control", acting=True)
        return relabel(agents_of(head, index, depth + 1), "control")
    if _controlled_by_the_object(verb, index):
        return actors_of(child(head, "dobj"), index, "object-control", acting=True)  # type: ignore[arg-type]
    if verb.dep == "conj" and is_passive(head) and child(head, "nsubjpass") is not None:
        # "X was not fined by Y, but has agreed to ...": X agrees
        return actors_of(child(head, "nsubjpass"), index, "conjunct", acting=True)  # type: ignore[arg-type]
    if verb.dep in ("conj", "advcl"):
        return relabel(agents_of(head, index, depth + 1), "conjunct" if verb.dep == "conj" else "adverbial")
    if verb.dep == "pcomp" and head.dep == "prep" and head.head is not None:
        governor = head.head
        obj = child(governor, "dobj")
        if head.lower in FRAME_PREPS and obj is not None:
            return actors_of(obj, index, "object-of-frame", acting=True)
        if head.lower == "of" and is_passive(governor):
            subject = child(governor, "nsubjpass")
            if subject is not None:
                return actors_of(subject, index, "object-of-frame", acting=True)
        if head.lower in FRAME_PREPS and is_passive(governor):
            # "Bank of America has been banned from suing Parmalat", "Camara was punished for kicking Vignal", "Mr
            # Wenger, who was fined for accusing ...": who undergoes the passive does the act it is for (narr25)
            return relabel(object_actors(governor, index), "object-of-frame")
        if is_main_verb(governor):
            return relabel(agents_of(governor, index, depth + 1), "prepositional")
        return []
    if verb.dep in ("relcl", "acl") and head.pos in ("NOUN", "PROPN"):
        # "Labour's promise to spend £42bn": the promise's owner spends, whatever the noun
        acting = not any(c.dep == "aux" and c.tag == "TO" for c in verb.children)
        return actors_of(head, index, "participle" if verb.dep == "acl" else "relative", acting=acting)
    return []


def _controlled_by_the_object(verb: Tok, index: Context) -> bool:
    """'the home secretary could order British citizens or foreign suspects who could not be deported, to face house
    arrest': an infinitive the parser hangs on a verb of `object_control_verbs` as an adverbial clause (after a comma)
    is still its object's to do, as the same infinitive as its complement is ("object-control"), not the subject's
    (review17a: Charles Clarke was made the one to face house arrest). Not an infinitive of purpose on any other verb
    ("the army shelled the town to drive out the rebels"), nor one before the object ("To settle the bill, Russia
    forced Yukos to sell ...": Russia settles)."""
    head = verb.head
    if verb.dep != "advcl" or head is None or lemma(head) not in index.object_control_verbs:
        return False
    infinitive = any(c.dep == "aux" and c.tag == "TO" for c in verb.children)
    obj = child(head, "dobj")
    return infinitive and active_subject(verb) is None and obj is not None and obj.i < verb.i


def noun_agents(noun: Tok, index: Context, light: Tok | None) -> list[Found]:
    """Actors who do what an event noun names: its own possessor, modifier or by-phrase (or of-phrase, for
    a noun of an act without a patient: "the resignation of X"), the by-phrase
    of the passive it is the subject of ("the protests had been led by X"), else the subject of the
    verb it is the object of ("launched an attack") or attached to by a governing preposition
    ("responded with bombardments", "travelled for talks")."""
    if standing(noun, index):
        return []  # "Labour support has been falling": nobody supports here
    # "Scholl's arrest": the owner suffers the event, it does not do it (fix90)
    owners = [] if suffered(noun, index) else [c for c in noun.children if c.dep == "poss"]
    found = [f for c in owners for f in actors_of(c, index, "possessive")]
    if not found:
        found = [
            f
            for c in noun.children
            if c.dep in MODIFIERS and c.i in index and not _venue(c, index)
            for f in actors_of(c, index, "modifier")
        ]
    if not found:
        hit = prep_object(noun, ("by",))
        if hit is not None:
            found = actors_of(hit[1], index, "by-phrase")
    if not found and lemma(noun) in index.giver_nouns:
        found = _content_givers(noun, index)
    if not found and (lemma(noun) in index.doer_nouns or held_of(noun, index)):
        hit = prep_object(noun, ("of",))  # "the resignation of X": X resigns; "despite the support of X": X supports
        if hit is not None:
            found = actors_of(hit[1], index, "of-phrase")
    if not found and noun.dep == "nsubjpass" and noun.head is not None and is_passive(noun.head):
        found = relabel(passive_agents(noun.head, index), "passive-by-phrase")
    if found:
        return dedupe(found)
    if any(c.dep == "poss" and c.pos != "PRON" for c in noun.children):
        return []  # "the committee's criticism": the possessor, no actor here, acts
    governor = light
    prep = noun.head if noun.dep == "pobj" else None
    if governor is None and prep is not None and prep.dep == "prep" and prep.lower in index.governing_preps:
        governor = _instrument_verb(prep) if prep.lower == "with" else prep.head
        governor = governor if governor is not None and is_main_verb(governor) else None
    if governor is None and noun.dep == "dobj" and noun.head is not None and is_main_verb(noun.head):
        governor = noun.head
    if governor is None:
        return []
    if light is None and lemma(governor) not in index.bystander_verbs and receives(noun, governor, index):
        return _givers(noun, governor, index)
    if light is None and not performs(governor, prep, index):
        # "concluded the threat of regulation had ...", "turn to the IMF for financial assistance", "push past all
        # the attacks": the subject does not do what the noun names; "follows complaints from some of the party's
        # MPs": the noun's own from-phrase still names who acts (fix71)
        hit = prep_object(noun, ("from",))
        return actors_of(hit[1], index, "from-phrase") if hit is not None else []
    return relabel(agents_of(governor, index), "light-verb" if light is not None else "governing-verb")


def callers(noun: Tok, found: list[Found], index: Context, lex: PloverLexicon) -> list[Found]:
    """Who makes a call (a noun of the `appeals` block; `noun_agents` found `found`): its possessor, by-phrase or
    from-phrase, or the subject of a light verb or of a verb of `appeals.caller_verbs` ("renewed calls for",
    "repeated his call"); the subject of any other verb that governs it prompts, faces or ignores the call, no caller
    ("the announcement prompted calls for a lowering of the voting age", "ignored calls for a ceasefire from the
    United Nations": the UN; fix68, review66 9). A modifier parted from the noun by words of another phrase is none
    (`_parted`)."""
    parted = {m.mention_id for c in noun.children if (m := index.get(c.i)) is not None and _parted(c, noun, index)}
    found = [f for f in found if f.rule != "modifier" or f.mention_id not in parted]
    if found and not any(f.rule == "governing-verb" for f in found):
        return found
    heard = _call_source(noun, index, lex)
    if heard:
        return heard
    governor = noun.head.head if noun.dep == "pobj" and noun.head is not None else noun.head
    return found if governor is not None and lemma(governor) in lex.appeals["caller_verbs"] else []


INFINITIVE_DEPS = ("xcomp", "advcl", "acl", "ccomp")


def called_on(tok: Tok, index: Context, lex: PloverLexicon) -> list[Found]:
    """Whom a request with a for-phrase asks (a call, "call / push / press for"; fix73): the subject of the infinitive
    of what is asked ("calls for him to resign", "called for Deutsche Boerse to hold a meeting", "calls for the mayor
    to apologise"), or the owner of an act of `appeals.owned_acts` asked for or demanded ("called for Ms Hutt's
    removal", "demanded his resignation", "the withdrawal of British troops"; not "the release of X", whom no one
    asks of anything)."""
    for c in tok.children:
        if c.dep in INFINITIVE_DEPS and any(m.dep == "mark" and m.lower == "for" for m in c.children):
            subject = child(c, "nsubj", "nsubjpass")  # "calls for him to resign"
            return relabel(actors_of(subject, index, ""), "requested") if subject is not None else []
    hit = prep_object(tok, ("for",))
    for obj in [*([hit[1]] if hit is not None else []), *(c for c in tok.children if c.dep == "dobj")]:
        named = obj.i in index.index or obj.lower in index.pronouns  # not "calls for US intervention to boost"
        if named and any(_infinitive(c, obj) for c in [*tok.children, *obj.children]):
            return relabel(actors_of(obj, index, ""), "requested")
        owned = prep_object(obj, ("of",))
        owner = child(obj, "poss") or (owned[1] if owned is not None else None)
        if lemma(obj) in lex.appeals["owned_acts"] and owner is not None:
            return relabel(actors_of(owner, index, ""), "requested")
    return []


def _infinitive(clause: Tok, obj: Tok) -> bool:
    """Whether a clause after a requested actor is the infinitive of what it is asked to do ("for Deutsche Boerse to
    hold", "for the agency to be scrapped"), or the parser's "to" + noun for one ("for the mayor to apologise", with
    "apologise" read as a noun right after "to")."""
    if clause.i < obj.i:
        return False
    if clause.dep in INFINITIVE_DEPS:
        return any(c.tag == "TO" for c in clause.children)
    word = child(clause, "pobj")
    misread = word is not None and word.i == clause.i + 1 and not word.children
    return clause.dep == "prep" and clause.lower == "to" and misread


def _parted(modifier: Tok, noun: Tok, index: Context) -> bool:
    """Whether a noun's modifier is parted from it by a word that hangs elsewhere: the parser's reading of "elected in
    a formerly safe Tory seat - prompted calls for ...", where "Tory" was made a modifier of "calls" (review66 9)."""
    if modifier.dep not in MODIFIERS or modifier.i > noun.i:
        return False
    end = max(t.i for t in modifier.subtree())
    return any((t := index.tokens.get(k)) is not None and t.head is not noun for k in range(end + 1, noun.i))


def _call_source(noun: Tok, index: Context, lex: PloverLexicon) -> list[Found]:
    """The from-phrase of a call, on the noun or, where the parser hangs it there, on what is called for ("calls for
    a public inquiry from the Liberal Democrats", "a call for him to pause for thought from Charles Kennedy"); not a
    from-phrase of leaving or removal ("calls for a withdrawal from Iraq", "for X to be expelled from the party") nor
    a state's there (a place: "calls for troops to be deployed from Britain")."""
    heads = [noun] + [g for c in noun.children if c.dep == "prep" and c.lower == "for" for g in c.children]
    heads += [c for c in noun.children if c.dep in ("acl", "relcl", "advcl")]
    for head in heads:
        hit = prep_object(head, ("from",))
        if hit is None:
            continue
        if head is not noun and (lemma(head) in index.doer_nouns or lemma(head) in lex.appeals["removal_words"]):
            continue
        state = head is not noun and index.kinds.get(hit[1].i) == "state"
        found = [] if state else actors_of(hit[1], index, "from-phrase")
        if found:
            return found
    return []


def performs(verb: Tok, prep: Tok | None, index: Context) -> bool:
    """Whether the subject of the verb governing an event noun does what the noun names (fix71, review68 finding 1):
    a verb of `performing_verbs` with the noun as its object ("held talks", "lodged an appeal", "heaped praise on")
    or through a governing preposition ("arrived for the meeting"), a "verb preposition" entry of it through that
    preposition ("came to the support of X"), or any verb through one of `open_governing_preps`
    ("resigned in protest", "opened the forum with an attack"); not a bystander ("concluded the threat ..."), nor
    a verb of receiving, judging, investigating or causing ("turn to the IMF for financial assistance", "looked into
    complaints", "has prompted protests", "lost a water concession", "push past all the attacks")."""
    if lemma(verb) in index.bystander_verbs:
        return False
    forms = verb_forms(verb)  # "staged protests": the parser may not lemmatise "staged" as "stage"
    if any(f in index.performing_verbs for f in forms):
        return True
    if prep is None:
        return False
    return prep.lower in index.open_governing_preps or any(f"{f} {prep.lower}" in index.performing_verbs for f in forms)


def receives(noun: Tok, verb: Tok, index: Context) -> bool:
    """Whether the subject of the verb governing an event noun gets the act the noun names, not does it: a receiving
    verb ("received support from X", "faced criticism"), or a holding verb with a noun of `held_nouns` ("Biden has
    seven endorsements from the progressives", "Smith already has the backing of many pundits"; narr22), not "had
    talks with", "has a complaint against"."""
    return lemma(verb) in index.receiving_verbs or (
        lemma(verb) in index.holding_verbs and lemma(noun) in index.held_nouns
    )


def held_of(noun: Tok, index: Context) -> bool:
    """Whether the of-phrase of a held noun names who gives it where no receiving or holding verb governs the noun
    ("despite the support of Cabinet ministers", "with the backing of former Ministers", "the support of Mr Magnier
    was crucial", "has won the support of the Conservatives"; review51: narr22 read it so only under those verbs, and
    elsewhere it was the patient, the supporter made the supported); not "in / into support of X", where X gets it,
    nor "came / rallied to the support of X" ("to" on a verb: X gets it; review52), but "thanks / due / owing to the
    support of X" (X gives it). Under a receiving or holding verb the giver is `_givers`'s, as
    before."""
    if lemma(noun) not in index.held_nouns:
        return False
    prep = noun.head if noun.dep == "pobj" else None
    if prep is not None and prep.lower in {"in", "into"}:
        return False  # "marched in support of the miners", "roused into support of Nadal"
    verb = prep.head if prep is not None and prep.lower == "to" else None
    if verb is not None and verb.pos == "VERB" and lemma(verb) != "owe":  # not "owing to the backing of X"
        return False  # "Labour MPs rallied to the support of Tony Blair": Blair gets it
    return not (noun.dep == "dobj" and noun.head is not None and receives(noun, noun.head, index))


def _venue(modifier: Tok, index: Context) -> bool:
    """Whether a noun modifier is a city standing for a government (a metonym the parser names a place: "Brussels",
    "Madrid") before an event noun, where it says where the event is, not who holds it ("a Brussels meeting" of EU
    ministers, "the Madrid bombings", "the Doha talks"); a building keeps its agent ("a Downing Street meeting", "a
    Pentagon inquiry")."""
    m = index.get(modifier.i)
    return m is not None and m.link_method == "metonym" and modifier.ent_type == "GPE"


def _givers(noun: Tok, verb: Tok, index: Context) -> list[Found]:
    """Who does what a received act names ("she received support from Opus Dei", "gained backing from"): the
    from-phrase of the noun or of the verb, or a held noun's of-phrase ("has the support of the Mayor of London";
    narr22), never the verb's subject, who gets it."""
    preps = ("from", "of") if lemma(noun) in index.held_nouns else ("from",)
    hit = prep_object(noun, preps) or prep_object(verb, ("from",))
    return actors_of(hit[1], index, "from-phrase") if hit is not None else []


def _content_givers(noun: Tok, index: Context) -> list[Found]:
    """Who does what a noun of `giver_nouns` names: its from-phrase ("despite opposition from the US"), or that of the
    act its of-phrase names ("the threat of legal action from Yukos": Yukos threatens, it was the patient; fix71,
    review68 finding 3)."""
    hit = prep_object(noun, ("from",))
    if hit is None:
        content = prep_object(noun, ("of",))
        hit = prep_object(content[1], ("from",)) if content is not None else None
    return actors_of(hit[1], index, "from-phrase") if hit is not None else []


def _instrument_verb(prep: Tok) -> Tok | None:
    """The verb a with-phrase belongs to, past nouns it may be misattached to ("responded to the
    defeat on the battlefields with heavy bombardments")."""
    node = prep.head
    for _ in range(8):
        if node is None or is_main_verb(node):
            return node
        if node.head is None or node.head is node:
            return None
        node = node.head
    return None


def work_noun(tok: Tok, index: Context) -> bool:
    """A noun of `authored_nouns` ("film" in "film Submission"); unlike `is_authored`, not any unlinked proper noun,
    which as a compound is a name's part or a place ("Sizzla's UK tour")."""
    return lemma(tok) in index.authored_nouns


def undergoers(subject: Tok, index: Context) -> list[Found]:
    """The actors a passive subject names as undergoing the act (`actors_of`), less a possessive owner that does not
    undergo it through the head noun (`owner_undergoes`): "Murdered director Theo van Gogh's controversial film
    Submission has been pulled" (the film is pulled, not its maker; review72 7, fix82), "Grant's husband was injured",
    "Yili's shares were suspended" (fix83)."""
    found = actors_of(subject, index, "passive-subject")
    if index.get(subject.i) is not None or owner_undergoes(subject, index):
        return found
    return _less_owner(found, subject, index)


def _less_owner(found: list[Found], head: Tok, index: Context) -> list[Found]:
    """`found` less the actors of the head noun's possessive owner."""
    owners = [t for c in head.children if c.dep == "poss" for t in c.subtree()]
    excluded = {m.mention_id for m in (index.get(t.i) for t in owners) if m is not None}
    return [f for f in found if f.mention_id not in excluded]


def owner_apart(head: Tok, index: Context) -> bool:
    """Whether an active verb's object names its possessive owner as no patient: a quantity or measure of the owner
    (`measure_nouns`: "Mr Ghosn reduced Nissan's overheads", "Montgomery cut Ireland's lead", "rumours boosted Sina's
    shares"; not "shares in" a firm, a holding: "buy BT's shares in Cegetel") or a person of its kin
    (`Context.kin_nouns`, less a noun it acts through, `acting_nouns`: a spokesman): "I don't blame Lucy's mother",
    "to see Mrs Quinn's son". The measure or the person undergoes the act, not the owner (fix86, review73 finding 11).
    Nor an event the owner suffers (`suffered`: "Police investigating Stefan's murder"; fix90). The owner's acts,
    plans, record, standing, works and property stay its own ("criticised Mr Brown's record",
    "backed the Home Office's powers", "raided HealthSouth's offices", "cut Turkcell's stake": review49's rows)."""
    if index.get(head.i) is not None or head.pos != "NOUN":
        return False
    words = head_words(head)
    if suffered(head, index):
        return True  # "Police investigating Stefan's murder": the murder is investigated, not Stefan (fix90)
    if any(w in index.measure_nouns for w in words):
        after = index.tokens.get(head.i + 1)  # "in" hung on the noun or, by the parser, on the verb
        return not (lemma(head) == "share" and after is not None and after.lower == "in")
    return any(w in index.kin_nouns and w not in index.acting_nouns for w in words)


def suffered(noun: Tok, index: Context) -> bool:
    """Whether an event noun is one its possessive owner undergoes (`suffered_nouns`) with no of-phrase naming who
    undergoes it instead: "Scholl's arrest", "Stefan's murder" (the owner is arrested, murdered); not "Israel's killing
    of civilians" (fix90, fix86's left)."""
    return (lemma(noun) in index.suffered_nouns or noun.lower in index.suffered_nouns) and prep_object(
        noun, ("of",)
    ) is None


def suffering_owners(noun: Tok, index: Context) -> list[Found]:
    """The actors of a suffered event noun's possessive owner (`suffered`): who undergoes it ("Scholl's arrest":
    Scholl; fix90)."""
    if not suffered(noun, index):
        return []
    return [f for c in noun.children if c.dep == "poss" for f in actors_of(c, index, "suffering-owner")]


def owner_undergoes(head: Tok, index: Context) -> bool:
    """Whether a passive subject's possessive owner undergoes what is done to the head noun: a head the owner acts
    through (`acts_through`: its officers, bodies and forces, its acts, offers and statements: "Russia's ambassador was
    expelled", "Deutsche Boerse's offer was rejected", "Lord Butler's assessment was backed") or its own person or
    standing (`owner_self_nouns`: "Davis's body was discovered", "Russia's reputation has been hurt"); not a work or a
    title, whose author does not undergo what is done to it (`is_authored`, a compound's work noun: fix82), nor
    anything else of the owner's, which undergoes it alone (people of its own: "Grant's husband", "the company's
    creditors"; its things and parts: "Yili's shares", "MG Rover's Midlands plant", "the party's website"; fix83)."""
    if is_authored(head, index) or any(c.dep == "compound" and work_noun(c, index) for c in head.children):
        return False
    return acts_through(head, index) or any(w in index.owner_self_nouns for w in head_words(head))


def object_actors(verb: Tok, index: Context) -> list[Found]:
    """Actors named by the verb's objects: passive subject (or the subject it is raised from),
    dative, direct object, relative gap."""
    root = misread_root_subject(verb)
    if root is not None and _own_passive(verb):
        return actors_of(root, index, "misread-root")  # "Sizzla, whose UK tour was cancelled ..., has been jailed"
    if root is not None:
        return _active_objects(verb, index)
    if shares_passive(verb):
        return relabel(object_actors(verb.head, index), "conjunct")  # type: ignore[arg-type]
    if reduced_passive(verb):
        return [] if follows_the_object(verb, index.object_control_verbs) else _main_subject(verb, index)
    if is_passive(verb):
        subject = child(verb, "nsubjpass")
        if subject is not None:
            if _relative_subject(subject) and verb.head is not None:
                return actors_of(verb.head, index, "relative") or (
                    apposed_antecedent(verb.head, subject, index, "relative") if verb.dep == "relcl" else []
                )
            return undergoers(subject, index)
        if verb.dep in ("acl", "amod") and verb.head is not None:
            return actors_of(verb.head, index, "participle")
        raised = raised_subject(verb)
        if raised is not None:
            return actors_of(raised, index, "raised")
        prep = verb.head if verb.dep == "pcomp" else None
        governor = prep.head if prep is not None and prep.dep == "prep" else None
        subject = active_subject(governor) if governor is not None and is_verb(governor) else None
        # "X is furious after being fined": X was fined
        return actors_of(subject, index, "prepositional") if subject is not None else []
    return _active_objects(verb, index)


def _own_passive(verb: Tok) -> bool:
    """A passive by its own auxiliary or subject ("has been jailed"), not by being a participle."""
    return any(c.dep in ("auxpass", "nsubjpass") for c in verb.children)


def _active_objects(verb: Tok, index: Context) -> list[Found]:
    """Actors named by an active verb's dative or direct object, its relative gap or shared object; none for a verb of
    `listing_verbs`, whose object is a member or performer of the subject ("Inbev brands include Stella Artois", "The
    Aviator, starring Leonardo DiCaprio"; fix90), unless it puts the object in something ("Kosgei included Chepkemei in
    the team": a selection)."""
    if lemma(verb) in index.listing_verbs and not any(c.dep == "prep" and c.lower == "in" for c in verb.children):
        return []
    for dep, rule in (("dative", "dative"), ("dobj", "object")):
        obj = child(verb, dep)
        if obj is not None:
            found = actors_of(obj, index, rule) or members_organisation(verb, obj, index)
            if found and owner_apart(obj, index):
                found = _less_owner(found, obj, index)
            if found:
                return found
    if verb.dep == "relcl" and child(verb, "dobj") is None and verb.head is not None and not _whose_clause(verb):
        subject = active_subject(verb)
        if subject is not None and not _relative_subject(subject):
            found = actors_of(verb.head, index, "relative-object")
            first = min(verb.subtree(), key=lambda t: t.i)  # "that", "whom", or the clause's subject: "the man he beat"
            if not found and (first.lower in RELATIVES or first is subject):
                found = apposed_antecedent(verb.head, first, index, "relative-object")
            return found
    if child(verb, "dobj") is None:
        for c in verb.children:
            if c.dep == "conj" and is_main_verb(c) and active_subject(c) is None and child(c, "dobj") is not None:
                return actors_of(child(c, "dobj"), index, "shared-object")  # type: ignore[arg-type]
    return []


def _whose_clause(verb: Tok) -> bool:
    """Whether a relative clause is one of "whose": its subject or object is owned by the noun it hangs on ("Douglas
    Hogg, whose father and grandfather served as lord chancellor"), which is then no gap of the verb's object."""
    return any(g.lower == "whose" and g.dep == "poss" for c in verb.children for g in c.children)


MEMBER_PREPS = ("at", "of", "from")


def members_organisation(verb: Tok, obj: Tok, index: Context) -> list[Found]:
    """The organisation whose unnamed staff or members the verb's object is, when the parser hung its
    at/of/from-phrase on the verb ("detained three top executives at milk firm Yili": Yili; "sacked two
    officials from the ministry"): the phrase must come right after the object's head noun, which is a
    noun of members (`member_nouns`). A place there names no actor, so nothing is found ("arrested two
    workers at the airport"), nor does an actor that only modifies the phrase's noun ("arrested two protesters at
    the Labour conference": a place, not Labour; review22): the phrase's head must be a mention itself."""
    if lemma(obj) not in index.member_nouns and obj.lower not in index.member_nouns:
        return []
    for c in verb.children:
        if c.dep == "prep" and c.i == obj.i + 1 and c.lower in MEMBER_PREPS:
            pobj = child(c, "pobj")
            if pobj is None or index.get(pobj.i) is None:
                return []
            return relabel(actors_of(pobj, index, ""), "member-of")
    return []


def complement_subject(verb: Tok, index: Context) -> list[Found]:
    """The subject of the verb's clausal complement ("demanded Heath quit", "alleged that X sent")."""
    for c in verb.children:
        if c.dep == "ccomp" and is_main_verb(c):
            subject = child(c, "nsubj", "nsubjpass")
            if subject is not None and subject.pos != "PRON":
                return actors_of(subject, index, "complement-subject")
    return []


def is_negated(tok: Tok, lex: PloverLexicon, light: Tok | None = None) -> bool:
    """A negator attached to the action, its light verb, or the control verb it depends on; not the "not" of
    "whether or not", which leaves the act open (`_whether_or_not`)."""
    for t in (tok, light):
        if t is None:
            continue
        if any(
            (c.dep == "neg" or (c.dep in ("advmod", "det") and c.lower in lex.negators)) and not _whether_or_not(c, t)
            for c in t.children
        ):
            return True
    if tok.dep == "xcomp" and tok.head is not None and tok.head is not tok:
        return any(c.dep == "neg" and not _whether_or_not(c, tok.head) for c in tok.head.children)
    return False


def _whether_or_not(negator: Tok, verb: Tok) -> bool:
    """Whether a negator of a verb is the "not" of "whether or not" ("to decide whether or not to scrap the Welsh
    Assembly", "whether or not Turkey has met its criteria", "whether they like it or not"): the verb is marked by
    "whether" and the word before the negator is its "or" (narr22, review49's finding)."""
    siblings = {c.i: c.lower for c in verb.children}
    return siblings.get(negator.i - 1) == "or" and "whether" in siblings.values()


def said_not(clause: Tok, lex: PloverLexicon) -> bool:
    """Whether a clause is said not to be so: the complement (or a conjunct of one) of a denial not itself negated
    ("Labour denied that Blair was a liar", "denied accusing Germany"), of a negated verb of `raising_verbs`, whose
    negation is its clause's ("I do not believe that the Yellow Vests support ...", "I don't expect Wenger to
    apologise"; review68 6), or of a verb of belief or saying whose subject is nobody ("no-one felt Aragones was a
    racist", "nobody thinks X will"; not "none of X have endorsed", a verb the parser hung a clause on)."""
    node = clause
    for _ in range(3):
        if node.dep != "conj" or node.head is None or node.head is node:
            break
        node = node.head
    frame = node.head
    if node.dep not in ("ccomp", "xcomp") or frame is None or frame is node or node.i < frame.i:
        return False  # a clause before its verb is one the parser hung there ("pleaded guilty ... had he denied it")
    if lemma(frame) in lex.denial_verbs:
        return not is_negated(frame, lex)  # "did not deny that he was a liar" leaves it open
    if lemma(frame) in lex.raising_verbs and is_negated(frame, lex):
        return True
    subject = child(frame, "nsubj")
    believing = lemma(frame) in lex.raising_verbs or lemma(frame) in lex.requesting["frames"]
    return believing and subject is not None and _subject_word(subject) in lex.nobody_words


def _subject_word(subject: Tok) -> str:
    """A subject's word, "no one" for "no one" / "no-one" (the parser makes "one" the head of "no")."""
    if subject.lower == "one" and any(c.lower == "no" for c in subject.children):
        return "no one"
    return subject.lower
