"""Draw the blind claim units of the session 48 BBC check across all five sections (`claims-handcheck-c48-units.jsonl`).

claims66 (issue 12): the issue asks for "a hand check of 30 claims from BBC articles in neither set", reported in the
closing note. The blind BBC claims checks before it each drew one or three sections (s46 politics; b47 business, tech,
entertainment; sp48 sport); this one draws 40 units, 8 from each of the five sections, from today's main run (m53), so
the closing note has one figure on unseen news of every kind. It follows b47's draw (`draw_claims_handcheck_b47.py`)
in everything but the sections and the cap: only the spans of a run's claims are read (no decision column); the pool
is a section's analysed articles that no file of config/eval, tests/ or the shared spec names (this check's own files
left out), that are no near copy of another corpus article, and the claims whose span overlaps no span any claim label
set labels, nor the text of a span another article's label holds. Each section's qualifying claims, sorted by
(article, start, end), are shuffled in turn (business, entertainment, politics, sport, tech) with one
`random.Random(SEED)` and taken in that order, at most 2 of an article, until the section's 8 are drawn; the units are
written sorted by (article, start).

    python workflow/scripts/draw_claims_handcheck_c48.py --results /work/runs/m53-bbc --out units.jsonl
"""

from __future__ import annotations

from pathlib import Path

import draw_claims_handcheck_b47 as b47
from draw_claims_handcheck_web20 import write_units
from later_checks import SINCE_SESSION_57

SEED = 20261866
PER_ARTICLE = 2
QUOTAS = (("business", 8), ("entertainment", 8), ("politics", 8), ("sport", 8), ("tech", 8))
# this check's own files (session 48), narr25's statements audit (session 49) and claims70's h70 (session 50), drawn
# after it
LATER = (
    frozenset(
        {
            "claims-handcheck-c48.jsonl",
            "claims-handcheck-c48-units.jsonl",
            "narratives-audit-narr25.jsonl",
            "claims-handcheck-h70.jsonl",
            "claims-handcheck-h70-units.jsonl",
            "actors-handcheck-spt76.jsonl",  # actors76's spt76 (session 51)
            "statements_gold.narr35.jsonl",  # narr35's fresh blind statement set (session 54)
            "statements-dev-narr36.jsonl",  # narr36's statement dev set (session 55)
            # claims81's b81 (session 55)
            "claims-handcheck-b81.jsonl",
            "claims-handcheck-b81-units.jsonl",
        }
    )
    | SINCE_SESSION_57
)


def draw(results: Path, seed: int = SEED) -> list[dict[str, object]]:
    """The units: article, start, end, span text and its paragraph."""
    return b47.draw(results, seed=seed, quotas=QUOTAS, later=LATER, per_article=PER_ARTICLE)


def main() -> None:
    write_units(__doc__, draw)


if __name__ == "__main__":
    main()
