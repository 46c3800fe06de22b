"""Filters on registry candidates: a registry name in the text does not always mention the actor.

`FILTER_RULES` are named rules; the first that fires decides (its evidence is the cue tokens):
`drop` rules drop the candidate (a place, a nationality, part of a longer name); `national-team`
makes a country's name in a sports article its national team (`link_method` `national-team`, a
discovered organisation "<country> national team"). A kept candidate after "pro-" or "anti-" is an
`alignment`, not the actor.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..parsed import Tok
from ..registry import RegistryEntry
from ..rules import Rule, first_match
from ..syntax import climb, head_of, lemma
from .candidates import Candidate, Entity, LinkPriority
from .context import ArticleInfo
from .discovery import discovered_id, org_type
from .lexicon import ActorsLexicon

MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
NAME_LABELS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})
COLLECTIVE_ENDINGS = ("sh", "ch", "ese", "ss")  # "the French", "the Chinese": a people, not a person
AGENT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "agent", "poss", "dobj", "iobj", "appos", "attr", "csubj", "npadvmod", "ROOT"}
)


def is_location_use(
    head: Tok, lex: ActorsLexicon, span_ids: frozenset[int] = frozenset(), before: list[Tok] | None = None
) -> bool:
    """A place name used only as a place: object of a locative preposition or a motion verb,
    right after one ("people in the UK" however it is parsed), or qualified as a region ("south
    London")."""
    words = [t.lower for t in before or []]
    if words and (
        words[-1] in lex.locative_prepositions
        or words[-2:-1]
        and words[-1] == "the"
        and words[-2] in lex.locative_prepositions
    ):
        return True
    if any(
        c.dep in {"amod", "compound"} and c.lower in lex.compass_words and c.i not in span_ids for c in head.children
    ):
        return True
    tok = climb(climb(head, {"conj"}), {"appos"})
    gov = tok.head
    if gov is None or gov is tok:
        return False
    if tok.dep == "pobj" and gov.lower in lex.locative_prepositions:
        return True
    travel = lex.motion_verbs | lex.travel_nouns
    if tok.dep == "pobj" and gov.lower == "to" and gov.head is not None and gov.head.lemma.lower() in travel:
        return True
    return tok.dep == "dobj" and gov.lemma.lower() in lex.motion_verbs


def is_actor_position(head: Tok, lex: ActorsLexicon) -> bool:
    """Where a city name can stand for a government: acting, acted on, owning, or paired."""
    tok = climb(head, {"conj"})
    if tok.dep in AGENT_DEPS:
        return tok.dep != "dobj" or (tok.head is not None and tok.head.lemma.lower() not in lex.motion_verbs)
    if tok.dep == "pobj" and tok.head is not None and tok.head.lower in lex.acting_prepositions:
        return True
    return tok.dep == "compound"  # "Moscow-Ankara region", "Beijing officials"


@dataclass
class Found:
    """A registry candidate in its sentence: its span, head, actor and the entities around it."""

    candidate: Candidate
    entry: RegistryEntry
    span: list[Tok]
    entities: list[Entity]  # article token indexes, titles stripped
    lex: ActorsLexicon
    info: ArticleInfo | None = None

    def __post_init__(self) -> None:
        self.head = head_of(self.span)
        self.span_ids = frozenset(t.i for t in self.span)
        self.of_state = self.entry.type == "state"
        toks = self.info.toks if self.info is not None else {}
        self.before = [
            toks[k] for k in (self.span[0].i - 2, self.span[0].i - 1) if k in toks and toks[k].sent == self.span[0].sent
        ]
        # the noun the name modifies, and the words up to it ("Chinese [Foreign Minister Li] Zhaoxing")
        self.modifier = climb(self.head, {"conj"})
        gov = self.modifier.head
        self.governor = gov if gov is not None and gov is not self.modifier and gov.i > self.modifier.i else None
        self.phrase: list[Tok] = []
        if self.governor is not None and self.modifier.dep in MODIFIER_DEPS | {"poss"}:
            self.phrase = [toks[k] for k in range(self.span[-1].i + 1, self.governor.i + 1) if k in toks]
        else:
            self.governor = None

    @property
    def modifies_a_noun(self) -> bool:
        """'towards Wales coach Mike Ruddock': the preposition before the name governs the noun it modifies."""
        return self.governor is not None and self.governor.pos in {"NOUN", "PROPN"} and self.modifier.dep != "poss"

    @property
    def paired(self) -> bool:
        """Joined by a hyphen to another name: "the Moscow-Ankara region", "China-UK tourism"."""
        toks = self.info.toks if self.info is not None else {}
        left, right = toks.get(self.span[0].i - 1), toks.get(self.span[-1].i + 1)
        far_left, far_right = toks.get(self.span[0].i - 2), toks.get(self.span[-1].i + 2)
        return (right is not None and right.text == "-" and far_right is not None and far_right.text[:1].isupper()) or (
            left is not None and left.text == "-" and far_left is not None and far_left.text[:1].isupper()
        )

    def phrase_has(self, words: frozenset[str]) -> Tok | None:
        return next((t for t in self.phrase if lemma(t) in words or t.lower in words), None)

    @property
    def governs_person(self) -> bool:
        """The name modifies a person: a person's name or a person noun ("actor")."""
        gov = self.governor
        return gov is not None and (gov.ent_type == "PERSON" or lemma(gov) in self.lex.person_nouns)

    @property
    def capital_like(self) -> bool:
        """A one-word metonym that is not lower case: a capital city ('Ankara'), not 'the Kremlin'."""
        matched = self.candidate.matched or ""
        return not any(ch.islower() for ch in matched[:1]) and " " not in matched


def part_of_a_longer_person_name(f: Found) -> list[Tok] | None:
    """'Nick Brown' is not Gordon Brown, 'Paris Hilton' is not Paris: inside a longer PERSON entity."""
    c = f.candidate
    for first, last, label in f.entities:
        if label == "PERSON" and first <= c.start_i and c.end_i <= last and (last - first) > (c.end_i - c.start_i):
            return [f.head]
    return None


def state_as_place(f: Found) -> list[Tok] | None:
    """'training in Syria': a state's name used as a place."""
    c = f.candidate
    before = [] if f.paired or f.modifies_a_noun else f.before
    if c.method in {"alias", "acronym"} and f.of_state and is_location_use(f.head, f.lex, f.span_ids, before):
        return [f.head]
    return None


def metonym_as_place(f: Found) -> list[Tok] | None:
    """'talks in Tripoli': a metonym used as a place."""
    before = [] if f.paired or f.modifies_a_noun else f.before
    return [f.head] if f.candidate.method == "metonym" and is_location_use(f.head, f.lex, f.span_ids, before) else None


def capital_as_person(f: Found) -> list[Tok] | None:
    """'Paris' as a person's name."""
    c = f.candidate
    return [f.head] if c.method == "metonym" and f.capital_like and f.head.ent_type == "PERSON" else None


def short_form_of_another_name(f: Found) -> list[Tok] | None:
    """'Sun' in an article that names Sun Microsystems is not the registry's The Sun: a registry
    one-word name that opens the name of another organisation the article gives in full."""
    info = f.info
    if info is None or f.entry.type in {"person", "state"} or len(f.span) != 1 or f.span[0].text.isupper():
        return None  # an acronym is the organisation's own ("BBC Sport" is the BBC's)
    word = f.span[0].lower
    own = {n.lower() for n in (f.entry.name, *f.entry.aliases)}
    others = [n for n in info.org_names if n.split()[0] == word and n not in own]
    return [f.head] if others else None


def person_name_here(f: Found) -> list[Tok] | None:
    """'Wagner' (the composer), 'Jordan' (the model) in an article about the arts or sport: a registry
    name that is not a person's, taken for a person's name by spaCy."""
    if f.entry.type == "person" or f.info is None or not (f.info.arts or f.info.sport):
        return None
    return [f.head] if all(t.ent_type == "PERSON" for t in f.span) else None


def capital_not_acting(f: Found) -> list[Tok] | None:
    """A capital that neither acts, is acted on, owns, nor is paired: no government; in an article
    about sport, a capital is a venue unless a body of the state is named ("McKee's Athens ambitions")."""
    c = f.candidate
    if c.method != "metonym" or not f.capital_like:
        return None
    if f.info is not None and f.info.sport and not f.phrase_has(f.lex.agency_nouns):
        return [f.head]
    return [f.head] if not is_actor_position(f.head, f.lex) else None


def demonym_as_person(f: Found) -> list[Tok] | None:
    """A demonym inside a person's name, or after a title ("Mr Irish")."""
    if f.candidate.method != "demonym":
        return None
    title = f.before[-1] if f.before else None
    if title is not None and title.text[:1].isupper() and title.lower.rstrip(".") in f.lex.person_titles:
        return [title, f.head]
    return [f.head] if f.head.ent_type == "PERSON" else None


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
    if others:
        return [f.head]
    if f.info.sport or f.info.arts:
        full = [n.lower() for n in own if " " in n]
        return None if any(n in f.info.text_lower for n in full) else [f.head]
    return None


def demonym_of_population(f: Found) -> list[Tok] | None:
    """'British tourists': a demonym naming people, not the state's agency."""
    head = f.head
    if f.candidate.method != "demonym" or head.dep not in {"amod", "compound"} or head.head is None:
        return None
    return [head] if head.head.lower in f.lex.population_nouns else None


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


def origin_compound(f: Found) -> list[Tok] | None:
    """'a Singapore-based analyst', 'Iranian-born', 'Ericsson of Sweden', 'Nathalie Dechy of France': a
    place or an origin."""
    if not f.of_state or f.info is None:
        return None
    dash = f.info.after(f.span[-1])
    word = f.info.after(dash) if dash is not None and dash.text == "-" else None
    if word is not None and word.lower in f.lex.origin_participles:
        return [f.head, word]
    prep = f.modifier.head if f.modifier.dep == "pobj" else None
    owner = prep.head if prep is not None and prep.lower == "of" else None
    if owner is not None and any(t.lower in f.lex.titles | f.lex.role_nouns for t in owner.subtree() if t.i < prep.i):
        return None  # "King Abdullah of Jordan": the state's own
    if (
        owner is not None
        and owner.i < prep.i
        and (owner.ent_type in {"ORG", "PERSON"} or lemma(owner) in f.lex.company_nouns)
    ):
        return [prep, f.head]
    return None


def national_team(f: Found) -> list[Tok] | None:
    """'France captain Fabien Pelous', 'Wales beat England' in an article about sport: the team."""
    c = f.candidate
    if not (f.of_state and f.info is not None and f.info.sport and c.method in {"alias", "acronym"}):
        return None
    if f.phrase_has(f.lex.agency_nouns):
        return None
    left = f.info.before(f.span[0])
    if (
        left is not None
        and left.text == "("
        and f.info.before(left) is not None
        and f.info.before(left).ent_type == "PERSON"
    ):
        return None  # "Lisa Raymond (US)": her nationality
    team = f.phrase_has(f.lex.team_nouns)
    if team is None and f.governs_person:
        return None  # "Britain's Kelly Holmes": a nationality
    return [team] if team is not None else [f.head, *f.info.sport_cues[:1]]


def nationality_of_person(f: Found) -> list[Tok] | None:
    """'British actor Clive Owen', "Britain's Kelly Holmes", 'Lisa Raymond (US)': a nationality, not
    the state acting."""
    if not f.of_state or f.info is None:
        return None
    left, right = f.info.before(f.span[0]), f.info.after(f.span[-1])
    person = f.info.before(left) if left is not None and left.text == "(" else None
    if person is not None and person.ent_type == "PERSON" and right is not None and right.text == ")":
        return [left, f.head]
    if f.phrase_has(f.lex.agency_nouns) or not f.governs_person:
        return None
    return [f.head, f.governor] if f.governor is not None else None


def state_of_a_thing(f: Found) -> list[Tok] | None:
    """'US firm ISG', 'its US launch', 'US crude prices', 'the same Madrid venue': a market or a
    place, not the state acting."""
    if not f.of_state or f.candidate.method == "demonym" or f.governor is None:
        return None
    if f.phrase_has(f.lex.agency_nouns) or f.paired:
        return None
    lex = f.lex
    things = (
        lex.market_nouns
        | lex.thing_nouns
        | lex.product_nouns
        | lex.work_nouns
        | lex.company_nouns
        | lex.population_nouns
    )
    return [f.head, f.governor] if lemma(f.governor) in things or f.governor.lower in things else None


def demonym_not_agency(f: Found) -> list[Tok] | None:
    """'the Chinese economy', 'German unemployment', 'Russian-speaking', 'said the American', 'four
    Britons held': a nationality that carries no agency of the state (kept: 'Turkish-backed',
    'Emirati drones', 'Russian intervention', 'the French want')."""
    c = f.candidate
    if c.method != "demonym" or not f.of_state or f.info is None:
        return None
    dash = f.info.after(f.span[-1])
    if dash is not None and dash.text == "-":
        word = f.info.after(dash)
        return None if word is not None and word.lower in f.lex.agency_participles else [f.head]
    if f.modifier.dep in MODIFIER_DEPS:
        return None if f.phrase_has(f.lex.agency_nouns) else [f.head]
    if f.info.sport:
        return [f.head]  # "Irish trailed": a club or a player
    if f.head.lower.endswith("s") and not f.head.lower.endswith(COLLECTIVE_ENDINGS):
        return [f.head]  # "four Britons held by the US": people of the country
    if (
        f.modifier.dep == "pobj"
        and f.modifier.head is not None
        and f.modifier.head.lower in f.lex.locative_prepositions
    ):
        return [f.modifier.head, f.head]  # "at the Brits"
    word = f.head.lower
    singular_person = f.head.tag not in {"NNS", "NNPS"} and not word.endswith(COLLECTIVE_ENDINGS)
    return [f.head] if singular_person and not word.endswith("s") else None


FILTER_RULES: tuple[Rule[Found, list[Tok]], ...] = (
    Rule("part-of-a-longer-person-name", "drop", part_of_a_longer_person_name),
    Rule("surname-of-another-person", "drop", surname_of_another_person),
    Rule("short-form-of-another-name", "drop", short_form_of_another_name),
    Rule("part-of-a-longer-name", "drop", part_of_a_longer_name),
    Rule("origin-compound", "drop", origin_compound),
    Rule("state-as-place", "drop", state_as_place),
    Rule("metonym-as-place", "drop", metonym_as_place),
    Rule("capital-as-person", "drop", capital_as_person),
    Rule("person-name-here", "drop", person_name_here),
    Rule("national-team", "team", national_team),
    Rule("nationality-of-person", "drop", nationality_of_person),
    Rule("state-of-a-thing", "drop", state_of_a_thing),
    Rule("capital-not-acting", "drop", capital_not_acting),
    Rule("demonym-as-person", "drop", demonym_as_person),
    Rule("demonym-of-population", "drop", demonym_of_population),
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
    {"part-of-a-longer-person-name", "surname-of-another-person", "short-form-of-another-name",
     "part-of-a-longer-name", "capital-as-person", "demonym-as-person", "person-name-here"}
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
        return (team_candidate(c, entry, cue) if rule.decides == "team" else None), rule.name
    before, before2 = toks.get(c.start_i - 1), toks.get(c.start_i - 2)
    if before is not None and before.text == "-" and before2 is not None and before2.lower in lex.alignment_prefixes:
        c.method = "alignment"
    return c, None
