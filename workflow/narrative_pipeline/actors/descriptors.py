"""Descriptors: common nouns that refer to an actor the article has named (`link_method`
`descriptor`), decided by `DESCRIPTOR_RULES` in order for each noun of a sentence.

The rule that links a descriptor is recorded as the mention's `type_rule` (the referent's type is
what it decides) with its cue: the words that introduced the referent.

- `registry-descriptor`: the registry's descriptors ("the rebels", "the regime"), once the actor or
  an actor that anchors its descriptors has been named;
- `role-title`: a role or title ("the foreign secretary", "the cardinal", "the manager") given
  before to one named person: in front of the name ("Foreign Secretary Jack Straw") or beside it
  ("Jack Straw, the foreign secretary") or in a news lead that names the holder only in the next sentence
  ("Scotland's justice minister has warned ... Cathy Jamieson said", `titles.lead_titles`, desc29);
- `dated-office`: "the Prime Minister", "the PM", "the president" the article gives to nobody: the person who held
  that office of the state the article is about on the article's date (the registry's dated offices,
  `dated_offices`; never without a date);
- `era-office`: the same office in an undated article (the BBC text files): its holder in the era the registry
  declares (`era` of config/actors_offices.yaml: "the prime minister": Tony Blair, the BBC corpus's 2004-05), when
  the article names dates, all in that person's time and one of no other holder's, and no other holder of it whom
  its dates may put in it (`dated_offices.era_office`, actors72, actors74, actors77; tried after every other rule
  but `name-words`);
- `state-descriptor`: "the government", "the administration", "the authorities", "the military"
  for the state the article has named most so far, or, before it names any, the state the whole
  article speaks for, or the one state it says only as an owner or a modifier ("Brazil's unemployment rate ...
  the government said", desc29) (`statenouns`);
- `country-descriptor`: "the country", "the nation" acting or owning ("the country's deficit"), not
  as a place ("across the country"), for the same state (`statenouns`);
- `place-descriptor`: "the state", "the county" as a subject or object, for the one US state or county ("X County")
  the page has named before it (twice or more in all), in an article no other state leads (`usplaces`; the registry
  has no US places);
- `named-group-head`: "the party", "the company" for the organisation last named with that head
  word ("the Socialist Party" ... "the party");
- `name-words`: "the emergency team", "the salon chain" for the one organisation named so far whose name ends
  with the words ("National Public Health Emergency Team") or, for a kind noun, holds the modifiers ("Salon and Spa");
- `group-of-named`: "the family of Baha Mousa" starts a group named after the person it belongs
  to; `group-continuation`: "the families" later refers to it;
- `kind-of-named`: "the firm", "the band", "the airline" for the actor the article has named most so
  far among those it introduced with a noun of that kind ("oil firm Yukos", "pop band Busted") or,
  for "the firm" and "the company", that are companies;
- `salient-person`: "the singer", "the 30-year-old", "the 50-year-old MP" for the person the article
  has named most so far (at least twice, more often than anyone else, in the two sentences before or
  as the only person it has named), when no named person holds the noun as a title; also after a place's
  or a team's name ("the Kent athlete", "the Waterford man"), when the noun is no title or that person's;
- `former-office`: "the former vice president", "the former New York mayor" for the person the article has named
  most so far (in the two sentences before), when no named person holds the office as a title (desc26);
- `sport-person`: "the winger", "the Dutchman" for the player the article introduced with that
  position or nationality, else the one person named just before (`players`);
- `opponent-of-person`: "his opponent" in sport for the person named most but him, once named with him
  (`players`);
- `introduced-person`: "the Everton striker", "the 34-year-old Dutch midfielder" as the subject of a main clause
  right after the sentence that introduces a person as its subject ("Kevin Campbell has gained an injunction
  ... The Everton striker signed Morrison"), when no other person is in the way;
- `noun-of-person`: "the billionaire", "the referee" for the one person the article introduced with that noun
  ("French billionaire Bernard Arnault", "referee Graham Poll"), when it says the noun of nobody else;
- `kin-of-person`: "his son", "the congressman's wife" for the one person introduced as the same owner's kin ("his
  son, Dan Lipinski", "Debbie Meadows, the congressman's wife");
- `fixture-side`: "the hosts", "the visitors" for a side of the fixture the headline names (`teams`);
- `team-of-person`: "his side", "Mike Ruddock's team" for the team in the person's title (`teams`);
- `national-side`: "the national team", "England's national side" for the national team the article has
  named most (`teams`);
- `party-of-leader`: "his party", "whose party" for the party the person leads (a registry relation) or
  was given in a title ("Labour chairman Ian McCartney");
- `firm-of-person`: "his firm", "his company" for the company in the person's title ("Fiat boss Sergio
  Marchionne");
- `outlet-reporter`: "our correspondent" for the one person introduced as a correspondent or as the BBC's.

A registry person's descriptors ("prime minister" for Tony Blair) link only when one registry
person holding that office has been named, when the phrase is whole ("the deputy prime minister",
"the Irish prime minister" are no "prime minister") and when the article gives it to nobody else; for an office
the registry dates, in an undated article, also when its dates let that person hold it
(`dated_offices.named_holder_fits`, actors77: the office's terms and the declared era say when, not the descriptor).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import pairwise

from ..parsed import Sent, Tok
from ..registry import Office, Registry, Surface, fold
from ..rules import Rule, first_match
from ..syntax import is_age, lemma, surface_text
from .candidates import Candidate, LinkPriority
from .dated_offices import dated_office, era_office, named_as_former, named_holder_fits, titled_holder_fits
from .described import (
    Described,
    Referred,
    bare_owner,
    clause_names,
    office_filled,
    office_slot,
    owning_states,
    person_before,
    pronoun_person,
)
from .discovery import discovered_id
from .kinds import Named, most_named
from .lexicon import ActorsLexicon
from .offices import named_minister
from .placed_firms import local_firm, local_places, placed_firm
from .players import Intro, of_another_party, opponent_of_person, own_subjects, position_word, sport_person
from .resolution import ArticleContext, _spoken_of_most, is_subject, office_key, referent_name
from .statenouns import (
    _sovereign,
    bare_state_noun,
    country_descriptor,
    leading_states,
    located_states,
    names_a_state,
    state_descriptor,
    state_of_person,
    state_owner,
    states_of_holder,
    states_of_name,
    states_of_word,
)
from .teams import (
    NATIONAL_TEAM,
    fixture_side,
    national_side,
    national_side_people,
    states_of_people,
    team_of_person,
)
from .usplaces import place_descriptor

NOUNS = frozenset({"NOUN", "PROPN", ""})
NOT_KIND_TYPES = frozenset({"person", "state"})  # what "the firm", "the band" never refer to
PARTY_TYPES = frozenset({"party"})
PLACE_ENTS = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "FAC"})  # proper nouns that name no organisation
FIRM_GROUP_COMPANY = frozenset({"company", "person", "state"})  # the actors beside which "the group" is a company
FIRM_TYPES = frozenset({"company"})  # "his firm" of "Fiat boss Sergio Marchionne"
TITLE_WORDS = 5  # words of a title before a person's name where a party may be named ("Labour's election chief")
PLACE_WORDS = 2  # capitalised words before "man" in "the Waterford man", at most
PERSON_WITHIN = 2  # sentences since the person "the singer" refers to was last named, at most
TALKED_OF = 6  # ... or, when every sentence since talks of a "he" or "she", at most
# namings of the organisation "the club" refers to however long ago, at least (actors68: twice let a stadium named
# twice, "Murrayfield", take "the club" of a Hearts report that named Hearts once)
CLUB_TIMES = 3
RECENT = 2  # ... since the team "the squad" refers to was last named, at most
# what a company of soldiers is said with ("Soldiers of the Black Watch ... The company had been on patrol")
MILITARY_NOUNS = frozenset({"soldier", "troop", "regiment", "battalion", "platoon", "marine", "paratrooper"})
FIRM_WORDS = frozenset({"lab", "laboratory", "consultancy", "outfit"})  # firms besides the lexicon's company_nouns
DOMINANT_TIMES = 3  # namings of the firm `dominant_firm` takes, and how many times as often as any other, at least
STATE_RECENT = 2  # ... sentences before "the ailing company" its firm is named in, at most (fix88)
MAX_STATE_WORDS = 4  # ... words of a hyphenated modifier read as one ("loss-making", "cash-strapped")
FIRM_RECENT = 4  # ... since the firm an unqualified "the company" falls back to was last named, at most (review15a)
OBJECT_ARCS = frozenset({"dobj", "dative", "attr", "prep", "oprd"})  # a verb's objects and prepositional phrases
INTRODUCING_ARCS = frozenset({"dobj", "nsubj", "nsubjpass"})  # "publish a paper", "a paper says"
LINKING_VERBS = frozenset({"be", "remain", "become", "stay"})  # "while remaining a listed company": the named one
# people an age phrase after them may be one of ("Tony Blair met pupils ... The 15-year-old": review16b)
AGED_GROUPS = frozenset({
    "pupil", "child", "student", "fan", "teenager", "youngster", "boy", "girl", "schoolchild", "kid", "player",
    "people", "person", "resident", "patient", "victim", "man", "woman", "worker", "soldier", "member", "friend",
    "volunteer", "supporter", "athlete", "passenger", "villager", "pensioner", "voter", "youth", "adult", "son",
    "daughter", "sibling", "brother", "sister", "survivor", "suspect", "prisoner", "refugee", "competitor",
})  # fmt: skip
# nouns only a young person is called: the person the article gives an age of 13 to 19 (review17b: "a 14-year-old
# Palestinian boy ... Ariel Sharon ... the teenager" is no Sharon; "Mr Jackson, 46 ... The teenager" is his accuser)
YOUTH_NOUNS = frozenset({"teenager", "youngster"})
TEEN_AGES = range(13, 20)
# person nouns that say how someone stands to another, not who they are ("the father", "his rival"): no
# `introduced-person`
RELATION_NOUNS = frozenset({
    "boyfriend", "brother", "colleague", "daughter", "father", "friend", "girlfriend", "grandfather",
    "grandmother", "husband", "mother", "opponent", "partner", "rival", "sister", "son", "team-mate", "widow",
    "widower", "wife", "fan", "victim", "number", "centre", "international", "winner", "runner-up", "man",
    "woman", "boy", "girl", "pupil", "student", "nominee", "newcomer", "hopeful", "stars",
})  # fmt: skip
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "into"})
LOSING_VERBS = frozenset({"lose", "fall", "succumb", "crash", "slump", "bow", "exit"})  # a subject beaten
BEATING_VERBS = frozenset({"beat", "defeat", "edge", "knock", "oust", "upset", "stun", "thrash", "eliminate"})
MAIN_CLAUSE_ARCS = frozenset({"ROOT", "ccomp", "conj"})  # a sentence's own verb, or what it says or adds
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
LATER_HOLDER_WORDS = frozenset({"future"})  # "the future president": who held the office later, not its holder then
MANAGER_WORDS = frozenset({"former", "ex", "-", "new"})  # words of a manager's post besides its side's (actors92)
GROUP_OWNER_TYPES = frozenset({"person", "group", "organisation", "party", "company", "armed_group"})


def registry_descriptor(d: Described) -> Referred | None:
    """'the rebels' once their leader is named, 'the regime' after 'the Assad regime'."""
    if fold(d.tok.lower) not in d.registry.descriptor_last_words:
        return None
    toks = d.sent.tokens
    k = d.tok.i - toks[0].i
    for length in (3, 2, 1):
        if k + 1 - length < 0:
            continue
        span = toks[k + 1 - length : k + 1]
        for surface in d.registry.lower_surfaces.get(fold(surface_text(span)).lower(), []):
            anchors = {surface.actor_id} | d.registry.descriptor_anchors.get(surface.actor_id, set())
            named = [c for c in span[0].children if c.dep in {"compound", "amod"} and c.text[:1].isupper()]
            named = [c for c in named if not _holders_state_word(d, c, surface.actor_id)]  # "the UK chancellor"
            if named and _another_states_office(d, surface.actor_id, named):
                _mark_rival(d, fold(surface_text(span)).lower())  # "The Israeli PM": "the PM" after it is no Blair
            if _given_to_another(d, surface.actor_id):
                _mark_rival(d, fold(surface_text(span)).lower())  # "The PM, Jacinda Ardern,": no Blair after it
                continue
            if anchors & d.ctx.seen_ids and not named:  # "Labour MPs" are Labour's
                entry = d.registry.entry(surface.actor_id)
                if entry.type == "person":
                    return _office_holder(d, span, surface)
                if entry.type != "armed_group" and _some_of(d):
                    return None  # "the group of MPs who will recommend": some of them, not the House
                return Referred(entry.id, entry.type, span, span, surface.form)
    return None


def _some_of(d: Described) -> bool:
    """'a group of MPs', 'a committee of MPs': the noun after "of" and a `subset_nouns` noun names some
    members, not the body (not of an armed group: "a group of rebels attacked" is the rebels, review17b)."""
    prep = d.tok.head
    if d.tok.dep != "pobj" or prep is None or prep.lower != "of" or prep.head is None:
        return False
    return lemma(prep.head) in d.lex.subset_nouns


def _mark_rival(d: Described, key: str) -> None:
    """Another holder's office: `key` and every other name the registry gives the same persons' office ("the
    Israeli prime minister" ... "the PM") may be his after it."""
    d.ctx.rival_offices.add(key)
    for surface in d.registry.lower_surfaces.get(key, []):
        entry = d.registry.entry(surface.actor_id)
        if entry.type == "person" and key in {fold(x).lower() for x in entry.descriptors}:
            d.ctx.rival_offices.update(fold(x).lower() for x in entry.descriptors)


def _given_to_another(d: Described, holder: str) -> bool:
    """Whether the office is said beside another person's name ("The PM, Jacinda Ardern, said"): that person's."""
    beside = [c for c in d.tok.children if c.dep == "appos"] + [d.tok.head] * (d.tok.dep == "appos")
    named = (d.linked.get(t.i) for t in beside if t is not None)
    return any(c is not None and c.actor_type == "person" and c.actor_id not in {None, holder} for c in named)


def _another_states_office(d: Described, holder: str, mods: list[Tok]) -> bool:
    """Whether a one-word office of a registry person ("PM") is said with a state's or a nationality's word
    that is not the holder's ("the Israeli PM"; not "the British PM")."""
    if d.registry.entry(holder).type != "person":
        return False
    linked = (d.linked.get(m.i) for m in mods)  # a discovered actor ("Hitler Chancellor") is in no registry
    states = {c.actor_id for c in linked if c is not None and c.actor_id in d.registry.entries}
    states |= {s for m in mods for s in states_of_word(m, d.registry)}
    if states and states_of_holder(states, holder, d.registry):
        return False
    return any(names_a_state(m, d.registry) or m.lower in d.lex.nationality_words for m in mods)


def _office_holder(d: Described, span: list[Tok], surface: Surface) -> Referred | None:
    """A registry person's office ("the prime minister"): the whole phrase, given to nobody else in
    the article (not as a title, nor with a word of its own: "the Israeli prime minister", "the prime
    minister of Israel"; a lower-case word is no other holder: "his first prime minister's questions",
    "the longest serving chancellor of modern times", nor is a gerund after "of": "the chancellor of
    behaving like schoolboys"), one named person holding it; the span leaves out a name inside it ("Tory" leader)."""
    key = fold(surface_text(span)).lower()
    inside = {t.i for t in span}
    placed = [c for c in d.tok.children if c.dep == "nmod" and names_a_state(c, d.registry)]  # "The Welsh ..."
    outside = [m for m in [*d.mods, *placed] if m.i not in inside and not _holders_state_word(d, m, surface.actor_id)]
    owned_by = d.owner is not None and any(_names_an_owner(c) for c in d.owner.children if c.dep == "pobj")
    if d.owner is not None or outside:
        if owned_by or not all(_a_common_word(d, m) for m in outside):
            _mark_rival(d, key)  # "the Israeli prime minister": "the prime minister" after it may be his
        return None  # "his first prime minister's questions", "the former chancellor": this one is no holder's
    if key in d.ctx.title_words or key in d.ctx.rival_offices:
        return None
    holders = {
        s.actor_id for s in d.registry.lower_surfaces[key]
        if s.actor_id in d.ctx.seen_ids and d.registry.entry(s.actor_id).type == "person"
        and not named_as_former(d, s.actor_id, span[-1].lower)
    }  # fmt: skip
    if len(holders) != 1 or _other_name_titled(d, next(iter(holders)), key):
        return None
    if not named_holder_fits(d, key, next(iter(holders))):
        return None  # an office the registry dates: its terms, not the descriptor, say when (review58 5, actors77)
    owned = state_owner(d, next(iter(holders)))
    if owned is None and _head_of_governments(d, next(iter(holders))):
        owned = True  # "his chancellor" of the prime minister
    if owned is False:
        _mark_rival(d, key)  # "France's prime minister": "the prime minister" after it may be France's
    if not owned and not (d.definite and owned is None):
        return None
    words = list(span)
    while len(words) > 1 and fold(words[0].text) in d.registry.surfaces:
        words.pop(0)
    return Referred(surface.actor_id, "person", words, span, surface.form)


def _holders_state_word(d: Described, m: Tok, holder: str) -> bool:
    """A word before a registry person's office linked to their own state ("UK" of "the UK chancellor" for Gordon
    Brown, "British" of "the British prime minister" for Tony Blair): the state is a mention of its own and the office
    still the holder's (actors83); another state's word ("the Israeli prime minister") or any other word is not."""
    if d.registry.entry(holder).type != "person":
        return False
    found = d.linked.get(m.i)
    if found is None or found.actor_type != "state" or found.actor_id is None:
        return False
    return states_of_holder({found.actor_id}, holder, d.registry)


def _a_common_word(d: Described, m: Tok) -> bool:
    """A word before an office that gives it to no other state or holder: a lower-case word other than a nationality
    ("the longest serving chancellor"), or a role or time word however written ("Former prime minister Tony Blair" at
    a sentence's start, "the Deputy Prime Minister": no rival of "the prime minister" after it; actors82)."""
    if m.lower in d.lex.role_modifiers or m.lower in d.lex.office_time_words:
        return True
    return m.text.islower() and m.lower not in d.lex.nationality_words


def _other_name_titled(d: Described, holder: str, key: str) -> bool:
    """Whether another name of the holder's office is a title the article gives to someone else ("Ariel Sharon,
    Israel's prime minister ... The PM said": "the prime minister" there is Sharon's, and so is "the PM")."""
    names = {fold(x).lower() for x in d.registry.entry(holder).descriptors} - {key}
    return any(x in d.ctx.title_words and d.ctx.titles.get(x, ("",))[0] != holder for x in names)


def _head_of_governments(d: Described, holder: str) -> bool:
    """'The PM insisted ... he has upset his chancellor': "his" may be the head of government of the holder's state
    (a registry person holding one of `government_heads`, named so far, not the holder), whom the pronoun stands
    for, or no named person does (the PM may be a descriptor)."""
    owners = [c for c in d.tok.children if c.dep == "poss"]
    if len(owners) != 1 or owners[0].lower not in {"his", "her"}:
        return False
    country = d.registry.entry(holder).country_iso3
    heads = {
        a for a in d.ctx.seen_ids if a != holder and a in d.registry.entries
        and d.registry.entry(a).type == "person" and d.registry.entry(a).country_iso3 == country
        and {fold(x).lower() for x in d.registry.entry(a).descriptors} & d.lex.government_heads
    }  # fmt: skip
    person = pronoun_person(d)
    return len(heads) == 1 and (person is None or person in heads)


def _names_an_owner(pobj: Tok) -> bool:
    """'the prime minister of Israel', 'the chancellor of Germany': a name after "of" gives the office to
    someone else ("the longest serving chancellor of modern times", "of behaving like schoolboys" do not)."""
    return pobj.pos == "PROPN" or pobj.ent_type in {"GPE", "NORP", "ORG", "PERSON", "LOC"}


def role_title(d: Described) -> Referred | None:
    """'the foreign secretary' after 'Foreign Secretary Jack Straw' or 'Jack Straw, the foreign secretary'."""
    owned = owning_states(d)  # "Turkey's president", "the president of France": a state's office (actors83)
    if not (d.definite or owned) or not (d.noun or d.tok.pos == "PROPN") or d.tok.tag == "NNS":
        return None  # "The Culture Secretary": spaCy may tag a capitalised title PROPN
    if d.owner is not None and not owned:
        return None  # "the president of the firm"
    if office_slot(d) or office_filled(d) or _capital_the_name(d):
        return None  # "changing the minister will serve no purpose"; "will take over as the new coach" (fix69);
        # "A study by The Economist found"
    if position_word(d)[1] is not None:
        return None  # "a destroyer on the loose-head": a player's position, no "head" (actors92)
    beside = [c for c in d.tok.children if c.dep == "appos"] + [d.tok.head] * (d.tok.dep == "appos")
    if any(t is not None and t.pos == "PROPN" for t in beside) or _titles_a_name(d.tok):
        return None  # "the economics minister, Ali Babacan,": the name is the mention
    mods, states = leading_states(d)  # "the British prime minister": the state is a mention of its own
    states |= owned
    mods = [m for m in mods if not counted_modifier(m)]  # "the four-term congressman" is the congressman
    compounds = [m for m in mods if m.dep == "compound"]
    tried = [d.mods] if states else []  # "the Madrid president" given in full first
    for words in (*tried, mods, compounds, [] if not compounds else None):
        if words is None:
            break  # "the attorney general" is no "general"
        phrase = " ".join(t.lower for t in [*words, d.tok])
        if any(m.lower in d.lex.role_modifiers | LATER_HOLDER_WORDS for m in mods) and phrase not in d.ctx.titles:
            return None  # "the former foreign secretary" is not the foreign secretary, "the future president" not the
            # president
        if any(m.lower in d.lex.office_modifiers for m in mods if m not in words):
            return None  # "the prime minister" is no "minister"
        if any(_names_a_body(d, m) for m in mods if m not in words):
            return None  # "the Conservative leader" is not "Liberal leader Jeremy Thorpe"
        formed = _form_holders(d, phrase)
        holder = _state_titled(d, states, phrase) if owned else None  # "Turkish President X ... Turkey's president"
        if holder is not None:
            pass
        elif owned and phrase in d.ctx.titles and not _states_title_fits(d, states, d.ctx.titles[phrase][0]):
            return None  # "President Bush ... France's president": another state's office
        elif phrase in d.ctx.titles and (_holder_known(d, phrase) or states and _lead_holder(d, phrase)):
            # a state's office in a news lead whose holder the next sentence names ("India's defence minister has
            # opened ... Pranab Mukherjee said"; actors83): the page names the holder with the office
            holder = d.ctx.titles[phrase]
            if set(formed) - {holder[0]}:
                return None  # "US Congresswoman Maxine Waters ... Rep. John Smith ... the congresswoman": either
        elif phrase not in d.ctx.title_words and len(formed) == 1:
            holder = next(iter(formed.items()))  # "Rep. Mark Meadows ... the congressman"
        if holder is not None:
            actor_id, name = holder
            if _kind_of_a_lesser_name(d, actor_id):
                return None  # "George Raft, an actor famed for playing gangsters" in Brando's story: not "the actor"
            if _another_placed_since(d, actor_id):
                return None  # "Sen. Bernie Sanders spoke. A senator from Texas said ... The senator said"
            if not titled_holder_fits(d, phrase, actor_id):
                return None  # "Prime Minister Tony Blair spoke on Friday. The prime minister ..." on a page of 2020
            stripped = states and len(words) < len(d.mods)
            if stripped and actor_id in d.registry.entries and not states_of_holder(states, actor_id, d.registry):
                return None  # "the French prime minister" is not Tony Blair
            if (
                d.ctx.sport
                and actor_id not in d.registry.entries
                and _state_unsaid_of(d, actor_id, states | _demonym_states(d))
            ):
                return None  # "All Blacks captain Tana Umaga ... the Irish captain" is not Umaga (actors63)
            span = [*words, d.tok]
            return Referred(actor_id, "person", span, span, phrase, name)
    if states and not mods and d.tok.lower in d.lex.state_leader_nouns:
        return _state_leader(d, states)  # "Syrian President Bashar al-Assad ... the Syrian leader" (actors83)
    return None


def _state_leader(d: Described, states: set[str]) -> Referred | None:
    """'the Syrian leader', "Russia's leader": the one person the page titles with one of `state_leader_offices` of
    that state (with its word, "Syrian President Bashar al-Assad", or with none as `_states_title_fits` allows), named
    before the noun or given the title in full (`_holder_known`); on a dated page only one who held it on the page's
    day or of its told time (`titled_holder_fits`). Two such persons (a president and a prime minister): no one."""
    found: dict[tuple[str, str], str] = {}
    for office in sorted(d.lex.state_leader_offices):
        held = _state_titled(d, states, office)
        if held is None and office in d.ctx.titles and _holder_known(d, office):
            held = d.ctx.titles[office] if _states_title_fits(d, states, d.ctx.titles[office][0]) else None
        if held is not None:
            found.setdefault(held, office)
    if len(found) != 1:
        return None
    (actor_id, name), office = next(iter(found.items()))
    if _another_of_the_state(d, states, actor_id):
        return None  # "German President Horst Koehler met Gerhard Schroeder ... the German leader" (fix65)
    if not titled_holder_fits(d, office, actor_id):
        return None
    return Referred(actor_id, "person", [d.tok], [d.tok], d.tok.lower, name)


def _another_of_the_state(d: Described, states: set[str], holder: str) -> bool:
    """Whether the page names a registry person of the states other than the one titled with their head office ("German
    President Horst Koehler met Gerhard Schroeder", "Supreme Leader Ayatollah Ali Khamenei met Iranian President
    Mahmoud Ahmadinejad", "Syrian National Coalition President Ahmad Jarba ... Assad"): "the X leader" may be either
    (fix65, review64 2, 4, 5)."""
    return any(
        p != holder and d.registry.entries[p].type == "person" and states_of_holder(states, p, d.registry)
        for p, n in d.ctx.named_counts.items()
        if n > 0 and p in d.registry.entries
    )


def _lead_holder(d: Described, phrase: str) -> bool:
    """Whether the noun is a news lead's title (`titles.lead_titles`) whose holder, named in the next sentence, is given
    no other role noun on the page ("India's defence minister has opened ... Pranab Mukherjee said"; not "The Syrian
    rebel leader said ... Syrian President Bashar al-Assad disagreed", another's answer; actors83)."""
    if d.tok.i != d.ctx.lead_title_at:
        return False
    person = d.ctx.titles[phrase][0]
    dated = _registry_offices_of(d, phrase)
    if dated and not any(t.holder == person for o in dated for t in o.terms):
        return False  # "Russia's president has signed ... Lyudmila Alexeyeva said": a reaction, not Putin (fix65)
    intro = d.ctx.intros.get(person)
    if of_another_party(intro, leading_states(d)[1] | owning_states(d), d.registry, d.ctx.published):
        return False  # "Scotland's justice minister has ... Tory MSP Annabel Goldie said" (fix75)
    return intro is None or not intro.another_role(set(phrase.split()), d.lex)


def _registry_offices_of(d: Described, phrase: str) -> list[Office]:
    """The registry's dated offices of the phrase for the states said before it or owning it ("Russia's president",
    "the Russian president": the Russian presidency; "Scotland's first minister": Scotland's), fix65."""
    states = leading_states(d)[1] | owning_states(d)
    states |= {_sovereign(s, d.registry) for s in states}
    return [o for o in d.registry.offices.get(phrase, []) if o.state in states]


def _state_titled(d: Described, states: set[str], phrase: str) -> tuple[str, str] | None:
    """The one person the page titles with the office and a word of its state ("Turkish President Recep Tayyip
    Erdogan", "Russian Foreign Minister Sergei Lavrov": "turkish president", "russian foreign minister"), named before
    the office or given it in full (`_holder_known`), for a state's office said by its owner ("Turkey's president",
    "the foreign minister of Russia"; actors83)."""
    found = set()
    for state in states:
        entry = d.registry.entry(state)
        for word in {fold(w).lower() for w in [entry.name, *entry.aliases, *entry.demonyms]}:
            titled = f"{word} {phrase}"
            if titled in d.ctx.titles and _holder_known(d, titled):
                found.add(d.ctx.titles[titled])
    return next(iter(found)) if len(found) == 1 else None


def _states_title_fits(d: Described, states: set[str], holder: str) -> bool:
    """Whether a person titled with an office and no state word ("President Kumaratunga", "Vladimir Putin, the
    president") may hold the office of the state that owns the descriptor ("Sri Lanka's president"): a registry
    person of that state (`states_of_holder`), or a discovered one on a page that speaks of that state more than of
    any other (a registry person of another state or another state's page: "President Bush ... France's
    president" is not Bush; actors83)."""
    if holder in d.registry.entries:
        return states_of_holder(states, holder, d.registry)
    sovereign = {_sovereign(s, d.registry) for s in states}
    return len(sovereign) == 1 and _spoken_of_most(next(iter(sovereign)), d.ctx.sovereign_votes)


def _demonym_states(d: Described) -> set[str]:
    """The states a capitalised nationality word before the noun names ("Irish" of "the Irish captain"), linked to a
    state or not (in sport spaCy may take it for the national team's)."""
    return {s for m in d.mods if m.text[:1].isupper() for s in states_of_people(m, d.registry)}


def _state_unsaid_of(d: Described, holder: str, states: set[str]) -> bool:
    """Whether a state said before a title ("the Irish captain") is one the discovered holder's introduction never
    names, by its name, alias or demonym ("All Blacks captain Tana Umaga": no word of Ireland's; actors63). Read in
    articles about sport only, where sides of two nations meet: elsewhere an introduction seldom gives a person's
    nation that a later "the Australian actress", "the Cuban president" does (actors63-try2: 4 right links lost)."""
    intro = d.ctx.intros.get(holder)
    said = set(intro.words) if intro is not None else set()
    for state in states:
        nation = d.registry.entry(state)
        forms = [fold(w).lower().split() for w in [nation.name, *nation.aliases, *nation.demonyms]]
        if not any(f and set(f) <= said for f in forms):
            return True
    return False


def _capital_the_name(d: Described) -> bool:
    """'A study by The Economist found', 'a column in The Times': a capitalised "The" inside a sentence before a
    capitalised noun opens a name (a publication's), not a title given to a person (actors45). Not "The Culture
    Secretary said" at a sentence's start, where every "The" is capitalised."""
    words = [t for t in d.sent.tokens if t.text[:1].isalnum()]
    first = words[0] if words else None
    return d.tok.text[:1].isupper() and any(
        c.dep == "det" and c.text == "The" and first is not None and c.i != first.i for c in d.tok.children
    )


def _titles_a_name(tok: Tok) -> bool:
    """'The Foreign Secretary Jack Straw', 'The Honourable Deputy Premier Natalio Wheatley': the title stands before a
    person's name as a word of it (spaCy's compound of the name's last word), and the mention is the name without the
    title (ANNOTATION: "span: the name, without the title"; actors43). Not "the foreign secretary said" nor a title
    after the name ("Jack Straw, the foreign secretary", an apposition `role_title` reads)."""
    head = tok.head
    return (
        tok.dep == "compound"
        and head is not None
        and head.i > tok.i
        and head.pos == "PROPN"
        and head.ent_type == "PERSON"
    )


def _another_placed_since(d: Described, holder: str) -> bool:
    """Whether, since the title's holder was first named, an indefinite subject from a place introduced another one of
    the noun ("Sen. Bernie Sanders spoke at the rally. A senator from Texas said the bill would fail. The senator said
    he would vote against it": the Texan; review21a). Only with "from" and a place: a bare "a judge has dismissed" or
    "they have a mayor who ..." may be the holder himself (an abstention on any indefinite noun lost 4 right BBC
    links)."""
    forms = [at for at, a, _ in d.ctx.title_forms.get(d.tok.lower, []) if a == holder]
    named_at = d.ctx.title_holders_at.get(holder, min(forms, default=d.tok.i))
    return any(named_at < at < d.tok.i for at in d.ctx.placed_others.get(d.tok.lower, []))


def counted_modifier(mod: Tok) -> bool:
    """'four-term', 'two-time', '10-year': a noun joined by a hyphen to the number that counts it, before a person's
    noun ("the four-term congressman", "the two-time champion"); it says how long or how often the person has held the
    role, not which role (spaCy makes the noun a compound, which `role-title` would read as part of the title)."""
    children = list(mod.children)
    counted = any(c.dep == "nummod" and c.i < mod.i for c in children) and any(c.text == "-" for c in children)
    return mod.dep == "compound" and mod.tag == "NN" and counted


def _form_holders(d: Described, phrase: str) -> dict[str, str]:
    """The persons (id -> name) given, before the noun, a form of a title that `phrase` refers back to ("Rep. Mark
    Meadows" for "the congressman", `title_role_nouns`): a second one given it before makes the noun either's, one
    given it only after cannot be meant."""
    return {actor_id: name for at, actor_id, name in d.ctx.title_forms.get(phrase, []) if at < d.tok.i}


def _names_a_body(d: Described, mod: Tok) -> bool:
    """A modifier linked to a party or another body that is no state ("Conservative", "Tory", "UN"): an office
    qualified by it is that body's, which a shorter title given to someone else ("Liberal leader Jeremy Thorpe") does
    not name. Not a nationality ("the Australian actress", "the Spanish coach", "the Israeli prime minister"): it
    describes the holder the article introduced, whose nationality the title may not have said (session 19's lead:
    on the BBC corpus the capitalised-word form cut four right links of this kind)."""
    found = d.linked.get(mod.i)
    return found is not None and found.actor_type not in {"person", "state"}


def _holder_known(d: Described, phrase: str) -> bool:
    """The title's holder is named before it, or the title is one given in full and of several words
    ("the courts minister has told MPs ... courts minister Christopher Leslie"), not a shorter ending
    of another ("the ex-finance chief" is not "production chief Walter van der Vijver")."""
    named_at = d.ctx.title_holders_at.get(d.ctx.titles[phrase][0], d.tok.i)
    return named_at < d.tok.i or phrase in d.ctx.title_exact and " " in phrase


def named_group_head(d: Described) -> Referred | None:
    """'the party' for the party last named ('UKIP' ... 'the party'), named before the noun: a descriptor refers back,
    not to a body its own sentence names only after it ("the department could not answer ... whether either the
    Federal Transit Administration or the Florida Department of Transportation had approved" is another department;
    `ArticleContext.head_word_at`, actors44)."""
    tok = d.tok
    if not (d.noun and d.lower_case) or d.mods or d.owner is not None:
        return None
    if not d.definite and not bare_owner(d):
        return None
    found = d.ctx.by_head_word.get(tok.lower)
    if found and clause_names(d, found[0]):
        return None  # "the party challenging Labour" is not Labour
    if found and d.ctx.head_word_at.get((tok.lower, found[0]), tok.i) >= tok.i:
        return None  # "the department could not answer ... whether the Florida Department of Transportation had"
    return Referred(found[0], found[1], [tok], [tok], tok.lower, found[2]) if found else None


def name_words(d: Described) -> Referred | None:
    """'the emergency team' after 'National Public Health Emergency Team' (or its short form 'NPHET'), 'the salon
    chain' after 'Aisha's Salon and Spa': a definite noun with lower-case modifiers that are words of the name of one
    organisation the article has named before, of no other actor named so far, when the words with the noun end that
    name (before its "of" or "for": 'the national union' of 'National Union of Journalists') or the noun is a kind (a
    noun of `kind_descriptors`: "chain", "firm", "group"); and that organisation is the last one (no person, no state)
    named before the noun. The modifiers keep `kind-of-named` and `named-group-head` from firing ("the rival firm" is
    not said), but words the name itself holds say which one is meant (actors28)."""
    tok = d.tok
    if not (d.definite and d.noun and d.lower_case and d.mods) or d.owner is not None or tok.tag == "NNS":
        return None
    first = d.mods[0].i - d.sent.tokens[0].i
    if [m.i for m in d.mods] != list(range(tok.i - len(d.mods), tok.i)) or first < 1:
        return None  # every word between the article and the noun a modifier
    if d.sent.tokens[first - 1].lower != "the":
        return None  # "the all-party group" is no group of the Labour Party
    if not all(m.text.isalpha() and m.text.islower() for m in d.mods + [tok]):
        return None  # "the Emergency Team" is the name itself, not a descriptor of it
    if tok.dep == "appos" or any(c.dep == "appos" for c in tok.children) or (tok.i + 1) in _linked_starts(d):
        return None  # "the emergency team NPHET", "NPHET, the emergency team, said": the name is the mention
    words = [m.lower for m in d.mods] + [tok.lower]
    named = {a for _, end_i, a in d.ctx.names_in_order if end_i < tok.i}
    kind = tok.lower in d.lex.kind_descriptors or any(tok.lower in kinds for kinds in d.lex.kind_descriptors.values())
    holders = [
        a
        for a in sorted(named)
        if d.ctx.named_as[a][0] not in NOT_KIND_TYPES and _holds(d, a, words, kind and _kind_fits(d, a))
    ]
    if len(holders) != 1:
        return None  # none, or two ("the supreme court" after the "US Supreme Court" and the "Indian Supreme Court")
    actor_id = holders[0]
    if _other_named_since(d, actor_id):
        return None  # "the Kimbell Art Museum ... LVMH ... the Fondation Louis Vuitton. The private art museum"
    if _placed_in_another_state(d, actor_id):
        return None  # "The European Central Bank raised rates. In Moscow, the central bank held its key rate"
    actor_type, name = d.ctx.named_as[actor_id]
    return Referred(actor_id, actor_type, d.mods + [tok], d.mods + [tok], " ".join(words), name)


def _other_named_since(d: Described, actor_id: str) -> bool:
    """Whether the article has named another actor that is no person or state since it last named `actor_id`."""
    last = max(end_i for _, end_i, a in d.ctx.names_in_order if a == actor_id and end_i < d.tok.i)
    return any(
        last < end_i < d.tok.i and a != actor_id and d.ctx.named_as[a][0] not in NOT_KIND_TYPES
        for _, end_i, a in d.ctx.names_in_order
    )


def _placed_in_another_state(d: Described, actor_id: str) -> bool:
    """Whether the noun's sentence places it in a state (a place after "in", "at": "In Moscow, the central bank held
    its key rate") that is not the organisation's: its registry state, or a state a word of its name says
    ("Ukrainian National Guard"). Each state has its own central bank or national guard, so the words of the name are
    that state's body, not the one named before (review21a: "the central bank" there was the European Central Bank).
    A place that names no state ("In Frankfurt, the central bank") says nothing."""
    placed = located_states(d.sent.tokens, d.registry, d.lex)
    if not placed:
        return False
    entry = d.registry.entries.get(actor_id)
    own = states_of_name(d.ctx.named_as[actor_id][1], d.registry)
    if entry is not None and entry.country_iso3 in d.registry.state_of:
        own.add(d.registry.state_of[entry.country_iso3])
    return bool(placed - own)


def _holds(d: Described, actor_id: str, words: list[str], kind: bool) -> bool:
    """Whether `words` end the name of `actor_id` (before its "of" or "for") and are not the whole of it, or, for a
    kind noun (`kind`), whether the name holds every modifier (`words` but the last)."""
    name = d.ctx.named_as[actor_id][1].lower().split()
    cut = next((k for k, w in enumerate(name[1:], 1) if w in {"of", "for"}), len(name))
    head = name[:cut]
    if len(head) > len(words) and head[-len(words) :] == words:
        return True
    return kind and set(words[:-1]) <= set(name)


def _kind_fits(d: Described, actor_id: str) -> bool:
    """Whether the kind noun can be said of `actor_id`: its type is one the noun's kinds refer to
    (`kind_descriptor_types`: "the salon chain" of a company) or its name holds a noun of those kinds ("the health
    team" of "... Emergency Team"). Not "the national team" of the "National Union of Mineworkers" or the "Ukrainian
    National Guard" (review21a)."""
    noun = d.tok.lower
    kinds = [k for k, nouns in d.lex.kind_descriptors.items() if noun == k or noun in nouns]
    actor_type, name = d.ctx.named_as[actor_id]
    types = {t for k in kinds for t in d.lex.kind_descriptor_types.get(k, [])}
    if actor_type in types or actor_type == "organisation" and "company" in types:
        return True  # a discovered firm is often typed no further than an organisation ("Aisha's Salon and Spa")
    nouns = {noun, *kinds} | {n for k in kinds for n in d.lex.kind_descriptors[k]}
    return any(w in nouns for w in name.lower().split())


def _linked_starts(d: Described) -> set[int]:
    return {c.start_i for c in d.linked.values()}


def group_of_named(d: Described) -> Referred | None:
    """'the family of Baha Mousa': a group named after the person it belongs to."""
    tok = d.tok
    if d.owner is None or lemma(tok) not in d.lex.group_nouns or not d.lower_case:
        return None
    pobj = next(c for c in d.owner.children if c.dep == "pobj")
    owner = d.linked.get(pobj.i)
    if owner is None or owner.actor_type not in GROUP_OWNER_TYPES or owner.actor_id is None:
        return None
    owner_name = referent_name(owner, d.registry) or owner.actor_id
    name = f"{lemma(tok)} of {owner_name}"
    return Referred(discovered_id(name), "group", [tok], [tok, d.owner, pobj], lemma(tok), name)


def group_continuation(d: Described) -> Referred | None:
    """'the families' after 'the family of Baha Mousa'."""
    tok = d.tok
    if not d.definite or d.owner is not None or not d.lower_case:
        return None
    found = d.ctx.groups.get(lemma(tok))
    return Referred(found[0], "group", [tok], [tok], lemma(tok), found[1]) if found else None


def kind_of_named(d: Described) -> Referred | None:
    """'the firm' after 'Russian oil firm Yukos', 'the band' after 'pop band Busted'."""
    tok = d.tok
    if not ((d.definite or _world_ranked(d)) and d.noun and d.lower_case) or d.owner is not None or tok.tag == "NNS":
        return None
    said_of = [m for m in d.mods if _state_of_firm(d, m)]
    local = local_places([m for m in d.mods if m not in said_of], d.registry, d.ctx.named_tokens)
    mods = [m for m in d.mods if m not in said_of and m not in local]  # "The Florida company": "the company" (actors96)
    trade = [m for m in mods if not _place_word(m, d)]
    if d.mods and tok.lower in d.lex.recent_kind_descriptors or trade and not _trade_words(d, trade):
        return None  # "the Australian firm", "the car giant" are the firm; "the rival firm", "the Welsh side" not said
    if tok.dep == "appos" or any(c.dep == "appos" and _names_in(d, c) for c in tok.children) or _beside_a_name(d):
        return None  # "Gazprom, the company tipped to buy it": the name is the mention
    kinds = d.lex.kind_descriptors.get(tok.lower)
    if kinds is None:
        return None
    types = d.lex.kind_descriptor_types.get(tok.lower, frozenset())

    def fits(actor_id: str) -> bool:
        actor_type = d.ctx.named_as[actor_id][0]
        if actor_type == "state" or tok.lower in d.lex.club_nouns and actor_id.endswith(NATIONAL_TEAM):
            return False
        if actor_type == "media" and actor_type in types and _names_no_paper(d, actor_id):
            return False  # "the paper" is no broadcaster, agency or media group ("News Corp", "the BBC")
        if tok.lower in d.lex.firm_group_nouns and actor_type == "company" and _only_firms_named(d):
            return True  # "Cadbury Schweppes ... the group's factories"
        return actor_type in types or fits_as_said(actor_id) or _topic_of_kind(d, actor_id)

    def fits_as_said(actor_id: str) -> bool:
        said = d.ctx.kinds.get(actor_id, {})
        return any(said.get(word, tok.i) < tok.i for word in kinds)

    if _said_indefinite_before(d):
        d.ctx.introduced_nouns.add(tok.i)
        return None  # "the Treasury will publish a paper. The paper says": that one, no newspaper
    if _unlinked_org_before(d):
        return None  # review9: "A spokesman for the European Anti-Fraud Office said the organisation"
    found = most_named(d.ctx, fits, tok, 1)  # a person introduced as a firm ("Rival firm Pfizer") blocks
    if found is None and tok.lower in d.lex.just_named_nouns:
        found = _only_one_just_named(d, fits)  # "The RAC welcomed the news ... But the organisation urged"
    if found is None and not mods and not d.ctx.sport and tok.lower in d.lex.firm_of_organisation_nouns:
        found = most_named(d.ctx, lambda a: fits(a) or d.ctx.named_as[a][0] not in NOT_KIND_TYPES, tok, 2)
        if found is None:  # "EMI ... (six times) ... one by Gorillaz ... the company added": the firm named most
            found = dominant_firm(d, lambda a: fits(a) or d.ctx.named_as[a][0] not in NOT_KIND_TYPES)
        if found is not None and (not _untyped_firm(d, found.actor_id) or found.actor_id in _acting_on(d)):
            return None  # the one named most of every organisation (a union, a forum) must be a firm, and not one
            # acting on the noun ("Microsoft tried to buy the firm")
        if found is not None and found.actor_id in _named_after_in_clause(d):
            return None  # "The group owns more than 5% of Deutsche": another one
        if found is not None and tok.sent - found.sentence > FIRM_RECENT and not _described_alone(d, found):
            return None  # "Skulls ... (five sentences) ... lab F-Secure said ... The firm": one the parse left unlinked
        if found is not None and _unlinked_firm_said_before(d):
            return None  # "lab F-Secure said ... The firm": a firm the parse missed, not the one named most
        if found is not None and tok.lower == "company" and _among_soldiers(d, found):
            return None  # a company of soldiers, not the regiment named most (review15a)
    if found is None and not mods and tok.lower in d.lex.firm_of_organisation_nouns:
        found = _introduced_firm(d, fits)  # "Carmaker DaimlerChrysler has sold more cars, as Chrysler ... the company"
    if found is None and not mods and tok.lower in d.lex.firm_of_organisation_nouns:
        found = _speakers_firm(d, fits)  # "one of the brothers behind the Falic Group said the firm" (actors96)
    if local:
        found = local_firm(d, found, local, fits, lambda f: _introduced_firm(d, f))  # "The Florida company" (actors96)
    placed = placed_firm(d, fits, [m for m in mods if m not in trade]) if len(trade) < len(mods) else None
    if placed is not None:
        found = placed  # "German carmaker BMW ... the German carmaker" (actors51)
    elif found is not None and len(trade) < len(mods) and not _placed_firm_is(d, found.actor_id, fits):
        return None  # "BMW ... Bosch ... the German company": a place word says which, and we cannot tell
    if (
        placed is None
        and found is not None
        and trade
        and not (_sole_company(d, found.actor_id) and _trade_said(d, found.actor_id, trade))
    ):
        return None  # "GM ... Fiat ... the car maker": either may be meant; "Merseyrail ... the bus company": another
    if found is None or d.ctx.named_as[found.actor_id][0] in NOT_KIND_TYPES or clause_names(d, found.actor_id):
        return None
    if said_of and not _sole_recent_fit(d, found.actor_id, fits):
        return None  # "Vanta Motors ... Baltic Motors ... the ailing company": either may be meant
    if tok.lower in d.lex.wary_kind_nouns and not fits_as_said(found.actor_id) and _another_group(d, found):
        return None  # "Campaigners Sugar Watch protested. The group said"; "the group would kill the men unless Kargo
        # Tur left the country" (review15a): another one
    far = tok.sent - found.sentence > RECENT
    if far and tok.lower in d.lex.recent_kind_descriptors and not _settled_club(d, found):
        return None  # "the squad" of a club the article names no more, not the national side it named
    actor_id = found.actor_id
    actor_type, name = d.ctx.named_as[actor_id]
    return Referred(actor_id, actor_type, [tok], [tok], tok.lower, name)


def _state_of_firm(d: Described, mod: Tok) -> bool:
    """A modifier that says how a firm fares or how old it is, not which one it is ("the ailing company", "the
    loss-making newspaper", "The 35-year-old airline"): a word of `firm_state_modifiers` (or its hyphenated phrase),
    or an age. "the rival firm", "the new company" say another one (review74)."""
    words = [t for t in mod.subtree() if t.i < d.tok.i]
    phrase = "".join(t.lower for t in words) if len(words) < MAX_STATE_WORDS else mod.lower
    return is_age(mod) or mod.lower in d.lex.firm_state_modifiers or phrase in d.lex.firm_state_modifiers


def _sole_recent_fit(d: Described, actor_id: str, fits: Callable[[str], bool]) -> bool:
    """Whether `actor_id` is named in the noun's sentence or the STATE_RECENT before it and is the only actor that
    fits the noun named there, and no organisation of another kind is named after it before the noun: a modifier of
    how a firm fares says nothing of which one it is."""
    near = [(end_i, a) for s, end_i, a in d.ctx.names_in_order if end_i < d.tok.i and s >= d.tok.sent - STATE_RECENT]
    if {a for _, a in near if fits(a)} != {actor_id}:
        return False
    last = max(end_i for end_i, a in near if a == actor_id)
    return not any(end_i > last and a != actor_id and d.ctx.named_as[a][0] not in NOT_KIND_TYPES for end_i, a in near)


def _settled_club(d: Described, found: Named) -> bool:
    """Whether an unqualified "the club" (`club_nouns`) is the organisation the article has named most so far however
    long ago it was last named, as `recent_kind_descriptors` otherwise asks: named CLUB_TIMES times at least (and more
    often than any other that fits, none named after it in this sentence or the one before: `most_named`). A report on
    a club names it, then its people for paragraphs ("Liverpool ... (ten sentences of Parry and Gerrard) ... his
    enthusiasm for the club"); "the squad", "the side" stay recent, as a national side may be meant (actors68)."""
    return d.tok.lower in d.lex.club_nouns and found.times >= CLUB_TIMES


def dominant_firm(d: Described, fits: Callable[[str], bool]) -> Named | None:
    """For an unqualified "the company" / "the firm" that `most_named` leaves to none because another that fits was
    named after the one named most, in this sentence or the one before: the one named most all the same, when it is
    named DOMINANT_TIMES at least and DOMINANT_TIMES as often as any other, and no proper noun since its last naming is
    a subject naming another organisation or one no name links (`_subject_since`). "EMI (six times) ... two albums,
    one by Gorillaz, delayed ... the company added": EMI; "Turkcell (five times) ... MTN may be back in the running.
    The company has said": MTN may be meant (actors61)."""
    tok = d.tok
    counts: Counter[str] = Counter()
    last: dict[str, int] = {}
    for _, end_i, actor_id in d.ctx.names_in_order:
        if end_i < tok.i and fits(actor_id):
            counts[actor_id] += 1
            last[actor_id] = end_i
    ranked = counts.most_common()
    if not ranked or ranked[0][1] < DOMINANT_TIMES:
        return None
    top, n = ranked[0]
    if len(ranked) > 1 and ranked[1][1] * DOMINANT_TIMES > n:
        return None
    if _subject_since(d, top, last[top]):
        return None
    sentence = max(s for s, end_i, a in d.ctx.names_in_order if a == top and end_i < tok.i)
    return Named(top, sentence, n)


def _subject_since(d: Described, top: str, last: int) -> bool:
    """Whether, between token `last` (the firm's last naming) and the noun, a proper noun is a subject that names
    another actor that is no person or state, or that no name links and is no place ("Meanwhile Eli Lilly is launching
    adverts ... the company says": a firm the parse left unlinked)."""
    others = {end_i for _, end_i, a in d.ctx.names_in_order if a != top and d.ctx.named_as[a][0] not in NOT_KIND_TYPES}
    others |= {c.end_i for c in d.linked.values() if c.actor_id != top and c.actor_type not in NOT_KIND_TYPES}
    named = d.ctx.named_tokens | {i for c in d.linked.values() for i in range(c.start_i, c.end_i + 1)}
    return any(
        last < t.i < d.tok.i
        and t.pos == "PROPN"
        and t.dep in {"nsubj", "nsubjpass"}
        and (t.i in others or t.i not in named and t.ent_type not in PLACE_ENTS)
        for t in d.ctx.sole_state_input[0]
    )


def _topic_of_kind(d: Described, actor_id: str) -> bool:
    """Whether the actor is of a type `topic_kind_types` gives the noun and the article names it in its headline or its
    first sentence ("Black Sabbath have topped a list of the best British rock albums. The band ...": actors61)."""
    if d.ctx.named_as[actor_id][0] not in d.lex.topic_kind_types.get(d.tok.lower, []):
        return False
    first = min((t.sent for t in d.ctx.sole_state_input[0] if t.sent not in d.ctx.headlines), default=-1)
    return any(a == actor_id and (s in d.ctx.headlines or s == first) for s, _, a in d.ctx.names_in_order)


def _another_group(d: Described, found: Named) -> bool:
    """Whether "the group" may be another than the company named most: a proper noun no name links since it was last
    named, a naming of it after the noun in this sentence, or people the article spoke of before with a plural noun
    of `group_people_nouns` ("Gunmen seized two drivers ... the group would kill the men")."""
    if _unlinked_name_since(d, found) or _named_later_here(d, found.actor_id):
        return True
    return any(
        t.i < d.tok.i and t.tag == "NNS" and lemma(t) in d.lex.group_people_nouns for t in d.ctx.sole_state_input[0]
    )


def _named_later_here(d: Described, actor_id: str) -> bool:
    """Whether the sentence names the actor after the noun ("the group would kill the men unless Kargo Tur left")."""
    return any(c.actor_id == actor_id and c.start_i > d.tok.i for c in d.linked.values())


def _unlinked_name_since(d: Described, found: Named) -> bool:
    """Whether a proper noun no name links (not a place's, a date's or a nationality's) comes between the last naming of
    the found actor and the noun: an organisation the parse left unlinked ("Campaigners Sugar Watch") may be meant."""
    last = max(end_i for _, end_i, a in d.ctx.names_in_order if a == found.actor_id and end_i < d.tok.i)
    return any(
        last < t.i < d.tok.i and t.pos == "PROPN" and t.i not in d.ctx.named_tokens and t.ent_type not in PLACE_ENTS
        for t in d.ctx.sole_state_input[0]
    )


def _only_firms_named(d: Described) -> bool:
    """Whether every actor the article has named before the noun is a company, a person or a state: "the group" is
    then a company (`firm_group_nouns`), not a campaign group, a band or gunmen the article named too."""
    return all(d.ctx.named_as[a][0] in FIRM_GROUP_COMPANY for _, end_i, a in d.ctx.names_in_order if end_i < d.tok.i)


def _introduced_firm(d: Described, fits: Callable[[str], bool]) -> Named | None:
    """'US-German carmaker DaimlerChrysler has sold 2.1% more cars, as solid Chrysler sales offset a weak showing for
    Mercedes. Sales totalled 3.9 million, the company said': "the company" or "the firm", subject of the sentence's
    own verb or of what it says, outside a quote, is the one firm that heads the subject of the sentence before
    when that sentence names it first (the headline aside), no organisation is named before the noun here and no
    other firm has been named twice."""
    tok = d.tok
    if not is_subject(tok) or tok.head is None or tok.head.dep not in MAIN_CLAUSE_ARCS or _quoted_here(d):
        return None
    before = tok.sent - 1
    toks = {t.i: t for t in d.ctx.sole_state_input[0] if t.sent == before}
    firms = {
        a
        for s, e, a in d.ctx.names_in_order
        if s == before
        and e in toks
        and toks[e].dep in {"nsubj", "nsubjpass"}
        and d.ctx.named_as[a][0] not in NOT_KIND_TYPES
    }
    if len(firms) != 1:
        return None
    firm = next(iter(firms))
    if not (fits(firm) or d.ctx.named_as[firm][0] == "company"):
        return None
    counts = Counter(a for _, e, a in d.ctx.names_in_order if e < tok.i and a != firm and fits(a))
    if any(n >= 2 for n in counts.values()):
        return None  # "Petrol Corp rose. Petrol Corp sold shares. Karsk Mining said ... the firm": either
    first = min((s for s, _, a in d.ctx.names_in_order if a == firm and s not in d.ctx.headlines), default=before)
    here = [a for s, e, a in d.ctx.names_in_order if s == tok.sent and e < tok.i and d.ctx.named_as[a][0] != "person"]
    return Named(firm, before, 1) if first == before and not here else None


def _speakers_firm(d: Described, fits: Callable[[str], bool]) -> Named | None:
    """'But one of the three brothers behind the Falic Group said the firm had also held talks', 'A spokesman for Acme
    said the company would appeal': "the company" or "the firm" subject of what a verb of speech says, outside a quote,
    is the one organisation that fits named in the words of that verb's subject (the speaker's firm), where the
    article has named another more often (review77's finding 3; actors96)."""
    tok, verb = d.tok, d.tok.head
    if not is_subject(tok) or verb is None or verb.dep != "ccomp" or _quoted_here(d):
        return None
    said = verb.head
    if said is None or said.i == verb.i or lemma(said) not in d.lex.speech_verbs:
        return None
    speakers = [c for c in said.children if c.dep == "nsubj" and c.i < tok.i]
    named = {
        c.actor_id
        for s in speakers
        for t in s.subtree()
        if (c := d.linked.get(t.i)) is not None and c.actor_id and c.method != "descriptor"
    }
    firms = {a for a in named if a in d.ctx.named_as and d.ctx.named_as[a][0] not in NOT_KIND_TYPES and fits(a)}
    if len(firms) != 1 or len(named) != len(firms):
        return None  # a person or a state named there too may be the speaker's own side
    firm = next(iter(firms))
    times = [s for s, end_i, a in d.ctx.names_in_order if a == firm and end_i < tok.i]
    return Named(firm, max(times), len(times)) if times else None


def _only_one_just_named(d: Described, fits: Callable[[str], bool]) -> Named | None:
    """For "the organisation" (`just_named_nouns`) where two that fit are named as often: the one that fits named in
    this sentence or the one before, when it is the only one named there (not "the club", "the squad": the
    supporters' group or the other side just named is seldom the one meant)."""
    recent = [(s, a) for s, end_i, a in d.ctx.names_in_order if end_i < d.tok.i and s >= d.tok.sent - 1 and fits(a)]
    if len({a for _, a in recent}) != 1:
        return None
    sentence, actor_id = recent[-1]
    return Named(actor_id, sentence, sum(1 for _, _, a in d.ctx.names_in_order if a == actor_id))


def _described_alone(d: Described, found: Named) -> bool:
    """Whether a descriptor has linked the firm since it was last named and the article has named no other
    organisation since ("Microsoft ... The company said ... (five sentences) ... The company said": review15b)."""
    if d.ctx.described_at.get(found.actor_id, -1) <= found.sentence:
        return False
    return not any(
        sentence > found.sentence and end_i < d.tok.i and actor_id != found.actor_id
        and d.ctx.named_as[actor_id][0] not in NOT_KIND_TYPES
        for sentence, end_i, actor_id in d.ctx.names_in_order
    )  # fmt: skip


def _unlinked_firm_said_before(d: Described) -> bool:
    """Whether the sentence before has a proper noun no mention links, said to be a firm by a noun before it
    ("Finnish anti-virus lab F-Secure said": the head of its name, whatever the parse makes it)."""
    named = {i for c in d.linked.values() for i in range(c.start_i, c.end_i + 1)}
    firms = d.lex.company_nouns | FIRM_WORDS
    for t in d.ctx.sole_state_input[0]:
        if t.sent != d.tok.sent - 1 or t.dep == "compound" or t.pos != "PROPN" or t.i in named:
            continue
        if any(c.dep in {"compound", "amod"} and c.lower in firms and c.i not in named for c in t.children):
            return True
    return False


def _among_soldiers(d: Described, found: Named) -> bool:
    """Whether the article has spoken of the found one's soldiers ("Soldiers of the Black Watch were ambushed", "Black
    Watch soldiers"), not of another's ("Blackwater USA provides security for US soldiers": review15c)."""
    words = set(d.ctx.named_as[found.actor_id][1].lower().split()) - {"the"}

    def of_found(t: Tok) -> bool:  # "soldiers of the Black Watch", "Black Watch soldiers"
        owners = [g for c in t.children if c.dep == "prep" and c.lower == "of" for g in c.subtree()]
        owners += [c for c in t.children if c.dep in {"compound", "poss"}]
        return any(g.lower in words for g in owners)

    return any(t.i < d.tok.i and lemma(t) in MILITARY_NOUNS and of_found(t) for t in d.ctx.sole_state_input[0])


def _acting_on(d: Described) -> set[str]:
    """The actors named as subjects of the clauses the noun is an object in ("Microsoft tried to buy the firm"),
    not of a verb of saying over them ("Southcorp said the offer undervalued the company" may be Southcorp)."""
    named = (d.linked.get(t.i) for t in own_subjects(d.tok))
    return {c.actor_id for c in named if c is not None and c.actor_id is not None}


def _named_after_in_clause(d: Described) -> set[str]:
    """The actors named in the objects of the verb the noun is the subject of ("The group owns 5% of Deutsche")."""
    head = d.tok.head
    if d.tok.dep not in {"nsubj", "nsubjpass"} or head is None or head.i == d.tok.i:
        return set()
    objects = [c for c in head.children if c.i > d.tok.i and c.dep in OBJECT_ARCS]  # not "points out that ... Opera"
    named = (d.linked.get(t.i) for c in objects for t in c.subtree())
    return {c.actor_id for c in named if c is not None and c.actor_id is not None}


def _untyped_firm(d: Described, actor_id: str) -> bool:
    """An organisation the article discovered and typed no further ("Microsoft announces ... the company" in a
    technology story, where no company cue typed it): not a registry organisation (the EU, the BBC), a national
    side, nor one whose name says it is no firm (`org_head_nouns` and the words of the other `org_type_words` but
    the company's or a firm's kind, and `not_firm_words`: "the World Economic Forum", "the National Union of
    Journalists")."""
    if not actor_id.startswith("disc.") or actor_id.endswith(NATIONAL_TEAM):
        return False
    actor_type, name = d.ctx.named_as[actor_id]
    firm_words = d.lex.org_type_words.get("company", frozenset()) | d.lex.kind_descriptors.get(d.tok.lower, frozenset())
    other = d.lex.org_head_nouns.union(*(w for t, w in d.lex.org_type_words.items() if t != "company"))
    words = set(name.lower().split())
    return actor_type in {"organisation", "company"} and not words & (other | d.lex.not_firm_words) - firm_words


def _trade_words(d: Described, mods: list[Tok]) -> bool:
    """'the car giant', 'the largest US food maker', 'the world's biggest car maker': modifiers of a `trade_kind_nouns`
    head that say the trade (a lower-case noun before it, not one of `not_trade_modifiers`: "the parent company" is
    another one) or rank it (a superlative). Any other adjective ("the new company", "the rival firm") says another."""
    if d.tok.lower not in d.lex.trade_kind_nouns:
        return False
    return all(
        m.tag == "JJS" or m.dep == "compound" and m.tag in {"NN", "NNS"} and m.text.islower()
        and m.lower not in d.lex.not_trade_modifiers and lemma(m) not in d.lex.not_trade_modifiers
        for m in mods
    )  # fmt: skip


def _trade_said(d: Described, actor_id: str, trade: list[Tok]) -> bool:
    """Whether the article introduced the company with each trade noun before the kind noun, as a word before its
    name or the start of one ("carmaker General Motors ... the car giant"; not "Merseyrail ... the bus company")."""
    said = [w for w, at in d.ctx.kinds.get(actor_id, {}).items() if at < d.tok.i]
    nouns = [m.lower for m in trade if m.tag != "JJS"]
    return all(any(w == n or len(n) > 2 and w.startswith(n) for w in said) for n in nouns)


def _world_ranked(d: Described) -> bool:
    """'the world's biggest car maker': definite through "the world's" before a superlative (`_trade_words`)."""
    return any(m.tag == "JJS" for m in d.mods) and any(
        c.dep == "poss" and c.lower == "world" and any(g.lower == "the" for g in c.children) for c in d.tok.children
    )


def _sole_company(d: Described, actor_id: str) -> bool:
    """Whether `actor_id` is the only company the article has named before the noun (the trade word may be another
    firm's, which we cannot check: "GM ... Fiat ... the car maker")."""
    before = {a for _, end_i, a in d.ctx.names_in_order if end_i < d.tok.i and d.ctx.named_as[a][0] == "company"}
    return before <= {actor_id}


def _place_word(mod: Tok, d: Described) -> bool:
    """A modifier that only says where a firm is from: a state's word ("the Australian firm") or a
    place before "based" ("the US-based company")."""
    if mod.lower == "based":
        return any(names_a_state(c, d.registry) for c in mod.children if c.i < mod.i)
    return mod.text[:1].isupper() and (names_a_state(mod, d.registry) or mod.lower in d.lex.nationality_words)


def _placed_firm_is(d: Described, actor_id: str, fits: Callable[[str], bool]) -> bool:
    """'the Australian firm' is `actor_id` only when the article has named no other that fits, named it
    in this sentence or the one before, and named no other organisation since (linked or not: "Madrid-based
    Ferrovial ... The Spanish group"): the place word may be another firm's, which we cannot check."""
    before = [(s, end_i, a) for s, end_i, a in d.ctx.names_in_order if end_i < d.tok.i]
    if len({a for _, _, a in before if fits(a)}) > 1:
        return False
    sentence, last = max((s, end_i) for s, end_i, a in before if a == actor_id)
    if sentence < d.tok.sent - 1:
        return False
    if any(end_i > last and d.ctx.named_as[a][0] not in NOT_KIND_TYPES for _, end_i, a in before):
        return False
    return not any(last < t.i < d.tok.i and t.ent_type == "ORG" for t in d.ctx.sole_state_input[0])


def _names_no_paper(d: Described, actor_id: str) -> bool:
    """Whether a media actor's name says it is no newspaper (`not_paper_words`: "News Corp", "BBC", "Reuters")."""
    words = set(d.ctx.named_as[actor_id][1].lower().split())
    if actor_id in d.registry.entries:
        words |= {w for a in d.registry.entry(actor_id).aliases for w in a.lower().split()}
    return bool(words & d.lex.not_paper_words)


def _said_indefinite_before(d: Described) -> bool:
    """Whether this sentence or the one before has the noun as a verb's subject or object said of another thing than
    a named actor: with "a" or "an" ("will publish a paper. The paper says ..."), for a newspaper's noun with a
    lower-case word of its own ("publish the green paper", "in a consultation paper": review16b; not "buy the football
    club", "the law firm", said of the named one), or held to such a thing itself ("The paper proposes ... The paper
    also says"); not "while remaining a listed company", "an unfortunate move by a company
    that ...", said of the named one."""
    return any(
        t.i < d.tok.i and t.sent >= d.tok.sent - 1 and t.lower == d.tok.lower and _introduces(t, d)
        for t in d.ctx.sole_state_input[0]
    )


def _introduces(t: Tok, d: Described) -> bool:
    """Whether an earlier `t` of the same noun introduces a thing of its own (see `_said_indefinite_before`)."""
    if t.i in d.ctx.introduced_nouns:
        return True
    if t.head is not None and lemma(t.head) in LINKING_VERBS:
        return False
    dets = [c.lower for c in t.children if c.dep == "det"]
    if t.dep in INTRODUCING_ARCS and any(w in {"a", "an"} for w in dets):
        return True
    if "media" not in d.lex.kind_descriptor_types.get(t.lower, frozenset()):
        return False  # "buy the football club ... the club", "the law firm ... the firm": the named one
    described = [c for c in t.children if c.dep in {"amod", "compound"} and c.i < t.i]
    return (
        t.dep in {*INTRODUCING_ARCS, "pobj"} and bool(dets) and bool(described)
        and all(c.text.islower() and c.pos in {"ADJ", "NOUN"} for c in described)
    )  # fmt: skip


def _unlinked_org_before(d: Described) -> bool:
    """Whether the sentence names, before the descriptor, an organisation no mention links: a name of
    several capitalised words ending with an organisation's head word ("the European Anti-Fraud
    Office"), which the descriptor may well mean."""
    named = {i for c in d.linked.values() for i in range(c.start_i, c.end_i + 1)}
    words = d.lex.org_head_nouns.union(*d.lex.org_type_words.values())
    toks = d.sent.tokens
    for k, t in enumerate(toks[1:], start=1):
        if t.i >= d.tok.i:
            break
        if t.i in named or not t.text[:1].isupper() or t.lower not in words:
            continue
        if toks[k - 1].text[:1].isupper() and toks[k - 1].i not in named and k - 1 > 0:
            return True
    return False


def _names_in(d: Described, appos: Tok) -> bool:
    """Whether an apposition holds a name ("the company, Gazprom,"), not only common nouns ("The firm, a market
    leader in high-speed internet, had ...": the firm is still the one named before)."""
    return any(t.pos == "PROPN" or t.i in d.linked for t in appos.subtree())


def _beside_a_name(d: Described) -> bool:
    """'Gazprom, the company ...': a name, a comma and the descriptor's determiner before it; not the subject of a verb
    after it ("... will launch in Europe on 11 March, the company has announced")."""
    head = d.tok.head
    if d.tok.dep in {"nsubj", "nsubjpass"} and head is not None and head.i > d.tok.i:
        return False
    k = d.tok.i - d.sent.tokens[0].i
    toks = d.sent.tokens
    before = toks[k - 3] if k >= 3 else None
    if before is None or toks[k - 1].lower != "the" or toks[k - 2].text != ",":
        return False
    return before.i in d.linked or before.pos == "PROPN"


def _person_named_after(d: Described) -> bool:
    """'The comedian Ronnie Barker also received an award': a person's name right after the noun is who it
    means (review17b), whatever the article named most."""
    return any(c.start_i == d.tok.i + 1 and c.actor_type == "person" for c in d.linked.values())


def salient_person(d: Described) -> Referred | None:
    """'the singer', 'the 30-year-old', 'the 50-year-old MP': the person the article is about so far,
    named in the two sentences before."""
    aged = age_phrase(d.mods[0], d.sent) if len(d.mods) == 1 and d.tok.lower in d.lex.person_nouns else None
    placed = aged is None and _placed_person(d)
    if not d.definite or d.owner is not None or d.mods and aged is None and not placed or _person_named_after(d):
        return None
    span = age_phrase(d.tok, d.sent) or (aged and [*aged, d.tok]) or (placed and [*d.mods, d.tok]) or None
    if span is None:
        if d.tok.tag != "NN" and d.tok.tag != "NNP" or d.tok.lower not in d.lex.person_descriptors:
            return None
        span = [d.tok]
    phrase = surface_text(span).lower()
    titled = phrase in d.ctx.title_words or d.tok.lower in d.ctx.title_words
    if titled and not placed:
        return None
    speakers = _subjects_over(d)
    persons = [a for a in d.ctx.named_as if d.ctx.named_as[a][0] == "person" and a not in speakers]
    age = span[-5].text if span[-1].lower == "old" and len(span) >= 5 else None
    found = most_named(d.ctx, set(persons).__contains__, d.tok, 2) or _lone_performer(d, age)
    if found is None or found.sentence == d.tok.sent:
        owner = _speakers_owner(d) if phrase not in d.ctx.title_words else None
        if owner is not None:  # "Radcliffe's best friend Liz Yelling revealed the 30-year-old is aware" (actors47)
            return Referred(owner, "person", span, span, phrase, d.ctx.named_as[owner][1])
        return None  # "Ms Kite said her plan was to move coverage of the star away": not Ms Kite
    if d.tok.sent - found.sentence > PERSON_WITHIN and not _talked_of_since(d, found):
        return None  # review8: "Police said the 45-year-old was being questioned" five sentences after the victim
    if d.tok.lower in YOUTH_NOUNS and found.actor_id not in d.ctx.young:
        return None  # "a 14-year-old Palestinian boy ... Mr Sharon said ... the teenager": not Sharon (review17b)
    if titled and d.ctx.titles.get(d.tok.lower, ("",))[0] != found.actor_id:
        return None  # "the Leicester singer" after "R&B singer Mark Morrison" is Morrison, not after two singers
    actor_id = found.actor_id
    return Referred(actor_id, "person", span, span, phrase, d.ctx.named_as[actor_id][1])


def national_person(d: Described) -> Referred | None:
    """'the Swiss star', 'the British singer', 'the Greek sprinter' (rule `national-person`, actors72): a definite
    performer's noun (`person_descriptors`) with one word before it, a nationality's (a state's demonym), is the one
    person named before it in its sentence (not a subject of the verbs its clause hangs from: "Victor Conte claims the
    American sprinter"), else, when its sentence names none before it, the one person the sentence before names; not
    that person when they are the subject of a verb the noun hangs from ("Roche is happy to work with the Swiss star")
    or were introduced with another nationality ("Australian tennis coach Tony Roche ... the Swiss star"), or were
    first named in a sentence whose subject is another person (`_first_named_beside_a_subject`)."""
    tok = d.tok
    if not d.definite or d.owner is not None or len(d.mods) != 1 or tok.tag != "NN" or not d.lower_case:
        return None
    mod = d.mods[0]
    if tok.lower not in d.lex.person_descriptors or not _nationality_word(d, mod) or mod.i != tok.i - 1:
        return None
    phrase = f"{mod.lower} {tok.lower}"
    if tok.lower in d.ctx.title_words or phrase in d.ctx.title_words or _person_named_after(d):
        return None  # "the British actor Jeremy Irons": the name is the mention
    if tok.dep == "appos" or any(c.dep == "appos" for c in tok.children) or mod.i in d.linked:
        return None
    speakers = _subjects_over(d)
    persons = [
        (s, end_i, a)
        for s, end_i, a in d.ctx.names_in_order
        if s in (tok.sent - 1, tok.sent) and end_i < tok.i and d.ctx.named_as[a][0] == "person"
    ]
    here = {a for s, _, a in persons if s == tok.sent}
    chosen = here - speakers if here else {a for s, _, a in persons if s == tok.sent - 1 and s not in d.ctx.headlines}
    if len(chosen) != 1 or here & speakers:
        return None
    person = next(iter(chosen))
    if _subject_over(d, person) or _said_of_another_nation(d, person, mod) or _first_named_beside_a_subject(d, person):
        return None
    return Referred(person, "person", [mod, tok], [mod, tok], phrase, d.ctx.named_as[person][1])


def _first_named_beside_a_subject(d: Described, person: str) -> bool:
    """Whether the sentence that first names the person has another person as a subject: a role, an object, someone
    spoken of ("Geoffrey Rush plays Peter Sellers ... Sellers died in 1980. The Australian star": Rush; actors15)."""
    first = min(s for s, _, a in d.ctx.names_in_order if a == person)
    return any(s == first and a != person and d.ctx.named_as[a][0] == "person" for s, _, a in d.ctx.subjects_in_order)


def _nationality_word(d: Described, mod: Tok) -> bool:
    """A capitalised adjective that names a state's people ("Swiss", "British"; not "Hollywood", a place's name)."""
    if not mod.text[:1].isupper() or mod.pos != "ADJ":
        return False
    return mod.lower in d.lex.nationality_words or mod.ent_type == "NORP" and names_a_state(mod, d.registry)


def _subject_over(d: Described, person: str) -> bool:
    """Whether the person is named as a subject of a verb the noun hangs from, in its sentence."""
    node = d.tok
    while node.head is not None and node.head.i != node.i:
        node = node.head
        for c in node.children:
            named = d.linked.get(c.i) if c.dep in {"nsubj", "nsubjpass"} else None
            if named is not None and named.actor_id == person:
                return True
    return False


def _said_of_another_nation(d: Described, person: str, mod: Tok) -> bool:
    """Whether the words said with the person's name give them another nationality ("Australian tennis coach")."""
    intro = d.ctx.intros.get(person)
    if intro is None:
        return False
    return any(w != mod.lower and _nationality_word(d, t) for w, t in intro.words.items() if t.i < d.tok.i)


def former_office(d: Described) -> Referred | None:
    """'the former vice president', 'the former New York mayor', 'the ex-vice president' (rule `former-office`): a
    definite office noun (`former_office_nouns`) said with "former" or "ex-" before it, of an office the article gives
    nobody as a title, is the person the article is about so far (named most before the noun, named in this
    sentence's clause or the `PERSON_WITHIN` sentences before, not a subject of the clauses it hangs from: "Trump
    pointed to the former mayor's contributions" is not Trump). The other words before the noun may only be role
    or office words ("vice", "prime") or a place's proper nouns that link no person or body ("New York", "South
    Bend"). Without "former" the office is someone's now, and `role-title` reads it. Where the article gives one
    person the office as a former one in a title ("former US President Bill Clinton"), the noun is that person
    (`_former_title_holders`); under a 'he' or 'she' subject ("She was joined by the former president") it is not
    the person the pronoun stands for, who is the one the article is about: left (`_pronoun_over`; review27)."""
    tok = d.tok
    if not d.definite or d.owner is not None or tok.tag != "NN" or not tok.text.islower():
        return None
    if tok.lower not in d.lex.former_office_nouns or tok.dep in {"appos", "compound"} or _person_named_after(d):
        return None
    if any(c.dep == "appos" for c in tok.children) or office_slot(d):
        return None  # "the former mayor, Rudy Giuliani,": the name is the mention
    det = max((c.i for c in tok.children if c.dep == "det"), default=tok.i)
    words = [t for t in d.sent.tokens if det < t.i < tok.i]
    lowers = [t.lower for t in words]
    if "former" not in lowers and not _ex_before(words):
        return None
    for t in words:
        named = d.linked.get(t.i)
        if t.lower in {"former", "ex", "-", "ex-"} or t.lower in d.lex.role_modifiers | d.lex.office_modifiers:
            continue
        if t.pos == "PROPN" and t.text[:1].isupper() and (named is None or named.actor_type == "state"):
            continue  # "the former New York mayor": where the office was
        return None  # "the former Tory leader", "the former England coach": of a body, or more than an office
    office = office_key([t.lower for t in words] + [tok.lower], d.lex)
    if office in d.ctx.title_words:
        return None  # a person holds the office as a title ("President Trump ... the former president"): another
        # holder, or `role-title` reads it
    span = [*words, tok]
    span = span[lowers.index("former") :] if "former" in lowers else span
    given = _former_title_holders(d, office)
    if given:  # "Tony Blair met former US President Bill Clinton ... The former president said": Clinton (review27)
        holders = set(given.values())
        holder = next(iter(holders)) if len(holders) == 1 else None
        if holder is None or d.ctx.title_holders_at.get(holder[0], tok.i) >= tok.i:
            return None
        return Referred(holder[0], "person", span, span, surface_text(span).lower(), holder[1])
    if _pronoun_over(d):
        return None  # "She was joined on stage by the former president": not the person "she" is (review27)
    speakers = _subjects_over(d)
    longer = d.ctx.former_offices.get(office, set())
    if len(longer) == 1 and not longer & speakers:  # "the former New York mayor ... Trump pointed to the former
        (holder,) = longer  # mayor's contributions": the one person a longer form of the office was given (actors47)
        return Referred(holder, "person", span, span, surface_text(span).lower(), d.ctx.named_as[holder][1])
    persons = {a for a in d.ctx.named_as if d.ctx.named_as[a][0] == "person" and a not in speakers}
    found = most_named(d.ctx, persons.__contains__, tok, 1)
    if found is None or d.tok.sent - found.sentence > PERSON_WITHIN and not _talked_of_since(d, found):
        return None
    if _holds_office_now(d, found.actor_id, office):
        return None  # "Tony Blair ... the former prime minister": the registry gives him the office, so another one
    if _holds_another_office(d, found.actor_id, office):
        return None  # "Tony Blair met Bill Clinton ... The former president": Blair is named by his own office
    return Referred(found.actor_id, "person", span, span, surface_text(span).lower(), d.ctx.named_as[found.actor_id][1])


def _former_title_holders(d: Described, office: str) -> dict[str, tuple[str, str] | None]:
    """The title phrases that give the office as a former one ("former US President Bill Clinton", "ex-mayor Jo
    Bell") -> their holder (actor id, name), None for a phrase two persons hold: the article names who held it, so
    "the former president" is that person, not the person it names most (review27). A phrase whose office is another
    one, a role or office word before the same noun ("former Vice President Mike Pence", "former Prime Minister"
    for "the former minister"), gives no holder of this one (review28)."""
    words = office.split()
    return {
        phrase: d.ctx.titles.get(phrase)
        for phrase in d.ctx.title_words
        if phrase.split()[-len(words) :] == words
        and not {"former", "ex"}.isdisjoint(phrase.replace("-", " ").split())
        and not _another_office_before(phrase.split()[: -len(words)], d.lex)
    }


def _another_office_before(before: list[str], lex: ActorsLexicon) -> bool:
    """Whether the word of a title phrase right before its office noun makes it another office ("vice", "deputy",
    "prime"): "former Vice President" is no former president's title."""
    return bool(before) and before[-1] in (lex.role_modifiers | lex.office_modifiers) - {"former", "ex"}


def _pronoun_over(d: Described) -> bool:
    """A 'he' or 'she' subject of a clause the descriptor hangs from ("She was joined by the former president", "He
    said the former mayor ..."): the pronoun cannot be the descriptor's person, and it stands for the person the
    article is about, whom `former-office` would take (review27)."""
    node = d.tok
    while node.head is not None and node.head.i != node.i:
        node = node.head
        if any(c.dep in {"nsubj", "nsubjpass"} and c.lower in {"he", "she"} for c in node.children):
            return True
    return False


def _holds_office_now(d: Described, actor_id: str, office: str) -> bool:
    """Whether the registry gives the person the office as a descriptor ("prime minister", "Irish prime minister")."""
    entry = d.registry.entries.get(actor_id)
    return entry is not None and any(f" {desc.lower()}".endswith(f" {office}") for desc in entry.descriptors)


def _holds_another_office(d: Described, actor_id: str, office: str) -> bool:
    """Whether the registry gives the person another office of `former_office_nouns` than this one ("prime minister"
    for Tony Blair, not "president"): an article that means a person in office by "the former president" names the
    office they hold, so the noun is as likely another person it names without a title (review27, actors38)."""
    entry = d.registry.entries.get(actor_id)
    offices = [desc.lower() for desc in entry.descriptors] if entry is not None else []
    return any(o.split()[-1] in d.lex.former_office_nouns and not f" {o}".endswith(f" {office}") for o in offices)


def _ex_before(words: list[Tok]) -> bool:
    """'the ex-vice president', 'the ex-mayor': "ex" joined by a hyphen before the office."""
    return any(t.lower in {"ex", "ex-"} or t.lower.startswith("ex-") for t in words)


def introduced_person(d: Described) -> Referred | None:
    """'Kevin Campbell has gained a court injunction stopping singer Mark Morrison ... The Everton striker
    signed': a definite person noun (`person_nouns`, not a relation's: `RELATION_NOUNS`), subject of the
    sentence's own verb or of what it says, is the one person who heads the subject of the sentence before,
    when that sentence names them first (the headline aside), outside a quote, when no person is named before
    the noun in its sentence, none named before is named again in the sentence before, none has been named
    twice, no other holds the noun as a title and, with a nationality before the noun, the sentence before
    names nobody else (not "Mr Dowell told a court the residue came from Mr Blake's revolver. The 71-year-old
    former star": Dowell was named before)."""
    tok = d.tok
    if not d.definite or d.owner is not None or tok.tag != "NN" or not is_subject(tok):
        return None
    if tok.lower not in d.lex.person_nouns or tok.lower in RELATION_NOUNS:
        return None
    if tok.lower in d.lex.player_positions and not d.ctx.sport and not d.mods:
        return None  # "John Smith came home. The lock on his door was broken" (not "The Everton striker")
    if any(c.dep in {"poss", "appos"} for c in tok.children) or _person_named_after(d):
        return None
    if any(m.i in d.linked and d.linked[m.i].actor_type == "person" for m in d.mods):
        return None
    if tok.head is None or tok.head.dep not in MAIN_CLAUSE_ARCS:
        return None  # "in which the pop star held hands", "once the striker has served his ban": no main clause
    before = tok.sent - 1
    subjects = {(end_i, a) for s, end_i, a in d.ctx.subjects_in_order if s == before}
    if len({a for _, a in subjects}) != 1:
        return None
    end_i, person = min(subjects)
    if person in d.registry.entries:
        return None  # the lead, after review18e: "Ariel Sharon visited the scene of the bus bombing. The driver": a
        # registry person is a public figure whom another person of the story is likelier to follow (every BBC link
        # of this rule is a discovered person)
    heads = [t for t in d.ctx.sole_state_input[0] if t.i == end_i and t.dep in {"nsubj", "nsubjpass"}]
    first = {a: s for s, _, a in reversed(d.ctx.names_in_order) if s not in d.ctx.headlines}  # "McIlroy wins"
    if not heads or first.get(person) != before:
        return None  # "a Glen Johnson header fell to Gudjohnsen": Johnson is no subject; one named in the
        # headline alone ("Okocha signs new deal\n\nThe Nigerian midfielder": review19c, a KeyError before)
    youth = d.ctx.intros.get(person)
    said_young = youth is not None and bool(youth.words.keys() & YOUTH_NOUNS)  # "Teenager LaShawn Merritt"
    if tok.lower in YOUTH_NOUNS and person not in d.ctx.young and not said_young:
        return None  # review18e: "Ariel Sharon condemned the killing of a Palestinian boy. The teenager": not Sharon
    if _noun_echoed_outside(d, heads[0]):
        return None  # review18e: "Robert Mugabe has expelled a British journalist. The journalist": that one
    if any(
        d.ctx.named_as[a][0] == "person"
        and (s == tok.sent and e < tok.i or s == before and a != person and first.get(a, before) < before)
        for s, e, a in d.ctx.names_in_order
    ):
        return None  # a person named before the noun here, or one named before and again in the sentence before
    if _quoted_here(d) or _named_twice(d, person):
        return None  # "The referee is wearing an earpiece" in a quote; "The top seed" after Nieminen in Agassi's story
    lost = _subject_lost(heads[0])
    if (not d.ctx.sport or lost) and _bare_other(d, person, before, first, lost):
        return None  # review18e: "Michael O'Leary has attacked Stelios Haji-Ioannou. The easyJet founder": either
    holder = d.ctx.titles.get(tok.lower)
    if holder is not None and holder[0] != person:
        return None  # "R&B singer Mark Morrison ... The singer": his
    if _kind_said_of_another(d, person, before):
        return None  # review19c: "activist Ayman Nour has accused steel magnate Ahmed Ezz. The businessman": Ezz
    if _introduced_as_another_kind(d, person, heads[0]):
        return None  # review22b: "the referee, Olav Brenning, sent off two players. The manager said": no referee
    det = max((c.i for c in tok.children if c.dep == "det"), default=tok.i)
    words = [t for t in d.sent.tokens if det < t.i < tok.i]
    nationality = any(names_a_state(t, d.registry) or t.pos == "ADJ" and t.text[:1].isupper() for t in words)
    demonyms = [t for t in words if t.pos == "ADJ" and (t.ent_type == "NORP" or names_a_state(t, d.registry))]
    intro = d.ctx.intros.get(person)
    roles = intro.nouns & d.lex.person_nouns if intro is not None else set()
    if d.ctx.sport:
        roles -= d.lex.player_positions  # "Fly-half Jonny Wilkinson ... The 25-year-old Newcastle star": a player
    if tok.lower in d.lex.person_descriptors and roles and not roles & d.lex.person_descriptors:
        return None  # "Record label boss John Smith has attacked ... the singer": a performer, not him
    if any(intro is None or t.lower not in intro.words for t in demonyms):
        return None  # "Frank Lampard scored twice. The Portuguese winger": a nationality must be borne out
    if nationality and any(
        s == before and a != person and d.ctx.named_as[a][0] == "person" for s, _, a in d.ctx.names_in_order
    ):
        return None  # "Tim Henman slumped to defeat against Ivan Ljubicic. The Croatian eighth seed": either
    span = [tok]
    named = {i for c in d.linked.values() for i in range(c.start_i, c.end_i + 1)}
    for m in reversed(d.mods):
        if m.i != span[0].i - 1 or m.i in named:
            break  # "The former Libertines singer": the band's name stays its own mention
        span.insert(0, m)
    return Referred(person, "person", span, span, surface_text(span).lower(), d.ctx.named_as[person][1])


def noun_of_person(d: Described) -> Referred | None:
    """'French billionaire Bernard Arnault ... The billionaire's company': a definite person noun (`person_nouns`, not a
    relation's, a role noun `role-title` reads, nor a player's position) that the article has said with one named
    person's name before the noun, right before it or beside it ("Bernard Arnault, a billionaire"), and with no other
    person's; no person is named right after the noun ("the billionaire John Smith"), none is given it as a title,
    and the article does not say the noun apart from the name (`_noun_said_apart`)."""
    tok = d.tok
    if not (d.definite and d.lower_case) or tok.tag != "NN" or d.owner is not None:
        return None
    if tok.lower not in d.lex.person_nouns or tok.lower in RELATION_NOUNS or tok.lower in d.lex.role_nouns:
        return None
    if tok.lower in d.lex.player_positions or d.ctx.sport and tok.lower in d.lex.player_nouns:
        return None  # "has reverted to the wing": a place on the pitch; "the captain" of which side?
    if tok.lower in d.ctx.title_words:
        return None
    if tok.dep in {"appos", "compound"} or any(c.dep == "appos" for c in tok.children) or _person_named_after(d):
        return None  # "Bernard Arnault, the billionaire": the name is the mention
    fits = {tok.lower} | (d.lex.star_nouns if tok.lower == "star" else frozenset())  # "singer Ian Brown ... The star"
    holders = {
        a for a, intro in d.ctx.intros.items()
        if any(intro.words[w].i < tok.i for w in intro.nouns & fits) and d.ctx.named_as.get(a, ("",))[0] == "person"
    }  # fmt: skip
    if len(holders) != 1:
        return None
    person = holders.pop()
    said = min((d.ctx.intros[person].words[w] for w in d.ctx.intros[person].nouns & fits), key=lambda t: t.i)
    if _noun_said_apart(d, said) or not _mods_fit(d, d.ctx.intros[person]):
        return None
    span = [*d.mods, tok]
    span = span if all(b.i == a.i + 1 for a, b in pairwise(span)) else [tok]  # "the world champion": one mention
    return Referred(person, "person", span, [said], tok.lower, d.ctx.named_as[person][1])


def _mods_fit(d: Described, intro: Intro) -> bool:
    """Whether each modifier of the noun is a word the intro said before it ("Late film star Marlon Brando ... the film
    star", "US tycoon Malcolm Glazer ... The US tycoon"; actors95: the rule took no modifier at all). Not another word
    ("the odd journalist", "the most popular peer to peer service": no person the intro named)."""
    return all(m.lower in intro.words and intro.words[m.lower].i < d.tok.i for m in d.mods)


def manager_of_side(d: Described) -> Referred | None:
    """'The former Porto coach', 'The Gunners manager', 'The Toon boss' (rule `manager-of-side`, actors92): in an
    article about sport, a definite manager's noun (`manager_nouns`) after a side's word (a capitalised name,
    nickname or nationality; "former", "ex-", "new" besides) is the one person the article introduced before it with
    a manager's noun ("Arsenal boss Arsene Wenger", "Magpies manager Graeme Souness", "manager Jose Mourinho"),
    named in this sentence or the `PERSON_WITHIN` before and no subject of the clauses the noun hangs from. Not when
    another person was introduced with a manager's noun, nor when a side word is a linked name of another side than
    the holder's intro names or a nationality the intro does not say ("Chelsea boss Jose Mourinho ... the Liverpool
    boss", "... the Spanish coach"), unless the noun is a former post ("The former Porto coach" of Mourinho)."""
    tok = d.tok
    if not d.ctx.sport or not d.definite or d.owner is not None or tok.tag != "NN" or not tok.text.islower():
        return None
    if tok.lower not in d.lex.manager_nouns or tok.dep in {"appos", "compound"} or _person_named_after(d):
        return None
    if any(c.dep in {"appos", "poss"} for c in tok.children) or office_slot(d) or office_filled(d):
        return None  # "the Celtic manager, Martin O'Neill,"; "will take over as the new Scotland manager"
    det = max((c.i for c in tok.children if c.dep == "det"), default=tok.i)
    words = [t for t in d.sent.tokens if det < t.i < tok.i]
    sides = [t for t in words if t.text[:1].isupper() and t.text.isalpha()]
    if not sides or any(t not in sides and t.lower not in MANAGER_WORDS for t in words):
        return None  # "the new manager", "the assistant manager": no side's word, or more than a side's post
    holders = [a for a, intro in d.ctx.intros.items() if _manager_intro(d, intro)]
    if len(holders) != 1 or holders[0] in _subjects_over(d) or d.ctx.named_as.get(holders[0], ("",))[0] != "person":
        return None
    holder = holders[0]
    last = max((s for s, end_i, a in d.ctx.names_in_order if a == holder and end_i < tok.i), default=-1)
    if last < 0 or tok.sent - last > PERSON_WITHIN:
        return None
    former = any(t.lower in {"former", "ex"} or t.lower.startswith("ex-") for t in words)
    if not former and _another_side(d, sides, d.ctx.intros[holder]):
        return None
    named = {i for c in d.linked.values() for i in range(c.start_i, c.end_i + 1)}
    span = [tok]
    for m in reversed(words):
        if m.i != span[0].i - 1 or m.i in named:
            break  # "The former France boss": the side's name stays its own mention
        span.insert(0, m)
    return Referred(holder, "person", span, span, surface_text(span).lower(), d.ctx.named_as[holder][1])


def _manager_intro(d: Described, intro: Intro) -> bool:
    """Whether a person was introduced before the noun with a manager's noun and no other post's word before it
    ("assistant manager", "caretaker boss": another post)."""
    said = [intro.words[w] for w in intro.nouns & d.lex.manager_nouns if intro.words[w].i < d.tok.i]
    return bool(said) and not (set(intro.words) & (d.lex.role_modifiers - MANAGER_WORDS))


def _another_side(d: Described, sides: list[Tok], intro: Intro) -> bool:
    """Whether a side word of the descriptor says another side than the holder's intro: a linked name when the intro
    gives a side ("Chelsea boss Jose Mourinho ... the Liverpool boss") that is neither linked to the same actor nor
    said with a word of its name ("Arsenal boss Arsene Wenger ... The Gunners manager": Gunners is Arsenal), or a
    nationality ("the Spanish coach") that is no intro word."""
    intro_sides = {w for w, t in intro.words.items() if t.text[:1].isupper() and w not in intro.nouns}
    intro_ids = {a for _, end_i, a in d.ctx.names_in_order if any(t.i == end_i for t in intro.words.values())}
    for t in sides:
        named = d.linked.get(t.i)
        if named is not None and named.actor_id is not None:
            name = set(d.ctx.named_as.get(named.actor_id, ("", ""))[1].lower().split())
            if intro_sides and named.actor_id not in intro_ids and not name & intro_sides:
                return True
        elif (t.pos == "ADJ" or t.ent_type == "NORP") and t.lower not in intro.words:
            return True
    return False


def kin_of_person(d: Described) -> Referred | None:
    """'his wife', 'the congressman's son' (`kin_nouns`, with an owner and no other word): the one person the article
    has introduced with the noun before ("his son, Dan Lipinski", "Debbie Meadows, the congressman's wife", "wife
    Cherie Booth") as the same owner's: the owner the introduction says, or, saying none, a person its sentence names
    ("Mr Blair arrived with wife Cherie Booth"). An owner we cannot tell ("the victim's mother", or "his" with no
    person named just before) links nothing, nor does the owner's own name."""
    tok = d.tok
    if tok.lower not in d.lex.kin_nouns or tok.tag != "NN" or d.mods or d.owner is not None:
        return None
    owners = [c for c in tok.children if c.dep == "poss"]
    if len(owners) != 1 or tok.dep == "appos" or any(c.dep == "appos" for c in tok.children):
        return None  # "his son, Dan Lipinski": the name is the mention
    if _person_named_after(d):
        return None  # "his wife Cherie"
    owner = _owner_person(d.ctx, owners[0])
    if owner is None:
        return None
    holders = {
        a: intro.words[tok.lower] for a, intro in d.ctx.intros.items()
        if tok.lower in intro.nouns and intro.words[tok.lower].i < tok.i and d.ctx.named_as.get(a, ("",))[0] == "person"
        and a != owner and _kin_of(d.ctx, intro.words[tok.lower], owner, a)
    }  # fmt: skip
    if len(holders) != 1:
        return None  # "Bill Lipinski ... his son, Dan Lipinski ... Jamie Casso, the son of": whose is told by the owner
    person, said = holders.popitem()
    return Referred(person, "person", [tok], [said, owners[0]], tok.lower, d.ctx.named_as[person][1])


def _kin_of(ctx: ArticleContext, said: Tok, owner: str, kin: str) -> bool:
    """Whether the kin noun said with a person's name is the owner's: its own owner is ("his son, Dan Lipinski" after
    Bill Lipinski, "the congressman's wife"), or, with none, its sentence names the owner and no person but the owner
    and the kin ("Mr Blair arrived with wife Cherie"; not "Tom Harlow met Ed Vance, who arrived with wife Mary Vance",
    whose wife is hers to tell, review22b)."""
    said_owners = [c for c in said.children if c.dep == "poss"]
    if said_owners:
        return _owner_person(ctx, said_owners[0]) == owner
    persons = {a for s, _, a in ctx.names_in_order if s == said.sent and ctx.named_as[a][0] == "person"}
    return owner in persons and persons <= {owner, kin}


def _owner_person(ctx: ArticleContext, owner: Tok) -> str | None:
    """The person a possessive stands for: the one "his" or "her" stands for (`person_before`), or the person of the
    name or descriptor it ends ("Zoe's", "the congressman's")."""
    if owner.lower in {"his", "her"}:
        return _clause_person(ctx, owner) or _conjunct_person(ctx, owner) or person_before(ctx, owner)
    return ctx.person_at.get(owner.i)


def _conjunct_person(ctx: ArticleContext, owner: Tok) -> str | None:
    """'photos of herself with the congressman and his wife': "his" on a noun joined by "and" to a person's name or
    descriptor is that person (desc26), not the clause's subject."""
    noun = owner.head
    if noun is None or noun.dep != "conj" or noun.head is None or noun.head.i == noun.i:
        return None
    return ctx.person_at.get(noun.head.i)


def _clause_person(ctx: ArticleContext, tok: Tok) -> str | None:
    """The person a relative clause holding `tok` is said of ("Bill Lipinski, who maneuvered his exit to position his
    son"): "his" there is the person the clause hangs from."""
    node = tok
    while node.head is not None and node.head.i != node.i:
        if node.dep == "relcl":
            return ctx.person_at.get(node.head.i)
        node = node.head
    return None


def _noun_said_apart(d: Described, said: Tok) -> bool:
    """Whether the article says the noun without the person's name before the noun: "the star" before "soul star
    Peabo Bryson" is introduced (the noun was another person's, whom the article named no other way), or "a star"
    between the two (another one)."""
    for t in d.ctx.sole_state_input[0]:
        if t.i >= d.tok.i or t.lower != d.tok.lower or t.i == said.i or t.pos != "NOUN":
            continue
        dets = {c.lower for c in t.children if c.dep == "det"}
        if t.i < said.i and "the" in dets or t.i > said.i and dets & {"a", "an"}:
            return True
    return False


def _bare_other(d: Described, person: str, before: int, first: dict[str, int], lost: bool) -> bool:
    """Whether the sentence before names for the first time another person with no common noun of their own ("Ryanair
    boss Michael O'Leary has attacked Stelios Haji-Ioannou", "Lindsay Davenport lost to Serena Williams"): the noun
    after may be theirs as well as the subject's. Not one introduced with a role ("stopping singer Mark Morrison ...
    The Everton striker" is Campbell: Morrison's role is said)."""
    toks = {t.i: t for t in d.ctx.sole_state_input[0] if t.sent == before}
    ends = {e: a for s, e, a in d.ctx.names_in_order if s == before}
    for a, at in first.items():
        if a == person or at != before or d.ctx.named_as[a][0] != "person":
            continue
        said = [toks[e] for e, b in ends.items() if b == a and e in toks]
        if said and all(_placed_or_owning(t) for t in said):
            continue  # "Aston Villa's Carlton Cole", "the title in Sheffied", "a move to Atletico Madrid": no person
        if not lost and said and all(_played(t, d.lex.sport_verbs) for t in said):
            continue  # "Serena Williams staged a recovery to beat Lindsay Davenport. The 2003 champion": the winner
        if not _said_with_a_noun(d, a, before):
            shared = [ends.get(t.head.i) for t in said if t.dep == "conj" and t.head is not None]
            if not any(b is not None and _said_with_a_noun(d, b, before) for b in shared):
                return True  # not "fellow comedy stars Victoria Wood and David Jason": Jason shares Wood's noun
    return False


def _kind_said_of_another(d: Described, person: str, before: int) -> bool:
    """Whether the sentence before names another person introduced, by then, with a noun of the noun's kind
    (`person_noun_kinds`: "steel magnate Ahmed Ezz ... The businessman") while the subject was introduced with none
    of that kind ("Opposition activist Ayman Nour"): the noun says the other one's role in other words. Not when the
    subject's own noun is of the kind too ("Ryanair boss Michael O'Leary ... The businessman"), nor for a noun of no
    kind ("stopping singer Mark Morrison ... The Everton striker" is Campbell)."""
    kinds = [words for words in d.lex.person_noun_kinds.values() if d.tok.lower in words]
    if not kinds:
        return False
    kind = frozenset().union(*kinds)

    def said(actor_id: str) -> bool:
        intro = d.ctx.intros.get(actor_id)
        return intro is not None and any(intro.words[w].sent <= before for w in intro.nouns & kind)

    if said(person):
        return False
    others = {a for s, _, a in d.ctx.names_in_order if s == before and a != person}
    return any(d.ctx.named_as[a][0] == "person" and said(a) for a in others)


def _introduced_as_another_kind(d: Described, person: str, subject: Tok) -> bool:
    """Whether the person was introduced with nouns of `person_noun_kinds` (before the name, or in apposition to the
    subject `subject` of the sentence before: "the referee, Olav Brenning, sent off") and none of them shares a kind
    with the noun: "Referee Olav Brenning sent off two players. The manager said" (a referee is no manager,
    review22b). Not for a noun of no kind ("stopping singer Mark Morrison ... The Everton striker"), nor a person
    introduced with no noun of a kind, nor one of the same kind in other words ("Ryanair boss Michael O'Leary ... The
    businessman")."""
    kinds = [frozenset(words) for words in d.lex.person_noun_kinds.values()]
    own = [k for k in kinds if d.tok.lower in k]
    if not own:
        return False
    intro = d.ctx.intros.get(person)
    words = set(intro.words) if intro is not None else set()
    words |= {c.lower for c in subject.children if c.dep == "appos"}
    if subject.dep == "appos" and subject.head is not None:
        words.add(subject.head.lower)
    toks = {t.i: t for t in d.ctx.sole_state_input[0]}
    first = subject.subtree()[0].i
    comma = toks.get(first - 1)
    before = toks.get(first - 2) if comma is not None and comma.text == "," else None
    if before is not None and before.tag == "NN":
        words.add(before.lower)  # "after the referee, Olav Brenning, sent off": the parse makes no apposition
    said = [w for w in words if any(w in k for k in kinds)]
    return bool(said) and not any(w in k for w in said for k in own)


def _placed_or_owning(tok: Tok) -> bool:
    """Whether a name is said as the owner of another name ("Aston Villa's Carlton Cole") or after a preposition of
    place or movement ("in Sheffied", "a move to Atletico Madrid"), where the parse's persons are mostly places and
    clubs; not the owner of a thing ("has attacked Ahmed Ezz's business empire"), nor after a verb's "to" or "by"
    ("lost to Serena Williams"), nor after "with", "against", "for" or "from", said of persons as often ("has clashed
    with Stelios Haji-Ioannou", "a complaint against Ahmed Ezz", "a letter from Gitanjali Gutierrez": review19c)."""
    if tok.dep == "poss":
        return tok.head is not None and tok.head.pos == "PROPN"
    prep = tok.head if tok.dep == "pobj" else None
    if prep is None or prep.head is None:
        return False
    return prep.lower in PLACE_PREPOSITIONS or prep.lower == "to" and prep.head.pos == "NOUN"


def _played(tok: Tok, sport_verbs: frozenset[str]) -> bool:
    """Whether a name is the object of a verb of sport, or of its preposition ("to beat Lindsay Davenport")."""
    head = tok.head.head if tok.dep == "pobj" and tok.head is not None else tok.head
    return tok.dep in {"dobj", "pobj"} and head is not None and head.lemma in sport_verbs


def _subject_lost(subject: Tok) -> bool:
    """Whether a sentence's subject lost ("Lindsay Davenport lost to Serena Williams", "Henman was beaten by"): in
    sport the noun after may be the winner's; a winner that beat someone is the one the noun means ("Serena Williams
    staged a recovery to beat Lindsay Davenport. The 2003 champion")."""
    verb = subject.head
    if verb is None:
        return False
    return verb.lemma in LOSING_VERBS or subject.dep == "nsubjpass" and verb.lemma in BEATING_VERBS


def _said_with_a_noun(d: Described, actor_id: str, before: int) -> bool:
    """Whether the person's name has come with a common noun of their own by sentence `before` ("singer Mark
    Morrison", "Jack Straw, the foreign secretary")."""
    intro = d.ctx.intros.get(actor_id)
    return intro is not None and any(intro.words[w].sent <= before for w in intro.nouns)


def _noun_echoed_outside(d: Described, subject: Tok) -> bool:
    """Whether the sentence before has the noun, with no name, outside the person's subject ("Vladimir Putin has
    refused to pardon a jailed scientist. The scientist"): someone else of that kind, not the person ("Singer
    Britney Spears is suing ... The singer" is hers)."""
    inside = {t.i for t in subject.subtree()}
    return any(
        t.sent == d.tok.sent - 1
        and t.pos == "NOUN"
        and t.lemma == d.tok.lemma
        and t.i not in inside
        and not _names_someone(t)
        for t in d.ctx.sole_state_input[0]
    )


def _names_someone(tok: Tok) -> bool:
    """Whether a noun goes with a name ("fellow comedy stars Victoria Wood and David Jason"): those named are in
    the way already, and the noun does not stand for someone the article leaves unnamed."""
    if tok.dep in {"compound", "appos"} and tok.head is not None and tok.head.pos == "PROPN":
        return True
    return any(t.pos == "PROPN" for t in tok.subtree())


def _kind_of_a_lesser_name(d: Described, actor_id: str) -> bool:
    """Whether the person holds the noun only as an indefinite apposition ("George Raft, an actor famed for playing
    gangsters": a kind, one of many) while the story has named another person more often before the noun ("Brando"
    ... "studio executives were reluctant for the actor to play the part": the article's subject; review72 finding 8,
    actors91). A title said with "the" or before the name ("actor George Raft") keeps its holder."""
    intro = d.ctx.intros.get(actor_id)
    said = intro.words.get(d.tok.lower) if intro is not None else None
    if said is None or said.dep != "appos" or not any(c.dep == "det" and c.lower in {"a", "an"} for c in said.children):
        return False
    counts = Counter(a for s, e, a in d.ctx.names_in_order if e < d.tok.i and s not in d.ctx.headlines)
    return any(n > counts[actor_id] and d.ctx.named_as[a][0] == "person" for a, n in counts.items() if a != actor_id)


def _named_twice(d: Described, person: str) -> bool:
    """Whether the article's story has named another person twice or more before the noun (the one it is about may
    be meant: "Joss Stone ... Stone ... Born Jocelyn Stoker, the Devon diva started ... The 17-year-old singer"). The
    headline is not counted: it names again whom the story's first sentence introduces ("Jones files lawsuit against
    Conte\n\nMarion Jones has filed a lawsuit against Balco boss Victor Conte ... The Sydney Olympic gold medallist
    says": the subject, Marion Jones; actors91)."""
    counts = Counter(a for s, e, a in d.ctx.names_in_order if e < d.tok.i and a != person and s not in d.ctx.headlines)
    return any(n >= 2 and d.ctx.named_as[a][0] == "person" for a, n in counts.items())


def _quoted_here(d: Described) -> bool:
    """Whether the noun is inside a quotation opened in its sentence."""
    return sum(t.text in QUOTE_MARKS for t in d.sent.tokens if t.i < d.tok.i) % 2 == 1


def _talked_of_since(d: Described, found: Named) -> bool:
    """'Jamie Costin should be paralysed. He says so himself ... as he talks of ... "I was in pain," says the
    Waterford man': the one person the article has named so far, and every sentence since has "he", "she" or
    "I" as a subject (at most `TALKED_OF` of them); a sentence about anyone or anything else ("Detectives
    appealed for witnesses") ends it."""
    persons = {a for _, end_i, a in d.ctx.names_in_order if end_i < d.tok.i and d.ctx.named_as[a][0] == "person"}
    if persons != {found.actor_id} or d.tok.sent - found.sentence > TALKED_OF:
        return False
    return all(s in d.ctx.pronoun_subjects for s in range(found.sentence + 1, d.tok.sent))


def _placed_person(d: Described) -> bool:
    """'the Waterford man', 'the Larne athlete', 'the England man': a person noun after one or two capitalised
    proper nouns (a place's or a team's name), none of them a person's name, and nothing else."""
    nouns = d.lex.person_descriptors | d.lex.placed_person_nouns
    if not d.mods or len(d.mods) > PLACE_WORDS or d.tok.lower not in nouns or d.tok.tag != "NN":
        return False
    for m in d.mods:
        named = d.linked.get(m.i)
        if not (m.text[:1].isupper() and m.text.isalpha()) or named is not None and named.actor_type == "person":
            return False
        if m.pos != "PROPN":
            return False  # "the Australian star" after "his role as Peter Sellers": a nationality says too little
    return True


def _speakers_owner(d: Described) -> str | None:
    """The person whose possessive owns the subject of the nearest verb over the descriptor that has one ("Radcliffe's
    best friend ... revealed the 30-year-old is aware", "Jackson's defence questioned Ms Kite's credibility, pointing
    that she worked for the singer's team"): whom the owner's friend, coach or lawyer speaks of, named before the
    descriptor and no speaker the clause names itself (actors47)."""
    node = d.tok
    while node.head is not None and node.head.i != node.i:
        node = node.head
        subjects = [c for c in node.children if c.dep in {"nsubj", "nsubjpass"} and c.i != d.tok.i]
        if not subjects:
            continue
        owners = [d.linked.get(o.i) for c in subjects for o in c.children if o.dep == "poss" and o.i < d.tok.i]
        found = {o.actor_id for o in owners if o is not None and o.actor_type == "person" and o.actor_id}
        if len(found) == 1 and next(iter(found)) in d.ctx.named_as and not found & _subjects_over(d):
            return next(iter(found))
    return None


def _subjects_over(d: Described) -> set[str]:
    """The actors named as subjects of the verbs the descriptor's clause hangs from ("Sports psychologist Hugh
    Richards says the 30-year-old must draw on her past"): the speaker is not who the descriptor means."""
    out, node = set(), d.tok
    while node.head is not None and node.head.i != node.i:
        node = node.head
        for c in node.children:
            named = d.linked.get(c.i) if c.dep in {"nsubj", "nsubjpass"} and c.i != d.tok.i else None
            if named is not None and named.actor_id is not None:
                out.add(named.actor_id)
    return out


def _lone_performer(d: Described, age: str | None) -> Named | None:
    """The one person the article has named so far, named once, when it introduced them with one of the
    person_descriptors ("Pop star Kara Bell has attacked ... the singer"); not someone introduced
    otherwise ("Label boss John Smith ... the singer"), but for an age ("the 17-year-old") right after the
    sentence that named them ("... singing sensation, Joss Stone, has been nominated. The 17-year-old ...")."""
    persons = {a for _, end_i, a in d.ctx.names_in_order if end_i < d.tok.i and d.ctx.named_as[a][0] == "person"}
    if len(persons) != 1:
        return _aged_subject_before(d, age) if age is not None else None
    intro = d.ctx.intros.get(next(iter(persons)))
    said = {w for w, at in intro.words.items() if at.i < d.tok.i} if intro else set()
    found = most_named(d.ctx, lambda a: a in persons, d.tok, 1)
    if said & d.lex.person_descriptors:
        return found
    if age is None or found is None or found.sentence != d.tok.sent - 1 or _aged_otherwise(d, found.sentence, age):
        return None
    if _others_of_an_age(d, found.sentence):
        return None  # "Tony Blair met pupils ... The 15-year-old who asked": a pupil (review16b)
    return found


def _aged_subject_before(d: Described, age: str) -> Named | None:
    """'Dokic has not played there since 2001. But the 21-year-old would have needed a wild card': an age right after
    a sentence that names one person only, as its subject, where the article named others before (desc23). Not when
    this sentence names a person before the age, a name no link covers is a subject before it, or the sentence before
    gives another age or speaks of people by a plural noun or "a man", "a woman" (`_aged_otherwise`,
    `_others_of_an_age`, `AGED_GROUPS`)."""
    before = d.tok.sent - 1
    opening = d.sent.tokens[0].text
    if opening[:1].isalpha() and opening.islower():
        return None  # "... title. could only clear 2.16m but the 27-year-old's": a sentence whose subject the text lost
    named = {a for s, _, a in d.ctx.names_in_order if s == before and d.ctx.named_as[a][0] == "person"}
    if len(named) != 1:
        return None
    person = next(iter(named))
    if not any(s == before and a == person for s, _, a in d.ctx.subjects_in_order):
        return None
    names = d.ctx.names_in_order
    if any(s == d.tok.sent and end_i < d.tok.i and d.ctx.named_as[a][0] == "person" for s, end_i, a in names):
        return None
    if _unlinked_subject_before(d) or _aged_otherwise(d, before, age) or _others_of_an_age(d, before):
        return None
    if _person_object_before(d, before):
        return None  # "Sergeant John Smith shot the soldier. The 21-year-old was flown to hospital": the soldier
    if any(
        lemma(t) in AGED_GROUPS
        and any(c.lower in {"a", "an"} for c in t.children)
        and before <= t.sent
        and t.i < d.tok.i
        for t in d.ctx.sole_state_input[0]
    ):
        return None  # "Police arrested a man after John Smith was stabbed. The 45-year-old": the man, perhaps
    count = sum(1 for _, end_i, a in d.ctx.names_in_order if a == person and end_i < d.tok.i)
    return Named(person, before, count)


AGED_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "conj", "agent"})


def _person_object_before(d: Described, sentence: int) -> bool:
    """Whether the sentence before speaks of a second person by a singular noun that is not its subject: an object,
    a prepositional object or a conjunct ("shot the soldier", "sentenced the protester", "appointed his nephew",
    "was beaten by his opponent"); the age may be theirs (review23). Person nouns: `AGED_GROUPS`, `role_nouns`,
    `group_people_nouns`, `kin_nouns`, `person_descriptors`, `opponent_nouns`, `other_person_nouns`."""
    lex = d.lex
    words = (
        AGED_GROUPS | lex.role_nouns | lex.group_people_nouns | lex.kin_nouns | lex.person_descriptors
        | lex.opponent_nouns | lex.other_person_nouns
    )  # fmt: skip
    return any(
        t.sent == sentence and t.tag == "NN" and t.dep in AGED_OBJECT_DEPS and lemma(t) in words
        for t in d.ctx.sole_state_input[0]
    )


def _unlinked_subject_before(d: Described) -> bool:
    """Whether a proper noun before the noun in its sentence is a subject no name of the article ends at."""
    ends = {end_i for s, end_i, _ in d.ctx.names_in_order if s == d.tok.sent}
    subjects = {"nsubj", "nsubjpass"}
    return any(t.i < d.tok.i and t.pos == "PROPN" and t.dep in subjects and t.i not in ends for t in d.sent.tokens)


def _others_of_an_age(d: Described, sentence: int) -> bool:
    """Whether the sentence before, or this one before the age, speaks of people by a plural noun (`AGED_GROUPS`:
    "pupils", "fans", "children"), any of whom an age may be."""
    return any(
        t.tag == "NNS" and lemma(t) in AGED_GROUPS and sentence <= t.sent and t.i < d.tok.i
        for t in d.ctx.sole_state_input[0]
    )


def _aged_otherwise(d: Described, sentence: int, age: str) -> bool:
    """Whether the sentence gives someone another age between commas ("John Smith, 34, was found ... The
    45-year-old was arrested": someone else)."""
    toks = [t for t in d.ctx.sole_state_input[0] if t.sent == sentence]
    return any(
        t.text.isdigit() and t.text != age and 0 < k < len(toks) - 1 and toks[k - 1].text == "," == toks[k + 1].text
        for k, t in enumerate(toks)
    )


def young_persons(chosen: list[Candidate], toks: dict[int, Tok]) -> set[str]:
    """The persons a sentence gives an age of 13 to 19: beside the name ("Joss Stone, 17,", "17-year-old Joss
    Stone") or as the descriptor linked to them ("The 17-year-old from a small east Devon village")."""
    out: set[str] = set()
    for c in chosen:
        if c.actor_type != "person" or c.actor_id is None:
            continue
        if c.method == "descriptor":
            ages = [c.matched.split("-", 1)[0]] if "-year-old" in c.matched else []
        else:
            after = [toks.get(c.end_i + k) for k in (1, 2, 3)]
            ages = [after[1].text] if all(after) and after[0].text == "," == after[2].text else []  # type: ignore[union-attr]
            before = [toks.get(c.start_i - k) for k in (5, 4, 3, 2, 1)]
            if all(before) and [t.lower for t in before[1:]] == ["-", "year", "-", "old"]:  # type: ignore[union-attr]
                ages.append(before[0].text)  # type: ignore[union-attr]
        if any(a.isdigit() and int(a) in TEEN_AGES for a in ages):
            out.add(c.actor_id)
    return out


def age_phrase(tok: Tok, sent: Sent) -> list[Tok] | None:
    """The tokens of '30-year-old' ending at `tok` ("old"), else None."""
    k = tok.i - sent.tokens[0].i
    if tok.lower != "old" or k < 4:
        return None
    span = sent.tokens[k - 4 : k + 1]
    number, dash, year, dash2 = (t.text for t in span[:4])
    if dash == dash2 == "-" and year.lower() == "year" and number.isdigit():
        return span
    return None


def party_of_leader(d: Described) -> Referred | None:
    """'his party' after 'Mr Howard', 'Mr Kennedy, whose party': the party of the person the pronoun stands
    for (the person named last as a subject in this sentence or the one before, else the person named last;
    for "whose", the person the clause is about): the party a registry person leads, else the one party
    named in a title the article gives the person ("Labour chairman Ian McCartney", "SNP leader Alex
    Salmond", "Labour's election chief Alan Milburn")."""
    tok = d.tok
    if tok.lower not in d.lex.led_group_nouns:
        return None
    owners = [c for c in tok.children if c.dep == "poss"]
    if len(owners) != 1 or owners[0].lower not in {"his", "her", "whose"}:
        return None
    if d.mods or d.owner is not None:
        return None
    person = _whose_person(d) if owners[0].lower == "whose" else pronoun_person(d)
    if person is None:
        return None
    led: list[str] = []
    if person in d.registry.entries:
        led = [r.target for r in d.registry.entry(person).relations if r.type == "leader_of"]
        led = [t for t in led if d.registry.entry(t).type == "party"]
    if not led:
        led = _titled_actors(d, person, PARTY_TYPES)
    if len(led) != 1:
        return None
    party_type, name = d.ctx.named_as.get(led[0], ("party", None))
    if led[0] in d.registry.entries:
        name = d.registry.entry(led[0]).name
    return Referred(led[0], party_type, [tok], [owners[0], tok], tok.lower, name)


def _whose_person(d: Described) -> str | None:
    """'Mr Kennedy, whose party opposes the plan': the linked person the relative clause hangs from."""
    node = d.tok
    while node.head is not None and node.head.i != node.i and node.dep != "relcl":
        node = node.head
    named = d.linked.get(node.head.i) if node.dep == "relcl" and node.head is not None else None
    return named.actor_id if named is not None and named.actor_type == "person" else None


def _titled_actors(d: Described, person: str, types: frozenset[str]) -> list[str]:
    """The actors of `types` named in the titles before the person's names so far, in the same noun phrase
    ("Labour chairman Ian McCartney", "Labour's election chief Alan Milburn", "Sonaptic's managing director
    David Monteith"; two when there are two: "Labour and Tory campaigner X")."""
    toks = {t.i: t for t in d.ctx.sole_state_input[0]}
    named_at = {end_i: a for _, end_i, a in d.ctx.names_in_order}
    found_ids: set[str] = set()
    for _, end_i, actor_id in d.ctx.names_in_order:
        if actor_id != person or end_i >= d.tok.i:
            continue
        k = end_i - 1
        while k in toks and toks[k].sent == toks[end_i].sent and toks[k].pos == "PROPN" and k not in named_at:
            k -= 1  # the name's other words
        for _ in range(TITLE_WORDS):
            t = toks.get(k)
            if t is None or t.sent != toks[end_i].sent or not (t.text.isalpha() or t.text in {"'s", "-"}):
                break
            if t.pos in {"VERB", "AUX", "ADP", "DET", "PRON"}:
                break
            found = named_at.get(k)
            if found is not None and d.ctx.named_as[found][0] in types:
                found_ids.add(found)
            k -= 1
    return sorted(found_ids)


def firm_of_person(d: Described) -> Referred | None:
    """'his firm', 'his company': the one company named in a title the article gives the person the pronoun
    stands for ("Fiat boss Sergio Marchionne ... his firm's legal position", "ONGC's Mr Raha ... his firm's
    reported interest")."""
    tok = d.tok
    if tok.lower not in d.lex.firm_of_person_nouns or d.mods or d.owner is not None:
        return None
    owners = [c for c in tok.children if c.dep == "poss"]
    if len(owners) != 1 or owners[0].lower not in {"his", "her"}:
        return None
    person = pronoun_person(d)
    firms = _titled_actors(d, person, FIRM_TYPES) if person is not None else []
    if len(firms) != 1:
        return None
    actor_type, name = d.ctx.named_as[firms[0]]
    return Referred(firms[0], actor_type, [tok], [owners[0], tok], tok.lower, name)


def outlet_reporter(d: Described) -> Referred | None:
    """'our correspondent': the one person the article introduced with that noun ("BBC political correspondent
    James Hardy") or as the outlet's ("The BBC's Zubair Ahmed in Mumbai"), its other words all said with it."""
    tok = d.tok
    owners = [c for c in tok.children if c.dep == "poss"]
    if tok.lower not in d.lex.reporter_nouns or d.owner is not None or len(owners) != 1 or owners[0].lower != "our":
        return None
    toks = {t.i: t for t in d.ctx.sole_state_input[0]}
    found = set()
    for _, end_i, actor_id in d.ctx.names_in_order:
        if end_i >= tok.i or d.ctx.named_as[actor_id][0] != "person":
            continue
        intro = d.ctx.intros.get(actor_id)
        said = {w for w, at in intro.words.items() if at.i < tok.i} if intro else set()
        if tok.lower in said and all(m.lower in said for m in d.mods):
            found |= set() if _another_outlets(d, actor_id, said) else {actor_id}
            continue
        k = end_i
        while k - 1 in toks and toks[k - 1].pos == "PROPN" and toks[k - 1].sent == toks[end_i].sent:
            k -= 1  # the name's first word
        outlet, mark = toks.get(k - 2), toks.get(k - 1)
        if not d.mods and outlet is not None and mark is not None and mark.lower in {"'s", "’s"}:
            ours = outlet.lower in d.lex.outlet_names and not _other_role(d, actor_id)
            found |= {actor_id} if ours else set()
    if len(found) != 1:
        return None
    actor_id = found.pop()
    span = [*d.mods, tok]
    return Referred(actor_id, "person", span, [owners[0], *span], tok.lower, d.ctx.named_as[actor_id][1])


def _another_outlets(d: Described, actor_id: str, said: set[str]) -> bool:
    """Whether a word said with the reporter's name is another outlet's ("Reuters correspondent John Smith":
    review16b): an organisation's name the article linked or the parse tells, not ours ("BBC")."""
    words = [d.ctx.intros[actor_id].words[w] for w in sorted(said - d.lex.outlet_names)]
    return any(w.i in d.ctx.by_end or w.pos == "PROPN" and w.ent_type == "ORG" for w in words)


def _other_role(d: Described, actor_id: str) -> bool:
    """Whether the article gives the person a role other than a reporter's ("The BBC's Mark Thompson, the director
    general": review16b)."""
    roles = {phrase.split()[-1] for phrase, (holder, _) in d.ctx.titles.items() if holder == actor_id}
    return bool(roles - d.lex.reporter_nouns)


def own_publication(d: Described) -> Referred | None:
    """'Deyal told this newspaper', 'according to information received by this media house': outside a quote, a
    publication's noun after "this" (`own_publication_nouns`) is the publication the article appears in, which is
    the one newspaper the article has named before the noun (a media actor whose name says it is no broadcaster or
    agency: `not_paper_words`); two named, or none, and the rule abstains (desc24, issue 12)."""
    tok = d.tok
    span = [*d.mods, tok]
    if " ".join(t.lower for t in span) not in d.lex.own_publication_nouns or d.owner is not None:
        return None
    dets = [c for c in tok.children if c.dep == "det"]
    if len(dets) != 1 or dets[0].lower != "this" or any(c.dep == "poss" for c in tok.children) or _quoted_here(d):
        return None
    papers = {
        a
        for _, end_i, a in d.ctx.names_in_order
        if end_i < tok.i and d.ctx.named_as[a][0] == "media" and not _names_no_paper(d, a)
    }
    if len(papers) != 1:
        return None
    paper = papers.pop()
    actor_type, name = d.ctx.named_as[paper]
    return Referred(paper, actor_type, span, [dets[0], *span], " ".join(t.lower for t in span), name)


DESCRIPTOR_RULES: tuple[Rule[Described, Referred], ...] = (
    Rule("registry-descriptor", "referent", registry_descriptor),
    Rule("role-title", "referent", role_title),
    Rule("named-minister", "referent", named_minister),
    Rule("dated-office", "referent", dated_office),
    Rule("state-descriptor", "referent", state_descriptor),
    Rule("bare-state-noun", "referent", bare_state_noun),
    Rule("state-of-person", "referent", state_of_person),
    Rule("country-descriptor", "referent", country_descriptor),
    Rule("place-descriptor", "referent", place_descriptor),
    Rule("named-group-head", "referent", named_group_head),
    Rule("group-of-named", "referent", group_of_named),
    Rule("group-continuation", "referent", group_continuation),
    Rule("kind-of-named", "referent", kind_of_named),
    Rule("salient-person", "referent", salient_person),
    Rule("national-person", "referent", national_person),
    Rule("former-office", "referent", former_office),
    Rule("sport-person", "referent", sport_person),
    Rule("opponent-of-person", "referent", opponent_of_person),
    Rule("introduced-person", "referent", introduced_person),
    Rule("noun-of-person", "referent", noun_of_person),
    Rule("kin-of-person", "referent", kin_of_person),
    Rule("manager-of-side", "referent", manager_of_side),
    Rule("fixture-side", "referent", fixture_side),
    Rule("team-of-person", "referent", team_of_person),
    Rule("national-side", "referent", national_side),
    Rule("national-side-people", "referent", national_side_people),
    Rule("party-of-leader", "referent", party_of_leader),
    Rule("firm-of-person", "referent", firm_of_person),
    Rule("outlet-reporter", "referent", outlet_reporter),
    Rule("own-publication", "referent", own_publication),
    Rule("era-office", "referent", era_office),  # an undated article's office: after every rule of a named holder
    Rule("name-words", "referent", name_words),  # last: it fills what no other rule says ("the national side")
)


def descriptor_candidates(
    sent: Sent, registry: Registry, ctx: ArticleContext, lex: ActorsLexicon, names: list[Candidate]
) -> list[Candidate]:
    """Common-noun mentions of one sentence resolved with what the article has already said (`ctx`);
    `names` are the sentence's linked names (a group belongs to one of them)."""
    linked = {c.end_i: c for c in names if c.actor_id is not None}
    named_at = {i for c in linked.values() for i in range(c.start_i, c.end_i + 1)}
    out: list[Candidate] = []
    last_words = registry.descriptor_last_words
    for tok in sent.tokens:
        nounlike = tok.pos in NOUNS or fold(tok.lower) in last_words or tok.lower == "old"  # "the 30-year-old"
        if not tok.text[:1].isalpha() or not nounlike:
            continue
        fired = first_match(DESCRIPTOR_RULES, Described(tok, sent, ctx, registry, lex, linked))
        if fired is None:
            continue
        rule, ref = fired
        span = _without_names(ref.span, named_at)
        first, last = span[0], span[-1]
        out.append(
            Candidate(
                first.i, last.i, first.start, last.end, ref.actor_id, ref.actor_type, "descriptor",
                LinkPriority.DESCRIPTOR, 1.0, ref.matched, ref.name, "", rule.name, list(ref.cue),
            )
        )  # fmt: skip
        if ref.actor_type == "person":
            ctx.person_at[last.i] = ref.actor_id  # "the congressman's wife": whose wife
        if rule.name == "sport-person" and tok.lower in lex.nationality_nouns:  # "the Austrian" is no American
            ctx.called.setdefault(ref.actor_id, set()).add(tok.lower)
        if rule.name == "group-of-named" and ref.name:
            ctx.groups[lemma(tok)] = (ref.actor_id, ref.name)
            ctx.groups.setdefault(lemma(tok) + "s", (ref.actor_id, ref.name))
    return out


def _without_names(span: list[Tok], named_at: set[int]) -> list[Tok]:
    """The descriptor's span without the linked name it opens with ("Tory leader", "Lib Dem leader" ->
    "leader"): the name stays its own mention."""
    k = 0
    while k < len(span) - 1 and span[k].i in named_at:
        k += 1
    return span[k:]
