"""Resolution: linking what names no registry actor by itself, with what the article has said.

A single name repeating a person's full name (`surname`), a spelling variant of a registry name
(`fuzzy`), a common noun naming an actor the article has named or a related one (`descriptor`),
else a stable discovered id (`ner-discovered`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..parsed import Sent, Tok
from ..records import ActorType
from ..registry import Registry, RegistryEntry, fold
from ..syntax import surface_text
from .candidates import Candidate, LinkPriority
from .discovery import discovered_id
from .lexicon import ActorsLexicon

NAMED_GROUP_TYPES = frozenset({"party", "organisation", "government", "armed_group"})


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
            if c.actor_type in NAMED_GROUP_TYPES:
                name = registry.entry(c.actor_id).name if c.actor_id in registry.entries else (c.name or "")
                words = name.lower().split()
                if words:
                    head_word = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
                    self.by_head_word[head_word] = (c.actor_id, c.actor_type)


def person_context(registry: Registry, chosen: list[Candidate]) -> dict[str, tuple[str | None, str, ActorType]]:
    """Surname (and "given:" first name) -> full name for every multi-word person the article names;
    a surname two persons share is left out."""
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
        names.setdefault("given:" + full.split()[0], (c.actor_id, full, "person"))
    for surname in ambiguous:
        names.pop(surname, None)
    return names


def title_context(chosen: list[Candidate], toks: dict[int, Tok], lex: ActorsLexicon) -> dict[str, str]:
    """Title phrases given to named persons ("Foreign Secretary Jack Straw").

    A full title names its holder; a shorter ending of titles ("secretary") only when one person
    in the article holds it.
    """
    exact: dict[str, str] = {}
    suffixes: dict[str, set[str]] = {}
    not_roles = lex.titles - lex.role_nouns
    for c in chosen:
        if c.actor_type != "person" or c.actor_id is None and c.name is None:
            continue
        actor = c.actor_id or discovered_id("person", c.name or "")
        words: list[str] = []
        k = c.start_i - 1
        sent = toks[c.start_i].sent
        while (
            k in toks
            and toks[k].sent == sent
            and toks[k].dep in {"compound", "amod", "nmod"}
            and toks[k].lower not in not_roles
        ):
            words.insert(0, toks[k].lower)
            k -= 1
        while words and words[-1] not in lex.role_nouns:
            words.pop()
        if words:
            exact.setdefault(" ".join(words), actor)
        for n in range(1, len(words)):
            suffixes.setdefault(" ".join(words[-n:]), set()).add(actor)
    titles = {phrase: next(iter(holders)) for phrase, holders in suffixes.items() if len(holders) == 1}
    titles.update(exact)
    return titles


def registry_descriptors(sent: Sent, registry: Registry, ctx: ArticleContext) -> list[Candidate]:
    """Registry descriptors ("the rebels", "the regime"), linked when the actor or an actor that
    anchors its descriptors was named before."""
    out: list[Candidate] = []
    toks = sent.tokens
    n = len(toks)
    for j in range(n):
        for length in (3, 2, 1):
            if j + length > n:
                continue
            span = toks[j : j + length]
            for surface in registry.lower_surfaces.get(fold(surface_text(span)).lower(), []):
                anchors = {surface.actor_id} | registry.descriptor_anchors.get(surface.actor_id, set())
                if anchors & ctx.seen_ids:
                    entry = registry.entry(surface.actor_id)
                    first, last = span[0], span[-1]
                    out.append(
                        Candidate(
                            first.i, last.i, first.start, last.end, entry.id, entry.type, "descriptor",
                            LinkPriority.DESCRIPTOR, 1.0, surface.form,
                        )
                    )  # fmt: skip
    return out


def definite_descriptions(sent: Sent, ctx: ArticleContext, lex: ActorsLexicon) -> list[Candidate]:
    """ "the foreign secretary" (a title given before), "the government" (the article's most
    mentioned state), "the party" (the party last named)."""
    out: list[Candidate] = []
    for k, tok in enumerate(sent.tokens):
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
        actor_id: str | None = None
        if phrase in ctx.titles:
            actor_id, a_type = ctx.titles[phrase], "person"
        elif tok.lower in lex.state_descriptors and not mods and ctx.state_counts:
            actor_id, a_type = ctx.state_counts.most_common(1)[0][0], "state"
        elif not mods and tok.lower in ctx.by_head_word:
            actor_id, a_type = ctx.by_head_word[tok.lower]
        if actor_id:
            out.append(
                Candidate(
                    first.i,
                    tok.i,
                    first.start,
                    tok.end,
                    actor_id,
                    a_type,
                    "descriptor",
                    LinkPriority.DESCRIPTOR,
                    1.0,
                    phrase,
                )
            )
    return out


def descriptor_candidates(sent: Sent, registry: Registry, ctx: ArticleContext, lex: ActorsLexicon) -> list[Candidate]:
    """Common-noun mentions resolved with what the article has already said (`ctx`)."""
    return registry_descriptors(sent, registry, ctx) + definite_descriptions(sent, ctx, lex)


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


def resolve_discovered(c: Candidate, ctx: ArticleContext, threshold: float, fuzzy: FuzzyIndex | None) -> Candidate:
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
    if fuzzy is not None:
        hit = fuzzy.match(name, c.actor_type, threshold)
        if hit is not None:
            entry, score, alias = hit
            c.actor_id, c.actor_type, c.method, c.score, c.matched = entry.id, entry.type, "fuzzy", score, alias
            c.priority = LinkPriority.FUZZY
            return c
    c.actor_id = discovered_id(c.actor_type, name)
    return c
