"""Draw the blind claim units of the session 55 BBC check across the sections (`claims-handcheck-b81-units.jsonl`).

claims81 (issue 12): the issue asks for "a hand check of 30 claims from BBC articles in neither set", reported in the
closing note; the last BBC one (h70) was drawn on session 50's rules. This one draws 40 units from today's main run
(m64) on claims.rules.v110, one unit an article. It follows h70's draw (`draw_claims_handcheck_h70.py`, itself c48's
and b47's) in everything but the seed: only the spans of a run's claims are read (no decision column); the pool is a
section's analysed articles that no file of config/eval, tests/ or the shared spec names (this check's own files left
out, so every article an earlier check drew is out), that are no near copy of another corpus article, and the claims
whose span overlaps no span any claim label set labels, nor the text of a span another article's label holds.
Politics has no such claim left (as c48 and h70 found), so the 40 units are 10 from each of the other four sections.
Each section's qualifying claims, sorted by (article, start, end), are shuffled in turn (business, entertainment,
sport, tech) with one `random.Random(SEED)` and taken in that order, at most 1 of an article, until the section's 10
are drawn; the units are written sorted by (article, start).

    python workflow/scripts/draw_claims_handcheck_b81.py --results /work/runs/m64-bbc --out units.jsonl
"""

from __future__ import annotations

from pathlib import Path

import draw_claims_handcheck_b47 as b47
import later_checks
from draw_claims_handcheck_web20 import write_units

SEED = 20262502
PER_ARTICLE = 1
QUOTAS = (("business", 10), ("entertainment", 10), ("sport", 10), ("tech", 10))
# this check's own files (the last check drawn, session 55), and the BBC checks and label files made after it
# (review70's on, the training labels among them: their spans were no label when it was drawn; `later_checks`)
LATER = (
    frozenset({"claims-handcheck-b81.jsonl", "claims-handcheck-b81-units.jsonl"}) | later_checks.BBC_SINCE_SESSION_57
)


def draw(results: Path, seed: int = SEED) -> list[dict[str, object]]:
    """The units: article, start, end, span text and its paragraph."""
    return b47.draw(results, seed=seed, quotas=QUOTAS, later=LATER, per_article=PER_ARTICLE)


def main() -> None:
    write_units(__doc__, draw)


if __name__ == "__main__":
    main()
