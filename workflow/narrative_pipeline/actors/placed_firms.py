"""'The German carmaker', 'the Italian firm', 'the Japanese gaming giant': a kind noun with a state's word before it
is the one firm the article has introduced with that state ("German carmaker BMW", "Fiat, the Italian firm",
"Germany's Deutsche Boerse", "General Motors of the US"), or, when it introduced none with it, the one firm it gave
no state while giving another firm of the kind another ("General Motors of the US ... Fiat ... the Italian car
maker") or that is the one body the article has named ("Yukos has said ... The Russian oil firm"): actors51, issue 12.

`introduced_states` reads the first pass's names once per article (`ArticleContext.placed`); `placed_firm` is asked by
`descriptors.kind_of_named` for a kind noun whose words before it say a state.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..parsed import Tok
from ..registry import Registry
from .candidates import Candidate
from .described import Described
from .discovery import discovered_id
from .kinds import Named
from .statenouns import _sovereign, states_of_word

BEFORE_ARCS = frozenset({"amod", "compound", "nmod", "poss"})  # "Italian carmaker Fiat", "Germany's BMW"


def introduced_states(
    chosen: Iterable[Candidate], toks: dict[int, Tok], registry: Registry
) -> dict[str, dict[str, int]]:
    """Actor id -> the sovereign states the article introduces it with -> the first token where it does: a state's
    word among the words before its name ("Italian carmaker Fiat", "Germany's BMW"), in a noun in apposition to it
    ("Fiat, the Italian car maker"; "the German firm Siemens") or in an "of" after it ("General Motors of the US")."""
    placed: dict[str, dict[str, int]] = {}
    for c in chosen:
        actor_id = c.actor_id or (discovered_id(c.name) if c.name else None)  # a name not yet resolved
        if actor_id is None or c.method == "descriptor" or c.actor_type == "state" or c.end_i not in toks:
            continue
        head = toks[c.end_i]
        words = _chain_before(_left_words(head), c.start_i, toks)
        nouns = [a for a in head.children if a.dep == "appos" and a.i > c.end_i]  # "Fiat, the Italian car maker"
        if head.dep == "appos" and head.head is not None and _just_before(head.head, c.start_i, toks):
            nouns.append(head.head)  # "the Italian car maker, Fiat"
        for noun in nouns:
            words += _left_words(noun)
        for p in head.children:
            if p.dep == "prep" and p.lower == "of":
                words += [o for o in p.children if o.dep == "pobj"]
        for w in words:
            for state in states_of_word(w, registry):
                found = placed.setdefault(actor_id, {})
                sovereign = _sovereign(state, registry)
                found[sovereign] = min(c.start_i, found.get(sovereign, c.start_i))
    return placed


def _chain_before(words: list[Tok], start_i: int, toks: dict[int, Tok]) -> list[Tok]:
    """The words that run without a break up to the name ("Japanese rival Toyota", not "German carmaker BMW and" before
    it, which a parse may hang on it too); a possessive's "'s" joins them ("Germany's BMW")."""
    inside = {w.i for w in words}
    out: list[Tok] = []
    k = start_i - 1
    while k in toks and (k in inside or toks[k].dep == "case"):
        if k in inside:
            out.append(toks[k])
        k -= 1
    return out


def _just_before(noun: Tok, start_i: int, toks: dict[int, Tok]) -> bool:
    """Whether only punctuation stands between the noun and the name after it."""
    return noun.i < start_i and all(k in toks and toks[k].pos == "PUNCT" for k in range(noun.i + 1, start_i))


def _left_words(tok: Tok) -> list[Tok]:
    """The words before a noun that modify it, and theirs ("Italian" of "Italian carmaker Fiat")."""
    out: list[Tok] = []
    for c in tok.children:
        if c.dep in BEFORE_ARCS and c.i < tok.i:
            out += [c, *_left_words(c)]
    return out


def placed_firm(d: Described, fits: Callable[[str], bool], places: list[Tok]) -> Named | None:
    """The one actor that fits the kind noun (or an organisation of no known kind), named before it, that the article
    introduced with the state its place words say; when it introduced none with that state, the one of them it gave
    no state while giving another one that fits another state, or the one body it has named (`_only_firm`). None
    when the place words say no state or two, or the outlet's own state (`home_state`: its own firms go without it,
    and "the UK bank" may be any of them)."""
    states = {_sovereign(s, d.registry) for w in places for s in states_of_word(w, d.registry)}
    homes = {d.registry.state_of.get(c.upper()) for c in d.lex.home_state}
    if len(states) != 1 or states & homes:
        return None  # the outlet's own state's firms go without it: "HSBC, the biggest UK bank ... the UK bank"
    state = states.pop()
    named: dict[str, tuple[int, int]] = {}
    for sentence, end_i, actor_id in d.ctx.names_in_order:
        if end_i < d.tok.i and (fits(actor_id) or d.ctx.named_as[actor_id][0] == "organisation"):
            count = named.get(actor_id, (0, 0))[1]
            named[actor_id] = (sentence, count + 1)
    given = {a: {s for s, at in d.ctx.placed.get(a, {}).items() if at < d.tok.i} for a in named}
    with_state = [a for a in named if state in given[a]]
    if not with_state:  # "General Motors of the US ... Fiat ... the Italian car maker": the one given no state
        stateless = [a for a in named if not given[a]]
        if len(stateless) != 1 or not any(given[a] and fits(a) for a in named) and not _only_firm(d, stateless[0]):
            return None
        with_state = stateless
    if len(with_state) != 1:
        return None
    actor_id = with_state[0]
    return Named(actor_id, *named[actor_id])


def _only_firm(d: Described, actor_id: str) -> bool:
    """Whether the actor is the one organisation the article has named before the noun, and no name the parse left
    unlinked (an ORG entity) stands after its last naming: "Nintendo ... the Japanese gaming giant"."""
    before = [(end_i, a) for _, end_i, a in d.ctx.names_in_order if end_i < d.tok.i]
    bodies = {a for _, a in before if d.ctx.named_as[a][0] not in {"person", "state", "group"}}
    if bodies != {actor_id}:
        return False
    last = max(end_i for end_i, a in before if a == actor_id)
    return not any(last < t.i < d.tok.i and t.ent_type == "ORG" for t in d.ctx.sole_state_input[0])


LOCAL_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})  # spaCy's labels of a city's, a region's or a US state's name
PHRASE_ARCS = frozenset({"compound", "amod", "npadvmod", "nmod", "punct"})  # "Miami-based" up to its noun


def _place_words(mod: Tok) -> list[Tok]:
    """The words of a modifier that would name a place: the capitalised words before "based" ("Paris-based"), else the
    modifier itself."""
    if mod.lower == "based":
        return [c for c in mod.children if c.i < mod.i and c.text[:1].isupper()]
    return [mod] if mod.text[:1].isupper() else []


def local_places(mods: list[Tok], registry: Registry, named: set[int]) -> list[Tok]:
    """The modifiers of a kind noun that name a place of no state: a city, a region or a US state ("The Florida
    company", "the Paris-based firm", "The South Yorkshire company"), a place spaCy labels and no registry state's name
    or demonym is ("the German firm", "the UK-based bank" are `placed_firm`'s), no name linked there. Such a place says
    where the firm is, not which of the firms the page names it is: the noun is then read as "the company" alone
    (`placed_elsewhere` keeps it from a firm the page gave another place; actors96)."""
    out = []
    for m in mods:
        words = _place_words(m)
        if words and all(
            (w.ent_type in LOCAL_PLACE_ENTS or m.lower == "based" and w.pos == "PROPN")
            and not states_of_word(w, registry)
            and w.i not in named
            for w in words
        ):
            out.append(m)
    return out


def firm_places(d: Described) -> dict[str, set[str]]:
    """Actor id -> the place words (lower case) the page writes in the words before its name, before the noun
    ("Paris-based LVMH", "Florida firm Falic"): a word spaCy labels a place, or a proper noun before "based"."""
    named: dict[int, set[str]] = {}
    for _, end_i, a in d.ctx.names_in_order:
        if d.ctx.named_as[a][0] not in {"person", "state"}:
            named.setdefault(end_i, set()).add(a)
    out: dict[str, set[str]] = {}
    for t in d.ctx.sole_state_input[0]:
        if t.i >= d.tok.i or not t.text[:1].isupper() or t.dep not in PHRASE_ARCS:
            continue
        head = t.head
        based = head is not None and head.lower == "based"
        if not (t.ent_type in LOCAL_PLACE_ENTS or based and t.pos == "PROPN"):
            continue
        while head is not None and head.dep in PHRASE_ARCS and head.head is not None and head.head.i != head.i:
            head = head.head
        for a in named.get(head.i, ()) if head is not None else ():
            out.setdefault(a, set()).add(t.lower)
    return out


def local_firm(
    d: Described,
    found: Named | None,
    mods: list[Tok],
    fits: Callable[[str], bool],
    introduced: Callable[[Callable[[str], bool]], Named | None],
) -> Named | None:
    """The firm a kind noun with a place of no state (`local_places`) is: the one firm that fits the page introduced
    with that place ("Miami-based Falic ... the Miami company"); else the firm the noun would be without the place,
    unless the page introduced it with another place ("Paris-based LVMH ... Falic Group bought brands from LVMH. The
    Florida company": not LVMH), and then the firm `introduced` finds among the others (the subject of the sentence
    before: Falic Group); none where it introduced another with this place, or two (actors96)."""
    want = {w.lower for m in mods for w in _place_words(m)}
    places = firm_places(d)
    with_place = [a for a, p in places.items() if p & want and (fits(a) or d.ctx.named_as[a][0] == "organisation")]
    if len(with_place) == 1:
        a = with_place[0]
        sentences = [s for s, end_i, b in d.ctx.names_in_order if b == a and end_i < d.tok.i]
        return Named(a, max(sentences), len(sentences))
    if with_place:
        return None
    elsewhere = {a for a, p in places.items() if p}
    if found is not None and found.actor_id not in elsewhere:
        return found
    return introduced(lambda a: fits(a) and a not in elsewhere)
