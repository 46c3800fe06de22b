"""A discovered actor's type across the corpus, from the types its mentions were given.

Pure and free of imports beyond the standard library: the actors step (per shard, `linking.actor_records`) and the
gather of the actors table (the whole corpus, `tables.merge_actors`) vote the same way.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

# type rules that rest on spaCy's label or the article's topic alone, not on a cue of the text (the actors step's
# `resolution.LABEL_ONLY_RULES`): a discovered actor's mentions typed by a rule of their own outvote them
LABEL_ONLY_RULES = frozenset({"ner-label", "business-article"})
TypeVotes = dict[str, Counter[tuple[str, bool]]]  # actor id -> (type, typed by the label alone) -> mentions


def discovered_type(votes: Counter[tuple[str, bool]]) -> str:
    """The type of a discovered actor from its mentions' types: the type most of its mentions typed by a rule of their
    own have, else (every mention typed by spaCy's label or the article's topic alone) the one most of all have; a tie
    to the one most of all have ("Morgan Stanley": a company's cue and a person's noun, and two mentions a business
    article made a company's), then to the type last in alphabetical order, as before. actors67: "Nokia" was a
    person, "Apple" an organisation and "Gazprom" a government by the mentions of the first shard that named them,
    though most of their mentions a cue types are a company's."""
    ruled: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for (actor_type, by_label), n in votes.items():
        every[actor_type] += n
        if not by_label:
            ruled[actor_type] += n
    pool = ruled or every
    return max(pool, key=lambda t: (pool[t], every[t], t))


def type_votes(rows: Iterable[tuple[str | None, str, str]]) -> TypeVotes:
    """Each actor's votes from (actor id, actor type, type rule) rows of mentions."""
    votes: TypeVotes = {}
    for actor_id, actor_type, rule in rows:
        if actor_id:
            votes.setdefault(actor_id, Counter())[(actor_type, rule in LABEL_ONLY_RULES)] += 1
    return votes
