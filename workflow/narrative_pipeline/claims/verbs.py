"""What a verb and its subject can report: the tests the attribution rules put to a candidate
reporting verb (is it withheld, a predicting speech act, plans put forward, data showing something,
a stance noun with a that-clause, "it" standing for an organisation, ...).

Pure functions of the parse and the claims lexicon; every cue word is a lexicon key.
"""

from __future__ import annotations

from ..parsed import Tok
from ..syntax import child, hangs_phrase, has_ending, has_to, is_passive, is_that_clause, lemma, negated, subject_of
from .impersonal import misplaced_agent
from .lexicon import Lexicon


def withheld(verb: Tok, clausal: list[Tok], lex: Lexicon) -> bool:
    """'refused to say if ...', 'avoided suggesting ...': a reporting verb under a verb that keeps it
    from being said; 'X did not say whether ...', 'he did not comment': a negated one with no
    content, or with a question left open. None of them puts a claim forward."""
    if verb.dep == "xcomp" and verb.head is not None and lemma(verb.head) in lex.withholding_verbs:
        return True
    if not denied(verb, lex):
        return False
    return not clausal or any(is_question_clause(c) or opens_with_wh(c) for c in clausal)


def denied(verb: Tok, lex: Lexicon) -> bool:
    """'he did not comment', 'Neither Rover nor Shanghai Automotive commented', 'Neither company would comment': a verb
    negated by its own 'not' / 'never', or by a subject opened by a word of `negating_subject_words` (the parser hangs
    'Neither' on the subject's first conjunct as a determiner or preconjunction, or it is the subject itself)."""
    if negated(verb):
        return True
    subject = subject_of(verb)
    if subject is None:
        return False
    words = lex.negating_subject_words
    return subject.lower in words or any(c.dep in {"det", "preconj"} and c.lower in words for c in subject.children)


def opens_with_wh(clause: Tok) -> bool:
    """'how many soldiers had been killed', 'how much it will cost', 'which town had been hit': a clause opened by a
    wh-phrase the parser hangs below the verb (on 'many', 'much', 'town') asks a question as well."""
    return clause.subtree()[0].tag in {"WDT", "WP", "WP$", "WRB"}


def future_act(verb: Tok, lex: Lexicon) -> bool:
    """'He will attack Labour's record': a speech act still to come, with no content given, is the
    author's forecast of an event, not a claim of the speaker's."""
    return any(c.dep == "aux" and lex.modal_form(c) in lex.prediction_modals for c in verb.children)


def predicts(verb: Tok, lex: Lexicon) -> bool:
    """'X has forecast a net loss', 'X promised a referendum': a prediction's speech act with a
    noun object."""
    if any(c.dep == "aux" and lex.modal_form(c) in lex.ability_modals | lex.possibility_modals for c in verb.children):
        return False  # "they can expect a decision": what awaits them, not what they predict
    return lemma(verb) in lex.prediction_speech_acts and any(
        c.dep == "dobj" and c.pos in {"NOUN", "PROPN"} for c in verb.children
    )


def shows_evidence(verb: Tok, subject: Tok, lex: Lexicon) -> bool:
    """'Figures from the Commerce Department showed exports down 2.3%', 'polls had shown the two
    candidates neck and neck': data that show something (a noun object) are the claimer."""
    return (
        lemma(verb) in lex.evidence_verbs
        and lemma(subject) in lex.evidence_nouns
        and any(c.dep == "dobj" for c in verb.children)
    )


def newsroom_finding(verb: Tok, lex: Lexicon) -> bool:
    """'..., BBC Sport has learnt.', 'the BBC has learnt that ...', 'Kaieteur News learnt that ...': a verb of finding
    out (`newsroom_learning_verbs`) whose active subject is a newsroom (a word of `newsroom_words`, by its form or its
    lemma, in the subject's name: its head and the compound and possessive words on it, `_name_words`; a news outlet
    or a journalist, 'Journalists have learned') reports what was found, the sourcing formula of news writing
    (claims73). A person or a team that learns reports nothing ('she learned she had been suspended', 'Wales have
    learnt that'), nor does one a newsroom word only describes or follows ('Online shoppers', 'A farmer who spoke to
    BBC News Online', 'Viewers of the programme': review61 8, fix61)."""
    if lemma(verb) not in lex.newsroom_learning_verbs:
        return False
    subject = child(verb, "nsubj")
    return subject is not None and any(
        t.lower in lex.newsroom_words or lemma(t) in lex.newsroom_words for t in _name_words(subject)
    )


def _name_words(head: Tok) -> list[Tok]:
    """A noun phrase's head and the words that name it with it, its compound, possessive and flat words and theirs
    ('BBC Scotland', 'OBSERVER ONLINE', 'the BBC's political editor'); not its modifiers, clauses or prepositional
    phrases."""
    words = [head]
    for c in head.children:
        if c.dep in {"compound", "poss", "flat"}:
            words.extend(_name_words(c))
    return words


def stance_object(verb: Tok, lex: Lexicon) -> bool:
    """'X raised concerns that ...', 'X expressed the hope that ...': a stance noun with a
    that-clause as the verb's object (the clause is what X puts forward)."""
    return any(
        c.dep == "dobj" and lemma(c) in lex.stance_nouns and any(is_that_clause(g) for g in c.children)
        for c in verb.children
    )


def plan_of(verb: Tok, lex: Lexicon) -> Tok | None:
    """'X announced plans to cut ...': the infinitive of plans the verb puts forward."""
    if lemma(verb) not in lex.plan_verbs:
        return None
    for obj in verb.children:
        if obj.dep == "dobj" and lemma(obj) in lex.plan_nouns:
            for clause in obj.children:
                if clause.dep == "acl" and has_to(clause):
                    return clause
    return None


def organisation_pronoun(subject: Tok, verb: Tok, lex: Lexicon) -> bool:
    """'... but it said the plant would ...': 'it' as the active subject of a verb that reports."""
    return (
        subject.lower in lex.organisation_pronouns
        and subject.dep == "nsubj"
        and lemma(verb) in lex.organisation_reporting_verbs
    )


DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


def judging_subject(subject: Tok, verb: Tok, lex: Lexicon) -> bool:
    """'The legal action accuses Mr Spector of murdering ...', 'after its rival accused it of espionage': the active
    subject of a verb of `judging_speech_acts` with its object is who blames or censures, whatever noun it is, when
    the noun phrase is definite (an article or demonstrative, or an owner); not an indefinite one ('A second-half goal
    condemned Mansfield ...'), nor a fate ('The defeat condemned them to relegation': "to" on the verb or its
    object). Not inside a quotation ('"... the world quite rightly condemned that," he said': the speaker's claim;
    reporting.py asks)."""
    if lemma(verb) not in lex.judging_speech_acts or subject.dep != "nsubj" or subject.head is not verb:
        return False
    objects = [c for c in verb.children if c.dep == "dobj"]
    if not objects or any(c.dep == "prep" and c.lower == "to" for t in [verb, *objects] for c in t.children):
        return False
    if subject.pos != "NOUN" or lemma(subject) in lex.non_agent_nouns:
        return False
    return any(c.dep == "poss" or (c.dep == "det" and c.lower in DEFINITE_DETERMINERS) for c in subject.children)


def judging_agent(agent: Tok, verb: Tok, lex: Lexicon) -> bool:
    """'was widely criticised by net users', 'has been roundly condemned by posterity': the by-agent of a passive
    verb of `judging_speech_acts`, any noun, is who blames or censures (the guide: "Passives keep the agent")."""
    return lemma(verb) in lex.judging_speech_acts and agent.pos == "NOUN" and lemma(agent) not in lex.non_agent_nouns


def saying_subject(subject: Tok, verb: Tok, lex: Lexicon) -> bool:
    """'New guidelines say ...', 'Three-quarters said ...', 'It said that ...': the active subject of a verb of saying
    (`saying_verbs`) that reports something is its source whatever it names (a document, a share of those polled, "it"
    with no group named before); not a subject that never names one ('this', 'there', 'what'), and only as the verb's
    own subject ('The trouble began ..., with X marching up to him, saying ...': the trouble says nothing; 'It joined
    the lawsuit ..., claiming ...': the author's telling of an act)."""
    if lemma(verb) not in lex.saying_verbs or subject.dep != "nsubj" or subject.head is not verb:
        return False
    if says_it_all(verb):
        return False
    if subject.lower in lex.organisation_pronouns:
        return True
    return subject.pos in {"NOUN", "PROPN", "NUM"} and subject.lower not in lex.non_source_subjects


def says_it_all(verb: Tok) -> bool:
    """'The name says it all: ...', 'His face said it all': the idiom puts nothing forward for its subject (an object
    'it' or 'everything' with 'all' beside it or after it; not 'said it was all over')."""
    objects = [c for c in verb.children if c.dep == "dobj" and c.lower in {"it", "everything"}]
    near = [t for o in objects for t in [*o.children, *verb.children]]
    return any(t.lower == "all" and t.dep in {"appos", "det", "advmod", "dobj", "npadvmod"} for t in near)


def action_infinitive(verb: Tok, lex: Lexicon) -> bool:
    """'The firm agreed to invest 242m pesos': a reporting verb whose infinitive is an action."""
    return lemma(verb) in lex.action_infinitive_verbs and any(c.dep == "xcomp" and has_to(c) for c in verb.children)


def is_question_clause(clause: Tok) -> bool:
    """An embedded question: opened by 'if' / 'whether' or by a wh-word."""
    return any(
        (c.dep == "mark" and c.lower in {"if", "whether"}) or c.tag in {"WDT", "WP", "WP$", "WRB"}
        for c in clause.children
    )


def person_object(verb: Tok, lex: Lexicon) -> bool:
    """'James denied Duff', 'the keeper denied Smith a goal': a verb of `person_object_acts` whose
    object is a person blocks or refuses them; it states nothing."""
    if lemma(verb) not in lex.person_object_acts:
        return False
    return any(
        c.dep in {"dobj", "dative"} and (c.pos == "PROPN" or c.ent_type == "PERSON" or c.lower in lex.object_pronouns)
        for c in verb.children
    )


def directive(verb: Tok, lex: Lexicon) -> bool:
    """'the party challenged Mr Smith to stand down', 'pressed ministers to act': a verb of
    `directive_speech_acts` with a person or body to act and the infinitive of what they should do
    (not 'challenged the ruling in court'). The parser may hang the person on the infinitive as its
    subject ('challenged Mr Smith to stand down': Smith the subject of 'stand')."""
    if lemma(verb) not in lex.directive_speech_acts:
        return False
    has_object = any(c.dep == "dobj" for c in verb.children)
    return any(
        c.dep in {"xcomp", "ccomp"} and has_to(c) and (has_object or any(s.dep == "nsubj" for s in c.children))
        for c in verb.children
    )


def without_as(verb: Tok, lex: Lexicon) -> bool:
    """'hails from Leeds', 'hailed a taxi': a verb of `as_speech_acts` is a speech act only when it
    says what something is, with 'as' ('hailed the deal as a breakthrough')."""
    if lemma(verb) not in lex.as_speech_acts:
        return False
    if any(c.dep == "ccomp" for c in verb.children):
        return False  # 'described how it affected his friends': it reports a clause
    # also an 'as' the parser hung lower ('described not being able to see as simply "an inconvenience"', 'described
    # the intruder as well-built', 'as the "be all and end all"'), not a clause's 'as' ('hailed a taxi as it passed')
    return not any(t.lower == "as" and t.i > verb.i and as_of_description(t) for t in verb.subtree())


def as_of_description(tok: Tok) -> bool:
    """An 'as' that introduces what something is called, not a clause of its own with a subject."""
    if tok.dep in {"prep", "advmod"}:
        return True
    return tok.dep == "mark" and tok.head is not None and subject_of(tok.head) is None


def particle_use(verb: Tok, lex: Lexicon) -> bool:
    """'called in sick', 'called off the strike', 'condemned Mansfield to defeat': a speech-act verb
    with a particle or preposition that makes it another verb (the lexicon's `non_speech_particles`
    and `non_speech_prepositions`)."""
    return any(
        (c.dep == "prt" and c.lower in lex.non_speech_particles)
        or (c.dep == "prep" and (lemma(verb), c.lower) in lex.non_speech_prepositions)
        for c in verb.children
    )


def reflexive_state(verb: Tok, lex: Lexicon) -> bool:
    """'the hosts soon found themselves a goal down', 'Trump finds himself mired in criminal cases': a verb of
    `reflexive_state_verbs` with a reflexive pronoun right after it (its object, or the subject of the clause the parser
    hangs on it) tells the subject's situation, no finding the subject puts forward (claims68)."""
    if lemma(verb) not in lex.reflexive_state_verbs:
        return False
    near = [*verb.children, *(g for c in verb.children for g in c.children)]
    return any(t.i == verb.i + 1 and t.lower in lex.reflexive_pronouns for t in near)


def ruling(verb: Tok, lex: Lexicon) -> bool:
    """'The judges dismissed both appeals', 'the case was dismissed by a court': a speech-act verb
    whose object (or passive subject) is a case of the lexicon's `ruling_objects` rules on it and
    states nothing."""
    return any(
        c.dep in {"dobj", "nsubjpass"} and ((lemma(verb), lemma(c)) in lex.ruling_objects) for c in verb.children
    )


def speech_phrase(verb: Tok, lex: Lexicon) -> bool:
    """'paid tribute to', 'made clear that', 'asked for 15 years', 'protested her innocence': a verb of
    `speech_phrases` with its word hanging on it (object, particle, preposition or complement), or a speech act aimed
    at someone (`targeted_speech`)."""
    return hangs_phrase(verb, lex.speech_phrases) or targeted_speech(verb, lex)


def targeted_speech(verb: Tok, lex: Lexicon) -> bool:
    """'has hit out at critics of the bill', 'lashed out at the trade policies of the G7', 'railed against drinks
    promotions', 'hit back at Labour claims', 'joined calls for an inquiry': a verb of
    `targeted_speech_phrases` with its words hanging on it, whose content is the criticism or the call (ANNOTATION:
    speech acts carry their content; claims80). Not an armed party's ('troops lashed out at the crowd': an act),
    nor without the phrase's preposition or noun on the verb ('the batsman hit out', 'Arsenal hit back to win')."""
    if not hangs_phrase(verb, lex.targeted_speech_phrases):
        return False
    subject = subject_of(verb)
    return subject is None or lemma(subject) not in lex.armed_parties


def reason_speech_act(verb: Tok, lex: Lexicon) -> bool:
    """'X attacked Y for failing to ...', 'slammed the plan over ...': a verb of
    `reason_speech_acts` with the reason given, or with an object of `criticised_objects` ('attacked
    the plans')."""
    if lemma(verb) not in lex.reason_speech_acts:
        return False
    if lemma(verb) == "hit" and not any(c.dep == "prt" and c.lower == "out" for c in verb.children):
        return False  # only "hit out at"
    if lemma(verb) == "hit":
        return True
    objects = [c for c in verb.children if c.dep == "dobj"]
    if any(lemma(o) in lex.criticised_objects for o in objects):
        return True  # "attacked the plans", "slammed the decision"
    for prep in (c for t in [verb, *objects] for c in t.children if c.dep == "prep"):
        if prep.lower == "for" and any(g.dep == "pcomp" and g.tag == "VBG" for g in prep.children):
            return True  # "for failing to ..."
        if prep.lower == "over" and any(g.dep == "pobj" and g.ent_type not in {"DATE", "TIME"} for g in prep.children):
            return True  # "over its plans" (not "over the weekend")
    return False


def named_subject(subject: Tok, lex: Lexicon) -> bool:
    """A noun subject that names who speaks by its form ('the insurer', 'producers', 'the
    president'): a noun of agent ending, not a quantity ('the number of ...')."""
    word = lemma(subject)
    if subject.pos != "NOUN" or word in lex.non_source_subjects or word in lex.non_agent_nouns:
        return False
    return any(has_ending(w, lex.agent_endings) for w in (word, subject.lower))


def as_frame(verb: Tok, lex: Lexicon) -> bool:
    """'As the minister said, the plan will cost more': a clause of "as" with a bare verb of saying (`as_frame_verbs`)
    before the main clause of the sentence (or the content its frame follows); its subject is that clause's source
    (claims17). Not 'As I said, ...' in a column (the author's own voice), nor a firm that "has shown" by example
    (only data show)."""
    if not bare_as_clause(verb) or lemma(verb) not in lex.as_frame_verbs:
        return False  # not 'As protesters shouted', 'As the protesters demanded', 'As many had predicted' (review15c)
    subject = subject_of(verb)
    if subject is None or subject.lower in {"i", "we"}:
        return False
    return lemma(verb) not in lex.evidence_verbs or lemma(subject) in lex.evidence_nouns


def as_aside(verb: Tok, lex: Lexicon) -> bool:
    """'As the protesters demanded, the minister resigned', 'As the unions had feared, the plant closed': a bare
    clause of "as" whose verb is no verb of saying (`as_frame_verbs`) tells that what the main clause reports
    matched what someone asked for, feared or expected; the main clause is the author's, and the aside is neither
    a claim of its own nor its frame (review15c)."""
    return bare_as_clause(verb) and lemma(verb) not in lex.as_frame_verbs and subject_of(verb) is not None


def what_aside(verb: Tok) -> bool:
    """'In what the UN described as a massacre, 40 villagers were killed', 'quit the show over what she called
    "bullying" tactics': a verb of saying whose object is a free relative 'what' inside a prepositional phrase names
    how someone called something; the main clause is the author's, not what the verb reports. Not a phrase that is the
    predicate ('The genre is in what Millan calls its "infant stage"': Millan's word is the claim), nor a verb with a
    clause of its own ('proud of what they believed Labour had achieved'), but for a clause whose subject is the 'what'
    itself: 'in response to what the government says are changing needs', 'bombed positions in what the ministry said
    was a retaliatory strike' name the thing as X does, and the main clause stays the author's."""
    prep = verb.head
    if verb.dep != "pcomp" or prep is None or prep.dep != "prep" or prep.head is None:
        return False
    if lemma(prep.head) == "be":
        return False
    clauses = [c for c in verb.children if c.dep in {"ccomp", "xcomp"}]
    if clauses:
        return len(clauses) == 1 and any(c.dep == "nsubj" and c.lower == "what" for c in clauses[0].children)
    return any(c.dep == "dobj" and c.lower == "what" for c in verb.children)


MANNER_QUESTION_WORDS = frozenset({"how"})


def how_aside(verb: Tok) -> bool:
    """'irrespective of how strongly they feel to the contrary', 'regardless of how the unions feel about it': a verb
    of a question clause of manner ('how') that is a preposition's complement (or a conjunct of one), with no clause
    of its own, names how someone thinks; it puts nothing forward, and the sentence around it is not its claim (fix99:
    the Galloway quotation's "stooge" sentence went to "they")."""
    node = verb
    while node.dep == "conj" and node.head is not None and node.head is not node:
        node = node.head
    if node.dep != "pcomp" or node.head is None or node.head.dep != "prep":
        return False
    if any(c.dep in {"ccomp", "xcomp"} or is_that_clause(c) for c in verb.children):
        return False
    return any(t.lower in MANNER_QUESTION_WORDS for t in verb.subtree() if t.i < verb.i)


def bare_as_clause(verb: Tok) -> bool:
    """A clause of "as" with a verb and no object or clause of its own before the main clause of the sentence (or
    before the content a frame follows: '"As Lord Woolf also acknowledged, it is highly unlikely ...," she said');
    not deeper ('for hints on whether, as the Conservatives claim, he plans ...': the author's clause around it),
    not with clauses of their own between ('As X has said, if ..., if ..., they are not ...')."""
    head = verb.head
    if verb.dep != "advcl" or head is None or head.i < verb.i:
        return False
    if head.dep != "ROOT" and not (head.dep == "ccomp" and head.head.dep == "ROOT" and head.head.i > head.i):
        return False
    if any(c.dep == "advcl" and verb.i < c.i < head.i for c in head.children):
        return False
    if not any(c.dep == "mark" and c.lower == "as" for c in verb.children):
        return False
    return not any(c.dep in {"dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "prep"} for c in verb.children)


def parenthetical(verb: Tok) -> bool:
    """'..., they say, the money could run out': a bare reporting clause between commas inside
    the clause it reports."""
    if verb.dep != "parataxis":
        return False
    first = verb.subtree()[0]
    commas = [t.i for t in verb.children if t.dep == "punct" and t.text == ","]
    return verb.head.i > verb.i and any(i <= first.i for i in commas) and any(i > verb.i for i in commas)


def closing_conjunct(verb: Tok) -> bool:
    """'Deaths have risen, a committee has warned.' with the reporting verb parsed as a conjunct of
    what it reports: a bare verb that ends the sentence, its subject right after a comma (no "and"
    between), and its content before. A frame closing the sentence, not a clause of its own."""
    if verb.dep != "conj" or verb.head is None or verb.head.i > verb.i:
        return False
    if any(c.dep in {"dobj", "ccomp", "xcomp", "attr", "acomp", "cc"} for c in verb.children):
        return False
    subject = subject_of(verb)
    if subject is None or subject.dep != "nsubj":
        return False
    top = verb.ancestors()[-1] if verb.ancestors() else verb
    sentence = {t.i: t for t in top.subtree()}
    first = min(t.i for t in subject.subtree())
    comma = sentence.get(first - 1)
    if comma is None or comma.text != "," or first - 1 <= verb.head.i:
        return False
    return all(t.pos in {"PUNCT", "SPACE"} for i, t in sentence.items() if i > verb.i)


def refusal(verb: Tok, lex: Lexicon) -> bool:
    """'The spokeswoman would not comment', 'he would not say whether ...': a negated verb of
    `withheld_speech_verbs` (under 'would') reports a refusal, not what would happen."""
    return lemma(verb) in lex.withheld_speech_verbs and denied(verb, lex)


def evidence_noun(tok: Tok, lex: Lexicon) -> bool:
    """Whether a noun is one of the lexicon's `evidence_nouns` (findings, analysis, estimates)."""
    return lemma(tok) in lex.evidence_nouns or tok.lower in lex.evidence_nouns


def unrealised_wish(verb: Tok, lex: Lexicon) -> bool:
    """'The families had hoped the apology would be made', 'the firm had wanted to sell', 'observers had
    been hoping that ...': a wish in the past perfect is narrated as overtaken by events (the author's
    account of a past attitude), not put forward by its holder."""
    if lemma(verb) not in lex.unrealised_wish_verbs or verb.tag not in {"VBN", "VBG"}:
        return False
    aux = [c.lower for c in verb.children if c.dep == "aux"]
    return "had" in aux and (verb.tag == "VBN" or "been" in aux)


def contest_use(verb: Tok, lex: Lexicon) -> bool:
    """'Scotland defended well', 'she defended her 3,000m title', 'Defending champion Andy Roddick ...': a verb of
    `contest_verbs` with no object or with one of `contest_nouns` is play, not a judgement ('the minister
    defended his decision' is one)."""
    if lemma(verb) not in lex.contest_verbs:
        return False
    obj = next((c for c in verb.children if c.dep == "dobj"), None)
    return obj is None or lemma(obj) in lex.contest_nouns


def naming_use(verb: Tok, lex: Lexicon) -> bool:
    """'The production is called Touching From A Distance', 'an umbrella organisation called the DEC': a
    verb of `naming_verbs` in the passive or as a participle names; it judges nothing. Not with its judge
    ('he was called the "fifth child of the group" by the film's director': the director's judgement) nor
    with a preposition of asking ('a heavy penalty was called for': what was warranted; review14)."""
    if lemma(verb) not in lex.naming_verbs:
        return False
    if verb.dep != "acl" and not any(c.dep == "auxpass" for c in verb.children):
        return False
    judge = any(c.dep == "agent" for c in verb.children) or misplaced_agent(verb) is not None
    # right after the verb: not 'was called into action for the first time'
    preps = lex.prescription_prepositions
    asked = any(c.dep == "prep" and c.lower in preps and c.i == verb.i + 1 for c in verb.children)
    return not (judge or asked)


def telephone_use(verb: Tok, lex: Lexicon) -> bool:
    """'His wife, who called the police, said ...', 'she called her service provider': an active verb of
    `naming_verbs` with one object, no second complement and no quotation after it telephones or summons; 'called
    the rebate "unjustified"', 'calls it a PCtvt', 'called the sale "the swindle of the century"' (an object and
    what it is called, which the parser may hang under the object) name or judge (review14)."""
    if lemma(verb) not in lex.naming_verbs or any(c.dep == "auxpass" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep in {"dobj", "oprd", "dative"}]  # 'called me a mongrel': two
    if len(objects) != 1 or any(c.dep in {"ccomp", "xcomp", "attr"} for c in verb.children):
        return False
    if lemma(objects[0]) in lex.name_calling_nouns and any(c.dep in {"compound", "nmod"} for c in objects[0].children):
        return False  # 'called the report rubbish': the parser makes 'report' a compound of the judgement (review15b)
    # not 'called for reform of the UN, the World Bank and the IMF' (a preposition before the object)
    asked = any(c.dep == "prep" and verb.i < c.i < objects[0].i for c in verb.children)
    quoted = any(t.tag in {"``", "''"} and t.i > verb.i for t in verb.subtree())  # 'called the sale "the swindle ..."'
    return not asked and not quoted


def owned_aim(noun: Tok) -> bool:
    """'the government's goal of halving child poverty', 'the goal of full employment': a goal someone has or that
    names what it aims at, an aim (review16e), not the goal of a pitch."""
    return any(
        c.dep == "poss" or (c.dep == "prep" and c.lower == "of") or c.dep in {"acl", "relcl"} for c in noun.children
    )


def states_at_war(subjects: list[Tok], objects: list[Tok], preps: list[Tok]) -> bool:
    """'Russia attacked Ukraine, saying it was protecting Russian speakers': a country (a GPE entity) that attacks
    another is at war (review17c), not 'China attacked Japan over its textbooks' (the grounds of a protest)."""
    states = bool(subjects) and all(s.ent_type == "GPE" for s in subjects)
    grounds = [p for p in preps if p.lower == "over" and not over_a_time(p)]
    return states and any(o.ent_type == "GPE" for o in objects) and not grounds


def over_a_time(prep: Tok) -> bool:
    """'over the weekend', 'over two days': 'over' a span of time (a DATE or TIME entity) says when, not what a
    protest is about (review18d)."""
    return any(o.dep == "pobj" and o.ent_type in {"DATE", "TIME"} for o in prep.children)


def scheduled_use(verb: Tok) -> bool:
    """'The film is slated for release in May', 'a technology slated to compete with 3G': "slate" in the passive with
    no agent puts something on a schedule; "Victoria Wood slated comedian Sacha Baron Cohen", "was slated by critics"
    judge (claims27)."""
    return lemma(verb) == "slate" and is_passive(verb) and not any(c.dep == "agent" for c in verb.children)


def physical_attack(verb: Tok, lex: Lexicon) -> bool:
    """'Rebels attacked the convoy', 'gunmen attacked local officials', 'troops attacked rebel positions', 'the convoy
    was attacked', 'two officers were attacked', 'attacked the town with rockets', 'he was attacked in a park':
    'attack' by an armed party (a common noun of `armed_parties`, not part of a name: not the Salvation Army, a think
    tank) of anything but a policy or a deal, of a physical target (`attack_targets`, not a name: not the House of
    Commons), of people in the passive with no agent or an armed one, with a weapon, or with no object in a place of
    `attack_places` is an act with no propositional content (ANNOTATION: an event; review16c, d, e). Not 'attacked the
    plans', 'attacked the peace deal as a sham', 'Former soldiers attacked the government in a letter', 'The police
    were attacked by the report', nor with a reason given ('attacked the army for failing to ...'): a verbal attack."""
    if lemma(verb) != "attack" or reason_speech_act(verb, lex):
        return False
    preps = [p for p in verb.children if p.dep == "prep"]
    said_in = [
        o for p in preps if p.lower in {"in", "during", "through"} for o in p.children if lemma(o) in lex.attack_media
    ]
    if said_in or any(p.lower == "as" for p in preps):
        return False  # 'in a letter', 'in a damning report', 'as a sham': words
    agents = [o for a in verb.children if a.dep == "agent" for o in a.children if o.dep == "pobj"]
    subjects = [c for c in verb.children if c.dep == "nsubj"] + agents
    objects = [c for c in verb.children if c.dep == "dobj"]
    passive = [c for c in verb.children if c.dep == "nsubjpass"]
    armed = any(
        lemma(s) in lex.armed_parties and s.pos != "PROPN" and not any(c.dep == "compound" for c in s.children)
        for s in subjects
    )
    if armed:
        return not any(lemma(o) in lex.criticised_objects or lemma(o) in lex.attack_verbal_objects for o in objects)
    if states_at_war(subjects, objects, preps):
        return True
    if any(lemma(t) in lex.attack_targets and t.pos != "PROPN" for t in objects + passive):
        return True
    if any(lemma(t) in lex.play_targets and not owned_aim(t) for t in objects):
        return True  # 'Chelsea attacked the goal', 'he attacks the net': play (claims20)
    if not agents and any(lemma(t) in lex.attack_people for t in passive):
        return True
    weapons = [o for p in preps if p.lower == "with" for o in p.children]
    places = [o for p in preps if p.lower in {"in", "near", "at", "outside"} for o in p.children]
    return any(lemma(o) in lex.attack_weapons for o in weapons) or (
        not objects and any(lemma(o) in lex.attack_places for o in places)
    )


# what makes a relative clause's reporting verb report a clause of its own, or name what it says the noun is
# (`reports_the_noun_only`)
OWN_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "conj", "advcl"})


def reports_the_noun_only(verb: Tok, lex: Lexicon) -> bool:
    """'the 3.1% the government estimated a month ago', 'three charges of fraud, which he denies', 'the reforms he
    proposed in September', 'the charges he had once told Mr Blair about': a reporting verb of a relative clause whose
    subject is its own (not the relative pronoun) and whose object is the noun the clause hangs on (a relative pronoun
    object, or none; the object of a verb of `hearer_passive_verbs` is who heard it). It reports no clause: no
    complement, infinitive or clause of its own on it, no 'as' naming what it says the noun is ('who he described as
    an activist', 'which it had reported as advertising revenue'). The noun's sentence is one claim, its main clause's
    (review76's finding 3, fix95: not 'which critics say is more transparent', 'who say the party needs him'). Not a
    speech act that judges or calls for what it acts on ('the union, which the minister criticised', 'the reforms
    they urged'): the act carries its content (ANNOTATION); a speech act of saying (`saying_verbs`: 'which he
    denies') reports what the noun is said to be, and that is the noun."""
    word = lemma(verb)
    if verb.dep != "relcl" or word not in lex.reporting_verbs:
        return False
    if (word in lex.speech_acts and word not in lex.saying_verbs) or word in lex.reason_speech_acts:
        return False
    subject = subject_of(verb)
    if subject is None or subject.lower in lex.relative_pronouns or misread_relative(verb, lex):
        return False
    for c in verb.children:
        if c.dep in OWN_CONTENT_DEPS or (c.dep == "prep" and c.lower == "as") or is_that_clause(c):
            return False
        if c.dep == "dobj" and c.lower not in lex.relative_pronouns and word not in lex.hearer_passive_verbs:
            return False
    return True


RELATIVE_ADVERBS = frozenset({"where", "when", "why", "how"})
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})


def misread_relative(verb: Tok, lex: Lexicon) -> bool:
    """A relative clause of a reporting verb the parse made of something else (`reports_the_noun_only`): a contact
    relative (no relative word before its verb: not 'the first episode of which', 'against which') set off by a comma
    is a closing frame ('... music executive Jordan Bratman, the singer's agent has confirmed.'); a finite verb right
    after it outside it is the clause it reports ('the powers - which President Chavez argues are needed ...', 'which
    they had previously indicated had understated losses'); a colon on it or right after it opens what it says
    ('whether he was taking a risk he replied: "..."'); a relative adverb makes it no object relative ('a meeting
    where some senior Tories argued against the move')."""
    toks = verb.subtree()
    ancestors = verb.ancestors()
    around = {t.i: t for t in (ancestors[-1] if ancestors else verb).subtree()}  # the sentence's tree
    relative_word = any(t.lower in lex.relative_pronouns or t.lower == "whose" for t in toks if t.i < verb.i)
    before = around.get(toks[0].i - 1)
    if not relative_word and before is not None and before.text == ",":
        return True
    after = around.get(verb.i + 1)
    if after is not None and after not in toks and after.tag in FINITE_TAGS:
        return True
    if any(c.text == ":" or c.lower in RELATIVE_ADVERBS for c in verb.children):
        return True
    closing = around.get(toks[-1].i + 1)
    return closing is not None and closing.text == ":"
