"""Discovery: names the registry lacks (spaCy PERSON, ORG, NORP, GPE; titled names spaCy missed),
typed, with a stable id made from their type and name."""

from __future__ import annotations

import re

from ..parsed import Sent, Tok
from ..records import ActorType
from ..registry import fold
from ..syntax import head_of, surface_text
from .candidates import Candidate, Entity, LinkPriority, strip_titles
from .lexicon import ActorsLexicon


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", fold(text).lower()).strip("_") or "x"


def discovered_id(actor_type: str, name: str) -> str:
    """Stable id of an actor the registry lacks: the same name and type give the same id."""
    return f"disc.{actor_type}.{slug(name)}"


def org_type(name: str, lex: ActorsLexicon) -> ActorType | None:
    """Type of an organisation from its name, or None when it names no actor (a place, a law)."""
    words = tuple(w.lower() for w in re.findall(r"[A-Za-z]+", name))
    if not words:
        return None
    if words[-1] in lex.non_actor_name_endings or any(words[: len(p)] == p for p in lex.non_actor_name_openings):
        return None
    if any(w in lex.document_words for w in words):
        return None
    for actor_type, keys in lex.org_type_words.items():
        if any(w in keys for w in words):
            return actor_type
    return "organisation"


def _entity_type(label: str, name: str, span: list[Tok], lex: ActorsLexicon) -> ActorType | None:
    """The actor type of a spaCy entity, or None when it names no actor."""
    head = head_of(span)
    if label == "PERSON":
        if len(name) < 2 or name.isupper():
            return None
        if len(span) == 1 and head.dep == "compound" and head.head is not None and head.head.pos == "NOUN":
            return None  # "Yorkshire millionaire": a modifier, not a person
        return "person"
    if label == "ORG":
        return org_type(name, lex)
    if label == "NORP":
        return "group" if head.tag in {"NNPS", "NNS"} else None
    if label == "GPE":
        return "government" if head.dep in {"nsubj", "nsubjpass"} else None
    return None


def ner_candidates(sent: Sent, entities: list[Entity], lex: ActorsLexicon) -> list[Candidate]:
    """Candidates for names spaCy finds and the registry may lack."""
    out = []
    for first, last, label in entities:
        span = strip_titles(sent.tokens[first : last + 1], lex)
        if not span:
            continue
        name = surface_text(span)
        if not any(ch.isupper() for ch in name) or any(ch.isdigit() for ch in name):
            continue
        actor_type = _entity_type(label, name, span, lex)
        if actor_type is None:
            continue
        start, end = span[0], span[-1]
        out.append(
            Candidate(
                start.i, end.i, start.start, end.end, None, actor_type, "ner-discovered", LinkPriority.DISCOVERED, 1.0,
                None, name,
            )
        )  # fmt: skip
    return out


def titled_name_candidates(sent: Sent, entities: list[Entity], lex: ActorsLexicon) -> list[Candidate]:
    """Persons named after a title that spaCy missed: "Mr Ancram", "Lord Nicholls of Birkenhead"."""
    in_person = {k for a, b, label in entities if label == "PERSON" for k in range(a, b + 1)}
    toks = sent.tokens
    titles = lex.person_titles
    out = []
    for k, tok in enumerate(toks[:-1]):
        if tok.lower.rstrip(".") not in titles or not tok.text[:1].isupper():
            continue
        j = k + 1
        name: list[Tok] = []
        while (
            j < len(toks)
            and len(name) < 3
            and toks[j].text[:1].isupper()
            and toks[j].text.isalpha()
            and toks[j].lower.rstrip(".") not in titles
        ):
            name.append(toks[j])
            j += 1
        if not name or any(t_k in in_person for t_k in range(k + 1, j)):
            continue
        if (
            tok.lower in lex.peerage_titles
            and j + 1 < len(toks)
            and toks[j].lower == "of"
            and toks[j + 1].text[:1].isupper()
        ):
            name += [toks[j], toks[j + 1]]
        first, last = name[0], name[-1]
        out.append(
            Candidate(
                first.i, last.i, first.start, last.end, None, "person", "ner-discovered", LinkPriority.DISCOVERED, 1.0,
                None, surface_text(name),
            )
        )  # fmt: skip
    return out
