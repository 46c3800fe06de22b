"""How a discovered actor's type is voted from its mentions, and what other votes would change (actors71, issue 12).

Reads the mentions of results folders (their `actors/mentions.parquet`) and, for every discovered actor, votes its
type with `actortypes.discovered_type` (the pipeline's vote) and with each variant below; prints the actors whose
pipeline type is not the plain majority of their mentions' types (ties as the pipeline breaks them), the actors a
single mention typed by a rule of its own decides against that majority, and each variant's changes against the
pipeline's vote. With `--judged` (a YAML map from actor id, `web:`-prefixed for a folder whose name ends in `-web`, to
its right types; an empty list for no actor), each list and change is scored right / wrong / neither.

    python workflow/scripts/actortype_votes71.py /work/runs/m58-bbc /work/runs/m58-web \
        --judged config/eval/actortypes71_judged.yaml [--list]

actors75 added the label-only weights and the topic caps below (review56 9); the pipeline's vote is now
"label-a-tenth-of-topic", so the topic at a third of a cue with labels at 0 ("topic-third-of-a-cue") is actors71's.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
import yaml
from narrative_pipeline.actortypes import LABEL_ONLY_RULES, TOPIC_RULES, discovered_type, type_votes

Row = tuple[str, str, str]  # (article id, actor type, type rule) of one mention
Vote = Callable[[list[Row]], str]


def _pick(pool: Counter[str], every: Counter[str]) -> str:
    return max(pool, key=lambda t: (pool[t], every[t], t))


def plain(rows: list[Row]) -> str:
    """The type most of the mentions have, every mention alike."""
    every = Counter(t for _, t, _ in rows)
    return _pick(every, every)


def pipeline(rows: list[Row]) -> str:
    return discovered_type(type_votes(("x", t, r) for _, t, r in rows)["x"])


def weighted(cue: float, topic: float, label: float, need: int = 1, share: float = 0.0) -> Vote:
    """Mentions weighed by their rule (a cue, a business article's topic, spaCy's label); the weighed pool decides
    when it holds `need` mentions and `share` of them, else the plain majority."""

    def vote(rows: list[Row]) -> str:
        pool: Counter[str] = Counter()
        every = Counter(t for _, t, _ in rows)
        held = 0
        for _, t, rule in rows:
            w = topic if rule in TOPIC_RULES else label if rule in LABEL_ONLY_RULES else cue
            if w:
                pool[t] += w
                held += 1
        pool = +pool
        if pool and held >= need and held >= share * len(rows):
            return _pick(pool, every)
        return _pick(every, every)

    return vote


def topic_capped(k: int) -> Vote:
    """actors75: with no cue, a business article's company wins unless label-only mentions of one other type are at
    least `k` times its mentions (then the label-only majority); with a cue, the pipeline's vote."""

    def vote(rows: list[Row]) -> str:
        every = Counter(t for _, t, _ in rows)
        if any(r not in LABEL_ONLY_RULES for _, _, r in rows):
            return pipeline(rows)
        topic = Counter(t for _, t, r in rows if r == "business-article")
        labels = Counter(t for _, t, r in rows if r != "business-article")
        if not topic:
            return _pick(every, every)
        won = _pick(topic, every)
        other = max((n for t, n in labels.items() if t != won), default=0)
        return _pick(labels, every) if other >= k * topic.total() else won

    return vote


def cue_over_labels(rows: list[Row]) -> str:
    """actors79 (review58's note: 31 label-only mentions outvote one cue): with a cue among the mentions, label-only
    mentions do not count (a cue 30, the topic 10); without, the pipeline's vote."""
    if any(r not in LABEL_ONLY_RULES for _, _, r in rows):
        return VARIANTS["topic-third-of-a-cue"](rows)
    return pipeline(rows)


def cue_vote(rows: list[Row]) -> str | None:
    """The type the mentions a cue typed give alone (most of them; ties as the pipeline breaks them), None without."""
    cues = Counter(t for _, t, r in rows if r not in LABEL_ONLY_RULES)
    return _pick(cues, Counter(t for _, t, _ in rows)) if cues else None


def per_article(rows: list[Row]) -> str:
    """Each article one vote (its own actors67 vote), the corpus the majority of the articles'."""
    by: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by[row[0]].append(row)
    every = Counter(t for _, t, _ in rows)
    votes = Counter(VARIANTS["actors67"](article) for article in by.values())
    return max(votes, key=lambda t: (votes[t], every[t], t))


VARIANTS: dict[str, Vote] = {
    "actors67": weighted(1, 0, 0),
    "label-weight-0.25": weighted(1, 0.25, 0.25),
    "label-weight-0.5": weighted(1, 0.5, 0.5),
    "two-cue-votes": weighted(1, 0, 0, need=2),
    "cue-share-0.2": weighted(1, 0, 0, share=0.2),
    "cue-share-0.34": weighted(1, 0, 0, share=0.34),
    "per-article": per_article,
    "topic-as-cue": weighted(1, 1, 0),
    "topic-half-a-cue": weighted(1, 0.5, 0),
    "topic-third-of-a-cue": weighted(3, 1, 0),
    # actors75 (review56 9): a label-only mention at a share of a business article's company (a cue three topics)
    "label-a-quarter-of-topic": weighted(12, 4, 1),
    "label-a-sixth-of-topic": weighted(18, 6, 1),
    "label-a-tenth-of-topic": weighted(30, 10, 1),
    "label-a-twelfth-of-topic": weighted(36, 12, 1),
    "topic-capped-2": topic_capped(2),
    "topic-capped-3": topic_capped(3),
    "topic-capped-5": topic_capped(5),
    "cue-over-labels": cue_over_labels,
}


def actors(folder: Path) -> dict[str, list[Row]]:
    cols = ["article_id", "actor_id", "actor_type", "type_rule", "link_method"]
    table = pq.read_table(folder / "actors" / "mentions.parquet", columns=cols).to_pylist()
    out: dict[str, list[Row]] = defaultdict(list)
    for r in table:
        if r["actor_id"] and r["actor_id"].startswith("disc."):
            out[r["actor_id"]].append((r["article_id"], r["actor_type"], r["type_rule"]))
    return out


def verdict(judged: dict[str, list[str]], key: str, base: str, new: str) -> str:
    right = set(judged.get(key) or [])
    if key not in judged:
        return "unjudged"
    if not right or (base in right) == (new in right):
        return "neither"
    return "right" if new in right else "wrong"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("results", nargs="+", type=Path)
    parser.add_argument("--judged", type=Path)
    parser.add_argument("--list", action="store_true", help="print every listed actor and change")
    args = parser.parse_args()
    judged = yaml.safe_load(args.judged.read_text()) if args.judged else {}
    changes: dict[str, Counter[str]] = {k: Counter() for k in VARIANTS}
    lists: dict[str, Counter[str]] = {"against": Counter(), "single": Counter(), "cue-alone": Counter()}
    for folder in args.results:
        prefix = "web:" if folder.name.endswith("-web") else ""
        for actor_id, rows in sorted(actors(folder).items()):
            key, voted, most = prefix + actor_id, pipeline(rows), plain(rows)
            summary = " ".join(f"{t}/{r}:{n}" for (t, r), n in Counter((t, r) for _, t, r in rows).most_common())
            cued = sum(r not in LABEL_ONLY_RULES for _, _, r in rows)
            alone = cue_vote(rows)
            for name, listed in (
                ("against", voted != most),
                ("single", voted != most and cued == 1),
                ("cue-alone", alone is not None and voted != alone),  # actors79: the labels or the topic outvote a cue
            ):
                if listed:
                    v = verdict(judged, key, alone if name == "cue-alone" else most, voted)
                    lists[name][v] += 1
                    if args.list:
                        print(f"{name}\t{key}\t{voted} (plain {most})\t{v}\t{summary}")
            for name, vote in VARIANTS.items():
                new = vote(rows)
                if new != voted:
                    v = verdict(judged, key, voted, new)
                    changes[name][v] += 1
                    if args.list:
                        print(f"{name}\t{key}\t{voted} -> {new}\t{v}\t{summary}")
    for name, c in lists.items():
        against = "the cue mentions' own vote" if name == "cue-alone" else "the plain majority"
        print(f"{name}: {sum(c.values())} actors; the pipeline's vote against {against}: {dict(c)}")
    for name, c in changes.items():
        print(f"{name}: {sum(c.values())} changes against the pipeline's vote: {dict(c)}")


if __name__ == "__main__":
    main()
