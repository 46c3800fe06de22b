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
