"""Draw the blind claim units of the session 43 web news hand check (`claims-handcheck-web53-units.jsonl`).

Reads only the spans of a run's claims (article, start, end; no decision column), so the units can be labelled
blind. No news, opinion or report page of the saved web pages is in no hand check at all (every news page carries
1-3 labelled claims of web18-web22; the opinion pages are gold pages or carry 15-18 labels), so the pool is web50's
(`draw_claims_handcheck_web50.py`: the news and opinion pages of `claims-handcheck-web18-pages.tsv` outside every
gold set, with at most 3 labelled claims of every claim label set, the claims overlapping no labelled span), less the
18 pages web50 drew from: their claims were read whole for that check. web50's labels count as labelled spans. The
pages are sorted and shuffled with `random.Random(SEED)`; from each page in that order at most 2 claims are drawn
with `rng.sample` from its qualifying claims sorted by (start, end), until 36 units are drawn.

    python workflow/scripts/draw_claims_handcheck_web53.py --results RESULTS --out units.jsonl
"""

from __future__ import annotations

from pathlib import Path

from draw_claims_handcheck_web20 import EVAL, write_units
from draw_claims_handcheck_web50 import LATER_WEB_CHECKS, pages_of
from draw_claims_handcheck_web50 import draw as draw_web50

SEED = 20261353
WEB50 = EVAL / "claims-handcheck-web50.jsonl"
LATER = frozenset({"claims-handcheck-web53.jsonl", "claims-handcheck-web53-units.jsonl"}) | LATER_WEB_CHECKS


def web50_pages() -> frozenset[str]:
    """The pages web50's check drew from."""
    return pages_of(WEB50.name)


def draw(results: Path, n: int = 36) -> list[dict[str, object]]:
    """The units: web50's draw with this check's seed and label files, less web50's pages."""
    return draw_web50(results, n, seed=SEED, later=LATER, drawn=web50_pages())


def main() -> None:
    write_units(__doc__, draw)


if __name__ == "__main__":
    main()
