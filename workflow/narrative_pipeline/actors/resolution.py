"""Resolution: linking what names no registry actor by itself, with what the article has said.

A single name repeating a person's full name (`surname`), a short form or the initials of an
organisation the article names in full (`short-form`: "Newbridge" for Newbridge Capital, "BoE"
for the Bank of England), a spelling variant of a registry name (`fuzzy`), else a stable
discovered id (`ner-discovered`). Common nouns are resolved by `descriptors`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from ..actortypes import LABEL_ONLY_RULES
from ..parsed import Tok
from ..records import ActorType
from ..registry import Registry, RegistryEntry, fold
from ..syntax import NOUN_PHRASE_ARCS, SUBJECT_DEPS, climb
from .candidates import Candidate, LinkPriority
from .discovery import CAMEL_CASE, FUNCTION_WORDS, camel_case_body, discovered_id, initials, org_word
from .lexicon import ActorsLexicon
from .lineups import on_a_sheet

if TYPE_CHECKING:
    from .players import Intro
    from .teams import Fixture

NAMED_GROUP_TYPES = frozenset({"party", "organisation", "government", "armed_group", "company", "media", "group"})
# decisions that rest on spaCy's label or the article's topic alone (`tables.LABEL_ONLY_RULES`): "Claverie said" typed a
# company by a business article is the surname of "Jean-Paul Claverie" named before it, as one typed by its label is
# (actors35)
FIRM_WORD_USES = 2  # times the body says an organisation's word alone before the person whose surname it is (review14)


class Referent(NamedTuple):
    """An actor the article names in full, that shorter names fold onto."""

    actor_id: str | None  # None: a discovered name (its id is made from `name`)
    name: str
    actor_type: ActorType
    strong: bool = True  # typed by the registry or by a cue, not by spaCy's label alone


Definition = tuple[Referent, int]  # an acronym's organisation, the token of the bracket closing the acronym


def definition_at(acronyms: dict[str, list[Definition]], acronym: str, at: int) -> Definition | None:
    """The definition of `acronym` in force at token `at` (`acronyms.defined_acronyms`): the last whose closing
    bracket is at or before it ("ICC" after "the International Criminal Court (ICC)" and before "the International
    Cricket Council (ICC)" is the court); none before the first definition."""
    return next((d for d in reversed(acronyms.get(acronym, [])) if d[1] <= at), None)


def is_strong(c: Candidate, registry: Registry) -> bool:
    return c.actor_id in registry.entries or c.type_rule not in {"ner-label", "article-agreement"}


def middle_initials(name: str) -> tuple[str, ...]:
    """The initials between a name's first and last words, without their dots ("George H. W. Bush" -> ("H", "W");
    "George W Bush" -> ("W",)); initials written together count one by one ("George H.W. Bush", "George HW Bush" ->
    ("H", "W"): the usual spellings of the father's name; review21a)."""
    out: list[str] = []
    for w in name.split()[1:-1]:
        letters = [p for p in w.split(".") if p]
        if letters and all(len(p) == 1 and p.isalpha() for p in letters):
            out += letters  # "W.", "H.W."
        elif w.isalpha() and w.isupper() and len(w) <= 3:
            out += list(w)  # "HW"
    return tuple(out)


def other_initials(a: str, b: str) -> bool:
    """Whether two names both give middle initials and not the same ones: two persons ("George H. W. Bush", the
    father, is not "George W. Bush", the son; review19c). A name without initials may be either."""
    ia, ib = tuple(i.upper() for i in middle_initials(a)), tuple(i.upper() for i in middle_initials(b))
    return bool(ia) and bool(ib) and ia != ib


def same_person(a: str, b: str) -> bool:
    """Two full names of one person: the same first and last words ("Anthony Meyer", "Anthony John
    Charles Meyer"), or an initial for the first ("C Hodgson", "Charlie Hodgson"); not when both give middle
    initials and they differ (`other_initials`)."""
    wa, wb = a.split(), b.split()
    if wa[-1] != wb[-1] or other_initials(a, b):
        return False
    first_a, first_b = wa[0].rstrip("."), wb[0].rstrip(".")
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[:1] == first_b[:1]
    return first_a == first_b


def surname_of(full: str) -> str:
    """The word a person is called by alone: the last of the name, or a peer's name before its place
    ("Nicholls of Birkenhead" is Lord Nicholls, not "Birkenhead")."""
    return full.split()[0] if peer_form(full) else full.split()[-1]


def particle_surname(name: str, full: str, particles: frozenset[str], given: frozenset[str] = frozenset()) -> bool:
    """'El Guerrouj' of "Hicham El Guerrouj", 'Van Persie' of "Robin van Persie": a name particle (`name_particles`)
    and the last word that end a person's full name of three words or more, in either case; whatever type the name
    took alone ("El Guerrouj" an organisation by spaCy's label; fix100, review78's finding 4). Not a capitalised
    particle that is a given name too ("Al Hendrix" beside "Jimi Hendrix", "Ben")."""
    words = name.split()
    if len(words) != 2 or words[0].lower() not in particles or len(full.split()) < 3:
        return False
    if words[0][:1].isupper() and words[0].lower() in given:
        return False
    return full.lower().endswith(" " + name.lower())


def peer_form(full: str) -> bool:
    """'Nicholls of Birkenhead', 'Callaghan of Cardiff': a peer's name, the name before its place."""
    words = full.split()
    return len(words) >= 3 and words[1] == "of" and words[0][:1].isupper()


def peer_of(peer: str, full: str) -> bool:
    """'Callaghan of Cardiff' (Lord Callaghan of Cardiff) and 'Jim Callaghan': a peer's name and a person's
    name that ends with the peer's (link30, issue 12)."""
    return peer_form(peer) and not peer_form(full) and len(full.split()) >= 2 and full.split()[-1] == surname_of(peer)


def ends_name(full: str, name: str) -> bool:
    """'Symmons Roberts' ends 'Michael Symmons Roberts': a person's name without its first word(s)."""
    return len(full.split()) > len(name.split()) and full.endswith(" " + name)


@dataclass
class ArticleContext:
    """What the article has said: persons' full names, organisations' full names, titles, and
    (filled sentence by sentence) the actors named so far."""

    full_names: dict[str, Referent]  # surname (and "given:" first name) -> the person
    titles: dict[str, tuple[str, str]]  # lower-case title phrase -> (actor id, name) of its holder
    state_counts: Counter[str]
    org_names: dict[str, Referent] = field(default_factory=dict)  # short form or initials -> organisation
    seen_ids: set[str] = field(default_factory=set)  # actors linked so far
    by_head_word: dict[str, tuple[str, ActorType, str]] = field(default_factory=dict)  # "party" -> last party named
    # (head word, actor id) -> the last token of the first name that gave the actor to `by_head_word` (actors44)
    head_word_at: dict[tuple[str, str], int] = field(default_factory=dict)
    # a surname two persons share (none in `full_names`) -> (first token of the first full name, the person) of each
    shared_surnames: dict[str, list[tuple[int, Referent]]] = field(default_factory=dict)
    person_titles: frozenset[str] = frozenset()  # "mr", "ms", "dr": the lexicon's titles before a person's name
    lex: ActorsLexicon | None = None  # the lexicon (a title's gender against a full name's, fix78)
    org_starts: dict[str, int] = field(default_factory=dict)  # organisation's full name -> its first token
    # a discovered organisation's one-word name (and a one-word person's the page gives evidence of, actors55)
    one_word_orgs: dict[str, Referent] = field(default_factory=dict)
    # the leading words of a discovered firm's name before words that only say its legal form or trade -> that firm
    # ("Altria" -> Altria Group; `firm_short_forms`, actors96)
    firm_short_forms: dict[str, Referent] = field(default_factory=dict)
    # a club's nickname (lower case) -> the one club of `club_nicknames` the article names (`club_nicknames`, actors66)
    nicknames: dict[str, Referent] = field(default_factory=dict)
    # a name of two words or more that spaCy found somewhere on the page (a discovered person's or body's) -> that
    # actor, for the places spaCy left it out (`linking.unfound_names`, actors48)
    long_names: dict[str, Referent] = field(default_factory=dict)
    # the initials of a body the page names, cue-typed or the registry's, that no other body shares -> that body, for
    # the acronym spaCy leaves out ("IAAF awaits ..." beside "the International Association of Athletics
    # Federations"; `acronyms.initialled_acronyms`, actors50)
    initialled: dict[str, Referent] = field(default_factory=dict)
    states: set[str] = field(default_factory=set)  # the states the article names
    state_forms: set[tuple[str, str]] = field(default_factory=set)  # (state, the words naming it on the page)
    # the first pass's state votes, a nation's counted for its sovereign state (`state_body`, actors47)
    sovereign_votes: Counter[str] = field(default_factory=Counter)
    by_end: dict[int, Referent] = field(default_factory=dict)  # last token -> the organisation named there
    groups: dict[str, tuple[str, str]] = field(default_factory=dict)  # "family" -> (id, name) of the group
    title_words: set[str] = field(default_factory=set)  # every title phrase a named person holds, shared ones too
    title_exact: set[str] = field(default_factory=set)  # the title phrases given in full
    title_holders_at: dict[str, int] = field(default_factory=dict)  # a title holder's id -> where first named
    lead_title_at: int | None = None  # the token of a news lead's title whose holder the next sentence names
    # a role noun another form of a title gives ("rep" -> "congressman") -> (token, id, name) of each given it
    title_forms: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    # a noun an indefinite subject from a place introduces ("A senator from Texas said") -> its tokens (titles)
    placed_others: dict[str, list[int]] = field(default_factory=dict)
    kinds: dict[str, dict[str, int]] = field(default_factory=dict)  # actor id -> its kind nouns -> first token
    placed: dict[str, dict[str, int]] = field(default_factory=dict)  # actor id -> states it is introduced with
    # (sentence, last token, actor id) of every name so far, in order (not the descriptors)
    names_in_order: list[tuple[int, int, str]] = field(default_factory=list)
    described_at: dict[str, int] = field(default_factory=dict)  # actor id -> last sentence a descriptor linked it
    # (sentence, last token, actor id) of every person named as a subject ("he" and "his" stand for one)
    subjects_in_order: list[tuple[int, int, str]] = field(default_factory=list)
    named_as: dict[str, tuple[ActorType, str]] = field(default_factory=dict)  # actor id -> (type, name)
    # offices the article gives to someone not named ("the Israeli prime minister"): no registry holder
    rival_offices: set[str] = field(default_factory=set)
    published: date | None = None  # the article's date, when its source gives one (`dated_offices`)
    named_counts: Counter[str] = field(default_factory=Counter)  # actor id -> how often the first pass names it
    # where a definite noun was held to the thing just introduced ("publish a paper. The paper says"), not an actor
    introduced_nouns: set[int] = field(default_factory=set)
    intros: dict[str, Intro] = field(default_factory=dict)  # person id -> the words said with its name
    sport: bool = False  # whether the article is about sport
    sheet_names: dict[int, tuple[int, int | None]] = field(default_factory=dict)  # team sheets' names (actors58)
    fixture: Fixture | None = None  # the sides of a fixture the headline names ("Hearts 2-1 Livingston")
    nationalities: dict[int, set[str]] = field(default_factory=dict)  # sentence -> nationality nouns said there
    pronoun_subjects: set[int] = field(default_factory=set)  # sentences where "he", "she" or "I" is a subject
    headlines: set[int] = field(default_factory=set)  # the headline's sentences ("Cairn shares slump")
    # international bodies' parts whose bare alias names another body here ("General Assembly" of a US state):
    # no spelling variant of the name links to them either (linking.unanchored_parts)
    unanchored_parts: set[str] = field(default_factory=set)
    home_state: str | None = None  # the outlet's state, when the article names no other ("the government")
    # the one state the article speaks of, when it names no other ("government plans"): worked out when first asked
    # (statenouns.article_sole_state) from the article's tokens and state votes
    sole_state_input: tuple[list[Tok], list[str]] = field(default_factory=lambda: ([], []))
    sole_state: list[str | None] = field(default_factory=list)  # [the state] once worked out
    article_state: str | None = None  # the state the whole article speaks for ("the government" before it is named)
    # (sentence, token, sovereign state) of each state a sentence says, as an actor or a place ("the country")
    states_said: list[tuple[int, int, str, str]] = field(default_factory=list)  # ... and how (statenouns)
    # a capitalised word of an organisation's name the body names before any person whose surname it is
    # ("Walt Disney" before "Roy Disney") -> the organisation; and each person's full name -> its first token
    firm_words: dict[str, Referent] = field(default_factory=dict)
    full_name_at: dict[str, int] = field(default_factory=dict)
    firm_words_held: set[str] = field(default_factory=set)  # ... that stay the organisation's after the person
    young: set[str] = field(default_factory=set)  # persons given an age of 13 to 19 so far ("Joss Stone, 17,")
    # the last token of each person's mention so far, a name's or a descriptor's -> the person ("the congressman's")
    person_at: dict[int, str] = field(default_factory=dict)
    # person id -> the nationality nouns a `sport-person` descriptor called them ("the Austrian": Melzer), actors64
    called: dict[str, set[str]] = field(default_factory=dict)
    named_tokens: set[int] = field(default_factory=set)  # the tokens of every name linked so far
    # an acronym defined in brackets after an organisation's name -> its definitions in text order: (the organisation,
    # its closing bracket)
    acronyms: dict[str, list[Definition]] = field(default_factory=dict)
    # the words before "of" of a discovered organisation's name ("aclu foundation" of the ACLU Foundations of
    # California; `of_heads`) -> (the organisation, its first token)
    of_heads: dict[str, tuple[Referent, int]] = field(default_factory=dict)
    middle_names: dict[str, Referent] = field(default_factory=dict)  # "Etienne" -> Camille Etienne Gbedey (actors53)
    kin_names: dict[str, Referent] = field(default_factory=dict)  # "Sandra" -> Sandra Howard (`kin_given_names`)
    # a former office ("mayor", "vice president") -> the persons `former-office` linked a longer form of it to ("the
    # former New York mayor"; actors47)
    former_offices: dict[str, set[str]] = field(default_factory=dict)

    def note(self, candidates: Iterable[Candidate], registry: Registry, lex: ActorsLexicon) -> None:
        """Record linked candidates as said (kept incremental: long articles stay linear)."""
        for c in candidates:
            if c.actor_id is None:
                continue
            self.seen_ids.add(c.actor_id)
            if c.method == "descriptor" and c.type_rule == "former-office" and c.matched:
                self.former_offices.setdefault(office_key(c.matched.split(), lex), set()).add(c.actor_id)
            if c.actor_type in NAMED_GROUP_TYPES and c.method != "descriptor":
                name = registry.entry(c.actor_id).name if c.actor_id in registry.entries else (c.name or "")
                words = name.lower().split()
                if words:
                    cut = next((k for k, w in enumerate(words[1:], 1) if w in {"of", "for"}), None)
                    head_word = words[cut - 1] if cut else words[-1]  # "Bank of England", "Assembly for Wales"
                    if head_word in lex.org_head_nouns and len(words) > 1:
                        self.by_head_word[head_word] = (c.actor_id, c.actor_type, name)
                        at = self.head_word_at.get((head_word, c.actor_id), c.end_i)
                        self.head_word_at[(head_word, c.actor_id)] = min(at, c.end_i)

    def count(self, sentence: int, names: Iterable[Candidate], registry: Registry, toks: dict[int, Tok]) -> None:
        """Record the names of a sentence (its selected candidates, no descriptor among them)."""
        for c in names:
            if c.actor_id is None or c.method == "descriptor":
                continue
            self.names_in_order.append((sentence, c.end_i, c.actor_id))
            self.named_tokens.update(range(c.start_i, c.end_i + 1))
            if c.actor_type == "person":
                self.person_at[c.end_i] = c.actor_id
            if c.actor_type == "person" and c.end_i in toks and is_subject(toks[c.end_i]):
                self.subjects_in_order.append((sentence, c.end_i, c.actor_id))
            # a firm only by the article's topic is, to the descriptors, the organisation spaCy's label gave
            # (`_untyped_firm` reads such a one as a firm where the article names no other): so more of an article's
            # organisations typed companies take no "the company" from the one it names most (actors79)
            named = "organisation" if c.type_rule == "firms-article" else c.actor_type
            self.named_as.setdefault(c.actor_id, (named, referent_name(c, registry) or c.actor_id))


def office_key(words: list[str], lex: ActorsLexicon) -> str:
    """The office a phrase ending with its noun names, in lower case: the noun after the office words before it
    ("former new york mayor" -> "mayor", "the ex-vice president" -> "vice president")."""
    before = [w for w in words[:-1] if w in lex.office_modifiers | {"vice"}]
    return " ".join([*before, words[-1]]) if words else ""


def is_subject(tok: Tok) -> bool:
    """Whether a name's last token heads (or is part of) a subject ("Charles Kennedy spoke")."""
    return climb(tok, NOUN_PHRASE_ARCS).dep in SUBJECT_DEPS


def referent_name(c: Candidate, registry: Registry) -> str | None:
    return registry.entry(c.actor_id).name if c.actor_id in registry.entries else c.name


def _writes_the_name(c: Candidate, toks: dict[int, Tok], titles: frozenset[str]) -> bool:
    """Whether the mention gives the page's evidence that its one-word name is a surname: it writes the name in full
    ("Ariel Sharon"), or the surname after a person's title ("Mr Blair")."""
    before = toks.get(c.start_i - 1)
    return c.end_i > c.start_i or before is not None and before.lower.rstrip(".") in titles


def person_context(
    registry: Registry,
    chosen: list[Candidate],
    headline: set[int],
    toks: dict[int, Tok] | None = None,
    titles: frozenset[str] = frozenset(),
    particles: frozenset[str] = frozenset(),
) -> dict[str, Referent]:
    """Surname (and "given:" first name) -> full name for every multi-word person the article names,
    the body before the headline (tokens `headline`); a surname two persons share is left out, but each one's
    first name is kept ("sisters Ann and Nancy Wilson" ... "Ann Wilson" ... "Ann": Ann Wilson; actors36), the first
    person named with it where two share one; with the article's tokens (`toks`), a first name only from a mention
    that writes the name in full or its surname after a person's title (`titles`; `_writes_the_name`, actors42: "My
    best friend, Sharon, ... her hubby, Ariel": no "Ariel Sharon" and no "Mr Sharon" on the page, so no Ariel of the
    registry's Ariel Sharon; "Mr Blair said ... keep at it Tony" is still Tony Blair). A peer's name and a person's
    name ending with it are one person's ("Lord Callaghan of Cardiff ... Jim Callaghan": Jim Callaghan, `peer_of`;
    link30). A particle and a last word are the surname of a full name they end ("Van Persie", "Robin van Persie":
    one person, `particle_surname`; fix100)."""
    names: dict[str, Referent] = {}
    ambiguous: set[str] = set()
    persons = [c for c in chosen if c.actor_type == "person"]
    for c in sorted(persons, key=lambda c: c.start_i in headline):
        full = referent_name(c, registry)
        if full is None or " " not in full:
            continue
        if toks is None or _writes_the_name(c, toks, titles):  # "Sharon" alone gives no "Ariel"
            names.setdefault("given:" + full.split()[0], Referent(c.actor_id, full, "person", is_strong(c, registry)))
        surname = surname_of(full)
        if surname in names:
            known = names[surname].name
            if particle_surname(full, known, particles):
                continue  # "Van Persie" after "Robin van Persie": his surname, no other person (fix100)
            if (
                ends_name(full, known) or peer_of(known, full) or particle_surname(known, full, particles)
            ):  # "Symmons Roberts" first, "Michael Symmons Roberts"
                names[surname] = Referent(c.actor_id, full, "person", is_strong(c, registry))  # after; a peer's too
            elif c.start_i not in headline and not (
                same_person(known, full) or ends_name(known, full) or peer_of(full, known)
            ):
                ambiguous.add(surname)
            continue
        names[surname] = Referent(c.actor_id, full, "person", is_strong(c, registry))
    for surname in ambiguous:
        names.pop(surname, None)
    return names


MIDDLE_NAME_CHARS = 4  # a middle name this long at least: no particle ("Van", "Del", "Bin") nor initial


def middle_names(
    registry: Registry, chosen: list[Candidate], full_names: dict[str, Referent], lex: ActorsLexicon
) -> dict[str, Referent]:
    """Each middle word of a person's full name of three words or more -> the person ("Etienne" of "Camille Etienne
    Gbedey", "Lula" of "Luiz Inacio Lula da Silva": a page may call a person by a middle name, a second surname or a
    nickname written inside the name; actors53): a capitalised word of four letters or more, no particle, that is no
    surname or first name of the page's persons (`full_names`) and the middle word of no other person's name. Not of a
    name that ends with a word of an organisation's name ("Scottish Borders Council" typed a person)."""
    out: dict[str, Referent] = {}
    ambiguous: set[str] = set()
    particles = frozenset(lex.name_particles)
    for c in chosen:
        full = referent_name(c, registry) if c.actor_type == "person" else None
        words = full.split() if full else []
        if len(words) < 3 or org_word(words[-1].lower(), lex):
            continue
        for word in words[1:-1]:
            name_like = len(word) >= MIDDLE_NAME_CHARS and word.isalpha() and word[:1].isupper()
            if not name_like or word.lower() in particles or word in full_names or "given:" + word in full_names:
                continue
            if word in out and out[word].name != full:
                ambiguous.add(word)
            out.setdefault(word, Referent(c.actor_id, full or "", "person", is_strong(c, registry)))
    return {word: ref for word, ref in out.items() if word not in ambiguous}


def _titled_surnames(toks: dict[int, Tok], titles: frozenset[str]) -> set[tuple[str, str]]:
    """(title, word) of each capitalised word written right after a person's title ("Mrs", "Howard")."""
    out = set()
    for i, tok in toks.items():
        title = toks.get(i - 1)
        if title is not None and title.lower.rstrip(".") in titles and tok.text[:1].isupper():
            out.add((title.text, tok.text))
    return out


def kin_given_names(
    registry: Registry, chosen: list[Candidate], toks: dict[int, Tok], lex: ActorsLexicon
) -> dict[str, Referent]:
    """Each one-word given name (`given_names`) the article gives in apposition to a kin noun (`kin_nouns`) whose
    possessor is a person it names in full -> the given name with that person's surname ("Michael Howard's ex-model
    wife, Sandra," -> Sandra Howard), where the page writes the surname after a title of the given name's gender
    that says another gender than the possessor's ("Mrs Howard"): the title and the given name are then one person
    (actors90). Not without such a title ("his son, Stephen": a son's surname, or a wife's, is not written), nor
    after a possessor named by title alone ("Mr Nogar's son, Stephen": "Mr Nogar" may be either), nor a given name
    two kin phrases give."""
    holders = {c.end_i: c for c in chosen if c.actor_type == "person"}
    titled: set[tuple[str, str]] | None = None  # the page's titled words, read only for a kin's given name (speed60)
    out: dict[str, Referent] = {}
    ambiguous: set[str] = set()
    for c in chosen:
        name, tok = c.name or "", toks[c.start_i]
        kin = tok.head if tok.dep == "appos" and c.start_i == c.end_i else None
        if c.actor_type != "person" or kin is None or kin.lower not in lex.kin_nouns:
            continue
        if name.lower() not in lex.given_names:
            continue
        owner = next((k for k in kin.children if k.dep == "poss"), None)
        holder = holders.get(owner.i) if owner is not None else None
        full = referent_name(holder, registry) if holder is not None else None
        if not full or " " not in full:
            continue
        surname = surname_of(full)
        mine = f"{name} {surname}"
        if titled is None:
            titled = _titled_surnames(toks, lex.person_titles)
        if any(s == surname and lex.another_gender(t, full) and not lex.another_gender(t, mine) for t, s in titled):
            if name in out and out[name].name != mine:
                ambiguous.add(name)
            out.setdefault(name, Referent(None, mine, "person", False))
    return {name: ref for name, ref in out.items() if name not in ambiguous}


def shared_surnames(
    registry: Registry, chosen: list[Candidate], full_names: dict[str, Referent]
) -> dict[str, list[tuple[int, Referent]]]:
    """Each surname that persons of different full names share (`person_context` leaves it out of `full_names`) ->
    where each of them is first named in full, in text order ("Boris Johnson" in the lead, "Gareth Johnson" and
    "Caroline Johnson" in a table of MPs further down)."""
    first: dict[str, tuple[int, Referent]] = {}
    for c in sorted(chosen, key=lambda c: c.start_i):
        full = referent_name(c, registry) if c.actor_type == "person" else None
        key = c.actor_id or full  # a discovered name has no id yet: its full name is its key (review35)
        if full and " " in full and surname_of(full) not in full_names and key not in first:
            first[key] = (c.start_i, Referent(c.actor_id, full, "person", is_strong(c, registry)))
    out: dict[str, list[tuple[int, Referent]]] = {}
    for at, ref in sorted(first.values(), key=lambda x: x[0]):
        out.setdefault(surname_of(ref.name), []).append((at, ref))
    return {surname: refs for surname, refs in out.items() if len({r.name for _, r in refs}) > 1}


def named_in_full_before(ctx: ArticleContext, surname: str, at: int) -> Referent | None:
    """The one person with a shared surname the article has named in full before the token `at`: "Mr Johnson" after
    "Boris Johnson" is he, though a table of MPs further down names Gareth Johnson (actors44); none when two have been
    named before it."""
    before = {ref.name: ref for start, ref in ctx.shared_surnames.get(surname, []) if start < at}
    return next(iter(before.values())) if len(before) == 1 else None


def named_in_full_as(ctx: ArticleContext, full: str) -> Referent | None:
    """The person of a shared surname the article names in full as `full`: "Lee" right after "Han" in "Han Lee and
    Junmyung Lee were arraigned", where the entity recogniser left the given name out, is Han Lee (review36)."""
    surname = surname_of(full)
    return next((ref for _, ref in ctx.shared_surnames.get(surname, []) if ref.name == full), None)


def _after_a_given_name(c: Candidate, toks: dict[int, Tok], titles: frozenset[str]) -> bool:
    """Whether a one-word name stands right after a capitalised proper noun of its sentence that is no title: a full
    name whose given name the entity recogniser left out ("efforts from Brent Cockbain, Shane Williams and Robert
    Sidoli" gave "Williams" alone), another person than the one named in full before (review35); "Mr Johnson" is a
    surname."""
    prev, first = toks.get(c.start_i - 1), toks[c.start_i]
    if prev is None or prev.sent != first.sent or prev.pos != "PROPN" or not prev.text[:1].isupper():
        return False
    return prev.lower.rstrip(".") not in titles


def firm_words(
    registry: Registry, chosen: list[Candidate], headline: set[int], full_names: dict[str, Referent]
) -> tuple[dict[str, Referent], dict[str, int], set[str]]:
    """The capitalised words of the organisations' names the body names before the full name of a person
    whose surname the word is ("Walt Disney" ... "Disney failed to tell investors" ... "Roy Disney": until
    the person is named, the word is the company), the first token of each person's full name, and the words
    the body says alone at least `FIRM_WORD_USES` times before the person's full name: the article's name for the
    company, which stays the company's after it too (review14). Not an organisation's name that holds, or is
    held in, the person's ("Sebastien Frey" typed once an organisation)."""
    at: dict[str, int] = {}
    for c in chosen:
        full = referent_name(c, registry) if c.actor_type == "person" else None
        if full and " " in full:
            at.setdefault(full, c.start_i)
    words: dict[str, Referent] = {}
    for c in chosen:
        if c.actor_type in {"person", "state"} or c.start_i in headline:
            continue
        name = referent_name(c, registry) or ""
        for word in name.split()[1:]:
            person = full_names.get(word)
            if person is None or word in words or person.name in name or name in person.name:
                continue
            if same_person(person.name, name):
                continue  # "Mefin Davies" typed an organisation is "M Davies"
            if c.start_i < at.get(person.name, -1):
                words[word] = Referent(c.actor_id, name, c.actor_type)
    alone = Counter(
        word for c in chosen for word in words
        if c.start_i not in headline and c.start_i == c.end_i and (referent_name(c, registry) or "") == word
        and c.start_i < at.get(full_names[word].name, -1)
    )  # fmt: skip
    return words, at, {word for word, n in alone.items() if n >= FIRM_WORD_USES}


def _names_state(registry: Registry, word: str) -> bool:
    """Whether a word is a name or alias of a registry state ("USA", "UK", "Russia")."""
    return any(
        s.kind in ("alias", "acronym") and registry.entry(s.actor_id).type == "state"
        for s in registry.surfaces.get(word, [])
    )


def org_context(registry: Registry, chosen: list[Candidate], lex: ActorsLexicon) -> dict[str, Referent]:
    """Short forms of the organisations the article names in full: each leading part of a
    multi-word discovered name ("Newbridge" for Newbridge Capital; not of a product's or a
    channel's name: "Apple Mac", "Sundance TV Channel"; nor of a subsidiary named with a state:
    "Yukos USA"; nor of a body named by its place and a region noun: "Cork County Council", whose "Cork" is the
    city; of a national team only its country's one-word name; nor of a name that holds a person's surname the article
    gives: "EADS Philippe Camus", spaCy's name for "group EADS Philippe Camus is to leave"; nor, for an acronym, of a
    body named by it and a body's head noun: "the RAC Foundation" is no "RAC", actors47), the first word of a one-word
    name of two words run together ("Glaxo" of GlaxoSmithKline, `camel_case_body`, actors55) and the initials
    of every name ("acr:boe" for Bank of England); a short form two organisations share is left out."""
    forms: dict[str, Referent] = {}
    ambiguous: set[str] = set()
    known = frozenset(lex.non_actor_names)

    def add(key: str, ref: Referent) -> None:
        if key in forms and forms[key][1] != ref[1]:
            ambiguous.add(key)
        forms.setdefault(key, ref)

    not_org_words = lex.product_nouns | lex.thing_nouns | lex.media_nouns | lex.work_nouns
    surnames = {
        c.name for c in chosen if c.actor_type == "person" and c.type_rule == "title" and c.name and " " not in c.name
    }  # persons' surnames the article writes after a title ("Mr Camus"; not "Idowu" of "Phillips Idowu")
    for c in chosen:
        if c.actor_type in {"person", "state"}:
            continue
        camel = (
            CAMEL_CASE.fullmatch(c.name or "") if c.actor_id is None and camel_case_body(c.name or "", lex) else None
        )
        if camel is not None and not _owner_before_head(camel.group(1), c.name or "", lex):
            add(camel.group(1).lower(), Referent(None, c.name or "", c.actor_type))  # "Glaxo", "Daimler" (actors55)
        if c.method == "national-team":  # its country's whole name: "Wales", not "United" for the UK's team
            country = (c.name or "").removesuffix(" national team")
            if " " not in country:
                add(country.lower(), Referent(c.actor_id, c.name or "", c.actor_type))
            continue
        entry = registry.entries.get(c.actor_id or "")
        names = [entry.name, *entry.aliases] if entry is not None else [c.name or ""]
        for full in names:
            words = full.split()
            if len(words) < 2:
                continue
            ref = Referent(c.actor_id, entry.name if entry is not None else full, c.actor_type)
            tail = {w.lower() for w in words[1:]}
            leading = entry is None and words[0].lower() not in FUNCTION_WORDS and words[0][:1].isupper()
            if (
                leading
                and not tail & (not_org_words | FUNCTION_WORDS)
                and not any((w,) in known for w in tail)
                and not any(_names_state(registry, w) for w in words[1:])  # "Yukos USA": a subsidiary, not Yukos
                and words[1].lower() not in lex.region_nouns  # "Cork County Council": "Cork" is the place (actors46)
                and not surnames.intersection(words[1:])  # "group EADS Philippe Camus ... Mr Camus": no body's name
                and not (acronym_key(words[0]) and words[-1].lower() in lex.org_head_nouns)  # "RAC" of "RAC Foundation"
            ):
                add(words[0].lower(), ref)
            for letters in initials(full):
                add("acr:" + letters, ref)
            if entry is None:
                for tail in name_tails(words, registry, lex):
                    add("tail:" + tail, ref)
    for key in ambiguous:
        forms.pop(key, None)
    return forms


LIST_MARKS = frozenset({"and", "&", ",", "…", "...", "/"})
TAIL_JOINS = frozenset({"&", "and"})  # "Fairmont Hotels & Resorts"


def _firm_tail(words: list[str], lex: ActorsLexicon) -> bool:
    """Whether words only say a firm's legal form or trade (`firm_name_tails`, joined by "&" or "and"): "Group",
    "Hotels & Resorts", "Global, Inc."."""
    bare = [w.strip(".,").lower() for w in words]
    return (
        bool(bare)
        and bare[0] in lex.firm_name_tails
        and all(w in lex.firm_name_tails or w in TAIL_JOINS for w in bare)
        and bare[-1] not in TAIL_JOINS
    )


RELATED_FIRM_NOUNS = frozenset({"parent", "owner", "subsidiary", "unit", "division", "arm", "affiliate"})
RELATED_WITHIN = 3  # words before a firm's name in which a noun of `RELATED_FIRM_NOUNS` says it is another's


def _called_anothers(c: Candidate, toks: dict[int, Tok]) -> bool:
    """Whether the page names a firm right after a noun that makes it another firm's parent, owner or unit ("its parent
    company, China Aviation Oil Holding Company": not China Aviation Oil itself)."""
    first = toks.get(c.start_i)
    before = [toks.get(c.start_i - k) for k in range(1, RELATED_WITHIN + 1)]
    return any(
        t is not None and first is not None and t.sent == first.sent and t.lower in RELATED_FIRM_NOUNS for t in before
    )


def firm_short_forms(
    chosen: list[Candidate], registry: Registry, lex: ActorsLexicon, toks: dict[int, Tok]
) -> dict[str, Referent]:
    """The short forms of the discovered firms the page names: the leading words of a name before words that only say
    its legal form or trade (`_firm_tail`: "Altria" of Altria Group, "Circuit City" of Circuit City Stores, "Fox
    Entertainment" of Fox Entertainment Group) -> that firm, whichever the page writes first ("Kingfisher ...
    Kingfisher Airlines"). Not a short form two firms share ("Reliance" of Reliance Group and Reliance Industries),
    nor one that opens another body's name on the page in other words ("Sky" beside Sky Networks and Sky News: the
    brand of both), nor a state's name or a function word ("US Airways": no "US"), nor that of a firm the page calls
    another's parent, owner or unit (`_called_anothers`: "its parent company, China Aviation Oil Holding Company"); a
    unit's name keeps its own actor ("Sony Pictures": `firm_name_tails` has no unit's word; actors96)."""
    forms: dict[str, Referent] = {}
    shared: set[str] = set()
    names = {c.name for c in chosen if c.actor_id is None and c.name and c.actor_type not in {"person", "state"}}
    for c in chosen:
        if c.actor_id is not None or c.actor_type not in {"company", "organisation"} or not c.name:
            continue
        words = c.name.split()
        for k in range(1, len(words)):
            head = words[:k]
            if not _firm_tail(words[k:], lex) or head[-1].endswith(","):
                continue
            if head[0].lower() in FUNCTION_WORDS or not head[0][:1].isupper() or _names_state(registry, " ".join(head)):
                continue
            short = " ".join(head)
            if short in forms and forms[short].name != c.name:
                shared.add(short)
            forms.setdefault(short, Referent(None, c.name, c.actor_type))
    shared |= {
        short for c in chosen for short, ref in forms.items() if c.name == ref.name and _called_anothers(c, toks)
    }
    for short, ref in forms.items():
        if any(n.startswith(short + " ") and n != ref.name and not n.startswith(ref.name) for n in names):
            shared.add(short)  # "Sky" beside Sky Networks and Sky News
    return {k: v for k, v in forms.items() if k not in shared}


def _opens_with_a_modifier(word: str, registry: Registry, lex: ActorsLexicon) -> bool:
    """Whether a name's first word may be a word spaCy took into the name: a demonym ("British Tolkien", "American
    Davenport"), a capitalised "-ing" word ("Praising Celtic") or a noun of the lexicon that says what the name is,
    capitalised at a sentence's start ("Carmaker Fiat will meet ...")."""
    lower = word.lower()
    nouns = lex.company_nouns | lex.person_nouns | lex.role_nouns | lex.media_nouns | lex.band_nouns | lex.team_nouns
    return lower.endswith("ing") or fold(word) in registry.demonym_forms or lower in nouns


def _owner_before_head(first: str, name: str, lex: ActorsLexicon) -> bool:
    """Whether a name of two words run together is its first word and an organisation's head or type noun
    ("PrivatBank", "TowerGroup", "PepsiCo"): the first word names an owner or a brand (the Privat group) as often as
    this body, so it is no short form of it; "Glaxo" of GlaxoSmithKline and "Daimler" of DaimlerChrysler are
    (actors55's caveat; actors56)."""
    rest = name[len(first) :].lower()
    return rest in lex.org_head_nouns or any(rest in words for words in lex.org_type_words.values())


def name_tails(words: list[str], registry: Registry, lex: ActorsLexicon) -> list[str]:
    """The lower-case trailing parts of a discovered organisation's name that a page may use as its short form ("ISO"
    of "California ISO", "Preservation Trust" of "New York City Public Housing Preservation Trust", "United" of
    "Manchester United"; actors53): each part that opens with a capitalised word that is no function word and names
    no state, after capitalised words. None of a name whose words are not all capitalised or function words ("O'Connell
    rejects Lions", "bank UFJ Holdings": spaCy's span of more than a name) or that lists names ("Zotac, Asus and
    Gigabyte", "Everton and Arsenal"). A one-word part only where it is no state's name, no organisation's head noun
    and the name opens with no adjective (`_opens_with_a_modifier`)."""
    if any(w.lower() in LIST_MARKS or w.endswith(",") for w in words):
        return []
    if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in FUNCTION_WORDS for w in words):
        return []
    tails = []
    for k in range(1, len(words)):
        first = words[k]
        if first.lower() in FUNCTION_WORDS or not first[:1].isupper() or words[k - 1].lower() in FUNCTION_WORDS:
            continue  # "Bank of England": no "England"; "Court of Appeal": no "Appeal"
        if k == len(words) - 1 and (
            _names_state(registry, first)
            or first.lower().removesuffix("s") in lex.org_head_nouns
            or _opens_with_a_modifier(words[0], registry, lex)
        ):
            continue  # one word: no state ("Yukos USA"), no head noun ("New Party": no "Party"), no adjective's name
        tails.append(" ".join(words[k:]).lower())
    return tails


def _first_below(word: str, toks: dict[int, Tok], ctx: ArticleContext) -> int | None:
    """Where the body first says `word` (a headline's short form is the organisation the body names in
    full first: "Cairn shares slump ... Shares in Cairn Energy", not when the body says "Next" before
    "Next Directory")."""
    return min((i for i, t in toks.items() if t.text == word and t.sent not in ctx.headlines), default=None)


def _first_in_full(name: str, known: Referent, toks: dict[int, Tok], ctx: ArticleContext) -> bool:
    """Whether the body first writes a short form as the start of the full name ("rival bank UFJ Holdings ... UFJ"),
    not alone before it ("The biggest phone company BT says ... BT Consumer"; actors47)."""
    at = _first_below(name, toks, ctx)
    rest = known.name.split()[1:2]
    return at is not None and bool(rest) and at + 1 in toks and toks[at + 1].text == rest[0]


def _alone_before(name: str, known: Referent, toks: dict[int, Tok], ctx: ArticleContext) -> bool:
    """Whether the body writes a one-word name alone FIRM_WORD_USES times at least before it first names the longer
    name it opens ("Apple" four times before "Apple Insider", a site named after the firm): a name of its own, not that
    one's short form (actors96)."""
    rest = known.name.split()[1:2]
    at = min((i for i, t in toks.items() if t.sent not in ctx.headlines and _opens(t, known, toks)), default=None)
    if at is None or not rest:
        return False
    alone = [
        i for i, t in toks.items()
        if i < at and t.text == name and t.sent not in ctx.headlines and not _opens(t, known, toks)
    ]  # fmt: skip
    return len(alone) >= FIRM_WORD_USES


def _own_tail(known: Referent, lex: ActorsLexicon | None) -> bool:
    """Whether the words after a longer name's first only say what its first word already names: a firm's legal form or
    trade (`_firm_tail`), or one word of an organisation's kind or head ("Newry FC", "Oxford University": "Newry",
    "Oxford" are the same body, however often the page writes them alone first)."""
    rest = known.name.split()[1:]
    if lex is None or not rest:
        return False
    last = rest[-1].lower()
    bodies = lex.org_head_nouns | lex.org_type_words.get("organisation", frozenset())  # "fc", "university"
    return _firm_tail(rest, lex) or len(rest) == 1 and last in bodies


def _opens(t: Tok, known: Referent, toks: dict[int, Tok]) -> bool:
    """Whether the token opens the longer name in the text ("Apple" of "Apple Insider")."""
    words = known.name.split()
    return all(toks.get(t.i + k) is not None and toks[t.i + k].text == w for k, w in enumerate(words))


def _opens_other_names(name: str, known: Referent, toks: dict[int, Tok], ctx: ArticleContext) -> bool:
    """Whether the body also writes an acronym-shaped short form before another capitalised word than the full name's
    second ("MSN Spaces ... MSN Messenger", "VOLTA Trax ... VOLTA FOOTBALL"): a brand that opens several names is none
    of them, so "MSN's Blake Irving" is no "MSN Spaces" (review38's finding; actors50)."""
    rest = known.name.split()[1:2]
    for i, t in toks.items():
        nxt = toks.get(i + 1)
        if t.text != name or nxt is None or nxt.sent != t.sent or t.sent in ctx.headlines:
            continue
        if nxt.text[:1].isupper() and nxt.text.isalpha() and nxt.text not in rest:
            return True
    return False


def head_key(name: str) -> str:
    """A name's words in lower case, a plural "s" of its last word dropped ("ACLU Foundations": "aclu foundation")."""
    words = name.lower().split()
    if words and len(words[-1]) > 3 and words[-1].endswith("s") and not words[-1].endswith("ss"):
        words[-1] = words[-1][:-1]
    return " ".join(words)


def of_heads(first_pass: list[Candidate], lex: ActorsLexicon) -> dict[str, tuple[Referent, int]]:
    """'the ACLU Foundation' after "the ACLU Foundations of California": the words before the first "of" of a
    discovered organisation's name (two words at least, capitalised: its head, the body itself before its place or
    field) -> that organisation and its first token, so that the article's later use of the head alone, singular or
    plural, is the same organisation; a head two organisations share is left out ("the Bank" of two banks), and so is
    a head whose last word is no organisation's word (`discovery.org_word`: "the Islamic Republic" is not the
    Islamic Republic of Iran News Agency, review23)."""
    out: dict[str, tuple[Referent, int]] = {}
    shared: set[str] = set()
    for c in first_pass:
        if c.actor_id is not None or c.actor_type in {"person", "state"} or not c.name or " of " not in c.name:
            continue
        head = c.name.split(" of ")[0].split()
        if len(head) < 2 or not all(w[:1].isupper() for w in head) or not org_word(head[-1].lower(), lex):
            continue  # the head names the body ("Party", "Foundations"): not "Islamic Republic" of a news agency
        key = head_key(" ".join(head))
        if key in out and out[key][0].name != c.name:
            shared.add(key)
        out.setdefault(key, (Referent(None, c.name, c.actor_type), c.start_i))
    return {k: v for k, v in out.items() if k not in shared}


def acronym_key(name: str) -> str | None:
    """'acr:boe' for an acronym ("BoE", "ONGC", "C.R.E."), else None."""
    letters = name.replace(".", "")
    if 2 <= len(letters) <= 6 and letters.isalpha() and sum(ch.isupper() for ch in letters) >= 2:
        return "acr:" + letters.lower()
    return None


FIRST_WORD_RATIO = 75  # how alike the first words of an organisation's name and its spelling variant are, at least


class FuzzyIndex:
    """Registry names for fuzzy matching of spelling variants (rapidfuzz)."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.choices: dict[str, list[tuple[str, str]]] = {}
        for entry in registry.entries.values():
            group = _fuzzy_group(entry.type)
            for alias in [entry.name, *entry.aliases]:
                if len(alias) >= 5 and not alias.isupper():
                    self.choices.setdefault(group, []).append((fold(alias).lower(), entry.id))
        # a person's options by surname (the folded alias's last word), in the order of `choices`
        self.by_surname: dict[str, list[tuple[str, str]]] = {}
        for option in self.choices.get("person", []):
            self.by_surname.setdefault(option[0].split()[-1], []).append(option)
        self.names = {group: [o[0] for o in options] for group, options in self.choices.items()}
        # each option's first word, and the options (and names) whose first word is alike a given one,
        # worked out once per word: a shard asks again for the same few organisations' words
        self.first_words = {
            group: [(o[0].split() or [""])[0] for o in options] for group, options in self.choices.items()
        }
        self._alike: dict[tuple[str, str], tuple[list[tuple[str, str]], list[str]]] = {}

    def match(self, name: str, actor_type: str, threshold: float) -> tuple[RegistryEntry, float, str] | None:
        from rapidfuzz import fuzz, process

        if len(name) < 5:
            return None
        folded = fold(name).lower()
        group = _fuzzy_group(actor_type)
        options = self.choices.get(group, [])
        names = self.names.get(group, [])
        if group == "person" and options:
            # a person's spelling variant keeps the surname: "Alan Johnston" is not the registry's Alan
            # Johnson, nor "Livingston" Ken Livingstone (a given name may vary: "Condoleeza Rice")
            options = [o for o in self.by_surname.get(folded.split()[-1], []) if not other_initials(name, o[0])]
            names = [o[0] for o in options]  # nor "George H. W. Bush" the registry's George W. Bush (review19c; the
            # name as written: "George HW Bush" folded loses the capitals that make "HW" initials, review21a)
        elif " " in folded:
            # an organisation's spelling variant keeps its first word, spelt alike: "Central Bureau of
            # Investigation" is not the Federal one ("Agence France Press" is Agence France Presse)
            options, names = self._first_word_alike(group, folded.split()[0])
        if not options:
            return None
        hit = process.extractOne(folded, names, scorer=fuzz.ratio, score_cutoff=threshold)
        if hit is None:
            return None
        alias, score, index = hit
        return self.registry.entry(options[index][1]), round(float(score) / 100, 4), alias

    def _first_word_alike(self, group: str, first: str) -> tuple[list[tuple[str, str]], list[str]]:
        """The group's options whose first word is spelt alike `first` (in the options' order), and their names."""
        from rapidfuzz import fuzz, process

        key = (group, first)
        if key not in self._alike:
            words = self.first_words.get(group, [])
            # each distinct first word scored once, in rapidfuzz's own loop (the same ratio and cut-off)
            alike = {
                word
                for word, _, _ in process.extract(
                    first, sorted(set(words)), scorer=fuzz.ratio, score_cutoff=FIRST_WORD_RATIO, limit=None
                )
            }
            options = [o for o, w in zip(self.choices.get(group, []), words, strict=True) if w in alike]
            self._alike[key] = (options, [o[0] for o in options])
        return self._alike[key]


def _fuzzy_group(actor_type: str) -> str:
    return "person" if actor_type == "person" else "other"


def state_body(name: str, ctx: ArticleContext, registry: Registry) -> RegistryEntry | None:
    """'Treasury' in an article that names the UK: the one body of a named state with that head word, when the
    article speaks of that state more than of any other (`sovereign_votes`: its names, nations and registry actors).
    A bare "Cabinet" or "Treasury" is the government's the page is about: "I will discuss with him and Cabinet" on a
    page of the British Virgin Islands that names the UK and the US as often is no UK Cabinet, and "said Treasury
    Under Secretary John Taylor" where the US is named most is no HM Treasury (actors47)."""
    bodies = {
        actor_id
        for actor_id, state in registry.state_bodies.get(name.lower(), [])
        if state in ctx.states and _spoken_of_most(state, ctx.sovereign_votes)
    }
    return registry.entry(next(iter(bodies))) if len(bodies) == 1 else None


def _spoken_of_most(state: str, votes: Counter[str]) -> bool:
    """Whether the article's state votes count `state` more often than any other state (a tie is no)."""
    return votes[state] > max((n for s, n in votes.items() if s != state), default=0)


def _state_of_initials(name: str, ctx: ArticleContext, registry: Registry) -> RegistryEntry | None:
    """The one registry state whose name, as the article writes it, an acronym spells ("BVI" on a page that names the
    British Virgin Islands, whose registry entry lists no such acronym; not "IRA" where the page writes "Afghanistan",
    whose registry alias "Islamic Republic of Afghanistan" it would spell), else None."""
    key = acronym_key(name)
    if key is None:
        return None
    states = sorted({s for s, form in ctx.state_forms if key[4:] in initials(form)})
    return registry.entry(states[0]) if len(states) == 1 else None


def _fold_onto(c: Candidate, ref: Referent, method: str, cue: list[Tok]) -> Candidate:
    c.actor_id = ref.actor_id or discovered_id(ref.name)
    c.method, c.name, c.actor_type = method, ref.name, ref.actor_type  # type: ignore[assignment]
    c.type_rule, c.cue = method, cue
    return c


def _says_he_of(tok: Tok) -> bool:
    """Whether the word is the subject of a verb whose clause has "he" or "she" as its own subject ("Ford said in
    1976 that he would never pardon anyone": the person, not the firm; review16b)."""
    if tok.dep != "nsubj" or tok.head is None or tok.head.i == tok.i:
        return False
    clauses = [c for c in tok.head.children if c.dep in {"ccomp", "xcomp"}]
    return any(t.lower in {"he", "she"} and t.dep in {"nsubj", "nsubjpass"} for c in clauses for t in c.subtree())


def _says_it_of(tok: Tok) -> bool:
    """Whether the word is the subject of a verb whose clause speaks of it as a thing, with "its" and no "he", "she",
    "his" or "her" ("Mercedes said sales of its new car were rising": the company; review27). Not "it", which is as
    often no referent at all ("Kelly said it was a hard race")."""
    if tok.dep != "nsubj" or tok.head is None or tok.head.i == tok.i:
        return False
    own = {t.i for t in tok.subtree()}
    words = [t for t in tok.head.subtree() if t.i not in own]
    if any(t.lower in {"he", "she", "his", "her", "him"} for t in words):
        return False
    return any(t.lower == "its" and t.dep == "poss" for t in words)


def _label_only_first_name(c: Candidate, tok: Tok, ctx: ArticleContext) -> bool:
    """Whether a one-word name typed by spaCy's label alone may fold onto the person named in full with it as first
    name, as a surname typed so does (actors36: "Jerzy", "Kelly", "Zoe" labelled organisations beside "Jerzy Dudek",
    "Kelly Holmes", "Zoe Anderson"): a name spelt as a person's (not "BT" of a "BT Openzone" taken for a person),
    singular (not "five Springboks"), typed by the label, not by a business article ("Nissan", "Biogen" beside a
    "Nissan Motor", a "Biogen Idec" taken for persons), and no short form of an organisation the article names
    ("Coinbase" after "Coinbase Global, Inc."), and not a thing its clause calls "its" ("Mercedes said sales
    of its new car were rising" beside "Mercedes Sosa"; review27, actors38)."""
    name = c.name or ""
    return (
        c.type_rule == "ner-label"
        and c.label in {"PERSON", "TITLE", "ORG"}
        and name.isalpha()
        and name[:1].isupper()
        and name[1:].islower()
        and tok.tag != "NNPS"
        and not any(k.dep == "nummod" for k in tok.children)
        and name.lower() not in ctx.org_names
        and not _says_it_of(tok)
    )


def _short_form_of(name: str, ctx: ArticleContext) -> tuple[str, Referent | None]:
    """The organisation a discovered name is the initials or the leading word of (`org_context`), with the key that
    found it: initials first ("EC" of the European Commission), then a one-word name as the leading word of a body's
    name, capitals or not ("CVS" beside "CVS Health", "Newbridge" beside "Newbridge Capital": a name spelt as an
    acronym that is no body's initials is still the short form the page gives a name beginning with it; actors47)."""
    keys = [k for k in (acronym_key(name), name.lower() if " " not in name else None) if k]
    return next(((k, ctx.org_names[k]) for k in keys if k in ctx.org_names), (keys[0] if keys else "", None))


def _named_tail(c: Candidate, ctx: ArticleContext, toks: dict[int, Tok]) -> Referent | None:
    """The organisation a name is the trailing part of (`name_tails`: "ISO" of "California ISO", "United" of
    "Manchester United"), named in full in the body before it; else None."""
    name = c.name or ""
    tail = ctx.org_names.get("tail:" + name.lower())
    at = ctx.org_starts.get(tail.name, c.start_i) if tail is not None else c.start_i
    if tail is not None and tail.name != name and at < c.start_i and toks[at].sent not in ctx.headlines:
        return tail
    return None


def club_nicknames(first_pass: list[Candidate], nicknames: dict[str, list[str]]) -> dict[str, Referent]:
    """Each nickname of `club_nicknames` whose clubs the article names exactly one of, as an organisation spaCy found
    (a discovered name typed no person, state or government: "Birmingham have confirmed" beside "Blues slam
    Blackburn") -> that club. A nickname two of whose clubs the page names ("Blues" beside Chelsea and Everton) is
    left to none (actors66)."""
    named: dict[str, Referent] = {}
    for c in first_pass:
        # every discovered name, whatever its type: a club typed a person counts as named ("Everton" beside Chelsea)
        if c.actor_id is None and c.name:
            named.setdefault(c.name.lower(), Referent(None, c.name, c.actor_type))
    out = {}
    for nick, clubs in nicknames.items():
        refs = {named[k.lower()].name: named[k.lower()] for k in clubs if k.lower() in named}
        club = next(iter(refs.values())) if len(refs) == 1 else None
        if club is not None and club.actor_type in {"organisation", "company"}:
            out[nick] = Referent(None, club.name, "organisation")
    return out


def _player_on_a_sheet(c: Candidate, ctx: ArticleContext) -> bool:
    """'A Brown', 'Howard' on a team sheet (`lineups`): a player, never the registry's Gordon Brown or Michael Howard
    whose surname it is spelt alike (actors58)."""
    return c.actor_type == "person" and on_a_sheet(ctx.sheet_names, c.start_i, c.end_i) is not None


def _titled_otherwise(c: Candidate, full: str, ctx: ArticleContext, toks: dict[int, Tok]) -> bool:
    """Whether a one-word name's title says another gender than the full name it would be the surname of ("Mrs
    Howard" after "Michael Howard" or matched to the registry's, "Mr Jones" after "Sarah Jones"; fix78)."""
    title = toks.get(c.start_i - 1)
    return ctx.lex is not None and title is not None and ctx.lex.another_gender(title.text, full)


def _of_the_titles_gender(c: Candidate, ctx: ArticleContext, toks: dict[int, Tok]) -> Referent | None:
    """The one person of a titled one-word surname whose given name its title ("Mr", "Mrs") does not say another
    gender of, among the persons the article names in full with the surname (`full_names`, `shared_surnames`) and
    the given names it gives that surname (`kin_names`), where the title says another gender of at least one: "Mr
    Jackson" after "Michael Jackson" and "Katherine Jackson" is he, "Mrs Howard" beside "Michael Howard's wife,
    Sandra," is Sandra Howard (actors90); else None."""
    title, name = toks.get(c.start_i - 1), c.name or ""
    if ctx.lex is None or title is None or title.lower.rstrip(".") not in ctx.person_titles:
        return None
    named = [ctx.full_names.get(name), *(ref for _, ref in ctx.shared_surnames.get(name, []))]
    named += [ref for ref in ctx.kin_names.values() if surname_of(ref.name) == name]
    refs = {ref.name: ref for ref in named if ref is not None}
    mine = [ref for ref in refs.values() if not ctx.lex.another_gender(title.text, ref.name)]
    return mine[0] if len(mine) == 1 < len(refs) else None


def _glued_to_a_name(c: Candidate, ctx: ArticleContext, registry: Registry, toks: dict[int, Tok]) -> Referent | None:
    """The person a discovered name of two words names when its first word is a demonym or a player's position spaCy
    ran into a surname ("American Davenport will now face ..." after "Lindsay Davenport", "Prop Jones ready for hard
    graft" above "Adam Jones"): the person the page names in full with that surname; in sport, a position capitalised
    at its sentence's start before a one-word name that spaCy's label alone typed ("Midfielder Edu reduced the
    deficit") is the player, unlinked (review77's finding 2; actors97). Only a name spaCy's label alone typed: not a
    firm's a cue typed ("Swiss Re, the world's second biggest reinsurance firm" beside "Munich Re" typed a person).
    """
    if ctx.lex is None or c.end_i != c.start_i + 1 or c.actor_type == "person" or c.type_rule not in LABEL_ONLY_RULES:
        return None
    first, last = toks[c.start_i], toks[c.end_i]
    if not ONE_WORD_SURNAME.fullmatch(last.text) or not first.text[:1].isupper():
        return None
    demonym = fold(first.text) in registry.demonym_forms
    position = first.lower in ctx.lex.player_positions
    known = ctx.full_names.get(last.text)
    if known is not None and known.actor_type == "person" and (demonym or position):
        return known
    opening = toks.get(c.start_i - 1) is None or toks[c.start_i - 1].sent != first.sent
    if ctx.sport and position and opening and last.text not in ctx.full_names:
        return Referent(None, last.text, "person")
    return None


ONE_WORD_SURNAME = re.compile(r"[A-Z][a-z]+")  # "Davenport", "Edu"


def resolve_discovered(
    c: Candidate,
    ctx: ArticleContext,
    registry: Registry,
    threshold: float,
    fuzzy: FuzzyIndex | None,
    toks: dict[int, Tok],
) -> Candidate:
    """Link a discovered name: the surname (or the other full name) of a named person, a short form
    of a named organisation, a fuzzy registry match, or its discovered id."""
    if c.method != "ner-discovered":
        return c
    name = c.name or ""
    span = [toks[i] for i in range(c.start_i, c.end_i + 1)]
    club = ctx.nicknames.get(name.lower())
    if club is not None and club.name != name:
        return _fold_onto(c, club, "short-form", span)  # "Blues" on a page naming Birmingham (actors66)
    glued = _glued_to_a_name(c, ctx, registry, toks)
    if glued is not None:  # "American Davenport" after "Lindsay Davenport", "Midfielder Edu reduced the deficit"
        c.start_i, c.start = c.end_i, toks[c.end_i].start
        return _fold_onto(c, glued, "surname", [toks[c.end_i]])
    person = c.actor_type == "person"
    if " " not in name:
        kin = ctx.kin_names.get(name) if person else None
        titled = _of_the_titles_gender(c, ctx, toks) if person else None
        if kin is not None or titled is not None:  # "Sandra", "Mrs Howard": Sandra Howard (actors90)
            return _fold_onto(c, kin or titled, "surname", span)  # type: ignore[arg-type]
        known = ctx.full_names.get(name)
        firm = ctx.firm_words.get(name) if known else None
        before = firm is not None and c.start_i < ctx.full_name_at.get(known.name, -1) if known else False
        he = known is not None and _says_he_of(span[-1])  # "Ford said ... that he would": the person
        if known and firm is not None and (before or name in ctx.firm_words_held and not he):
            return _fold_onto(c, firm, "short-form", span)  # "Disney failed to tell ..." before "Roy Disney"
        if known and _titled_otherwise(c, known.name, ctx, toks):
            known = None  # "Mrs Howard" after "Michael Howard": another person of the surname (fix78)
        if known and (person or c.type_rule in LABEL_ONLY_RULES or he):
            return _fold_onto(c, known, "surname", span)
        known = ctx.full_names.get("given:" + name) or ctx.middle_names.get(name)
        if known and (person and c.label in {"PERSON", "TITLE"} or _label_only_first_name(c, span[-1], ctx)):
            return _fold_onto(c, known, "surname", span)
        if person and _after_a_given_name(c, toks, ctx.person_titles):
            known = named_in_full_as(ctx, f"{toks[c.start_i - 1].text} {name}")  # its own given name decides
        else:
            known = named_in_full_before(ctx, name, c.start_i) if person else None
        if known is not None:
            return _fold_onto(c, known, "surname", span)  # "Mr Johnson" after "Boris Johnson", before "Gareth Johnson"
    elif person or ctx.lex is not None and len(name.split()) == 2:
        known = ctx.full_names.get(surname_of(name))
        if (
            person
            and known
            and known.name != name
            and (same_person(known.name, name) or ends_name(known.name, name) or peer_of(name, known.name))
        ):
            return _fold_onto(c, known, "surname", span)  # "Callaghan of Cardiff" after "Jim Callaghan" (link30)
        if (
            known
            and ctx.lex is not None
            and particle_surname(name, known.name, ctx.lex.name_particles, ctx.lex.given_names)
        ):
            return _fold_onto(c, known, "surname", span)  # "El Guerrouj" after "Hicham El Guerrouj" (fix100)
    firm = ctx.firm_short_forms.get(name) if not person else None
    if firm is not None and firm.name != name:  # "Altria" beside Altria Group, before or after it (actors96)
        return _fold_onto(c, firm, "short-form", span)
    headed = ctx.of_heads.get(head_key(name)) if " " in name and not person and " of " not in name else None
    if headed is not None and headed[1] < c.start_i:  # "the ACLU Foundation" after "the ACLU Foundations of California"
        return _fold_onto(c, headed[0], "short-form", span)
    defined = definition_at(ctx.acronyms, name, c.start_i + 1)  # its own bracket's too: "(KFU)" after a second body
    if defined is not None:  # "PHAC said" after "the Public Health Agency of Canada (PHAC)"
        return _fold_onto(c, defined[0], "short-form", span)
    key = acronym_key(name)
    named = ctx.by_end.get(c.start_i - 2) if toks.get(c.start_i - 1) and toks[c.start_i - 1].text == "(" else None
    if key and named is not None and key[4:] in initials(named.name):
        return _fold_onto(c, named, "short-form", span)  # "European Commission (EC)"
    # typed by no cue of its own (an acronym also when it took the type its long form has: "MD leader")
    # ... or a one-word name the article's other mentions typed as no person ("Cairn is still in danger" after
    # "Cairn Energy", however spaCy labels it here)
    agreed = (
        c.type_rule in LABEL_ONLY_RULES  # a person's label a business article made a firm's ("Boerse": actors59)
        or c.type_rule == "article-agreement"
        and (acronym_key(name) is not None or not person and " " not in name)
    )
    if c.label == "ORG" and not person or agreed and c.label in {"ORG", "PERSON", "GPE"}:
        key, known = _short_form_of(name, ctx)
        first = ctx.org_starts.get(known.name, 0) if known else 0
        if known and not key.startswith("acr:") and acronym_key(name) and not _first_in_full(name, known, toks, ctx):
            known = None  # "The biggest phone company BT says" before "BT Consumer": BT's own name, not its division's
        own_name = _alone_before(name, known, toks, ctx) and not _own_tail(known, ctx.lex) if known else False
        if known and not key.startswith("acr:") and own_name:
            known = None  # "Apple ... (four times) ... Apple Insider ... Apple": the firm, not the site (actors96)
        if known and not key.startswith("acr:") and acronym_key(name) and _opens_other_names(name, known, toks, ctx):
            known = None  # "MSN" beside "MSN Spaces" and "MSN Messenger": the brand of both, not one of them (actors50)
        below = _first_below(name, toks, ctx) if toks[c.start_i].sent in ctx.headlines else -1
        # a headline's "Glaxo" of a body's GlaxoSmithKline: the body writes the word alone after the name, if at all
        run_together = known is not None and " " not in known.name and (below is None or below > first)
        after = first < c.start_i or below == first or below != -1 and run_together
        if known and known.name != name and (key.startswith("acr:") or after):
            return _fold_onto(c, known, "short-form", span)
        tail = _named_tail(c, ctx, toks) if not person else None
        if tail is not None:
            return _fold_onto(c, tail, "short-form", span)  # "the ISO" after "California ISO" (actors53)
        head = ctx.by_head_word.get(name.lower()) if " " not in name and name[:1].isupper() else None
        if head is not None and head[0] != discovered_id(name):
            return _fold_onto(c, Referent(head[0], head[2], head[1]), "short-form", span)
        body = state_body(name, ctx, registry) if " " not in name else None
        if body is not None:
            return _fold_onto(c, Referent(body.id, body.name, body.type), "short-form", span)
    tail = _named_tail(c, ctx, toks) if c.label == "NORP" and c.actor_type == "organisation" else None
    # "United boss Sir Alex Ferguson" after "Manchester United", spaCy's "United" a NORP (actors62)
    if tail is not None:
        return _fold_onto(c, tail, "short-form", span)
    state = _state_of_initials(name, ctx, registry)
    if state is not None:  # "BVI" on a page that names the British Virgin Islands (actors47)
        return _fold_onto(c, Referent(state.id, state.name, state.type), "short-form", span)
    if fuzzy is not None and c.label in {"PERSON", "ORG", "TITLE"} and not _player_on_a_sheet(c, ctx):
        hit = fuzzy.match(name, c.actor_type, threshold)
        if hit is not None and hit[0].id in ctx.unanchored_parts:
            hit = None  # "the General Assembly" of a US state, found by spaCy, is no UN body either
        if hit is not None and _titled_otherwise(c, hit[0].name, ctx, toks):
            hit = None  # "Mrs Howard" is not the registry's Michael Howard (fix78)
        if hit is not None and hit[0].type != "state":  # a state's name is matched exactly, its filters applied
            entry, score, alias = hit
            c.actor_id, c.actor_type, c.method, c.score, c.matched = entry.id, entry.type, "fuzzy", score, alias
            c.priority, c.type_rule, c.cue = LinkPriority.FUZZY, "registry", []
            return c
    c.actor_id = discovered_id(name)
    return c
