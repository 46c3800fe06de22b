"""Candidate mentions: spans that may name an actor, how they were found, and which one wins."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from ..parsed import Sent, Tok
from ..records import ActorType, LinkMethod
from ..registry import Registry, RegistryEntry, Surface, fold
from ..syntax import surface_text
from .lexicon import ActorsLexicon


class LinkPriority(IntEnum):
    """Which of two overlapping candidates is kept: the higher priority, then the longer span."""

    DISCOVERED = 1  # a name spaCy found that the registry lacks (or its surname)
    DESCRIPTOR = 2  # a common noun resolved with what the article said before
    FUZZY = 3  # a spelling variant of a registry name
    REGISTRY_FORM = 4  # a registry demonym or metonym
    REGISTRY_NAME = 5  # a registry name or acronym


SURFACE_PRIORITY: dict[str, LinkPriority] = {
    "alias": LinkPriority.REGISTRY_NAME,
    "acronym": LinkPriority.REGISTRY_NAME,
    "metonym": LinkPriority.REGISTRY_FORM,
    "demonym": LinkPriority.REGISTRY_FORM,
}


@dataclass
class Candidate:
    start_i: int  # first token (article index)
    end_i: int  # last token (inclusive)
    start: int  # raw offsets
    end: int
    actor_id: str | None
    actor_type: ActorType
    method: LinkMethod
    priority: LinkPriority
    score: float = 1.0
    matched: str | None = None
    name: str | None = None  # display name for discovered actors
    label: str = ""  # spaCy's label of a discovered name (PERSON, ORG, NORP, GPE; TITLE after a title)
    type_rule: str = "registry"  # the rule that decided actor_type (ActorTypeRule)
    cue: list[Tok] = field(default_factory=list)  # the tokens behind that decision
    before: list[Tok] = field(default_factory=list)  # title words stripped before a discovered name


Entity = tuple[int, int, str]  # first and last token position, spaCy label


def entity_spans(sent: Sent) -> list[Entity]:
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


def strip_titles(tokens: list[Tok], lex: ActorsLexicon, titles: bool = True) -> list[Tok]:
    """Drop titles (unless `titles` is False: "General Motors", "Premier League"), determiners and
    alignment prefixes before a name, possessives and post-nominal letters after it ("Mr", "the",
    "pro-", "'s", "QC")."""
    out = list(tokens)
    while out:
        if titles and out[0].lower.rstrip(".") in lex.titles or out[0].lower in lex.determiners:
            out = out[1:]
        elif len(out) > 2 and out[0].lower in lex.alignment_prefixes and out[1].text == "-":
            out = out[2:]
        else:
            break
    while out and (out[-1].lower in lex.possessive_endings or out[-1].lower.rstrip(".") in lex.post_nominals):
        out = out[:-1]
    return out


def registry_candidates(sent: Sent, registry: Registry) -> list[Candidate]:
    """Exact registry surfaces (names, acronyms, demonyms, metonyms) in one sentence."""
    toks = sent.tokens
    out: list[Candidate] = []
    n = len(toks)
    for j in range(n):
        first = fold(toks[j].text)
        if first not in registry.first_words and first.lower() != "the":
            continue
        longest, text = 0, ""
        for length in range(1, min(registry.max_words, n - j) + 1):  # the longest surface starting here
            gap = " " if length > 1 and toks[j + length - 2].space_after else ""
            text = text + gap + toks[j + length - 1].text
            key = fold(text)
            if key in registry.surfaces:
                longest = length
            if key not in registry.prefixes:
                break
        if longest:
            span = toks[j : j + longest]
            for surface in registry.surfaces[fold(surface_text(span))]:
                out.append(candidate_from_surface(span, surface, registry.entry(surface.actor_id)))
    return out


def candidate_from_surface(span: list[Tok], surface: Surface, entry: RegistryEntry) -> Candidate:
    if span[0].lower == "the" and len(span) > 1:
        span = span[1:]
    first, last = span[0], span[-1]
    priority = SURFACE_PRIORITY[surface.kind]
    return Candidate(
        first.i, last.i, first.start, last.end, entry.id, entry.type, surface.kind, priority, 1.0, surface.form
    )


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start_i <= b.end_i and b.start_i <= a.end_i


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Best non-overlapping candidates: higher priority first, then longer spans."""
    chosen: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (-c.priority, -(c.end_i - c.start_i), c.start_i, c.actor_id or "")):
        if not any(_overlaps(c, k) for k in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: (c.start_i, c.end_i))


def person_entities_at_registry_names(
    sent: Sent, spans: list[Entity], found: list[Candidate], registry: Registry, lex: ActorsLexicon
) -> list[Entity]:
    """spaCy's entities of a sentence (positions within it) with a person's name repaired where the
    registry names its words: a name made only of registry names is none ("[Blair Labour]'s longest-serving
    PM"), and a party's name before a full name is no part of it ("Tory [Edward Turnour]", also where
    spaCy takes it for an organisation's, unless a word of the rest is one of an organisation's name:
    "Tory Reform Group"); what follows the party is then a person's name."""
    offset = sent.tokens[0].i if sent.tokens else 0
    spans_of = {(c.start_i - offset, c.end_i - offset): c for c in found}
    org_words = frozenset().union(*lex.org_type_words.values()) | lex.non_actor_name_endings
    out = []
    for first, last, label in spans:
        if label not in {"PERSON", "ORG"}:
            out.append((first, last, label))
            continue
        inside = sorted((a, b) for a, b in spans_of if first <= a and b <= last)
        covered = {k for a, b in inside for k in range(a, b + 1)}
        words = {k for k in range(first, last + 1) if sent.tokens[k].text[:1].isalnum()}  # not "'s"
        if label == "PERSON" and len(inside) >= 2 and words <= covered:
            continue
        lead = next(
            ((a, b) for a, b in inside if a == first and registry.entry(spans_of[a, b].actor_id).type == "party"), None
        )
        rest = sent.tokens[lead[1] + 1 : last + 1] if lead else []
        named = len(rest) >= 2 and all(t.text[:1].isupper() and t.text.isalpha() for t in rest)
        if named and label == "ORG" and any(t.lower in org_words for t in rest):
            named = False
        if lead and named:
            first, label = lead[1] + 1, "PERSON"  # a party's member: "Tory Walter Guinness"
        out.append((first, last, label))
    return out


# "U.S. Agency for" + "International Development"; not "of": "[the Quarterly Economic Commentary of] [Strathclyde
# University]'s Fraser of Allander Institute" is a work and its owner's body (actnews23)
JOINING_WORDS = frozenset({"for"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})


def joined_entities(sent: Sent, spans: list[Entity], lex: ActorsLexicon) -> list[Entity]:
    """spaCy's entities of a sentence (positions within it) with a name it split in two made whole again: a person's
    name that ends on a particle and the name right after it ("[Ursula von der] [Leyen]", the second taken for a
    place), and an organisation's name that ends on "for" and the name right after it ("[the U.S. Agency
    for] [International Development]'s support"). A particle or "for" never ends a name."""
    out: list[Entity] = []
    for first, last, label in sorted(spans):
        if out:
            a, b, prev = out[-1]
            end_word = sent.tokens[b].lower
            particle = prev == "PERSON" and end_word in lex.name_particles and sent.tokens[b].text.islower()
            joining = prev == "ORG" and end_word in JOINING_WORDS and label in {"ORG", "GPE"}
            if (
                first == b + 1
                and label in NAME_LABELS
                and (particle or joining)
                and sent.tokens[first].text[:1].isupper()
            ):
                out[-1] = (a, last, prev)
                continue
        out.append((first, last, label))
    return out


# "centre Jean-Philippe", "champion Ireland's X"; an opening quote: a nickname inside the name ('Rap mogul Marion
# "Suge" Knight'; actors90)
NOT_AFTER_A_ONE_WORD_NAME = frozenset({"-", "–", "'s", "’s", '"', "“"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def occupied_names(sent: Sent, spans: list[Entity], found: list[Candidate], lex: ActorsLexicon) -> list[Entity]:
    """spaCy's entities with a one-word person's name after a lower-case occupation noun ("Brazilian midfielder Edu",
    "ex-model Sandra", "R&B star Usher"; `person_nouns` but kin, other persons' and a contest's entrants' nouns:
    "best-picture nominee Sideways" is a film) that spaCy took for no name or for another kind's (a one-word entity of
    another label): the word is a person's, as after "Mr" (fix78). Not where the name goes on into a noun ("its sister
    Xiluodu dam", "the official Kent house"), after a superlative (an award: "best actress Oscar"), on a registry name
    or before a hyphen or a possessive."""
    offset = sent.tokens[0].i if sent.tokens else 0
    registry_words: set[int] | None = None  # worked out for the first pair that needs it (speed59)
    kept = list(spans)
    for k in range(1, len(sent.tokens)):
        noun, name = sent.tokens[k - 1], sent.tokens[k]
        # a proper noun first (`_one_word_name` asks for one): most words are none, and the occupation is not asked
        if name.tag != "NNP" or not _occupation(noun, name, lex) or not _one_word_name(name, lex):
            continue
        if registry_words is None:
            registry_words = {j - offset for c in found for j in range(c.start_i, c.end_i + 1)}
        if k in registry_words:
            continue
        after = sent.tokens[k + 1] if k + 1 < len(sent.tokens) else None
        if after is not None and (
            after.text[:1].isupper() or after.tag in NOUN_TAGS or after.text in NOT_AFTER_A_ONE_WORD_NAME
        ):
            continue
        at = [e for e in kept if e[0] <= k <= e[1]]
        if at and (at[0][2] == "PERSON" or at[0][:2] != (k, k)):
            continue
        kept = [e for e in kept if e not in at] + [(k, k, "PERSON")]
    return sorted(kept)


def occupation_split(sent: Sent, spans: list[Entity], lex: ActorsLexicon) -> list[Entity]:
    """spaCy's entities with one of another label than a person's that runs from a name over a lower-case occupation
    noun (`_occupation`) into a person's name of one or two capitalised words that ends it ("[Balco boss Victor
    Conte]", "[Barcelona star Ronaldinho]" organisations, "[Republic of Ireland international Reid]" a place) cut in
    two: the words before the noun keep their label and the name is a person's, as "boss Victor Conte" alone is
    (actors90; a registry surname too: the page's "Andy Reid", not the registry's John Reid, is the international).
    Not where the words before the noun are a possessive's ("Nato's chief X")."""
    out: list[Entity] = []
    for first, last, label in spans:
        at = occupation_at(sent.tokens[first : last + 1], label, lex)
        if at is None:
            out.append((first, last, label))
            continue
        out += [(first, first + at - 1, label), (first + at + 1, last, "PERSON")]
    return out


def occupation_at(words: list[Tok], label: str, lex: ActorsLexicon) -> int | None:
    """Where an entity of another label than a person's (`occupation_split`) has its lower-case occupation noun
    before a person's name of one or two capitalised words that ends it, after a word that is no possessive's
    ("Balco boss Victor Conte": 1); else None."""
    if label == "PERSON" or len(words) < 3 or not _name_part(words[-1]):
        return None  # the name ends the entity: no occupation is asked of one that ends otherwise (speed60)
    at = next((j for j in range(1, len(words) - 1) if _occupation(words[j], words[j + 1], lex)), None)
    name = words[at + 1 :] if at is not None else []
    if at is None or not 1 <= len(name) <= 2 or not all(_name_part(t) for t in name) or words[at - 1].tag == "POS":
        return None
    return at


def _name_part(tok: Tok) -> bool:
    """A capitalised proper noun of letters, first capital only ("Conte", "Ronaldinho")."""
    return tok.tag == "NNP" and tok.text.isalpha() and tok.text[:1].isupper() and tok.text[1:].islower()


def _occupation(tok: Tok, name: Tok, lex: ActorsLexicon) -> bool:
    """A lower-case common noun of an occupation, not modified by a superlative ("best actress"); tagged an adjective
    only as the name's modifier ("rapper Twista", not "was hopeful Edu would sign"), a proper noun as spaCy tags one
    inside a longer name ("Republic of Ireland international Reid"), a verb only with no subject and no auxiliary of
    its own ("Shortly afterwards model Caprice and actor Jeremy Edwards left": a noun the parse took for a verb; not
    "Williams will captain Wales", "the film stars Reeves"; actors90)."""
    return (
        tok.text.islower()
        and (tok.tag in NOUN_TAGS or tok.tag == "JJ" and tok.head is name or _subjectless_verb(tok))
        and tok.lower in lex.person_nouns
        and tok.lower not in lex.other_person_nouns
        and tok.lower not in lex.kin_nouns
        and tok.lower not in lex.contest_nouns
        and not any(c.tag == "JJS" for c in tok.children)
    )


VERB_TAGS = frozenset({"VB", "VBP", "VBZ"})
SUBJECT_OR_AUX = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "expl"})


def _subjectless_verb(tok: Tok) -> bool:
    """A present-tense verb with no subject and no auxiliary among its dependents (`_occupation`)."""
    return tok.tag in VERB_TAGS and not any(c.dep in SUBJECT_OR_AUX for c in tok.children)


def _one_word_name(tok: Tok, lex: ActorsLexicon) -> bool:
    """A capitalised proper noun of letters, first capital only, that is no title or person's noun."""
    word = tok.lower
    return _name_part(tok) and word not in lex.titles and word not in lex.person_titles and word not in lex.person_nouns


PAIR_JOINERS = frozenset({"and", "&", ","})


def surnames_joined(sent: Sent, spans: list[Entity], surnames: frozenset[str]) -> list[Entity]:
    """spaCy's entities of a sentence with a run of surnames joined by "and" or commas made one name of each: "where
    [Grant and Ambersley] were pronounced dead", an organisation to spaCy, is Heather Grant and Nigel Ambersley when
    the page has given both whole ("Heather Grant", "Nigel Ambersley": `surnames`, the last words of names of several
    words spaCy takes for a person's). Every word of the run is one of those surnames or a joiner, and there are two
    names or more; a body's name with a word that is no surname ("Marks and Spencer" of a page naming no Marks, "Ernst
    & Young") is left whole (actors52)."""
    out: list[Entity] = []
    for first, last, label in spans:
        words = sent.tokens[first : last + 1]
        names = words[::2]
        if (
            label in NAME_LABELS
            and len(words) >= 3
            and len(words) % 2 == 1
            and all(t.lower in PAIR_JOINERS for t in words[1::2])
            and words[-2].lower in {"and", "&"}
            and all(t.text in surnames for t in names)
            and len({t.text for t in names}) == len(names)
        ):
            out.extend((first + 2 * k, first + 2 * k, "PERSON") for k in range(len(names)))
        else:
            out.append((first, last, label))
    return out
