"""Draw the session 62 blind hand check of BBC tech, entertainment and sport actors (`actors-handcheck-ent62.jsonl`).

The pool: the linked mentions of `actors/mentions.parquet` (analysed articles only) in BBC tech, entertainment and
sport articles that no file of config/eval (gold sets, samples, hand checks, descriptor and statement sets), of tests/
or of the shared spec names (`draw_actors_handcheck_bbc55.named_articles`, with this check's own file left out). Then
`bbc55.section_sample` once per section with the same seed: 14 tech, 13 entertainment and 13 sport mentions (40), at
most three per article. Rows have the fields of `actors-handcheck-bbc55.jsonl`, empty judgment fields, the context
read from `ingest/texts.parquet`. Drawn from `/work/runs/m48-bbc` (main e842a464's output, actors.rules.v93).

    python workflow/scripts/draw_actors_handcheck_ent62.py --results /work/runs/m48-bbc --out draw.jsonl
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import draw_actors_handcheck_bbc55 as bbc55
from later_checks import SINCE_SESSION_50

SEED = 20261862
# what this draw left out when it was drawn from m48-bbc (`bbc55.named_digest` of the articles `LATER`'s files aside
# name): the same at the commit that added this check (d65aa6d8) and at 88b6c762 (prov58); checked without the run
NAMED = (1295, "5258db23156979e4ee49856de98f33d1763c4ea9b4eb40428d2603d86c998ea3")
SECTIONS = (("tech", 14), ("entertainment", 13), ("sport", 13))
# this draw's own check, made after the others
# claims62's b47 was drawn beside this check (session 47) and shares one article with it (games-enter-the-classroom:
# a claims check, this an actors one); each draw leaves the other's files out, so each gives its own rows again.
# narr22's statements audit (session 47, round 2) was drawn after this check and names BBC articles of its pool.
LATER = (
    frozenset(
        {
            "actors-handcheck-ent62.jsonl",
            "claims-handcheck-b47.jsonl",
            "claims-handcheck-b47-units.jsonl",
            "narratives-audit-narr22.jsonl",
            "audit-review51.jsonl",  # review51's trust audit (session 48), drawn after this check
            # claims65's sp48 (session 48), drawn after this check
            "claims-handcheck-sp48.jsonl",
            "claims-handcheck-sp48-units.jsonl",
            # claims66's c48 (session 48), drawn after this check
            "claims-handcheck-c48.jsonl",
            "claims-handcheck-c48-units.jsonl",
            # narr25's statements audit (session 49), drawn after this check
            "narratives-audit-narr25.jsonl",
        }
    )
    | SINCE_SESSION_50
)


def sample(
    results: Path, sections: tuple[tuple[str, int], ...] = SECTIONS, per_article: int = 3, seed: int = SEED
) -> list[dict[str, Any]]:
    """The drawn rows, ready for a judge, numbered across the sections."""
    rows = [
        row for section, n in sections for row in bbc55.section_sample(results, section, LATER, n, per_article, seed)
    ]
    return [row | {"n": k} for k, row in enumerate(rows)]


if __name__ == "__main__":
    bbc55.main(sample, __doc__)
