"""Draw the blind claim units of the session 44 web news hand check (`claims-handcheck-web55-units.jsonl`).

Reads only the spans of a run's claims (article, start, end; no decision column), so the units can be labelled
blind. The pool is web50's (`draw_claims_handcheck_web50.py`: the news and opinion pages of
`claims-handcheck-web18-pages.tsv` outside every gold set, with at most 3 labelled claims of every claim label set
before web50's own, the claims overlapping no labelled span of any claim label set, web50's and web53's included).
Its pages that neither web50 nor web53 drew from come first (8 pages), then, because those run out, the 36 pages web50
and web53 drew from, web53's way: their labels count as labelled spans, so no claim either check judged is drawn
again. Each tier is sorted and shuffled with `random.Random(SEED)` (one generator, the first tier first); from each
page in that order at most 2 claims are drawn with `rng.sample` from its qualifying claims sorted by (start, end),
until 36 units are drawn.

    python workflow/scripts/draw_claims_handcheck_web55.py --results RESULTS --out units.jsonl
"""

from __future__ import annotations

import random
from pathlib import Path

from draw_claims_handcheck_web20 import Span, labelling_unit, write_units
from draw_claims_handcheck_web50 import LATER as WEB50_LATER
from draw_claims_handcheck_web50 import LATER_WEB_CHECKS, PER_PAGE, fresh, labelled_spans, pages_of, pool, run_spans

SEED = 20261455
LATER = frozenset({"claims-handcheck-web55.jsonl", "claims-handcheck-web55-units.jsonl"}) | LATER_WEB_CHECKS
EARLIER = ("claims-handcheck-web50.jsonl", "claims-handcheck-web53.jsonl")


def drawn_pages() -> frozenset[str]:
    """The pages web50's and web53's checks drew from."""
    return pages_of(*EARLIER)


def tiers(labelled_before: dict[str, list[Span]]) -> tuple[list[str], list[str]]:
    """web50's pool split into the pages no check drew from and the pages web50 or web53 drew from."""
    drawn = drawn_pages()
    pages = pool(labelled_before)
    return [p for p in pages if p not in drawn], [p for p in pages if p in drawn]


def draw(results: Path, n: int = 36, seed: int = SEED) -> list[dict[str, object]]:
    """The units: page, start, end, span text and its paragraph."""
    aid, texts, spans = run_spans(results)
    before = labelled_spans(WEB50_LATER | frozenset({*EARLIER, *LATER}) | {"claims-handcheck-web53-units.jsonl"})
    labelled = labelled_spans(LATER)
    rng = random.Random(seed)
    units: list[dict[str, object]] = []
    for tier in tiers(before):
        pages = [p for p in tier if aid.get(p) in spans]
        rng.shuffle(pages)
        for page in pages:
            left = fresh(spans[aid[page]], labelled.get(page, []))
            for start, end in sorted(rng.sample(left, min(PER_PAGE, len(left)))):
                units.append(labelling_unit(page, texts[aid[page]], start, end))
            if len(units) >= n:
                return units[:n]
    return units


def main() -> None:
    write_units(__doc__, draw)


if __name__ == "__main__":
    main()
