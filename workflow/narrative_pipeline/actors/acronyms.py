"""Acronyms an article defines in brackets: "the Public Health Agency of Canada (PHAC)" makes every later "PHAC" of
the article the agency, whether spaCy finds it ("PHAC said") or not ("a PHAC spokesperson"), and whether its letters
are the initials `discovery.initials` knows ("Showa Denko K.K. (SDK)": the firm's suffix left unspelt).

`defined_acronyms` reads the first pass's names; `resolution.resolve_discovered` folds a discovered acronym onto its
long form and `unfound_acronyms` adds the uses no candidate covers.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..parsed import Sent, Tok
from ..registry import Registry, fold
from .candidates import Candidate, LinkPriority
from .discovery import bracketed_acronym, discovered_id, initials
from .filters import OWN_NAME_RATIO
from .resolution import Definition, Referent, definition_at

# "Joe Bloggs (JB)"; a state's letters are the registry's; a name spaCy took for an organisation's defines its acronym
# whatever type the article's evidence gave it ("Showa Denko K.K. (SDK)" typed a person)
NOT_DEFINING_TYPES = frozenset({"person", "state"})


def spells(acronym: str, name: str) -> bool:
    """Whether `acronym` spells `name`: its initials (`discovery.initials`), or the first letters of all its words
    from the first on, some last words left unspelt ("Showa Denko K.K. (SDK)", "Sheppard Mullin Richter (SMR)")."""
    letters = acronym.replace(".", "").lower()
    if len(letters) < 2:
        return False
    if letters in initials(name):
        return True
    words = re.findall(r"[A-Za-z]+", name)
    if any(len(w) > 1 and w.isupper() for w in words):
        return False  # a name holding an acronym ("BBC Three") spells no other one
    firsts = "".join(w[0] for w in words).lower()
    return len(firsts) > len(letters) and firsts.startswith(letters)


def defined_acronyms(first_pass: list[Candidate], toks: dict[int, Tok]) -> dict[str, list[Definition]]:
    """Acronym -> its definitions in text order: (the organisation, the token of its closing bracket) for each name of
    the first pass (not a person's or a state's; a registry name too) that a bracketed acronym spelling it follows.
    Two bodies may define the same letters ("the International Criminal Court (ICC)" then "the International Cricket
    Council (ICC)"): each use is then the body defined last before it (`definition_at`)."""
    out: dict[str, list[Definition]] = {}
    for c in first_pass:
        name = c.name or c.matched  # a registry name's form as written ("the International Criminal Court (ICC)")
        if c.actor_type in NOT_DEFINING_TYPES and c.label != "ORG" or c.end_i <= c.start_i or not name:
            continue
        sent = toks[c.end_i].sent
        following = [toks[k] for k in range(c.end_i + 1, c.end_i + 4) if k in toks and toks[k].sent == sent]
        acronym = bracketed_acronym(following, -1) if len(following) == 3 else None
        if acronym is None or following[1].text != acronym or not spells(acronym, name):
            continue
        ref = Referent(c.actor_id, name, c.actor_type)
        defs = out.setdefault(acronym, [])
        if not defs or defs[-1][0][:2] != ref[:2]:
            defs.append((ref, following[2].i))
    return out


def unfound_acronyms(sent: Sent, cands: list[Candidate], acronyms: dict[str, list[Definition]]) -> list[Candidate]:
    """'A PHAC spokesperson', 'members of CITT': a word written as an acronym the article defined earlier, where no
    candidate lies: the organisation it was defined for (`short-form`)."""
    if not acronyms:
        return []
    covered = {i for c in cands for i in range(c.start_i, c.end_i + 1)}
    out = []
    for tok in sent.tokens:
        known = definition_at(acronyms, tok.text, tok.i + 1) if tok.text in acronyms else None
        if known is None or tok.i in covered:  # from the bracketed acronym on
            continue
        out.append(short_form(tok, known[0]))
    return out


ACRONYM_WORD = re.compile(r"[A-Z]{2,6}")  # a word written as an acronym: "IAAF", "LSE", "FA"
WEAK_TYPE_RULES = frozenset({"ner-label"})  # a type that rests on spaCy's label alone


def initialled_bodies(first_pass: list[Candidate]) -> dict[str, Referent]:
    """Initials (lower case, `discovery.initials`) -> the one discovered body of the page whose name of two words or
    more they spell, typed by a cue or as a company of a business article ("the International Association of
    Athletics Federations", "London Stock Exchange"; not a name typed by spaCy's label alone: "Massively Multiplayer
    Online Role Playing Game"; not a registry body: the registry lists the acronyms it knows, and "MP" is no
    Metropolitan Police); initials two bodies share are left out (actors50)."""
    out: dict[str, Referent] = {}
    shared: set[str] = set()
    for c in first_pass:
        if c.actor_type in NOT_DEFINING_TYPES or c.method == "national-team" or c.end_i <= c.start_i:
            continue
        if c.actor_id is not None or c.method != "ner-discovered" or c.type_rule in WEAK_TYPE_RULES or not c.name:
            continue
        ref = Referent(None, c.name, c.actor_type)
        for letters in initials(c.name):
            if letters in out and out[letters][:2] != ref[:2]:
                shared.add(letters)
            out.setdefault(letters, ref)
    return {k: v for k, v in out.items() if k not in shared}


def initialled_acronyms(
    sent: Sent, cands: list[Candidate], bodies: dict[str, Referent], registry: Registry, titles: frozenset[str]
) -> list[Candidate]:
    """'IAAF awaits Greek pair's response', 'the bid for LSE', 'an FA statement': a word written as an acronym that
    spaCy labelled nothing and no candidate covers, whose letters are the initials of one body the page names
    (`initialled_bodies`, before or after) and that the page never defines in brackets: that body (`short-form`).
    Not a word the registry knows ("US"), nor a title ("Tory MP"), nor one in brackets (a definition or an aside:
    "(MMORPG)") (actors50)."""
    if not bodies:
        return []
    covered = {i for c in cands for i in range(c.start_i, c.end_i + 1)}
    toks = sent.tokens
    out = []
    for k, tok in enumerate(toks):
        ref = bodies.get(tok.text.lower()) if ACRONYM_WORD.fullmatch(tok.text) else None
        if ref is None or tok.i in covered or tok.ent_iob != "O" or fold(tok.text) in registry.surfaces:
            continue
        if tok.lower in titles:
            continue
        if k > 0 and toks[k - 1].text == "(":
            continue
        out.append(short_form(tok, ref))
    return out


def short_form(tok: Tok, ref: Referent) -> Candidate:
    """An acronym's word as a mention of the organisation the article defined it for (`short-form`)."""
    return Candidate(
        tok.i, tok.i, tok.start, tok.end, ref.actor_id or discovered_id(ref.name), ref.actor_type,
        "short-form", LinkPriority.DISCOVERED, 1.0, None, ref.name, "ORG", "short-form", [tok],
    )  # fmt: skip


def redefined_acronyms(
    cands: list[Candidate], acronyms: dict[str, list[Definition]], registry: Registry, toks: dict[int, Tok]
) -> list[Candidate]:
    """'The Alliance for Progress (AP) won the vote. AP leaders said ...': a registry acronym (the Associated Press)
    that the article defines in brackets for another organisation is that organisation's, from its bracket on (the
    article's own definition is the reader's key to its letters, however short: `filters.acronym_of_another_name`
    leaves two letters to the registry, as initials alone say too little). Not a definition whose name is the
    registry entry's own, spelt another way ("the Office of National Statistics (ONS)" is the registry's ONS)."""
    if not acronyms:
        return cands
    out = []
    for c in cands:
        text = toks[c.start_i].text
        entry = registry.entries.get(c.actor_id or "")
        known = definition_at(acronyms, text, c.start_i + 1) if c.start_i == c.end_i and text in acronyms else None
        if c.method != "acronym" or entry is None or known is None or known[0].actor_id == entry.id:
            out.append(c)
            continue
        own = [fold(n).lower() for n in (entry.name, *entry.aliases)]
        if any(fuzz.ratio(fold(known[0].name).lower(), o) >= OWN_NAME_RATIO for o in own):
            out.append(c)
            continue
        out.append(short_form(toks[c.start_i], known[0]))
    return out
