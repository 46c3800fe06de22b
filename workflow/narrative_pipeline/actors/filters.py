"""Filters on registry candidates: a registry name in the text does not always mention the actor.

`FILTER_RULES` are named rules; the first that fires decides (its evidence is the cue tokens):
`drop` rules drop the candidate (a place, a nationality, part of a longer name); `national-team`
makes a country's name in a sports article its national team (`link_method` `national-team`, a
discovered organisation "<country> national team"). A kept candidate after "pro-" or "anti-" is an
`alignment`, not the actor.
"""

from __future__ import annotations

import re
from typing import TypeGuard

from ..parsed import Tok
from ..registry import RegistryEntry, fold
from ..rules import Rule, first_match
from ..syntax import lemma
from .candidates import Candidate, Entity, LinkPriority
from .context import ArticleInfo, org_word
from .discovery import discovered_id, initials, org_type
from .found import NAME_LABELS, Found, is_actor_position, is_location_use
from .lexicon import ActorsLexicon
from .nationality import (
    demonym_as_language,
    demonym_as_person,
    demonym_in_a_pair_of_names,
    demonym_not_agency,
    demonym_of_a_region,
    demonym_of_population,
    nation_in_a_contest,
    national_team,
    nationality_of_person,
    origin_compound,
    range_of_places,
    state_name_not_agency,
    state_of_a_thing,
)
from .newsnames import (
    alias_inside_an_organisations_name,
    alias_opening_an_events_name,
    state_after_of_in_a_name,
    state_in_a_place_phrase,
)
from .pagelines import speaker
from .places import PLACE_ENDINGS, VENUE_ENDINGS, residence_age

OWN_NAME_RATIO = 85  # how alike a name and the registry entry's own must be to be a spelling variant of it


def part_of_a_longer_person_name(f: Found) -> list[Tok] | None:
    """'Nick Brown' is not Gordon Brown, 'Paris Hilton' is not Paris: inside a longer PERSON entity."""
    c = f.candidate
    for first, last, label in f.entities:
        if label == "PERSON" and first <= c.start_i and c.end_i <= last and (last - first) > (c.end_i - c.start_i):
            return [f.head]
    return None


def state_as_place(f: Found) -> list[Tok] | None:
    """'training in Syria': a state's name used as a place; not one that is the subject of the clause after it
    ("fighting in Afghanistan and Britain has pledged more soldiers")."""
    c = f.candidate
    if f.subject_of_the_next_clause:
        return None
    before = [] if f.paired or f.modifies_a_noun else f.before
    if c.method in {"alias", "acronym"} and f.of_state and is_location_use(f.head, f.lex, f.span_ids, before):
        return [f.head]
    if c.method in {"alias", "acronym"} and f.of_state and f.joined_to_a_place:
        return [f.head]  # "in England and Wales", with "Wales" hung on a noun before
    return None


def state_as_residence(f: Found) -> list[Tok] | None:
    """'Stephen Douglas, 26, from Wales, said', 'Mr Mubanga, 32, from Wembley, London, said': a state's or a capital's
    name in the home a person is given with their age (`places.residence_age`) is where the person lives, no actor
    (web77)."""
    if f.info is None or not (f.of_state or f.candidate.method == "metonym"):
        return None
    age = residence_age(f.span[0], f.span[-1], f.info)
    return [f.head, age] if age is not None else None


def metonym_as_place(f: Found) -> list[Tok] | None:
    """'talks in Tripoli': a metonym used as a place; so is one in apposition to the place noun of a locative phrase
    ("due to open in the capital, Kampala", "from the Czech capital, Prague": `placed_apposition`)."""
    if f.candidate.method != "metonym":
        return None
    before = [] if f.paired or f.modifies_a_noun else f.before
    if is_location_use(f.head, f.lex, f.span_ids, before):
        return [f.head]
    noun = placed_apposition(f.span[0], f.info.toks, f.lex) if f.info is not None else None
    return [noun] if noun is not None else None


# words between "the" and its place noun, at most ("the Czech capital", "the war-torn capital")
MODIFIERS_OF_A_PLACE_NOUN = 3


def placed_apposition(first: Tok, toks: dict[int, Tok], lex: ActorsLexicon) -> Tok | None:
    """The place noun (`place_of_nouns`: capital, city, port, ...) of "<locative preposition or from> the [modifiers]
    <noun>, " right before a name: the name is that place, written after a comma whatever the parse makes of it (it
    hangs "Kampala" of "in the capital, Kampala, next year" on the verb; review75's finding 11)."""
    comma, noun = toks.get(first.i - 1), toks.get(first.i - 2)
    if comma is None or comma.text != "," or noun is None or noun.lower not in lex.place_of_nouns:
        return None
    k = noun.i - 1
    while k in toks and toks[k].lower != "the" and noun.i - k <= MODIFIERS_OF_A_PLACE_NOUN:
        if toks[k].pos not in {"ADJ", "PROPN", "NOUN", "PUNCT"} or toks[k].text == ",":
            return None
        k -= 1
    prep = toks.get(k - 1)
    if k not in toks or toks[k].lower != "the" or prep is None:
        return None
    return noun if prep.lower in lex.locative_prepositions or prep.lower == "from" else None


def capital_naming_a_thing(f: Found) -> list[Tok] | None:
    """'his Paris apartment', 'a London dealer', 'the Dublin stage', "London's most active public hotspot", 'the Lisbon
    targets': a capital city's name (a one-word metonym spaCy labels a city, GPE) that names the city, or something of
    it, not its state's government (actors76): a compound modifier of a noun that is none of the nouns a state acts
    through or by (`agency_nouns`), or an owner of a place or thing of the city (`city_thing_nouns`: "London's major
    rail terminals", "Baghdad's pharmacies"), of an office or service of the city (`city_office_words`, actors82:
    "Khartoum's governor", "Kabul's police chief", "London's most senior police officer": its holder, not the state)
    or of a proper name ("Tokyo's Nikkei 225", "London's Capital FM").
    An owner of anything else is the state (fix58a, review58 1): "Moscow's war in Ukraine", "Moscow's ally Belarus",
    "Tehran's nuclear programme", "Washington's commitment to Nato". "Beijing officials", "the Beijing authorities",
    "a Moscow court", "London's bid" keep the state (an agency noun in the phrase), and so do "the Kremlin's wish" and
    "Whitehall departments" (no city's label) and "the Moscow-Ankara axis" (a pair of names); on a page that makes the
    capital act as a city ("Berlin's relationship with its colonial history" after "The German capital has launched a
    project"), the name is left to `capital-as-its-city`."""
    c = f.candidate
    if c.method != "metonym" or not f.capital_like or f.head.ent_type not in {"GPE", "PERSON"} or f.paired:
        return None
    gov, dep = f.governor, f.modifier.dep
    if gov is None or dep not in {"compound", "poss"} or gov.pos not in {"NOUN", "PROPN"}:
        return None
    office = dep == "poss" and _a_city_office(gov, f.lex)
    thing = office or gov.lower in f.lex.city_thing_nouns or lemma(gov) in f.lex.city_thing_nouns
    if f.head.ent_type == "PERSON" and not (  # "Kiev's mayor", "Kiev's metro stations" under a person's label (fix60)
        dep == "poss" and thing and no_sign_of_a_person(f)
    ):
        return None
    if dep == "poss" and gov.pos != "PROPN" and not thing:
        return None  # "Moscow's war", "Beijing's claims": what the state does or has
    agency = f.phrase_has(f.lex.agency_nouns)
    if agency is not None and not (office and _city_agency(f, gov)):
        return None  # "Moscow's intelligence chief", "Beijing officials"; not "Kabul's police chief" (actors82)
    if capital_as_its_city(f) is not None:
        return None  # a page that makes the capital act as a city keeps it for `capital-as-its-city`
    return [f.head, gov]


def _city_agency(f: Found, gov: Tok) -> bool:
    """Whether every agency word of a city office's phrase is the city's: a word of `city_office_words` ("police" of
    "Kabul's police chief") or the office noun itself under one ("leader" of "Moscow's council leader")."""
    words = f.lex.agency_nouns
    return all(
        lemma(t) in f.lex.city_office_words or t is gov
        for t in f.phrase
        if t.lower in words or lemma(t) in words and t.lower not in f.lex.market_nouns
    )


def _a_city_office(gov: Tok, lex: ActorsLexicon) -> bool:
    """An office or service of a city ("governor", "police"), or a role or person noun with one of
    `city_office_compounds` as its compound ("police chief", "police officer", "council leader"): a capital's
    possessive before it is the city's (actors82). "Tehran's transport minister", "Paris's housing minister" are the
    state's (fix63)."""
    if lemma(gov) in lex.city_office_words or gov.lower in lex.city_office_words:
        return True
    role = lemma(gov) in lex.role_nouns or lemma(gov) in lex.person_nouns or gov.lower in lex.role_nouns
    return role and any(c.dep == "compound" and lemma(c) in lex.city_office_compounds for c in gov.children)


def capital_as_person(f: Found) -> list[Tok] | None:
    """'Paris' as a person's name: a capital's name spaCy labels a person's ("Judge Paris told the court"), or one
    right after a person's title, whatever its label ("said Mr Wellington", after "Bob Wellington"; actors78). Not a
    capital spaCy mislabels where it acts for its state (`state_acting_under_a_persons_label`): "Kyiv's
    counter-offensive has stalled", "Kiev rejected the offer"."""
    c = f.candidate
    if c.method != "metonym" or not f.capital_like:
        return None
    title = f.info.before(f.span[0]) if f.info is not None else None
    if _a_title(title, f.lex) and not (
        f.head.dep == "compound" and f.governor is not None and f.governor.pos == "NOUN"
    ):
        return [title, f.head]  # not "Major Kabul offensives", "Field Kabul operations" (fix60, review60 4)
    if f.head.ent_type != "PERSON" or state_acting_under_a_persons_label(f):
        return None
    return [f.head]


def capital_as_a_scene(f: Found) -> list[Tok] | None:
    """'Berlin applauds Hotel Rwanda', 'Berlin celebrates European cinema', 'Now in its third year, Bangkok is a
    relatively recent addition to the film festival calendar': on a page about the arts (not sport, which
    `capital-not-acting` takes whole), a capital's one-word name that is the subject or the "by" agent of a verb
    that is no act of governing or policy (`agency_verbs`, `speech_verbs`, `governing_verbs`) is the city, its
    festival or its audience, not its state's government (actors81): no actor. "Beijing banned the film", "Moscow
    denied the report", "Washington imposed sanctions" keep the state; so does every capital on a page of another
    kind ("Berlin welcomed the decision" in a business story)."""
    c, info = f.candidate, f.info
    if c.method != "metonym" or not f.capital_like or info is None or not info.arts or info.sport:
        return None
    tok = f.modifier
    gov = tok.head if tok.head is not None and tok.head is not tok else None
    if gov is None:
        return None
    verb = gov.head if tok.dep == "pobj" and gov.dep == "agent" and gov.head is not None else gov
    if not (tok.dep in {"nsubj", "nsubjpass"} or (tok.dep == "pobj" and gov.dep == "agent")):
        return None
    if verb.pos not in {"VERB", "AUX"} or f.phrase_has(f.lex.agency_nouns):
        return None
    acts = f.lex.agency_verbs | f.lex.speech_verbs | f.lex.governing_verbs
    return None if lemma(verb) in acts else [f.head, verb]


def surname_of_a_person_named_in_full(f: Found) -> list[Tok] | None:
    """'Jack London wrote many novels ... London died in 1916', 'Kevin Washington joined the club ... Washington
    scored', 'Archibald, Scotland (Samuel 63), Brebner' after "Jason Scotland": a state's one-word name or its
    capital's (an alias or a metonym) that the page has written before as the last word of a person's name
    (`_named_in_full_before`) is that person's surname, not the state (actors81; review60 5). Not a name that
    modifies a noun ("the majority of Ireland and Scotland players" on a page that names a James Ireland: a side).
    Where no person of the name is named, "London" is left to the other rules ("Chelsea beat Paris Saint-Germain
    ... in London")."""
    c, info = f.candidate, f.info
    if not f.of_state or c.method not in {"alias", "metonym"} or info is None or len(f.span) != 1:
        return None
    word = c.matched or ""
    if " " in word or not word[:1].isupper() or f.modifies_a_noun:
        return None
    if not any(len(n.split()) > 1 and n.split()[-1] == word for n in info.person_names):
        return None  # the cheap test first: no person's name of several words ends in the word
    return [f.head] if _named_in_full_before(word, f.span[0].start, info, f.lex) else None


def _named_in_full_before(word: str, start: int, info: ArticleInfo, lex: ActorsLexicon) -> bool:
    """Whether the page writes `word` before `start` as the last word of a person's name (spaCy's PERSON) right after
    a capitalised word of letters the parser takes for a proper noun, of the same name and no place word: "Jack
    London", not "Across Wales" (a preposition), "Stade de France" (a particle) or "East London"."""
    for t in info.toks.values():
        if t.text != word or t.start >= start or t.ent_type != "PERSON" or t.ent_iob != "I":
            continue
        given = info.before(t)
        if (
            given is not None
            and given.ent_type == "PERSON"
            and given.pos == "PROPN"
            and given.text[:1].isupper()
            and given.text.isalpha()
            and given.lower not in lex.compass_words
        ):
            return True
    return False


COPULAS = frozenset({"be", "become", "remain", "seem"})  # a copula's subject is described, not acting


def state_acting_under_a_persons_label(f: Found) -> bool:
    """'Kyiv's counter-offensive has stalled in the south', 'Kiev rejected the offer', 'Officials in Kiev denied it.
    Kiev has imposed sanctions': spaCy labels a capital a person's name where it acts for its state (actors78). A
    capital so labelled is its state when the page gives no sign of a person of that name (not about sport or the
    arts, no title before the name anywhere, no person's name of several words holding it, not on a team sheet:
    "Mr Stanley", "Lord Hamilton", "Paris Hilton ... Paris said") and it acts: it owns a noun that is no person
    ("Kyiv's counter-offensive", not "Kiev's wife"), is the subject or agent of a verb other than a copula ("Kiev
    rejected", not "Lisbon is about everything"), or stands where a state acts or is acted on while the page
    labels the name a place elsewhere ("sanctions against Kiev")."""
    info = f.info
    word = f.candidate.matched or ""
    if info is None or not no_sign_of_a_person(f):
        return False
    tok = f.modifier
    gov = tok.head if tok.head is not None and tok.head is not tok else None
    if gov is None:
        return False
    if tok.dep == "poss":
        return gov.pos in {"NOUN", "PROPN"} and gov.ent_type != "PERSON" and lemma(gov) not in f.lex.person_nouns
    verb = gov.head if tok.dep == "pobj" and gov.dep == "agent" and gov.head is not None else gov
    if tok.dep in {"nsubj", "nsubjpass"} or (tok.dep == "pobj" and gov.dep == "agent"):
        return verb.pos in {"VERB", "AUX"} and lemma(verb) not in COPULAS
    return is_actor_position(f.head, f.lex) and any(
        t.text == word and t.ent_type == "GPE" and t.i not in f.span_ids for t in info.toks.values()
    )


def no_sign_of_a_person(f: Found) -> bool:
    """Whether the page gives no sign of a person of a capital's name: not about sport or the arts, not on a team
    sheet, no person's name of several words holding it ("Paris Hilton ... Paris said"), and no word of the page
    makes it a person (`_person_signs`)."""
    info = f.info
    word = f.candidate.matched or ""
    if info is None or info.sport or info.arts or info.on_sheet(f.span) is not None:
        return False
    return not any(word in name.split() for name in info.person_names) and not _person_signs(word, info, f.lex)


HE_SHE = frozenset({"he", "she"})


def _a_title(tok: Tok | None, lex: ActorsLexicon) -> TypeGuard[Tok]:
    """Whether a token is a capitalised title ("Mr", "Lord", "Judge")."""
    return tok is not None and tok.text[:1].isupper() and tok.lower.rstrip(".") in lex.titles


def _person_signs(word: str, info: ArticleInfo, lex: ActorsLexicon) -> bool:
    """Whether the page writes the word as a person's anywhere: right after a person's title ("Mr Stanley"), with a
    person noun beside it ("The singer Sofia", "Sofia, a nurse,"), an age ("Sofia, 34,"), or as the speaker of a
    clause whose subject is "he" or "she" ("Hamilton said he would not stand again"; fix60, review60 3). Read once
    per article and word (`ArticleInfo.person_signs`)."""
    memo = info.person_signs.get(word)
    if memo is None:
        memo = any(t.text == word and _a_persons_word(t, info, lex) for t in info.toks.values())
        info.person_signs[word] = memo
    return memo


def _a_persons_word(t: Tok, info: ArticleInfo, lex: ActorsLexicon) -> bool:
    if _a_title(info.before(t), lex):
        return True
    near = [c for c in t.children if c.dep in {"compound", "appos", "amod", "npadvmod"}]
    if t.head is not None and t.dep in {"compound", "appos"}:
        near.append(t.head)
    if any(lemma(n) in lex.person_nouns or (n.text.isdigit() and 0 < int(n.text) < 110) for n in near):
        return True
    verb = t.head
    return (
        t.dep == "nsubj"
        and verb is not None
        and lemma(verb) in lex.speech_verbs
        and any(s.dep == "nsubj" and s.lower in HE_SHE for c in verb.children if c.dep == "ccomp" for s in c.children)
    )


def short_form_of_another_name(f: Found) -> list[Tok] | None:
    """'Sun' in an article that names Sun Microsystems is not the registry's The Sun: a registry
    one-word name that opens the name of another organisation the article gives in full."""
    info = f.info
    if info is None or f.entry.type in {"person", "state"} or len(f.span) != 1 or f.span[0].text.isupper():
        return None  # an acronym is the organisation's own ("BBC Sport" is the BBC's)
    if any(first == f.candidate.end_i + 1 and label == "PERSON" for first, _, label in f.entities):
        return None  # "Tory Walter Guinness": a party before a person's name
    word = f.span[0].lower
    own = {n.lower() for n in (f.entry.name, *f.entry.aliases)}
    others = [n for n in info.org_names if n.split()[0] == word and n not in own]
    return [f.head] if others else None


def acronym_of_another_name(f: Found) -> list[Tok] | None:
    """'The CBI' after "India's Central Bureau of Investigation" is not the registry's Confederation of British
    Industry: a registry acronym that is the initials of another organisation the article gives in full
    (the name is then a discovered one, and its short form): "The FSA" after "the Financial Services
    Authority" is no Free Syrian Army, "the WTO" after "the World Tourism Organisation" no World Trade
    Organization."""
    from rapidfuzz import fuzz

    info, text = f.info, f.span[0].text
    if info is None or f.candidate.method != "acronym" or len(f.span) != 1 or not text.isupper() or len(text) < 3:
        return None  # "US": two letters are the initials of too many names
    own = [fold(n).lower() for n in (f.entry.name, *f.entry.aliases)]
    others = [n for n in info.org_names if text.lower() in initials(n)]
    if any(all(fuzz.ratio(fold(n), o) < OWN_NAME_RATIO for o in own) for n in others):
        return [f.head]  # not a spelling variant of its own name ("Office of National Statistics" is the ONS)
    return None


def person_name_here(f: Found) -> list[Tok] | None:
    """'Wagner' (the composer), 'Jordan' (the model) in an article about the arts or sport: a registry
    name that is not a person's, taken for a person's name by spaCy. Not an acronym the entry spells in capitals,
    written as a word ("Unicef" of UNICEF, "Nato" of NATO): no person's name (m71 BBC: 3 "Unicef" rows typed a
    person; actors91)."""
    if f.entry.type == "person" or f.info is None or not (f.info.arts or f.info.sport):
        return None
    if _spelt_acronym(f.candidate.matched or "", f.entry):
        return None
    if f.of_state and f.info.sport and (f.candidate.matched or "").lower() == f.entry.name.lower():
        return None  # "Giggs will captain Wales": a country taken for a person in sport is its team (not "Ulster")
    return [f.head] if all(t.ent_type == "PERSON" for t in f.span) else None


def _spelt_acronym(word: str, entry: RegistryEntry) -> bool:
    """Whether a name written as a word ("Unicef") is one of the entry's names in capitals ("UNICEF")."""
    capitals = {n for n in [entry.name, *entry.aliases] if n.isupper()}
    return " " not in word and not word.isupper() and word.upper() in capitals


def capital_not_acting(f: Found) -> list[Tok] | None:
    """A capital that neither acts, is acted on, owns, nor is paired: no government; in an article
    about sport, a capital is a venue unless a body of the state is named ("McKee's Athens ambitions")."""
    c = f.candidate
    if c.method != "metonym" or not f.capital_like:
        return None
    if f.info is not None and f.info.sport and not f.phrase_has(f.lex.agency_nouns):
        return [f.head]
    return [f.head] if not is_actor_position(f.head, f.lex) else None


def capital_as_its_city(f: Found) -> list[Tok] | None:
    """'Berlin confronts Germany's colonial past ... The German capital has launched a project ... The city of Berlin
    itself': an acting capital's name on a page that makes the capital act in its own right (its state's nationality
    with "capital" as a verb's subject) or writes "the city of <name>" is the city, not its state's government
    (actors47). A page that never speaks of the capital as a city keeps the metonym ("Berlin welcomed the decision")."""
    c = f.candidate
    if c.method != "metonym" or not f.capital_like or f.info is None:
        return None
    key = (c.matched or "", f.entry.name)
    if key not in f.info.city_pages:  # once per article and capital (fix58a, review58 7): a scan of every token
        f.info.city_pages[key] = _city_page(c.matched or "", f.entry, f.info)
    city_of, said = f.info.city_pages[key]
    if city_of:
        return [f.head]
    return [said] if said is not None else None


def _city_page(name: str, entry: RegistryEntry, info: ArticleInfo) -> tuple[bool, Tok | None]:
    """`capital_as_its_city`'s facts of the page for one capital: whether it writes "the city of <name>" (`_city_of`),
    and the first "capital" that is a subject with the state's nationality before it ("The German capital has ...")."""
    if re.search(rf"\bthe city of {re.escape(name.lower())}\b", info.text_lower) and _city_of(name, info):
        return True, None
    nationality = {fold(d).lower() for d in entry.demonyms}
    acting = (
        t
        for t in info.toks.values()
        if t.lower == "capital"
        and t.dep in {"nsubj", "nsubjpass"}
        and any(k.dep == "amod" and k.lower in nationality for k in t.children)
    )
    return False, next(acting, None)


def _city_of(name: str, info: ArticleInfo) -> bool:
    """Whether the page writes "city of <name>" with a small "city" ("the city of Berlin itself"): "the City of
    London", whose capital makes it the name of another place (the Square Mile and its corporation), is not the
    capital spoken of as a city (review38: "people outside London wake up one morning to find out that London has
    been nuked" on a page that also writes "the City of London" was made a "City of London")."""
    words = name.split()
    for t in info.toks.values():
        run: list[Tok] = []
        nxt = info.after(t) if t.text == "city" else None
        while nxt is not None and len(run) <= len(words):
            run.append(nxt)
            nxt = info.after(nxt)
        if run and run[0].lower == "of" and [w.text for w in run[1:]] == words:
            return True
    return False


def city_candidate(c: Candidate, cue: list[Tok]) -> Candidate:
    """The city a capital's name stands for (`capital-as-its-city`): a government of its own, a discovered actor named
    "City of <name>" (apart from any body the page names after the city: "Berlin City Museum")."""
    name = f"City of {c.matched or c.name or ''}"
    c.actor_id, c.actor_type, c.name = discovered_id(name), "government", name
    c.type_rule, c.cue = "capital-city", list(cue)
    return c


def surname_of_another_person(f: Found) -> list[Tok] | None:
    """'Cook' in an article about Norman Cook is not the registry's Robin Cook: a registry person's
    one-word name where the article names another person of that name in full, or, in an article
    about sport or the arts, never names the registry's person in full."""
    c = f.candidate
    if f.entry.type != "person" or f.info is None or " " in (c.matched or " "):
        return None
    own = {f.entry.name, *f.entry.aliases}
    word = c.matched
    others = [n for n in f.info.person_names if n.split()[-1] == word and n not in own]
    if others and not _headline_of_a_named_person(f, own):
        return [f.head]
    if f.info.sport or f.info.arts:
        full = [n.lower() for n in own if " " in n]
        return None if any(n in f.info.text_lower for n in full) else [f.head]
    return None


def _headline_of_a_named_person(f: Found, own: set[str]) -> bool:
    """Whether the word is in a headline of a page that writes the registry person's full name ("Blair rejects Iraq
    advice calls" over "Tony Blair has rejected calls ..."): the headline names the page's subject, though the page
    names another person of the surname too ("Cherie Blair's Matrix Chambers"; actors95, whose possessive full names
    made "Cherie Blair" one of the page's names)."""
    if f.info is None or f.head.sent not in f.info.headlines:
        return False
    return any(n.lower() in f.info.text_lower for n in own if " " in n)


KNIGHTS_TITLES = frozenset({"sir", "dame"})  # said before a given name ("Sir Howard" of Sir Howard Newby)


def given_name_of_another_person(f: Found) -> list[Tok] | None:
    """'Sir Howard said', '"Howard Flight is ineligible', 'His wife Sharon, who called the police': a registry person's
    one-word name (a surname) that is also a given name (`given_names`) is another person's given name where the page
    names in full a person of that given name and the word stands after "Sir" / "Dame" (said before a knight's given
    name) or right before that person's surname; or where the page never writes the registry person's full name nor
    the word after a title ("Mr Sharon"), and gives the word after a kin noun (`kin_nouns`: "his wife Sharon")
    (actors94). No name that may be there (`NAME_MAY_BE_THERE`): spaCy's name of that one word would be matched to the
    registry's person again; a longer name spaCy found there ("Howard Flight") is kept."""
    c, info = f.candidate, f.info
    if f.entry.type != "person" or info is None or " " in (c.matched or " "):
        return None
    word = c.matched or ""
    if word.lower() not in f.lex.given_names or f.entry.name.split()[-1] != word:
        return None
    own = {f.entry.name, *f.entry.aliases}
    others = [n.split() for n in info.person_names if n.split()[0] == word and n not in own and " " in n]
    left, right = info.before(f.span[0]), info.after(f.span[-1])
    knighted = left is not None and left.lower in KNIGHTS_TITLES
    if others and (knighted or right is not None and any(n[-1] == right.text for n in others)):
        return [f.head]
    if any(n.lower() in info.text_lower for n in own if " " in n):
        return None
    written = [t for t in info.toks.values() if t.text == word]
    titled = any((b := info.before(t)) is not None and b.lower in f.lex.person_titles for t in written)
    return [f.head] if not titled and any(_after_a_kin_noun(t, info, f.lex) for t in written) else None


def _after_a_kin_noun(tok: Tok, info: ArticleInfo, lex: ActorsLexicon) -> bool:
    """Whether a kin noun stands right before the word, or before a comma before it ("his wife, Sharon")."""
    left = info.before(tok)
    if left is not None and left.text == ",":
        left = info.before(left)
    return left is not None and left.lower in lex.kin_nouns


def surname_in_a_bodys_name(f: Found) -> list[Tok] | None:
    """'He flew with Thomas Cook Airlines', 'the Jack Straw Foundation' of another Jack: a registry person's one-word
    name after a capitalised given name (`given_names`) that is no word of the person's own names, and before a
    capitalised word of an organisation's name (`org_word`: airlines, group, trust, foundation), is a word of that
    body's name, not the person (fix70, review67 6 b). The person's own given name keeps him ("the Gordon Brown
    Foundation" is left to the other rules)."""
    if f.entry.type != "person" or f.info is None or " " in (f.candidate.matched or " "):
        return None
    left, right = f.info.before(f.span[0]), f.info.after(f.span[-1])
    if left is None or right is None or not left.text[:1].isupper() or not right.text[:1].isupper():
        return None
    own = {w.lower() for n in (f.entry.name, *f.entry.aliases) for w in n.split()}
    if left.lower not in f.lex.given_names or left.lower in own or not org_word(right.lower, f.lex):
        return None
    return [left, f.head, right]


def surname_of_another_gender(f: Found) -> list[Tok] | None:
    """'Mrs Howard' is not the registry's Michael Howard: a registry person's one-word name right after a title that
    says another gender than the given name of the person's name (`ActorsLexicon.another_gender`: the claims
    lexicon's titles and given names) is another person of the surname, whom the page may name (fix78)."""
    c = f.candidate
    if f.entry.type != "person" or f.info is None or " " in (c.matched or " "):
        return None
    left = f.info.before(f.span[0])
    if left is None or not left.text[:1].isupper() or not f.lex.another_gender(left.text, f.entry.name):
        return None
    return [left, f.head]


def surname_of_a_tradesman(f: Found) -> list[Tok] | None:
    """'Iranian artist Abadi', 'Mr Gillard, a plumber from Swindon': a registry person's one-word name introduced with
    a trade no office holder is named by (`stranger_trades`: the word right before it, or the head of its
    apposition, not a past one: "Mr Modi, a former student of ..."), on a page that never writes the person's full
    name, is another person of the surname (fix72, review69 4)."""
    c, info = f.candidate, f.info
    if f.entry.type != "person" or info is None or " " in (c.matched or " "):
        return None
    full = [n.lower() for n in (f.entry.name, *f.entry.aliases) if " " in n]
    if any(n in info.text_lower for n in full):
        return None
    left = info.before(f.span[0])
    before = left is not None and left.text.islower() and left.lower in f.lex.stranger_trades
    past = f.lex.former_words
    beside = any(
        a.dep == "appos"
        and a.text.islower()
        and a.lower in f.lex.stranger_trades
        and not any(m.lower.rstrip("-") in past for m in a.children)  # "Kalam, a former scientist": his past trade
        for a in f.head.children
    )
    return [f.head] if before or beside else None


def surname_on_a_team_sheet(f: Found) -> list[Tok] | None:
    """'Brown, Powell' of a rugby pack, 'Howard' of a football side's substitutes: a registry person's one-word name
    that is a name of a team sheet (`lineups`) is a player's, not the politician's (actors58)."""
    if f.entry.type != "person" or f.info is None or " " in (f.candidate.matched or " "):
        return None
    return [f.head] if f.info.on_sheet(f.span) is not None else None


def surname_a_common_word(f: Found) -> list[Tok] | None:
    """'Cook for 4 to 5 minutes' on a recipe page is no Robin Cook, 'Flat Rice Noodles' no Condoleezza Rice: a registry
    person's one-word name that the page also writes in lower case (a common word), on a page that names the person
    neither in full, nor by a title and the name ("Mr Cook"), nor by an office of theirs, and writes no word of
    politics (`politics_words`; actors60). "Blair said" on a page of politics keeps Tony Blair; "Rice said Washington
    would send food to Darfur" keeps Condoleezza Rice on a page that also writes "rice and flour": a name that reports
    a clause on the page (`_says_something`) is the person, as `flora_name`'s "Shell said" is the firm (review49)."""
    c, info = f.candidate, f.info
    if f.entry.type != "person" or info is None or " " in (c.matched or " "):
        return None
    word = c.matched or ""
    if word.lower() not in info.lower_words:
        return None
    full = [n.lower() for n in (f.entry.name, *f.entry.aliases) if " " in n]
    offices = [d.lower() for d in f.entry.descriptors]
    if any(n in info.text_lower for n in (*full, *offices)):
        return None
    if any(t.lower in f.lex.politics_words or _titled(t, word, info, f.lex) for t in info.toks.values()):
        return None
    if any(_says_something(t, f.lex) for t in info.toks.values() if t.text == word):
        return None
    return [f.head]


def _says_something(tok: Tok, lex: ActorsLexicon) -> bool:
    """'Rice said Washington would ...', '"...," Straw said', 'Cook told the BBC the invasion was illegal': the word is
    the subject of a verb of speech (`pagelines.speaker`) that reports a clause; not a recipe's "Rice adds a nutty
    flavour to the soup" (review49)."""
    verb = tok.head
    return speaker(tok, lex.speech_verbs) and verb is not None and any(c.dep in REPORTED_DEPS for c in verb.children)


REPORTED_DEPS = frozenset({"ccomp", "parataxis"})  # the clause a verb of speech reports


def _titled(tok: Tok, word: str, info: ArticleInfo, lex: ActorsLexicon) -> bool:
    """Whether `tok` is a title or a role right before `word` ("Mr Cook", "Secretary Rice")."""
    after = info.after(tok) if tok.lower.rstrip(".") in lex.titles | lex.role_nouns else None
    return after is not None and after.text == word


COURT_WORDS = frozenset({"court"})  # a registry body whose name has one is a court of its own country


def court_inside_another_courts_name(f: Found) -> list[Tok] | None:
    """ "California's 4th District Court of Appeal", 'a US Court of Appeal', 'the Mumbai High Court': a court's registry
    alias right after a capitalised word or an ordinal that spaCy's entity takes in with it (a place's or a district's
    name), other than a nationality ("the English High Court"), names another court than the registry's (web77)."""
    if f.info is None or f.entry.type != "government" or not COURT_WORDS & set(f.entry.name.lower().split()):
        return None
    left = f.info.before(f.span[0])
    if left is None or f.span[0].ent_iob != "I" or left.lower == "the" or left.ent_type == "NORP":
        return None
    if not (left.text[:1].isupper() or left.text[:1].isdigit()) or not left.text.replace("-", "").isalnum():
        return None
    return [left, f.head]


def part_of_a_longer_name(f: Found) -> list[Tok] | None:
    """'British Telecom', 'Agence France Presse', 'Australian Open': a country inside the name of an
    organisation, event, work or law is part of that name (not of a government body's: "Russian
    Foreign Ministry" keeps Russia)."""
    c = f.candidate
    if not f.of_state:
        return None
    names = [
        [f.info.toks[k] for k in range(first, last + 1)] if f.info is not None else f.span
        for first, last, label in f.entities
        if label in NAME_LABELS and first <= c.start_i and c.end_i <= last and (last - first) > (c.end_i - c.start_i)
    ]
    known = f.info.known_org_around(f.span) if f.info is not None else None  # "UK Coal" where spaCy missed it
    for toks in [*names, *([known] if known else [])]:
        if org_type(" ".join(t.text for t in toks), f.lex) not in {"government", "armed_group"}:
            return [f.head]
    return None


def inside_a_capitalised_name(f: Found) -> list[Tok] | None:
    """'Little Britain', 'the Federal Labour Agency', 'Washington County', 'the US Open': a state's or a
    party's name after a capitalised word inside the sentence (no title, nationality, date or other
    name spaCy knows), or a state's name before a capitalised word that is no title or body of the
    state ("US Army", "UK Government" keep the state), is part of a longer name. So is a government body's one-word
    alias after such a word ("Creative Commons License" is no House of Commons; actors35)."""
    if f.entry.type not in {"state", "party", "government"} or f.info is None:
        return None
    if f.candidate.method not in {"alias", "acronym", "metonym"}:
        return None
    if f.entry.type == "government" and (f.candidate.method != "alias" or len(f.span) != 1):
        return None
    left, right = f.info.before(f.span[0]), f.info.after(f.span[-1])
    run, nxt = [], right
    while nxt is not None and len(run) < 4 and nxt.text[:1].isupper() and nxt.text.isalpha():
        run, nxt = [*run, nxt], f.info.after(nxt)
    if f.of_state and run and all(_name_word_after(t, f.lex) for t in run):
        return [f.head, right]  # "Washington County", "UK Online" (not "UK Prime Minister", "US Army")
    if f.candidate.method == "metonym" or left is None or not left.text[:1].isupper() or not left.text.isalpha():
        return None
    earlier = f.info.before(left)
    while earlier is not None and not earlier.text[:1].isalnum():
        earlier = f.info.before(earlier)
    if earlier is None or left.pos not in {"PROPN", "ADJ"}:
        return None  # the sentence's first word is capitalised anyway
    word = left.lower.rstrip(".")
    if word in f.lex.titles or word in f.lex.role_nouns or word in f.lex.role_modifiers or word in f.lex.compass_words:
        return None
    if left.ent_type and f.span[0].ent_iob != "I":
        return None  # another name or a date before this one ("BBC News Labour MPs", "In October Tory leader")
    return [left, f.head]


PLACE_NAME_WORDS = 3  # capitalised words after a registry name, up to a place's last word ("Kobe Hospital")


def word_of_a_places_name(f: Found) -> list[Tok] | None:
    """'New York's Times Square', 'the Japanese Red Cross Kobe Hospital', 'in front of the Spanish Town Police
    Station': a registry name followed by up to three capitalised words of which the last is a place's or a
    building's (`places.PLACE_ENDINGS`, `places.VENUE_ENDINGS`) is a word of that place's name, no mention of the
    actor (actors46). Not a word in lower case after it ("a UN school", "the Times building"), nor a verb ("Israel
    Strikes Gaza Hospital" in a page's title-case subheading), nor in a headline, whose words are all capitalised
    ("Russia Shells Kyiv Train Station", which the parser reads as one name; review37)."""
    if f.info is None or f.span[0].sent in f.info.headlines:
        return None
    run: list[Tok] = []
    nxt = f.info.after(f.span[-1])
    while nxt is not None and len(run) < PLACE_NAME_WORDS and _word_of_a_name(nxt):
        run.append(nxt)
        if nxt.lower in PLACE_ENDINGS | VENUE_ENDINGS:
            return [f.head, nxt]
        nxt = f.info.after(nxt)
    return None


def _word_of_a_name(tok: Tok) -> bool:
    """A capitalised word of letters that the parser takes for a noun (a verb in title case is none)."""
    return tok.text[:1].isupper() and tok.text.isalpha() and tok.pos in {"PROPN", "NOUN"}


def inside_another_publications_name(f: Found) -> list[Tok] | None:
    """'The Haitian Times', 'the Aspen Times', 'the Belfast Telegraph', 'the Jamaica Observer': a publication's
    one-word registry alias after a capitalised word inside a sentence is the end of another publication's longer
    name, not the registry's paper (a longer registry name, "Sunday Times", "New York Times", is matched whole).
    Not after "the" or a title or role ("told the Times", "Times editor"), nor after a day's or a month's word that
    follows no "the" ("On Monday Guardian journalists", "In March Telegraph editors": a date, no paper's name; "the
    Sunday Mirror" is one; review21b), nor in a headline, whose words are all capitalised."""
    c, info = f.candidate, f.info
    if f.entry.type != "media" or c.method != "alias" or len(f.span) != 1 or info is None:
        return None
    if f.span[0].sent in info.headlines:
        return None
    left = info.before(f.span[0])
    if left is None or not left.text[:1].isupper() or not left.text.isalpha() or left.pos not in {"PROPN", "ADJ"}:
        return None
    earlier = info.before(left)
    if earlier is None or earlier.sent != left.sent:
        return None  # the sentence's first word is capitalised anyway
    if left.ent_type in {"DATE", "TIME"} and earlier.lower != "the":
        return None  # "On Monday Guardian journalists", not "the Sunday Mirror": a date, no paper's name (review21b)
    word = left.lower
    if word in f.lex.titles or word in f.lex.role_nouns or word in f.lex.role_modifiers or word == "the":
        return None
    return [left, f.head]


def _name_word_after(tok: Tok, lex: ActorsLexicon) -> bool:
    """A capitalised word that continues a name ("County", "Open"), not a title, a role or a body of the
    state ("President", "Army"), nor a person's name."""
    word = tok.lower.rstrip(".")
    known = lex.titles | lex.role_nouns | lex.role_modifiers | lex.agency_nouns | lex.person_nouns | lex.team_nouns
    return (
        tok.pos == "PROPN"
        and tok.text[:1].isupper()
        and tok.text.isalpha()
        and len(tok.text) > 1
        and tok.ent_type != "PERSON"
        and word not in known
        and lemma(tok) not in known
    )


FILTER_RULES: tuple[Rule[Found, list[Tok]], ...] = (
    Rule("part-of-a-longer-person-name", "drop", part_of_a_longer_person_name),
    Rule("surname-of-another-person", "drop", surname_of_another_person),
    Rule("given-name-of-another-person", "drop", given_name_of_another_person),
    Rule("surname-in-a-bodys-name", "drop", surname_in_a_bodys_name),
    Rule("surname-on-a-team-sheet", "drop", surname_on_a_team_sheet),
    Rule("surname-of-a-tradesman", "drop", surname_of_a_tradesman),
    Rule("surname-of-another-gender", "drop", surname_of_another_gender),
    Rule("surname-a-common-word", "drop", surname_a_common_word),
    Rule("short-form-of-another-name", "drop", short_form_of_another_name),
    Rule("acronym-of-another-name", "drop", acronym_of_another_name),
    Rule("part-of-a-longer-name", "drop", part_of_a_longer_name),
    Rule("inside-a-capitalised-name", "drop", inside_a_capitalised_name),
    Rule("court-inside-another-courts-name", "drop", court_inside_another_courts_name),
    Rule("word-of-a-places-name", "drop", word_of_a_places_name),
    Rule("inside-another-publications-name", "drop", inside_another_publications_name),
    Rule("state-after-of-in-a-name", "drop", state_after_of_in_a_name),
    Rule("alias-inside-an-organisations-name", "drop", alias_inside_an_organisations_name),
    Rule("alias-opening-an-events-name", "drop", alias_opening_an_events_name),
    Rule("state-in-a-place-phrase", "drop", state_in_a_place_phrase),
    Rule("origin-compound", "drop", origin_compound),
    Rule("range-of-places", "drop", range_of_places),
    Rule("state-as-residence", "drop", state_as_residence),
    Rule("state-as-place", "drop", state_as_place),
    Rule("metonym-as-place", "drop", metonym_as_place),
    Rule("capital-naming-a-thing", "drop", capital_naming_a_thing),
    Rule("capital-as-person", "drop", capital_as_person),
    Rule("surname-of-a-person-named-in-full", "drop", surname_of_a_person_named_in_full),
    Rule("capital-as-a-scene", "drop", capital_as_a_scene),
    Rule("person-name-here", "drop", person_name_here),
    Rule("national-team", "team", national_team),
    Rule("nationality-of-person", "drop", nationality_of_person),
    Rule("nation-in-a-contest", "drop", nation_in_a_contest),
    Rule("state-of-a-thing", "drop", state_of_a_thing),
    Rule("state-name-not-agency", "drop", state_name_not_agency),
    Rule("capital-not-acting", "drop", capital_not_acting),
    Rule("capital-as-its-city", "city", capital_as_its_city),
    Rule("demonym-as-person", "drop", demonym_as_person),
    Rule("demonym-in-a-pair-of-names", "drop", demonym_in_a_pair_of_names),
    Rule("demonym-of-a-region", "drop", demonym_of_a_region),
    Rule("demonym-of-population", "drop", demonym_of_population),
    Rule("demonym-as-language", "drop", demonym_as_language),
    Rule("demonym-not-agency", "drop", demonym_not_agency),
)


def team_candidate(c: Candidate, entry: RegistryEntry, cue: list[Tok]) -> Candidate:
    """The national team of the country a candidate names."""
    name = f"{entry.name} national team"
    c.actor_id, c.actor_type, c.method, c.name = discovered_id(name), "organisation", "national-team", name
    c.priority, c.type_rule, c.cue = LinkPriority.REGISTRY_FORM, "national-team", [t for t in cue if t is not None]
    return c


# Rules after which the span may still be a discovered name (a person's); after every other one it
# is none ("Irish" as a nationality is no club, "in Japan" no company).
NAME_MAY_BE_THERE = frozenset(
    {"part-of-a-longer-person-name", "surname-of-another-person", "surname-in-a-bodys-name", "surname-on-a-team-sheet",
     "short-form-of-another-name", "acronym-of-another-name", "part-of-a-longer-name", "capital-as-person",
     "demonym-as-person", "person-name-here", "surname-of-a-person-named-in-full",
     "court-inside-another-courts-name", "surname-of-another-gender"}
)  # fmt: skip


def keep_registry_candidate(
    c: Candidate,
    toks: dict[int, Tok],
    entry: RegistryEntry,
    entities: list[Entity],
    lex: ActorsLexicon,
    info: ArticleInfo | None = None,
) -> Candidate | None:
    """The candidate unless a filter rule drops it (or makes it a national team); `alignment` after
    "pro-"/"anti-"."""
    return judge_registry_candidate(c, toks, entry, entities, lex, info)[0]


def judge_registry_candidate(
    c: Candidate,
    toks: dict[int, Tok],
    entry: RegistryEntry,
    entities: list[Entity],
    lex: ActorsLexicon,
    info: ArticleInfo | None = None,
) -> tuple[Candidate | None, str | None]:
    """`keep_registry_candidate`, with the name of the filter rule that fired (None when none did)."""
    span = [toks[i] for i in range(c.start_i, c.end_i + 1)]
    fired = first_match(FILTER_RULES, Found(c, entry, span, entities, lex, info or ArticleInfo(toks)))
    if fired is not None:
        rule, cue = fired
        if rule.decides == "city":
            return city_candidate(c, cue), rule.name
        return (team_candidate(c, entry, cue) if rule.decides == "team" else None), rule.name
    before, before2 = toks.get(c.start_i - 1), toks.get(c.start_i - 2)
    if before is not None and before.text == "-" and before2 is not None and before2.lower in lex.alignment_prefixes:
        c.method = "alignment"
    return c, None
