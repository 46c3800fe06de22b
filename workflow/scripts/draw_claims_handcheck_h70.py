"""Draw the blind claim units of the session 50 BBC check across the sections (`claims-handcheck-h70-units.jsonl`).

claims70 (issue 12): the issue asks for "a hand check of 30 claims from BBC articles in neither set", reported in the
closing note; the last ones (sp48, c48) were drawn on session 48's rules. This one draws 40 units from today's main
run (m58) on the rules of session 49, one unit an article. It follows c48's draw (`draw_claims_handcheck_c48.py`, itself
b47's) in everything but the quotas and the cap: only the spans of a run's claims are read (no decision column); the
pool is a section's analysed articles that no file of config/eval, tests/ or the shared spec names (this check's own
files left out, so every article an earlier check drew is out), that are no near copy of another corpus article, and
the claims whose span overlaps no span any claim label set labels, nor the text of a span another article's label
holds. Politics has no such claim left (its 14 unnamed articles' claims are all labelled: c48 found the same), so the
40 units are 10 from each of the other four sections. Each section's qualifying claims, sorted by (article, start,
end), are shuffled in turn (business, entertainment, sport, tech) with one `random.Random(SEED)` and taken in that
order, at most 1 of an article, until the section's 10 are drawn; the units are written sorted by (article, start).

    python workflow/scripts/draw_claims_handcheck_h70.py --results /work/runs/m58-bbc --out units.jsonl
"""

from __future__ import annotations

from pathlib import Path

import draw_claims_handcheck_b47 as b47
from draw_claims_handcheck_web20 import write_units
from later_checks import SINCE_SESSION_57

SEED = 20262005
PER_ARTICLE = 1
QUOTAS = (("business", 10), ("entertainment", 10), ("sport", 10), ("tech", 10))
# this check's own files (the last check drawn, session 50)
LATER = (
    frozenset(
        {
            "claims-handcheck-h70.jsonl",
            "claims-handcheck-h70-units.jsonl",
            "actors-handcheck-spt76.jsonl",  # actors76's spt76 (session 51), drawn after this check
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
