"""'The minister', 'the rural affairs minister': a minister's office for the one person the article can
mean (`named-minister`).

- a bare `minister_nouns` noun ("The minister also confirmed ...") is the one person the article has named
  so far with a minister's title (a title ending in one of `office_nouns`: "Education Secretary Ruth
  Kelly"), when nobody else holds one;
- an office with or without words of its own ("the rural affairs minister") is the one person the article
  has named so far, named in the sentence just before as a subject and given no title, when the article
  gives a minister's title to nobody: the BBC's lead ("..., Alun Michael has said. The rural affairs
  minister said ...").

Never an office with a word that changes it ("the former minister", "the shadow home secretary"), a state
("the Welsh minister"), a name or an owner ("the minister for Europe"), nor a registry office ("the prime
minister": its holder is the registry's, `registry-descriptor`).
"""

from __future__ import annotations

from ..registry import fold
from ..syntax import surface_text
from .described import Described, Referred, office_slot
from .statenouns import names_a_state


def named_minister(d: Described) -> Referred | None:
    """'the minister' after 'Education Secretary Ruth Kelly'; 'the rural affairs minister' after '...,
    Alun Michael has said.'"""
    tok = d.tok
    if not (d.definite and d.noun and d.lower_case) or d.owner is not None or tok.tag == "NNS" or office_slot(d):
        return None
    if tok.lower not in d.lex.office_nouns or tok.dep == "appos" or any(c.dep == "appos" for c in tok.children):
        return None
    span = _office_words(d)
    if any(_changes_the_office(m, d) for m in span[:-1]):
        return None
    phrase = fold(surface_text(span)).lower()
    if phrase in d.registry.lower_surfaces or phrase in d.ctx.rival_offices or phrase in d.ctx.title_words:
        return None  # a registry office, an office given to someone else, or a title `role-title` decides
    ministers = _titled_ministers(d)
    if ministers is None:
        return None  # a minister's title two persons share
    if ministers:
        if len(ministers) != 1 or d.mods or tok.lower not in d.lex.minister_nouns:
            return None
        actor_id = next(iter(ministers))
    else:
        actor_id = _lead_person(d)
    if actor_id is None:
        return None
    return Referred(actor_id, "person", span, span, phrase, d.ctx.named_as[actor_id][1])


def _office_words(d: Described) -> list:
    """The noun with the words before it that modify it or its modifiers ("rural affairs minister")."""
    toks = d.sent.tokens
    k = d.tok.i - toks[0].i
    start = k
    inside = {m.i for m in d.mods}
    while start > 0 and (
        toks[start - 1].i in inside
        or toks[start - 1].head is not None
        and toks[start - 1].head.i in inside
        and toks[start - 1].dep in {"amod", "compound"}
    ):
        start -= 1
        inside.add(toks[start].i)
    return toks[start : k + 1]


def _changes_the_office(mod, d: Described) -> bool:
    """'former', 'shadow', a state ('Welsh'), a capitalised word or a name inside the office."""
    return (
        mod.lower in d.lex.role_modifiers
        or mod.text[:1].isupper()
        or mod.i in d.linked
        or names_a_state(mod, d.registry)
        or fold(mod.lower) in d.registry.surfaces
    )


def _titled_ministers(d: Described) -> set[str] | None:
    """The persons named before the noun with a minister's title given in full (its last word one of
    `office_nouns`, no `role_modifiers` nor `office_modifiers`: a shadow minister, the prime minister are
    none); None when such a title is shared by two persons (no single holder)."""
    found: set[str] = set()
    for phrase in d.ctx.title_exact:
        words = phrase.split()
        changing = d.lex.role_modifiers | d.lex.office_modifiers  # a prime minister is no "minister"
        if words[-1] not in d.lex.office_nouns or not changing.isdisjoint(words):
            continue
        holder = d.ctx.titles.get(phrase)
        if holder is None:
            return None
        if d.ctx.title_holders_at.get(holder[0], d.tok.i) < d.tok.i:
            found.add(holder[0])
    return found


def _lead_person(d: Described) -> str | None:
    """The one person the article has named so far, named as a subject in the sentence before and given
    no title there or anywhere (no words said with the name but "Mr", "Ms": "Tory MP Dana Orme" is no minister)."""
    persons = {a for _, end_i, a in d.ctx.names_in_order if end_i < d.tok.i and d.ctx.named_as[a][0] == "person"}
    if len(persons) != 1:
        return None
    actor_id = next(iter(persons))
    said_before = any(s == d.tok.sent - 1 and a == actor_id for s, _, a in d.ctx.subjects_in_order)
    intro = d.ctx.intros.get(actor_id)
    titled = (
        any(holder[0] == actor_id for holder in d.ctx.titles.values())
        or intro is not None
        and bool(set(intro.words) - d.lex.titles - d.lex.person_titles)
    )
    entry = d.registry.entries.get(actor_id)
    if not said_before or titled or entry is not None and entry.descriptors:
        return None  # a registry person's offices are the registry's
    return actor_id
