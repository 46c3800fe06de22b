"""Draw the blind claim units of the session 48 BBC sport check (`claims-handcheck-sp48-units.jsonl`).

claims65 (issue 12): the blind BBC claims checks before it drew politics (s46) and business / tech / entertainment
(b47); s11-s13 and s18 hold only a few sport units. This one draws 40 units from the sport section. It follows b47's
draw (`draw_claims_handcheck_b47.py`) in everything but the section: only the spans of a run's claims are read (no
decision column); the pool is the sport section's analysed articles that no file of config/eval, tests/ or the shared
spec names (this check's own files left out), that are no near copy of another corpus article, and the claims whose
span overlaps no span any claim label set labels, nor the text of a span another article's label holds. The qualifying
claims, sorted by (article, start, end), are shuffled with `random.Random(SEED)` and taken in that order, at most 3 of
an article, until 40 are drawn; the units are written sorted by (article, start).

    python workflow/scripts/draw_claims_handcheck_sp48.py --results /work/runs/m51-bbc --out units.jsonl
"""

from __future__ import annotations

from pathlib import Path

import draw_claims_handcheck_b47 as b47
from draw_claims_handcheck_web20 import write_units
from later_checks import SINCE_SESSION_50

SEED = 20261848
PER_ARTICLE = 3
QUOTAS = (("sport", 40),)
# this check's own files, and review51's trust audit, drawn beside it from the same runs (session 48): each draw leaves
# the other's files out
# claims66's c48 (session 48) was drawn after this check
LATER = (
    frozenset(
        {
            "claims-handcheck-sp48.jsonl",
            "claims-handcheck-sp48-units.jsonl",
            "audit-review51.jsonl",
            "claims-handcheck-c48.jsonl",
            "claims-handcheck-c48-units.jsonl",
            # narr25's statements audit (session 49), drawn after this check
            "narratives-audit-narr25.jsonl",
        }
    )
    | SINCE_SESSION_50
)


def draw(results: Path, seed: int = SEED) -> list[dict[str, object]]:
    """The units: article, start, end, span text and its paragraph."""
    return b47.draw(results, seed=seed, quotas=QUOTAS, later=LATER, per_article=PER_ARTICLE)


def main() -> None:
    write_units(__doc__, draw)


if __name__ == "__main__":
    main()
