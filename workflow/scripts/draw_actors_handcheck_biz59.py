"""Draw the session 59 blind hand check of business news actors (`actors-handcheck-biz59.jsonl`).

The pool: the linked mentions of `actors/mentions.parquet` (analysed articles only) in BBC business articles that no
file of config/eval (gold sets, samples, hand checks, descriptor and statement sets), of tests/ or of the shared spec
names (`draw_actors_handcheck_bbc55.named_articles`, with this check's own file left out). Then
`narrative_pipeline.judged.draw(linked, ["business"], 40, 3, SEED)`: 40 mentions, at most three per article. Rows have
the fields of `actors-handcheck-bbc55.jsonl`, empty judgment fields, the context read from `ingest/texts.parquet`.
Drawn from `/work/runs/m46-bbc` (main 18c6d37's output, actors.rules.v85).

    python workflow/scripts/draw_actors_handcheck_biz59.py --results /work/runs/m46-bbc --out draw.jsonl
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import draw_actors_handcheck_bbc55 as bbc55

SEED = 20261659
# what this draw left out when it was drawn from m46-bbc (`bbc55.named_digest` of the articles `LATER`'s files aside
# name): the same at the commit that added this check (453cceac) and at 88b6c762 (prov58); checked without the run
NAMED = (1242, "38fed5797e8ee5554d75b7d9eac88ca8d94afeff4f17969d4f38ad59c0aba500")
# this draw's own check, made after it, and the checks drawn beside it in session 46 (s46, narr46), which it did not see
LATER = frozenset({"actors-handcheck-biz59.jsonl"}) | bbc55.CHECKS_SINCE_SESSION_46


def sample(results: Path, n: int = 40, per_article: int = 3, seed: int = SEED) -> list[dict[str, Any]]:
    """The drawn rows, ready for a judge."""
    return bbc55.section_sample(results, "business", LATER, n, per_article, seed)


if __name__ == "__main__":
    bbc55.main(sample, __doc__)
