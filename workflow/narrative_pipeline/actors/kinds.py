"""What an article calls the actors it names, and which of them it names most: the evidence of the
kind descriptors ("the firm", "the band") and of the salient-person descriptors ("the singer").

An actor's *kinds* are the nouns the article introduces it with: the lower-case nouns right before
any occurrence of its name ("oil firm Yukos", "pop band Busted"), a noun in apposition to it
("Ireland's state-owned airline, Aer Lingus", also when spaCy hangs the name elsewhere), the last word of
its name ("Multiplex Group"), the noun after a name that modifies it ("AP news agency"), and
"band" for a name before a band member's noun ("Oasis singer Liam Gallagher").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import NamedTuple

from ..parsed import Tok
from ..registry import Registry
from ..syntax import lemma
from .candidates import Candidate
from .discovery import discovered_id
from .named import said_to_be
from .resolution import ArticleContext, referent_name

MAX_NAME_TOKENS = 4  # the longest name looked for again in the article's text
MAX_KIND_NOUNS = 2  # the nouns before a name kept as its kinds ("supermarket group")


def _is_kind_noun(tok: Tok) -> bool:
    return tok.tag in {"NN", "NNS"} and tok.text.isalpha() and tok.text.islower()


def kind_words(
    chosen: Iterable[Candidate],
    toks: dict[int, Tok],
    registry: Registry,
    member_nouns: frozenset[str] = frozenset(),
    after_nouns: frozenset[str] = frozenset(),
) -> dict[str, dict[str, int]]:
    """Actor id -> the nouns the article introduces it with (lower case) -> the first token where it
    does (a descriptor may use only what was said before it); a name right before one of
    `member_nouns` ("Oasis singer", "Doors frontman") is introduced as a band, one whose phrase ends in one of
    `after_nouns` as that noun ("AP news agency")."""
    kinds: dict[str, dict[str, int]] = {}

    def note(found: dict[str, int], word: str, at: int) -> None:
        found[word] = min(at, found.get(word, at))

    surfaces: dict[tuple[str, ...], str] = {}
    for c in chosen:
        actor_id = c.actor_id or (discovered_id(c.name) if c.name else None)  # a name not yet resolved
        if actor_id is None or c.method == "descriptor":
            continue
        found = kinds.setdefault(actor_id, {})
        name = referent_name(c, registry) or ""
        last = name.split()[-1].lower() if " " in name else ""
        if last.isalpha():
            note(found, last, c.start_i)
        if c.end_i - c.start_i < MAX_NAME_TOKENS:
            surfaces.setdefault(tuple(toks[k].text for k in range(c.start_i, c.end_i + 1)), actor_id)
        head = toks[c.end_i]
        nouns = [a for a in head.children if a.dep == "appos"]
        if head.dep == "appos" and head.head is not None:
            nouns.append(head.head)
        for n in nouns:
            if _is_kind_noun(n):
                note(found, n.lower, n.i)
        for n in said_to_be(head):  # "Black Sabbath are one of Britain's most successful heavy rock bands" (actors48)
            if _is_kind_noun(n):
                note(found, lemma(n), n.i)
        noun = _kind_noun_after(head, toks, after_nouns)
        if noun is not None:
            note(found, noun.lower, noun.i)  # "reported AP news agency" (actors91)
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for surface in surfaces:
        by_first.setdefault(surface[0], []).append(surface)
    seq = [toks[i] for i in sorted(toks)]
    texts = [t.text for t in seq]
    for k, text in enumerate(texts):
        for surface in by_first.get(text, ()):
            if tuple(texts[k : k + len(surface)]) != surface:
                continue
            after = k + len(surface)
            if after < len(seq) and seq[after].sent == seq[k].sent and seq[after].lower in member_nouns:
                note(kinds[surfaces[surface]], "band", seq[after].i)
            comma = k - 1 if k >= 2 and texts[k - 1] == "," and seq[k - 1].sent == seq[k].sent else None
            if comma is not None and _is_kind_noun(seq[comma - 1]) and seq[comma - 1].tag == "NN":
                note(kinds[surfaces[surface]], seq[comma - 1].lower, seq[comma - 1].i)  # "state airline, Aer Lingus"
            before = k - 1
            while before >= 0 and k - before <= MAX_KIND_NOUNS and seq[before].sent == seq[k].sent:
                if not _is_kind_noun(seq[before]):
                    break
                note(kinds[surfaces[surface]], seq[before].lower, seq[before].i)
                before -= 1
    return kinds


def _kind_noun_after(head: Tok, toks: dict[int, Tok], nouns: frozenset[str]) -> Tok | None:
    """The noun of `nouns` (`kind_heads_after_names`) a name is written before as its modifier, with at most one other
    lower-case noun between ("reported AP news agency", "the Reuters news agency": agency)."""
    noun = head.head
    if head.dep != "compound" or noun is None or noun is head or noun.tag != "NN" or noun.lower not in nouns:
        return None
    between = [toks[k] for k in range(head.i + 1, noun.i) if k in toks]
    return noun if len(between) <= MAX_KIND_NOUNS - 1 and all(_is_kind_noun(t) for t in between) else None


class Named(NamedTuple):
    actor_id: str
    sentence: int  # where it was last named
    times: int


def most_named(ctx: ArticleContext, fits: Callable[[str], bool], at: Tok, at_least: int) -> Named | None:
    """The actor that fits and that the article has named most before `at` (at least `at_least` times,
    more often than any other that fits); None when two share the lead or when another that fits
    was named after it, in this sentence or the one before ("Toyota and Nissan saw sales accelerate,
    even Suzuki ... the firm")."""
    counts: Counter[str] = Counter()
    last: dict[str, tuple[int, int]] = {}
    for sentence, end_i, actor_id in ctx.names_in_order:
        if end_i < at.i and fits(actor_id):
            counts[actor_id] += 1
            last[actor_id] = (sentence, end_i)
    ranked = sorted(((n, actor_id) for actor_id, n in counts.items()), reverse=True)
    if not ranked or ranked[0][0] < at_least or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None
    top = ranked[0][1]
    if any(last[a] > last[top] and last[a][0] >= at.sent - 1 for _, a in ranked[1:]):
        return None
    return Named(top, last[top][0], ranked[0][0])
