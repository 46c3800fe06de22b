"""'The state is currently reviewing proposals', 'The county is committing to reinvest': a US state or county the
page names, referred back to by "the state" / "the county" where it acts (`place-descriptor`, actors54).

The registry holds no US state, county or city; the rule links the noun to the page's own name of the place (a
discovered actor: a state typed `state`, as `typing._us_states` types the name, actors55; a county typed government),
and only where the page has named exactly one such place before the noun, names it twice or more in all, and no state
other than the United States leads the article.
"""

from __future__ import annotations

from collections import Counter

from ..parsed import Tok
from .described import Described, Referred
from .discovery import discovered_id

COUNTY = "county"
STATE = "state"
AMBIGUOUS_STATES = frozenset({"washington"})  # the US capital's name: a state only as "Washington state"
CITY_STATES = frozenset({"new york"})  # a state a city shares its name with: the referent is "New York state"
# where the noun acts: a subject or an object, not an owner ("the state's black voters", "the state's electric grid",
# "the state's capitol" say where, not who: actors54-try4, where web20's labels count none of them)
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# times the page names its place, before or after the noun, at least: a page about California names it more than once;
# an essay that named Massachusetts once speaks of "the state's monopoly on violence" in general (actors54-try2). Not
# twice before the noun: a news lead's "the state's electric grid" comes right after its one "California" (try4)
MIN_NAMED = 2


def _name_at(toks: list[Tok], k: int, names: frozenset[str]) -> tuple[int, str] | None:
    """The US state name (one or two words) that starts at position k of the page, with its length, where it is no
    part of a longer name ("Texas Instruments", "New York Times"; not "Florida State University" either)."""
    for n in (2, 1):
        words = toks[k : k + n]
        if len(words) < n or any(t.sent != words[0].sent or not t.text[:1].isupper() for t in words):
            continue
        name = " ".join(t.text for t in words)
        if name.lower() not in names:
            continue
        after = toks[k + n] if k + n < len(toks) and toks[k + n].sent == words[0].sent else None
        before = toks[k - 1] if k > 0 and toks[k - 1].sent == words[0].sent else None
        if after is not None and after.text[:1].isupper() and after.text.isalpha():
            return None
        if name.lower() in AMBIGUOUS_STATES and not (
            after is not None and after.lower == STATE or before is not None and before.lower == "of"
        ):
            return None
        return n, name
    return None


def states_named(toks: list[Tok], until: int, names: frozenset[str]) -> tuple[Counter[str], bool]:
    """How often the page names each US state before token `until`, and whether it names a state of another
    country ("the state of Amazonas", "Victoria state")."""
    found: Counter[str] = Counter()
    other = False
    for k, tok in enumerate(toks):
        if tok.i >= until:
            break
        hit = _name_at(toks, k, names)
        if hit is not None:
            found[hit[1]] += 1
        if tok.lower == STATE and k + 2 < len(toks) and toks[k + 1].lower == "of":
            nxt = toks[k + 2]
            if nxt.text[:1].isupper() and _name_at(toks, k + 2, names) is None:
                other = True
    return found, other


def counties_named(toks: list[Tok], until: int) -> Counter[str]:
    """How often the page names each county as 'X County' (one or two capitalised words before 'County') before
    `until`, not a body named after one ("Riverside County Sheriff's Department")."""
    found: Counter[str] = Counter()
    for k, tok in enumerate(toks):
        if tok.i >= until:
            break
        if tok.text != "County" or k == 0:
            continue
        after = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sent == tok.sent else None
        if after is not None and after.text[:1].isupper():
            continue
        words: list[Tok] = []
        j = k - 1
        while j >= 0 and len(words) < 2 and toks[j].sent == tok.sent and toks[j].pos == "PROPN":
            words.insert(0, toks[j])
            j -= 1
        if words and all(t.text[:1].isupper() and t.text.isalpha() for t in words):
            found[" ".join(t.text for t in [*words, tok])] += 1
    return found


def _acts(tok: Tok, deps: frozenset[str]) -> bool:
    """Whether the noun acts: a subject or an object (`ACTING_DEPS`), or joined to one ("urged the county and the
    state")."""
    if tok.dep in deps:
        return True
    return tok.dep == "conj" and tok.head is not None and tok.head.dep in deps


def place_descriptor(d: Described) -> Referred | None:
    """'the state' / 'the county' acting (a subject or an object), for the one US state / county the page has named
    before it, a place the page names twice or more in all (`MIN_NAMED`)."""
    tok = d.tok
    if tok.lower not in {STATE, COUNTY} or not (d.definite and d.noun and d.lower_case):
        return None
    if d.mods or d.owner is not None or not _acts(tok, ACTING_DEPS):
        return None
    if tok.dep == "dobj" and tok.head is not None and tok.head.lemma in d.lex.motion_verbs:
        return None  # "to tour the state": a place
    usa = d.registry.state_of.get("USA")
    if d.ctx.article_state not in {None, usa}:
        return None  # "Now the state ... is safeguarding its interests" in a piece about Russia
    toks = d.ctx.sole_state_input[0]
    end = toks[-1].i + 1 if toks else 0
    if tok.lower == STATE:
        found, other = states_named(toks, tok.i, d.lex.us_states)
        if other:
            return None
        on_page = states_named(toks, end, d.lex.us_states)[0]
    else:
        found = counties_named(toks, tok.i)
        on_page = counties_named(toks, end)
    if len(found) != 1:
        return None
    name = next(iter(found))
    if on_page[name] < MIN_NAMED:
        return None
    if name.lower() in CITY_STATES:
        name = f"{name} state"  # not the city the page's "New York" may be
    kind = "state" if tok.lower == STATE else "government"  # a US state is a polity, as `typing._us_states` types it
    return Referred(discovered_id(name), kind, [tok], [tok], tok.lower, name)
