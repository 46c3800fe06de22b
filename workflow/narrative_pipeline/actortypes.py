"""A discovered actor's type across the corpus, from the types its mentions were given.

Pure and free of imports beyond the standard library: the actors step (per shard, `linking.actor_records`) and the
gather of the actors table (the whole corpus, `tables.merge_actors`) vote the same way, and so does the validator's
check of the actors table (`validate.corpus`, through `tables.table_type_votes`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

# type rules that rest on spaCy's label or the article's topic alone, not on a cue of the text (the actors step's
# `resolution.LABEL_ONLY_RULES`)
LABEL_ONLY_RULES = frozenset({"ner-label", "business-article"})
# a mention's weight in its actor's vote: a rule of its own (a cue of the text) 3; a business article's company
# (the topic) 1, a third of a cue; spaCy's label alone 0, counted only when nothing else typed a mention (actors71)
CUE_WEIGHT, TOPIC_WEIGHT, LABEL_WEIGHT = 3, 1, 0
TOPIC_RULES = frozenset({"business-article"})
TypeVotes = dict[str, Counter[tuple[str, int]]]  # actor id -> (type, the mention's weight) -> mentions


def vote_weight(rule: str) -> int:
    """The weight of a mention typed by `rule` in its actor's vote (`discovered_type`)."""
    if rule in TOPIC_RULES:
        return TOPIC_WEIGHT
    return LABEL_WEIGHT if rule in LABEL_ONLY_RULES else CUE_WEIGHT


def discovered_type(votes: Counter[tuple[str, int]]) -> str:
    """The type of a discovered actor from its mentions' types: the one with the most weight (`vote_weight`: a cue's
    mention 3, a business article's company 1), else (every mention typed by spaCy's label alone) the one most of its
    mentions have; a tie to the one most of all mentions have ("Morgan Stanley": a company's cue and a person's noun,
    and two mentions a business article made a company's), then to the type last in alphabetical order, as before.
    actors67: "Nokia" was a person, "Apple" an organisation and "Gazprom" a government by the mentions of the first
    shard that named them, though most of their mentions a cue types are a company's. actors71: a business article's
    company counts a third of a cue, not nothing: "Krivorizhstal" (5 such, 1 "producer" cue) a company, not a person;
    a label-only vote at a weight, or a cue's vote needing two mentions or a share, got more of the 80 actors where the
    vote and the plain majority part wrong than right (config/eval/README.md, actors71)."""
    weighed: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for (actor_type, weight), n in votes.items():
        every[actor_type] += n
        if weight:
            weighed[actor_type] += weight * n
    pool = weighed or every
    return max(pool, key=lambda t: (pool[t], every[t], t))


def type_votes(rows: Iterable[tuple[str | None, str, str]]) -> TypeVotes:
    """Each actor's votes from (actor id, actor type, type rule) rows of mentions."""
    votes: TypeVotes = {}
    for actor_id, actor_type, rule in rows:
        if actor_id:
            votes.setdefault(actor_id, Counter())[(actor_type, vote_weight(rule))] += 1
    return votes
