"""Actors: find every actor mention and link it to a canonical actor.

Linking rules (each is a small function; `link_article` applies them in order and keeps the best
non-overlapping candidates):

- `alias`/`acronym`: exact, case-aware (accent-folded) registry names; `alignment` when the name
  follows "pro-"/"anti-" ("pro-Haftar" mentions Haftar);
- `demonym`: adjectives and plural nouns of a registry actor ("Emirati drones", "Turkish-backed");
- `metonym`: names standing for a government ("the Kremlin", "Ankara"), linked only where the
  name acts, is acted on or owns, never as a mere place;
- states used only as places ("training in Syria") are locations, not mentions;
- `surname`: a single name repeating a person's full name in the same article ("Mr Abbas");
  titles are kept out of spans;
- `descriptor`: common nouns resolved within the article ("the rebels" once their leader is
  named, "the regime" after "the Assad regime", "the government" for the article's state,
  "the party" for the party last named, "the foreign secretary" for the person given that title);
- `fuzzy`: spelling variants of registry names above the configured similarity;
- `ner-discovered`: names the registry lacks (spaCy PERSON, ORG, NORP, GPE) get a stable
  discovered id made from their type and name, the same in every article.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .parsed import ParsedArticle, Sent, Tok
from .records import ActorRecord, ActorType, MentionRecord
from .registry import Registry, RegistryEntry, Surface, fold

COMPONENT = "actors.rules.v1"

TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "baroness",
    "baron",
    "prof",
    "professor",
    "president",
    "premier",
    "chancellor",
    "senator",
    "sen",
    "rep",
    "gen",
    "general",
    "col",
    "colonel",
    "capt",
    "captain",
    "maj",
    "major",
    "lt",
    "sgt",
    "rev",
    "reverend",
    "father",
    "sheikh",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "ayatollah",
    "judge",
    "justice",
    "marshal",
    "field",
    "mp",
    "mep",
    "qc",
    "kc",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "st",
}
ROLE_NOUNS = {
    "secretary",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "chairman",
    "chairwoman",
    "president",
    "premier",
    "chancellor",
    "ambassador",
    "envoy",
    "chief",
    "head",
    "commander",
    "director",
    "governor",
    "mayor",
    "general",
    "adviser",
    "advisor",
    "official",
    "deputy",
    "candidate",
    "founder",
    "editor",
    "lord",
    "judge",
    "academic",
    "professor",
    "member",
}
LOCATIVE_PREPS = {
    "in",
    "at",
    "inside",
    "within",
    "throughout",
    "across",
    "near",
    "around",
    "outside",
    "into",
    "via",
    "through",
    "towards",
    "toward",
    "beyond",
    "along",
}
COMPASS = {
    "north",
    "south",
    "east",
    "west",
    "central",
    "northern",
    "southern",
    "eastern",
    "western",
    "greater",
    "downtown",
    "suburban",
}
POPULATION_NOUNS = {
    "people",
    "public",
    "citizens",
    "citizen",
    "nationals",
    "national",
    "suspects",
    "tourists",
    "residents",
    "voters",
    "population",
    "workers",
    "students",
    "families",
    "children",
    "men",
    "women",
    "prisoners",
    "detainees",
    "passengers",
    "fans",
    "consumers",
    "taxpayers",
    "patients",
    "viewers",
    "readers",
    "shoppers",
    "households",
    "teenagers",
    "pensioners",
    "expats",
    "immigrants",
    "refugees",
}
POST_NOMINALS = {"qc", "kc", "mp", "mep", "msp", "am", "obe", "cbe", "mbe", "kbe", "jr", "sr", "jnr", "snr", "phd"}
DOCUMENT_WORDS = {
    "convention",
    "treaty",
    "charter",
    "constitution",
    "declaration",
    "act",
    "bill",
    "directive",
    "resolution",
}
MOTION_VERBS = {"visit", "tour", "leave", "enter", "reach", "arrive", "return", "travel", "fly", "flee", "move"}
AGENT_DEPS = {"nsubj", "nsubjpass", "agent", "poss", "dobj", "iobj", "appos", "attr", "csubj", "npadvmod", "ROOT"}
ORG_NOT_ACTOR = {
    "square",
    "street",
    "road",
    "avenue",
    "prison",
    "airport",
    "station",
    "stadium",
    "bridge",
    "act",
    "bill",
    "treaty",
    "convention",
    "charter",
    "paper",
    "report",
    "review",
    "day",
    "week",
    "cup",
    "championship",
    "awards",
    "award",
    "prize",
    "festival",
    "programme",
    "program",
    "show",
    "index",
    "conference",
    "games",
    "olympics",
    "summit",
    "plan",
    "policy",
    "strategy",
    "campaign",
    "agenda",
    "hall",
    "house",
    "palace",
    "park",
    "tower",
    "hospital",
    "school",
    "college",
    "constitution",
    "law",
    "code",
    "budget",
    "scheme",
    "inquiry",
    "white",
    "rights",
}
ORG_TYPE_WORDS: list[tuple[ActorType, set[str]]] = [
    ("party", {"party", "parties"}),
    (
        "media",
        {
            "news",
            "times",
            "post",
            "herald",
            "journal",
            "gazette",
            "telegraph",
            "tv",
            "radio",
            "television",
            "press",
            "newspaper",
            "magazine",
            "broadcasting",
            "channel",
            "tribune",
            "mirror",
            "express",
        },
    ),
    (
        "armed_group",
        {
            "army",
            "brigade",
            "brigades",
            "front",
            "militia",
            "forces",
            "guard",
            "guards",
            "corps",
            "battalion",
            "regiment",
        },
    ),
    (
        "government",
        {
            "ministry",
            "department",
            "office",
            "commission",
            "council",
            "court",
            "agency",
            "police",
            "parliament",
            "assembly",
            "senate",
            "committee",
            "government",
            "authority",
            "cabinet",
            "service",
        },
    ),
    (
        "company",
        {
            "ltd",
            "plc",
            "inc",
            "corp",
            "corporation",
            "company",
            "co",
            "group",
            "holdings",
            "airways",
            "airlines",
            "motors",
            "bank",
            "energy",
            "oil",
        },
    ),
]


@dataclass
class Candidate:
    start_i: int  # first token (article index)
    end_i: int  # last token (inclusive)
    start: int  # raw offsets
    end: int
    actor_id: str | None
    actor_type: ActorType
    method: str
    priority: int
    score: float = 1.0
    matched: str | None = None
    name: str | None = None  # display name for discovered actors

    @property
    def length(self) -> int:
        return self.end - self.start


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(text).lower()).strip("_") or "x"


def discovered_id(actor_type: str, name: str) -> str:
    """Stable id of an actor the registry lacks: the same name and type give the same id."""
    return f"disc.{actor_type}.{slug(name)}"


def surface_text(tokens: list[Tok]) -> str:
    parts = []
    for k, tok in enumerate(tokens):
        parts.append(tok.text)
        if tok.space_after and k < len(tokens) - 1:
            parts.append(" ")
    return "".join(parts)


def _climb_conj(tok: Tok) -> Tok:
    while tok.dep == "conj" and tok.head is not None and tok.head is not tok:
        tok = tok.head
    return tok


def is_location_use(head: Tok, span_ids: frozenset[int] = frozenset()) -> bool:
    """A place name used only as a place: object of a locative preposition or a motion verb,
    or qualified as a region ("south London")."""
    if any(c.dep in {"amod", "compound"} and c.lower in COMPASS and c.i not in span_ids for c in head.children):
        return True
    tok = _climb_conj(head)
    while tok.dep == "appos" and tok.head is not None and tok.head is not tok:
        tok = tok.head
    gov = tok.head
    if gov is None or gov is tok:
        return False
    if tok.dep == "pobj" and gov.lower in LOCATIVE_PREPS:
        return True
    if (
        tok.dep == "pobj"
        and gov.lower == "to"
        and gov.head is not None
        and gov.head.lemma.lower() in MOTION_VERBS | {"visit", "trip", "journey"}
    ):
        return True
    return tok.dep == "dobj" and gov.lemma.lower() in MOTION_VERBS


def is_actor_position(head: Tok) -> bool:
    """Where a city name can stand for a government: acting, acted on, owning, or paired."""
    tok = _climb_conj(head)
    if tok.dep in AGENT_DEPS:
        return tok.dep != "dobj" or (tok.head is not None and tok.head.lemma.lower() not in MOTION_VERBS)
    if tok.dep == "pobj" and tok.head is not None and tok.head.lower in {"by", "against", "with", "between"}:
        return True
    return tok.dep == "compound"  # "Moscow-Ankara region", "Beijing officials"


def _entity_spans(sent: Sent) -> list[tuple[int, int, str]]:
    """(first, last, label) of spaCy entities in a sentence (positions within sent.tokens)."""
    spans = []
    start = None
    label = ""
    for k, tok in enumerate(sent.tokens):
        if tok.ent_iob == "B" or (tok.ent_iob == "I" and start is None):
            if start is not None:
                spans.append((start, k - 1, label))
            start, label = k, tok.ent_type
        elif tok.ent_iob != "I":
            if start is not None:
                spans.append((start, k - 1, label))
            start = None
    if start is not None:
        spans.append((start, len(sent.tokens) - 1, label))
    return spans


def registry_candidates(sent: Sent, registry: Registry) -> list[Candidate]:
    """Exact registry surfaces (names, acronyms, demonyms, metonyms) in one sentence."""
    toks = sent.tokens
    out: list[Candidate] = []
    n = len(toks)
    for j in range(n):
        first = fold(toks[j].text)
        if first not in registry.first_words and first.lower() != "the":
            continue
        for length in range(min(registry.max_words, n - j), 0, -1):
            span = toks[j : j + length]
            key = fold(surface_text(span))
            surfaces = registry.surfaces.get(key)
            if not surfaces:
                continue
            for surface in surfaces:
                out.append(_candidate_from_surface(span, surface, registry.entry(surface.actor_id)))
            break
    return out


def _candidate_from_surface(span: list[Tok], surface: Surface, entry: RegistryEntry) -> Candidate:
    if span[0].lower == "the" and len(span) > 1:
        span = span[1:]
    priority = {"alias": 5, "acronym": 5, "metonym": 4, "demonym": 4}.get(surface.kind, 3)
    return Candidate(
        span[0].i,
        span[-1].i,
        span[0].start,
        span[-1].end,
        entry.id,
        entry.type,
        surface.kind,
        priority,
        1.0,
        surface.form,
    )


def _head_of(tokens: list[Tok]) -> Tok:
    """Syntactic head of a span: the token whose head lies outside it."""
    ids = {t.i for t in tokens}
    for tok in tokens:
        if tok.head is None or tok.head.i not in ids or tok.head is tok:
            return tok
    return tokens[-1]


def keep_registry_candidate(
    c: Candidate, toks: dict[int, Tok], entry: RegistryEntry, entities: list[tuple[int, int, str]]
) -> Candidate | None:
    """Apply the place, person-name and alignment rules to one registry candidate."""
    span = [toks[i] for i in range(c.start_i, c.end_i + 1)]
    head = _head_of(span)
    for first, last, label in entities:
        inside = first <= c.start_i and c.end_i <= last
        longer = (last - first) > (c.end_i - c.start_i)
        if inside and longer and label == "PERSON" and entry.type != "person":
            return None
        if inside and longer and label == "PERSON" and entry.type == "person":
            return None  # a different person sharing the surname ("Nick Brown" is not Gordon Brown)
    span_ids = frozenset(t.i for t in span)
    if c.method in {"alias", "acronym"} and entry.type == "state" and is_location_use(head, span_ids):
        return None
    if c.method == "metonym":
        if is_location_use(head, span_ids):
            return None
        capital_like = not any(ch.islower() for ch in (c.matched or "")[:1]) and " " not in (c.matched or "")
        if capital_like and head.ent_type == "PERSON":
            return None
        if capital_like and not is_actor_position(head):
            return None
    if c.method == "demonym" and head.ent_type == "PERSON":
        return None
    if (
        c.method == "demonym"
        and head.dep in {"amod", "compound"}
        and head.head is not None
        and head.head.lower in POPULATION_NOUNS
    ):
        return None
    before = toks.get(c.start_i - 1)
    before2 = toks.get(c.start_i - 2)
    if before is not None and before.text == "-" and before2 is not None and before2.lower in {"pro", "anti"}:
        c.method = "alignment"
    return c


def _strip_titles(tokens: list[Tok]) -> list[Tok]:
    """Drop titles, determiners and alignment prefixes before a name, possessives and
    post-nominal letters after it ("Mr", "the", "pro-", "'s", "QC")."""
    out = list(tokens)
    while out:
        if out[0].lower.rstrip(".") in TITLES or out[0].lower in {"the", "a", "an"}:
            out = out[1:]
        elif len(out) > 2 and out[0].lower in {"pro", "anti"} and out[1].text == "-":
            out = out[2:]
        else:
            break
    while out and (out[-1].lower in {"'s", "’s", "'", "’"} or out[-1].lower.rstrip(".") in POST_NOMINALS):
        out = out[:-1]
    return out


def org_type(name: str) -> ActorType | None:
    """Type of an organisation from its name, or None when it names no actor (a place, a law)."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    if not words:
        return None
    if words[-1] in ORG_NOT_ACTOR or (len(words) > 1 and words[0] == "white" and words[1] == "paper"):
        return None
    if any(w in DOCUMENT_WORDS for w in words):
        return None
    for actor_type, keys in ORG_TYPE_WORDS:
        if any(w in keys for w in words):
            return actor_type
    return "organisation"


def ner_candidates(sent: Sent, entities: list[tuple[int, int, str]], toks: dict[int, Tok]) -> list[Candidate]:
    """Candidates for names spaCy finds and the registry may lack."""
    out = []
    for first, last, label in entities:
        span = _strip_titles(sent.tokens[first : last + 1])
        if not span:
            continue
        name = surface_text(span)
        if not any(ch.isupper() for ch in name) or any(ch.isdigit() for ch in name):
            continue
        head = _head_of(span)
        actor_type: ActorType | None
        if label == "PERSON":
            if len(name) < 2 or name.isupper():
                continue
            if len(span) == 1 and head.dep == "compound" and head.head is not None and head.head.pos == "NOUN":
                continue  # "Yorkshire millionaire": a modifier, not a person
            actor_type = "person"
        elif label == "ORG":
            actor_type = org_type(name)
        elif label == "NORP":
            actor_type = "group" if head.tag in {"NNPS", "NNS"} else None
        elif label == "GPE":
            actor_type = "government" if head.dep in {"nsubj", "nsubjpass"} else None
        else:
            actor_type = None
        if actor_type is None:
            continue
        out.append(
            Candidate(
                span[0].i,
                span[-1].i,
                span[0].start,
                span[-1].end,
                None,
                actor_type,
                "ner-discovered",
                1,
                1.0,
                None,
                name,
            )
        )
    return out


PERSON_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "baroness",
    "baron",
    "prof",
    "professor",
    "president",
    "senator",
    "judge",
}
PEERAGE_TITLES = {"lord", "lady", "baroness", "baron"}


def titled_name_candidates(sent: Sent, entities: list[tuple[int, int, str]]) -> list[Candidate]:
    """Persons named after a title that spaCy missed: "Mr Ancram", "Lord Nicholls of Birkenhead"."""
    in_person = {k for a, b, label in entities if label == "PERSON" for k in range(a, b + 1)}
    toks = sent.tokens
    out = []
    for k, tok in enumerate(toks[:-1]):
        if tok.lower.rstrip(".") not in PERSON_TITLES or not tok.text[:1].isupper():
            continue
        j = k + 1
        name: list[Tok] = []
        while (
            j < len(toks)
            and len(name) < 3
            and toks[j].text[:1].isupper()
            and toks[j].text.isalpha()
            and toks[j].lower.rstrip(".") not in PERSON_TITLES
        ):
            name.append(toks[j])
            j += 1
        if not name or any(t_k in in_person for t_k in range(k + 1, j)):
            continue
        if (
            tok.lower in PEERAGE_TITLES
            and j + 1 < len(toks)
            and toks[j].lower == "of"
            and toks[j + 1].text[:1].isupper()
        ):
            name += [toks[j], toks[j + 1]]
        text = surface_text(name)
        out.append(
            Candidate(
                name[0].i, name[-1].i, name[0].start, name[-1].end, None, "person", "ner-discovered", 1, 1.0, None, text
            )
        )
    return out


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start_i <= b.end_i and b.start_i <= a.end_i


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Best non-overlapping candidates: higher priority first, then longer spans."""
    chosen: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (-c.priority, -(c.end_i - c.start_i), c.start_i, c.actor_id or "")):
        if not any(_overlaps(c, k) for k in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: (c.start_i, c.end_i))


@dataclass
class ArticleContext:
    """What the article has said so far: actors named, persons' full names, titles."""

    full_names: dict[str, tuple[str | None, str, ActorType]]  # surname -> (actor_id, full name, type)
    titles: dict[str, str]  # lower-case title phrase -> actor id of the person holding it
    state_counts: Counter[str]
    seen_ids: set[str] = field(default_factory=set)  # actors linked so far
    by_head_word: dict[str, tuple[str, ActorType]] = field(default_factory=dict)  # "party" -> last party named

    def note(self, candidates: Iterable[Candidate], registry: Registry) -> None:
        """Record linked candidates as said (kept incremental: long articles stay linear)."""
        for c in candidates:
            if c.actor_id is None:
                continue
            self.seen_ids.add(c.actor_id)
            if c.actor_type in {"party", "organisation", "government", "armed_group"}:
                name = registry.entry(c.actor_id).name if c.actor_id in registry.entries else (c.name or "")
                words = name.lower().split()
                if words:
                    head_word = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
                    self.by_head_word[head_word] = (c.actor_id, c.actor_type)


def person_context(
    article: ParsedArticle, registry: Registry, chosen: list[Candidate]
) -> dict[str, tuple[str | None, str, ActorType]]:
    """Surname -> full name for every multi-word person the article names."""
    names: dict[str, tuple[str | None, str, ActorType]] = {}
    ambiguous: set[str] = set()
    for c in chosen:
        if c.actor_type != "person":
            continue
        full = c.name if c.actor_id is None else registry.entry(c.actor_id).name
        if full is None or " " not in full:
            continue
        surname = full.split()[-1]
        if surname in names and names[surname][1] != full:
            ambiguous.add(surname)
        names[surname] = (c.actor_id, full, "person")
        given = full.split()[0]
        names.setdefault("given:" + given, (c.actor_id, full, "person"))
    for surname in ambiguous:
        names.pop(surname, None)
    return names


def title_context(article: ParsedArticle, chosen: list[Candidate], toks: dict[int, Tok]) -> dict[str, str]:
    """Title phrases given to named persons ("Foreign Secretary Jack Straw").

    A full title names its holder; a shorter ending of titles ("secretary") only when one person
    in the article holds it.
    """
    exact: dict[str, str] = {}
    suffixes: dict[str, set[str]] = {}
    for c in chosen:
        if c.actor_type != "person" or c.actor_id is None and c.name is None:
            continue
        actor = c.actor_id or discovered_id("person", c.name or "")
        words: list[str] = []
        k = c.start_i - 1
        while (
            k in toks
            and toks[k].sent == toks[c.start_i].sent
            and toks[k].dep in {"compound", "amod", "nmod"}
            and toks[k].lower not in TITLES - ROLE_NOUNS
        ):
            words.insert(0, toks[k].lower)
            k -= 1
        while words and words[-1] not in ROLE_NOUNS:
            words.pop()
        if words:
            exact.setdefault(" ".join(words), actor)
        for n in range(1, len(words)):
            suffixes.setdefault(" ".join(words[-n:]), set()).add(actor)
    titles = {phrase: next(iter(holders)) for phrase, holders in suffixes.items() if len(holders) == 1}
    titles.update(exact)
    return titles


def descriptor_candidates(
    article: ParsedArticle, sent: Sent, registry: Registry, ctx: ArticleContext
) -> list[Candidate]:
    """Common-noun mentions resolved with what the article has already said (`ctx`)."""
    out: list[Candidate] = []
    seen_ids = ctx.seen_ids
    toks = sent.tokens
    n = len(toks)
    # registry descriptors: linked when the actor or one related to it was named before
    for j in range(n):
        for length in (3, 2, 1):
            if j + length > n:
                continue
            span = toks[j : j + length]
            key = fold(surface_text(span)).lower()
            for surface in registry.lower_surfaces.get(key, []):
                related = {surface.actor_id} | registry.leaders.get(surface.actor_id, set())
                if related & seen_ids:
                    entry = registry.entry(surface.actor_id)
                    out.append(
                        Candidate(
                            span[0].i,
                            span[-1].i,
                            span[0].start,
                            span[-1].end,
                            entry.id,
                            entry.type,
                            "descriptor",
                            2,
                            1.0,
                            surface.form,
                        )
                    )
    # definite descriptions: "the government", "the party", "the commission", "the foreign secretary"
    for k, tok in enumerate(toks):
        if tok.pos not in {"NOUN", ""} and tok.tag not in {"NN", "NNS"}:
            continue
        if tok.text[:1].isupper() and k > 0:
            continue
        det = [c for c in tok.children if c.dep == "det"]
        if not det or det[0].lower != "the":
            continue
        mods = [c for c in tok.children if c.dep in {"amod", "compound"} and c.i < tok.i]
        first = min([tok] + mods, key=lambda t: t.i)
        phrase = " ".join(t.lower for t in sorted([tok] + mods, key=lambda t: t.i))
        actor_id = None
        if phrase in ctx.titles:
            actor_id = ctx.titles[phrase]
            a_type: ActorType = "person"
        elif tok.lower == "government" and not mods and ctx.state_counts:
            actor_id = ctx.state_counts.most_common(1)[0][0]
            a_type = "state"
        elif not mods and tok.lower in ctx.by_head_word:
            actor_id, a_type = ctx.by_head_word[tok.lower]
        if actor_id:
            out.append(Candidate(first.i, tok.i, first.start, tok.end, actor_id, a_type, "descriptor", 2, 1.0, phrase))
    return out


def link_article(
    article: ParsedArticle, registry: Registry, fuzzy_threshold: float, fuzzy_index: FuzzyIndex | None
) -> list[Candidate]:
    """All mentions of one article, linked where a referent is known."""
    toks = {t.i: t for t in article.tokens}
    per_sent: list[tuple[Sent, list[tuple[int, int, str]], list[Candidate]]] = []
    for sent in article.sents:
        if sent.role == "boilerplate" or not sent.tokens:
            continue
        local_entities = _entity_spans(sent)
        entities = []
        for a, b, label in local_entities:
            stripped = _strip_titles(sent.tokens[a : b + 1])
            if stripped:
                entities.append((stripped[0].i, stripped[-1].i, label))
        cands = []
        for c in registry_candidates(sent, registry):
            kept = keep_registry_candidate(c, toks, registry.entry(c.actor_id), entities) if c.actor_id else None
            if kept is not None:
                cands.append(kept)
        ner = ner_candidates(sent, local_entities, toks) + titled_name_candidates(sent, local_entities)
        per_sent.append((sent, entities, cands + ner))
    first_pass = [c for _, _, cands in per_sent for c in select(cands)]
    persons = person_context(article, registry, first_pass)
    ctx = ArticleContext(persons, title_context(article, first_pass, toks), Counter())
    chosen_all: list[Candidate] = []
    for sent, _entities, cands in per_sent:
        resolved = [resolve_discovered(c, ctx, registry, fuzzy_threshold, fuzzy_index) for c in cands]
        resolved = [c for c in resolved if c is not None]
        ctx.note(resolved, registry)
        desc = descriptor_candidates(article, sent, registry, ctx)
        chosen = select(resolved + desc)
        for c in chosen:
            if c.actor_type == "state" and c.actor_id:
                ctx.state_counts[c.actor_id] += 1
        ctx.note(chosen, registry)
        chosen_all.extend(chosen)
    return chosen_all


def resolve_discovered(
    c: Candidate, ctx: ArticleContext, registry: Registry, threshold: float, fuzzy_index: FuzzyIndex | None
) -> Candidate | None:
    """Link an NER candidate: surname of a named person, fuzzy registry match, or discovered id."""
    if c.method != "ner-discovered":
        return c
    name = c.name or ""
    if c.actor_type == "person" and " " not in name:
        known = ctx.full_names.get(name) or ctx.full_names.get("given:" + name)
        if known:
            actor_id, full, _ = known
            c.actor_id = actor_id or discovered_id("person", full)
            c.method, c.name = "surname", full
            return c
    if fuzzy_index is not None:
        hit = fuzzy_index.match(name, c.actor_type, threshold)
        if hit is not None:
            entry, score, alias = hit
            c.actor_id, c.actor_type, c.method, c.score, c.matched, c.priority = (
                entry.id,
                entry.type,
                "fuzzy",
                score,
                alias,
                3,
            )
            return c
    c.actor_id = discovered_id(c.actor_type, name)
    return c


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

    def match(self, name: str, actor_type: str, threshold: float) -> tuple[RegistryEntry, float, str] | None:
        from rapidfuzz import fuzz, process

        if len(name) < 5:
            return None
        options = self.choices.get(_fuzzy_group(actor_type), [])
        if not options:
            return None
        hit = process.extractOne(fold(name).lower(), [o[0] for o in options], scorer=fuzz.ratio, score_cutoff=threshold)
        if hit is None:
            return None
        alias, score, index = hit
        return self.registry.entry(options[index][1]), round(float(score) / 100, 4), alias


def _fuzzy_group(actor_type: str) -> str:
    return "person" if actor_type == "person" else "other"


def mention_records(article: ParsedArticle, chosen: Iterable[Candidate]) -> list[MentionRecord]:
    toks = {t.i: t for t in article.tokens}
    records = []
    for k, c in enumerate(sorted(chosen, key=lambda c: (c.start, c.end, c.actor_id or ""))):
        tok = toks[c.start_i]
        sent = article.sents[tok.sent]
        records.append(
            MentionRecord(
                mention_id=f"{article.article_id}:m{k:04d}",
                article_id=article.article_id,
                sentence_id=sent.sentence_id,
                start=c.start,
                end=c.end,
                text=article.span_text(c.start, c.end),
                actor_id=c.actor_id,
                actor_type=c.actor_type,
                link_method=c.method,
                link_score=c.score,
                matched_alias=c.matched,
                head_i=c.end_i,
            )
        )
    return records


def actor_records(mentions: list[MentionRecord], names: dict[str, str], registry: Registry) -> list[ActorRecord]:
    """One row per actor mentioned: registry actors with their data, discovered ones with their name."""
    counts = Counter(m.actor_id for m in mentions if m.actor_id)
    rows = []
    for actor_id in sorted(counts):
        if actor_id in registry.entries:
            e = registry.entry(actor_id)
            rows.append(
                ActorRecord(
                    actor_id=e.id,
                    name=e.name,
                    actor_type=e.type,
                    aliases=list(e.aliases),
                    country_iso3=e.country_iso3,
                    wikidata_id=e.wikidata_id,
                    source="registry",
                    n_mentions=counts[actor_id],
                )
            )
        else:
            actor_type = actor_id.split(".")[1]
            name = names.get(actor_id, actor_id)
            aliases = [name.split()[-1]] if actor_type == "person" and " " in name else []
            rows.append(
                ActorRecord(
                    actor_id=actor_id,
                    name=name,
                    actor_type=actor_type,
                    aliases=aliases,
                    country_iso3=None,
                    wikidata_id=None,
                    source="discovered",
                    n_mentions=counts[actor_id],
                )
            )
    return rows


def link_articles(
    articles: list[ParsedArticle], registry: Registry, fuzzy_threshold: float
) -> tuple[list[MentionRecord], list[ActorRecord]]:
    """Mentions of every article and the actors they refer to."""
    fuzzy = FuzzyIndex(registry)
    mentions: list[MentionRecord] = []
    names: dict[str, str] = {}
    for article in articles:
        chosen = link_article(article, registry, fuzzy_threshold, fuzzy)
        for c in chosen:
            if c.actor_id and c.actor_id.startswith("disc.") and c.name:
                current = names.get(c.actor_id)
                if current is None or (len(c.name), c.name) > (len(current), current):
                    names[c.actor_id] = c.name
        mentions.extend(mention_records(article, chosen))
    return mentions, actor_records(mentions, names, registry)


# --- I/O edge ----------------------------------------------------------------------------------


def run(
    texts_path, sentences_path, tokens_path, registry_path, fuzzy_threshold: float, out_mentions, out_actors
) -> tuple[int, int]:
    """Link one shard; returns (mentions, actors)."""
    from pathlib import Path

    from .parsed import load_shard
    from .registry import load_registry
    from .tables import write_records

    articles = load_shard(Path(texts_path), Path(sentences_path), Path(tokens_path))
    registry = load_registry(Path(registry_path))
    mentions, actors = link_articles(articles, registry, fuzzy_threshold)
    write_records(Path(out_mentions), mentions, MentionRecord)
    write_records(Path(out_actors), actors, ActorRecord)
    return len(mentions), len(actors)
