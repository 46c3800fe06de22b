"""What a page says that makes a name spaCy labelled an organisation a person's (actors54).

spaCy labels some persons' names ORG ("Stan Varga", "Schalk Burger", "Kolo Toure"), and with no rule of their own
they are typed organisations by that label. The page often says more: a gendered possessive in the clause the name
is the subject of ("Varga tapped in his second"), or a person's noun the name is said to be
("Schalk Burger was named player of the year", "Owain Bennallack is the editor of Develop magazine"). Each function
here looks for one such piece of evidence about a name's mentions and returns its cue token, or None.
"""

from __future__ import annotations

from ..parsed import Tok
from ..syntax import lemma
from .lexicon import ActorsLexicon

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# pronouns that refer back to a person: a possessive or reflexive in the subject's own clause; never "him" / "her" as
# an object of the subject's verb (principle B: "Fuller broke clear as Toure closed him down": him is Fuller)
POSSESSIVES = frozenset({"his", "her"})
REFLEXIVES = frozenset({"himself", "herself"})
# verbs that say what a person was made ("was named player of the year", "was voted captain")
NAMING_VERBS = frozenset({"name", "vote", "appoint", "elect", "crown"})
# offices a body can be said to be as well ("Microsoft is the leader in search", "a member of the alliance", "a
# candidate for a takeover"): no evidence of a person
BODY_PREDICATES = frozenset({"leader", "member", "head", "chief", "candidate", "founder", "official", "general"})
# nouns a firm, a club or a body is said to be as well ("Goldman Sachs is the adviser to the bidder", "Blue Origin was
# named winner of the contract", "Ferrari were named champion"): no evidence of a person either (review43)
BODY_ROLES = frozenset({
    "adviser", "advisor", "broker", "builder", "champ", "champion", "consultant", "critic", "expert", "finalist",
    "international", "investor", "model", "newcomer", "nominee", "number", "opponent", "partner", "producer",
    "representative", "rival", "runner-up", "seed", "star", "trader", "victim", "winner",
})  # fmt: skip
# verbs that answer another's act or words: the 'his' / 'her' of their object is as often that other person's, when
# the page has just named one ("Hewitt ... but Tennis Australia's Geoff Pollard rejected his comments": Hewitt's; "The
# founder sued the firm. Nordic Mining denied his claims"): then no evidence that the subject is a person (review43;
# "Pullman has denied his books are anti-religious", no one named before, still is)
# review45 adds the verbs of a reply ("Naftogaz responded to his demands", "Mossad ignored his warnings", "the ministry
# mocked his speech")
RESPONSE_VERBS = frozenset({
    "accept", "answer", "approve", "back", "block", "challenge", "condemn", "criticise", "criticize", "defend", "deny",
    "dismiss", "dispute", "ignore", "investigate", "mock", "oppose", "praise", "question", "react", "rebuff", "rebut",
    "refuse", "reject", "reply", "respond", "ridicule", "support", "welcome",
})  # fmt: skip
# how many sentences before the name's own `someone_before` reads: the person answered is often named two sentences
# before ("The president spoke on Monday. The speech lasted an hour. Naftogaz criticised his speech": review45)
SENTENCES_BEFORE = 2


def name_shaped(name: str) -> bool:
    """'Stan Varga', 'Kolo Toure': two or three capitalised words of letters (no acronym, no 'the'). Not one word:
    a club's or a place's name as often ("Veracruz will be his destination"), and a one-word person's other mentions
    have no full name to fold onto (actors54-try2 lost three of "Juninho"'s)."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words)


def occurrences(words: list[str], toks: dict[int, Tok], headlines: frozenset[int]) -> list[Tok]:
    """The last token of each place outside a headline where the page writes the name whole, or its last word alone
    (a surname: "Varga" after "Stan Varga"), the word before not capitalised (not another name's end)."""
    out = []
    n = len(words)
    for i, tok in toks.items():
        if tok.sent in headlines or tok.text != words[-1]:
            continue
        whole = all(toks.get(i - n + 1 + k) is not None and toks[i - n + 1 + k].text == words[k] for k in range(n))
        before = toks.get(i - (n if whole else 1))
        if before is not None and before.sent == tok.sent and before.text[:1].isupper() and before.text.isalpha():
            continue  # "Toure" of "Yaya Toure" is not "Kolo Toure"'s surname alone
        out.append(tok)
    return out


def _clause_path_clear(pron: Tok, verb: Tok) -> bool:
    """Whether the pronoun hangs from the verb through nouns and prepositions alone, crossing no other verb: "Varga
    tapped in his second" (his -> second -> tapped); not "Real Madrid also believed to be monitoring his situation"
    nor "Zvonareva struggled to return her serve" (another verb's clause, whose "his" / "her" may be anyone's)."""
    tok = pron
    while tok.head is not None and tok.head is not tok:
        tok = tok.head
        if tok is verb:
            return True
        if tok.pos in {"VERB", "AUX"} or any(c.dep in SUBJECT_DEPS for c in tok.children):
            return False
    return False


def someone_before(head: Tok, toks: dict[int, Tok], lex: ActorsLexicon) -> bool:
    """Whether another person is named before the name, in its sentence or the `SENTENCES_BEFORE` before it: a name
    spaCy labels a person's, or a person's noun or office ('Hewitt said ... but Tennis Australia's Geoff Pollard
    rejected his comments', 'The founder sued the firm. Nordic Mining denied his claims', 'The president spoke on
    Monday. The speech lasted an hour. Naftogaz criticised his speech'); not a pronoun, which may be the name's own
    person, nor the name itself written in full before ('Philip Pullman's ... but Pullman has denied his books ...')."""
    own = {head.text}  # the name's own words: the capitalised run that ends at its head
    k = head.i - 1
    while k in toks and toks[k].sent == head.sent and toks[k].text[:1].isupper() and toks[k].text.isalpha():
        own.add(toks[k].text)
        k -= 1
    # a person's noun or office ('the president'; not 'a number of websites', nor an office a body holds: 'leader')
    persons = (lex.person_nouns | lex.role_nouns) - BODY_PREDICATES - BODY_ROLES
    window = range(head.sent - SENTENCES_BEFORE, head.sent + 1)
    for tok in toks.values():
        if tok.sent not in window or tok.i >= head.i or tok.text in own or written_before(tok, head, toks):
            continue
        if tok.ent_type == "PERSON" or (tok.tag in {"NN", "NNS"} and lemma(tok) in persons):
            return True
    return False


def written_before(tok: Tok, head: Tok, toks: dict[int, Tok]) -> bool:
    """Whether a token is a word of the name in full ('Philip' of 'Philip Pullman' before 'Pullman'): a capitalised run
    of words from the token that holds the name's head word."""
    k = tok.i
    while k in toks and toks[k].sent == tok.sent and toks[k].text[:1].isupper() and toks[k].text.isalpha():
        if toks[k].text == head.text:
            return True
        k += 1
    return False


def own_pronoun(head: Tok, toks: dict[int, Tok], lex: ActorsLexicon) -> Tok | None:
    """A 'his' / 'her' / 'himself' / 'herself' of the clause the name is the subject of, hanging from its verb through
    no other verb, after the name with no other name, noun or capitalised word between ("Varga tapped in his second").
    Not a "he" / "she" of a clause under the verb: bodies report on persons ("the International Rugby Board confirmed
    that he could only be eligible"); not across a noun phrase that may hold the pronoun's referent ("Chelsea thanked
    Mourinho for his work")."""
    verb = head.head
    if head.dep not in SUBJECT_DEPS or verb is None or verb is head or lemma(verb) == "be":
        return None  # "Veracruz will be his destination": the subject is his, not he
    if lemma(verb) in RESPONSE_VERBS and someone_before(head, toks, lex):
        return None  # "The founder sued ... Nordic Mining denied his claims": his may be the founder's
    for tok in verb.subtree():
        if tok.i <= head.i:
            continue
        mine = tok.lower in REFLEXIVES or tok.lower in POSSESSIVES and tok.tag == "PRP$"
        if not mine or not _clause_path_clear(tok, verb):
            continue
        between = [toks[k] for k in range(head.i + 1, tok.i) if k in toks]
        if any(t.pos in {"PROPN", "PRON"} or t.text[:1].isupper() or t.tag in {"NN", "NNS"} for t in between):
            continue
        return tok
    return None


def said_person(head: Tok, lex: ActorsLexicon) -> Tok | None:
    """A person's or an office's noun (not one a body can be: `BODY_PREDICATES`) that a copula or a naming verb says the
    name is: "Owain Bennallack is the editor of Develop magazine", "Schalk Burger was named player of the year". One
    noun, not "one of" nor negated; not a noun a body is said to be as well (`BODY_PREDICATES`, `BODY_ROLES`)."""
    verb = head.head
    if head.dep not in SUBJECT_DEPS or verb is None or verb is head:
        return None
    if any(c.dep == "neg" for c in verb.children):
        return None
    copula = lemma(verb) == "be" and head.dep == "nsubj"
    naming = lemma(verb) in NAMING_VERBS and head.dep == "nsubjpass"
    if not copula and not naming:
        return None
    nouns = (lex.person_nouns | lex.role_nouns) - BODY_PREDICATES - BODY_ROLES
    for c in verb.children:
        if c.i > head.i and c.dep in {"attr", "oprd"} and c.tag == "NN" and lemma(c) in nouns:
            return c
    return None


def person_evidence(name: str, toks: dict[int, Tok], headlines: frozenset[int], lex: ActorsLexicon) -> Tok | None:
    """The first cue on the page that a name (`name_shaped`) is a person's: a pronoun of its own clause or a person's
    noun it is said to be, at any place the page writes it whole or its last word alone."""
    if not name_shaped(name):
        return None
    for head in occurrences(name.split(), toks, headlines):
        cue = own_pronoun(head, toks, lex) or said_person(head, lex)
        if cue is not None:
            return cue
    return None


def one_word_evidence(name: str, toks: dict[int, Tok], headlines: frozenset[int], lex: ActorsLexicon) -> Tok | None:
    """The first cue on the page that a one-word name is a person's ("Hassell warns that Juninho could reconsider his
    future", "Maxey is the team's leading scorer"): the same evidence as `person_evidence`, for a name of one
    capitalised word of letters that the page never writes after a capitalised word (actors55)."""
    if not (name.isalpha() and name[:1].isupper() and name[1:].islower()):
        return None
    for head in occurrences([name], toks, headlines):
        cue = own_pronoun(head, toks, lex) or said_person(head, lex)
        if cue is not None:
            return cue
    return None


PERSONAL_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "herself"})


def sole_persons_pronoun(name: str, toks: dict[int, Tok], headlines: frozenset[int], lex: ActorsLexicon) -> Tok | None:
    """A "he" / "his" / "she" / "her" after a one-word name in its own sentence, where nothing before that pronoun on
    the page may be its referent but the name: no other word spaCy labels a person's, no earlier personal pronoun and
    no singular person's or office's noun ("Kadyrov said the pipeline through Chechnya would be guarded by his forces"
    in business news: a firm is no "his"; review48's xfail, actors62). Weaker than `one_word_evidence` (the pronoun
    may sit in a clause under the name's verb, where a body reports on a person), so only where no person is named
    before it; not "Yukos said his arrest was political" after "Mikhail Khodorkovsky"."""
    nouns = lex.person_nouns | lex.role_nouns | lex.kin_nouns
    for head in occurrences([name], toks, headlines):
        after = [t for t in toks.values() if t.sent == head.sent and t.i > head.i and t.lower in PERSONAL_PRONOUNS]
        if not after:
            continue
        pron = min(after, key=lambda t: t.i)
        others = any(
            t.i < pron.i
            and t.sent not in headlines
            and (
                t.ent_type == "PERSON"
                and t.text != name
                or t.lower in PERSONAL_PRONOUNS
                or t.tag == "NN"
                and lemma(t) in nouns
            )
            for t in toks.values()
        )
        if not others:
            return pron
    return None
