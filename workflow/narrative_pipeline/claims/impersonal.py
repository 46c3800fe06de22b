"""Impersonal passives: "X is expected to ...", "China is seen as the main culprit", "It had been
expected that ...", "X is accused of fraud". A verb of belief or of report in the passive, with no
agent ("by X"), over the claim's own content, or a speech act with what follows its preposition,
attributes the claim to no named source (claimer `unnamed`); a verb of belief also hedges it, a verb
of report or a speech act only reports it.
"""

from __future__ import annotations

from ..parsed import Tok
from ..syntax import has_to, in_modifier, is_that_clause, lemma, negated
from .lexicon import Lexicon


def passive_content(verb: Tok, lex: Lexicon) -> Tok | None:
    """What an agentless passive of belief or report puts forward: its to-infinitive ('is expected
    to cut'), what follows 'as' for the verbs that take it ('is seen as the culprit'), or a
    that-clause after an expletive 'it' ('it had been expected that ...')."""
    speech = speech_act_object(verb, lex)
    made = made_claim(verb, lex)
    if made is not None:
        return made
    if verb.tag != "VBN" or not believed(verb, lex) and lemma(verb) not in lex.impersonal_report_verbs and not speech:
        return None
    children = verb.children
    if not any(c.dep == "auxpass" for c in children) or has_agent(verb) or told_by(verb, lex):
        return None
    if lemma(verb) in lex.framed_report_verbs and not framing_clause(verb, lex):
        return None  # 'Just be warned that ...', 'despite being told to be brief', 'When it was first announced, ...'
    if any(c.dep == "nsubjpass" and c.lower in lex.relative_pronouns | {"what"} for c in children):
        return None  # "in what will be seen as a placatory move": a free relative, not the claim's clause
    if any(c.dep == "aux" and c.tag == "MD" for c in children) or has_to(verb):
        return None  # "Nato must be seen as neutral", "is likely to be seen as": not what is believed now
    if speech is not None:
        return None if nobody_subject(verb) else speech  # "Nobody has been blamed for ...": no one says it
    for c in children:
        if c.dep == "xcomp" and has_to(c):
            return c
        if c.dep == "prep" and c.lower == "as" and lemma(verb) in lex.impersonal_as_verbs:
            return next((o for o in c.children if o.dep == "pobj"), None)
        if c.dep == "ccomp" and (is_that_clause(c) or any(s.dep == "nsubjpass" and s.lower == "it" for s in children)):
            return c
        if c.dep in {"ccomp", "parataxis"} and c.i < verb.i and told_hearer(verb, lex):
            return c  # '... pretended to juggle ..., researchers were told': the content before a passive of telling
    return verb if awaited_thing(verb) else None


def made_claim(verb: Tok, lex: Lexicon) -> Tok | None:
    """'Claims were made that he was taking precautions', 'Allegations have been levelled that ...': an agentless
    passive of `made_claim_verbs` whose subject is a noun of `made_claim_nouns`, not in a modifier's clause, puts
    forward its that-clause with no named source (claims55); not 'The claim was made at the hearing' (no clause), nor
    a negated one ('No claim was made that ...', 'Claims were not made that ...': review46)."""
    if verb.tag != "VBN" or lemma(verb) not in lex.made_claim_verbs or has_agent(verb):
        return None
    if verb.dep in {"relcl", "acl", "advcl", "pcomp"} or any(c.dep == "aux" and c.tag == "MD" for c in verb.children):
        return None
    kids = verb.children
    if not any(c.dep == "auxpass" for c in kids):
        return None
    noun = next((c for c in kids if c.dep == "nsubjpass" and lemma(c) in lex.made_claim_nouns), None)
    if noun is None or negated(verb) or any(c.dep == "det" and c.lower == "no" for c in noun.children):
        return None  # 'No claim was made that ...', 'Claims were not made that ...': nothing put forward (review46)
    return next((c for c in kids if c.dep == "ccomp" and is_that_clause(c)), None)


def told_hearer(verb: Tok, lex: Lexicon) -> bool:
    """'..., delegates at the show have been told', '..., it has been confirmed': a passive whose subject is who heard
    it (`hearer_passive_verbs`) or an expletive 'it' may follow what it reports; not 'its release date was announced'
    (the subject is what was announced)."""
    subject = next((c for c in verb.children if c.dep == "nsubjpass"), None)
    if subject is None:
        return False
    return lemma(verb) in lex.hearer_passive_verbs or subject.lower == "it"


def framing_clause(verb: Tok, lex: Lexicon) -> bool:
    """A passive of telling with a subject, in a clause that can frame the claim: not an imperative ('Just be warned
    that ...'), not under a preposition ('despite being told to be brief') or in an adverbial clause of another verb
    ('When it was first announced, some pundits thought ...') or in what a verb of saying reports ('said a programme
    had been agreed')."""
    if not any(c.dep == "nsubjpass" for c in verb.children):
        return False
    if any(c.dep == "mark" or (c.dep == "advmod" and c.tag == "WRB") for c in verb.children):
        return False  # 'When it was first announced ...' even where the parser made it the root
    if verb.dep == "ccomp" and verb.head is not None and lemma(verb.head) in lex.reporting_verbs:
        return False  # 'Mr Brown ... said a programme had been agreed': what the speaker says, not a frame
    return verb.dep not in {"pcomp", "advcl", "acl", "relcl"}


def told_by(verb: Tok, lex: Lexicon) -> bool:
    """'He was told to leave the ground by police': the agent of a passive of report (not of belief: 'is expected to
    win by a landslide') that the parser hung on its infinitive; a named or common noun, not an amount."""
    if lemma(verb) not in lex.impersonal_report_verbs or believed(verb, lex):
        return False
    return any(
        n.pos in {"PROPN", "NOUN"} and not _amount(n)
        for c in verb.children
        if c.dep == "xcomp" and has_to(c)
        for by in c.children
        if by.dep == "prep" and by.lower == "by"
        for n in by.children
        if n.dep == "pobj"
    )


def awaited_thing(verb: Tok) -> bool:
    """'A judgement is expected early in February', 'the election is widely expected next May': a present passive
    'expect' with no clause of its own puts forward that the thing will come, as 'is expected to' does (unnamed and
    hedged: the labels so type 5 of the 5 such main clauses; review16c). Not 'loyalty is expected of ministers', nor
    a clause that modifies ('sent to hunts where disruption is expected': the sentence's own claim)."""
    if lemma(verb) != "expect" or any(c.dep in {"xcomp", "ccomp", "csubj", "aux"} for c in verb.children):
        return False
    if verb.dep in {"relcl", "acl", "advcl"}:
        return False
    if any(c.dep == "prep" and c.lower == "of" for c in verb.children):
        return False
    return any(c.dep == "auxpass" and c.tag in {"VBZ", "VBP"} for c in verb.children)


def speech_act_object(verb: Tok, lex: Lexicon) -> Tok | None:
    """'is accused of fraud', 'has been criticised for sending ...': for a speech act of
    `impersonal_speech_acts`, the object of its preposition (what the act says of the subject)."""
    for c in verb.children:
        if c.dep == "prep" and any(p == (lemma(verb), c.lower) for p in lex.impersonal_speech_acts):
            return next((o for o in c.children if o.dep in {"pobj", "pcomp"}), None)
    return None


def has_agent(verb: Tok) -> bool:
    """An agent of the passive, also where the parser hung 'by X' on what follows 'as' ('was seen
    as a leader by his peers') or on the object of the speech act's preposition ('was praised for his
    goal by the manager'), there only a named or common noun, not an amount ('criticised for cutting
    jobs by 10%'); not a 'by' inside the content ('is predicted to cut deaths by a third')."""
    heads = [verb, *(o for c in verb.children if c.dep == "prep" and c.lower == "as" for o in c.children)]
    if any(c.dep == "agent" or (c.dep == "prep" and c.lower == "by") for h in heads for c in h.children):
        return True
    return misplaced_agent(verb) is not None


def misplaced_agent(verb: Tok) -> Tok | None:
    """'The striker was praised for his goal by the manager': the agent the parser hung as 'by X' on the
    object of the verb's preposition, a named or common noun, not an amount ('criticised for cutting jobs
    by 10%'); not on a verb after 'as' ('he was quoted as saying by the magazine': the quoted one speaks;
    'described as a consummate professional by his friend' keeps the friend); or on what the verb calls its
    subject ('he was called the "fifth child of the group" by the film's director', review14)."""
    objects = [
        o
        for c in verb.children
        if c.dep == "prep"
        for o in c.children
        if o.dep == "pobj" or (o.dep == "pcomp" and c.lower != "as")
    ] + [c for c in verb.children if c.dep == "oprd"]  # 'was called the "fifth child" by the film's director
    return next(
        (
            n
            for o in objects
            for by in o.children
            if by.dep == "prep" and by.lower == "by"
            for n in by.children
            if n.dep == "pobj" and n.pos in {"PROPN", "NOUN"} and not _amount(n)
        ),
        None,
    )


def _amount(noun: Tok) -> bool:
    """'10%', '10 points': a noun that measures, not someone."""
    return noun.text == "%" or any(c.dep == "nummod" for c in noun.children)


def nobody_subject(verb: Tok) -> bool:
    """'Nobody has been blamed', 'No one was accused': a passive whose subject is nobody."""
    for c in verb.children:
        if c.dep == "nsubjpass" and (
            c.lower in {"nobody", "none", "nothing"} or c.lower == "one" and any(d.lower == "no" for d in c.children)
        ):
            return True
    return False


def impersonal_passive(tokens: list[Tok], root: Tok, quoted: set[int], lex: Lexicon) -> tuple[Tok, Tok] | None:
    """The first agentless passive of belief or report in the unit's own clause (not in a modifier,
    not inside quotation marks) and its content."""
    for tok in tokens:
        if tok.i in quoted or in_modifier(tok, root):
            continue
        content = passive_content(tok, lex)
        if content is not None:
            return tok, content
    return None


def believed(verb: Tok, lex: Lexicon) -> bool:
    """Whether an impersonal passive is one of belief or expectation (it hedges the claim)."""
    return lemma(verb) in lex.impersonal_belief_verbs
