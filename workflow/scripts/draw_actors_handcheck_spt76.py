"""Draw the session 51 blind hand check of BBC sport and tech actors, whole articles (`actors-handcheck-spt76.jsonl`).

The pool: the linked mentions of `actors/mentions.parquet` (analysed articles only) in BBC sport and tech articles that
no file of config/eval (gold sets, samples, hand checks, descriptor and statement sets), of tests/ or of the shared spec
names (`draw_actors_handcheck_bbc55.named_articles`, with this check's own file left out). Unlike the earlier actors
checks, which draw single mentions, this one draws articles: per section (sport, then tech), the pool's article ids
sorted, one `random.Random(SEED)` shuffling each section's list in turn, and articles taken in the shuffled order
(passing over any with more than `MAX_MENTIONS` linked mentions) until the section holds at least three articles and
`MENTIONS_PER_SECTION` mentions; every linked mention of the taken articles is a row (in article order). Rows have the
fields of `actors-handcheck-bbc55.jsonl`, empty judgment fields, the context read from `ingest/texts.parquet`. Drawn
from `/work/runs/m60-bbc` (main e60e9f51's output, actors.rules.v122): 131 mentions of 11 articles (5 sport, 6 tech).

    python workflow/scripts/draw_actors_handcheck_spt76.py --results /work/runs/m60-bbc --out draw.jsonl
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import draw_actors_handcheck_bbc55 as bbc55
from later_checks import SINCE_SESSION_57

SEED = 20262101
SECTIONS = ("sport", "tech")
ARTICLES_PER_SECTION = 3
MENTIONS_PER_SECTION = 60
MAX_MENTIONS = 30  # an article with more linked mentions is passed over (a results table, a long round-up)
# this draw's own check, made after it
LATER = frozenset({"actors-handcheck-spt76.jsonl", "statements_gold.narr35.jsonl", "statements-dev-narr36.jsonl"})
LATER = (
    frozenset(
        {
            "actors-handcheck-spt76.jsonl",
            "statements_gold.narr35.jsonl",
            "claims-handcheck-b81.jsonl",  # claims81's b81 (session 55)
            "claims-handcheck-b81-units.jsonl",
        }
    )
    | SINCE_SESSION_57
)
# what this draw left out when it was drawn from m60-bbc (`bbc55.named_digest`): the same at the commit that added
# this check (de1be36e) and at 88b6c762 (prov58); checked without the run
NAMED = (1566, "2956a4db565248a5152bdb0c28bfd17f358a50489ff99b18f20407b3d5e2617a")


def sample(
    results: Path, sections: tuple[str, ...] = SECTIONS, per_section: int = ARTICLES_PER_SECTION, seed: int = SEED
) -> list[dict[str, Any]]:
    """The drawn rows, ready for a judge, numbered across the sections."""
    actors, linked = bbc55.linked_mentions(results, bbc55.named_articles(later=LATER))
    rng = random.Random(seed)
    chosen: list[dict[str, Any]] = []
    for section in sections:
        by_article: dict[str, list[dict[str, Any]]] = {}
        for row in linked:
            if row["section"] == section:
                by_article.setdefault(row["article_id"], []).append(row)
        order = sorted(by_article)
        rng.shuffle(order)
        taken, mentions = 0, 0
        for article in order:
            if taken >= per_section and mentions >= MENTIONS_PER_SECTION:
                break
            if len(by_article[article]) > MAX_MENTIONS:
                continue
            taken, mentions = taken + 1, mentions + len(by_article[article])
            chosen.extend(sorted(by_article[article], key=lambda r: (r["start"], r["end"], r["actor_id"])))
    return bbc55.judge_rows(results, chosen, actors)


if __name__ == "__main__":
    bbc55.main(sample, __doc__)
