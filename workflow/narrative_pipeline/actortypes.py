"""A discovered actor's type across the corpus, from the types its mentions were given.

Pure and free of imports beyond the standard library: the actors step (per shard, `linking.actor_records`) and the
gather of the actors table (the whole corpus, `tables.merge_actors`) vote the same way, and so does the validator's
check of the actors table (`validate.corpus`, through `tables.table_type_votes`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

# type rules that rest on no cue of the text: spaCy's label, the article's topic (`business-article`) or the label
# and the name's spelling (`camel-case-name` retypes a label's person: "OpenAI", "ValueError"). The one set the actors
# step's typing (`typing.LABEL_DECISIONS`: what the page says of a name overrides them), page lines
# (`pagelines.LABEL_ONLY`), resolution and the vote read (actors75, review56 9: the page lines' set alone held the
# spelling rule, so the vote weighed it as a cue); `firms-article` is the topic's too, for an article short of business
# that names a firm by a cue (actors79)
LABEL_ONLY_RULES = frozenset({"ner-label", "business-article", "firms-article", "camel-case-name"})
# a mention's weight in its actor's vote: a rule of its own (a cue of the text) 30; a business article's company
# (the topic) 10, a third of a cue (actors71); a label-only mention 1, a tenth of the topic's, so that many label-only
# mentions of another type outvote one business article (actors75, review56 9: "FIFA", 10 organisation labels
# against 1 business-article company; at 0 one such mention outvoted any number of labels)
CUE_WEIGHT, TOPIC_WEIGHT, LABEL_WEIGHT = 30, 10, 1
TOPIC_RULES = frozenset({"business-article", "firms-article"})
TypeVotes = dict[str, Counter[tuple[str, int]]]  # actor id -> (type, the mention's weight) -> mentions


def vote_weight(rule: str) -> int:
    """The weight of a mention typed by `rule` in its actor's vote (`discovered_type`)."""
    if rule in TOPIC_RULES:
        return TOPIC_WEIGHT
    return LABEL_WEIGHT if rule in LABEL_ONLY_RULES else CUE_WEIGHT


def discovered_type(votes: Counter[tuple[str, int]]) -> str:
    """The type of a discovered actor from its mentions' types: the one with the most weight (`vote_weight`: a cue's
    mention 30, a business article's company 10, a label-only mention 1); a tie to the one most of all mentions have
    ("Morgan Stanley": a company's cue and a person's noun, and two mentions a business article made a company's), then
    to the type last in alphabetical order, as before.
    actors67: "Nokia" was a person, "Apple" an organisation and "Gazprom" a government by the mentions of the first
    shard that named them, though most of their mentions a cue types are a company's. actors71: a business article's
    company counts a third of a cue, not nothing: "Krivorizhstal" (5 such, 1 "producer" cue) a company, not a person;
    a label-only vote at a quarter or half of a cue, or a cue's vote needing two mentions or a share, got more of the
    80 actors where the vote and the plain majority part wrong than right (config/eval/README.md, actors71). actors75:
    a label-only mention at a thirtieth of a cue changes one actor of m60 (FIFA, right)."""
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
