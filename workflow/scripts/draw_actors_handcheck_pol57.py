"""Draw the session 57 blind hand check of political news actors (`actors-handcheck-pol57.jsonl`).

The pool: the linked mentions of `actors/mentions.parquet` (analysed articles only) in BBC politics articles that no
file of config/eval (gold sets, samples, hand checks, descriptor and statement sets), of tests/ or of the shared spec
names (`draw_actors_handcheck_bbc55.named_articles`, with this check's own file left out). No web page qualifies: every
one of the 168 is named by a gold set or a hand check but seven, none of them political (a Python release, a recipe,
a workout, ...). Then `narrative_pipeline.judged.draw(linked, ["politics"], 40, 3, SEED)`: 40 mentions, at most three
per article. Rows have the fields of `actors-handcheck-bbc55.jsonl`, empty judgment fields, the context read from
`ingest/texts.parquet`. Drawn from `/work/runs/m44-bbc` (main 7ab58db's output, actors.rules.v81).

    python workflow/scripts/draw_actors_handcheck_pol57.py --results /work/runs/m44-bbc --out draw.jsonl
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import draw_actors_handcheck_bbc55 as bbc55

SEED = 20261557
# what this draw left out when it was drawn from m44-bbc (`bbc55.named_digest` of the articles `LATER`'s files aside
# name): the same at the commit that added this check (3d626a2f) and at 88b6c762 (prov58); checked without the run
NAMED = (1214, "518d77e9e3864e836b037015cc3ba02d75e374385f8190d22aed7d1571b9a5d6")
# this check and the later ones
LATER = frozenset({"actors-handcheck-pol57.jsonl", "actors-handcheck-biz59.jsonl"}) | bbc55.CHECKS_SINCE_SESSION_46


def sample(results: Path, n: int = 40, per_article: int = 3, seed: int = SEED) -> list[dict[str, Any]]:
    """The drawn rows, ready for a judge."""
    return bbc55.section_sample(results, "politics", LATER, n, per_article, seed)


if __name__ == "__main__":
    bbc55.main(sample, __doc__)
