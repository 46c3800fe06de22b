"""Draw the pages of the session 41 blind hand check of web news (`actors-handcheck-web41.jsonl`).

Every one of the 61 pages `claims-handcheck-web18-pages.tsv` calls news already carries rows of some hand check,
so no news page is untouched. The pool: those news pages outside every gold set of config/eval (`gold-*/`), outside
the descriptor sets (`descriptors-*.jsonl`, which rule writers read) and outside actors52's draw (gold-web-dev40),
whose extracted main text has 150 to 900 words (a page to judge whole) and which carry at most 4 rows of the
earlier actor hand checks (`actors-*.jsonl`: a few judged spans, whose pages no rule writer read whole): 16 pages.
Nine drawn with `random.Random(SEED).sample` from the sorted pool; every mention of m40-web on them judged, and the
actors the pipeline missed on them added as `kind: missed` rows (`actors-handcheck-web41.jsonl`).

    python workflow/scripts/draw_actors_handcheck_web41.py
"""

from __future__ import annotations

import random

import later_checks
from draw_pools import EVAL, PAGES, check_rows, news_pages, words_between

SEED = 20261241
# this draw's own check, made after it, and web85 (session 54), web77 (session 57), web78 (session 58), web79
# (session 59), web80 (session 60) and web81 (session 61), which name pages of its pool
LATER = later_checks.web_checks_from("web41")  # this draw's own check and every web check made after it


def excluded() -> set[str]:
    """Pages of the gold sets and of the descriptor sets."""
    golds = {p.stem + ".html" for p in EVAL.glob("gold-*/*.json")}
    text = "\n".join(p.read_text(encoding="utf-8") for p in EVAL.glob("descriptors-*.jsonl"))
    named = {p.name for p in PAGES.glob("*.html") if p.stem in text}
    return golds | named


def pool() -> list[str]:
    skip = excluded()
    rows = check_rows(LATER)
    return [
        name
        for name in sorted(news_pages())
        if name not in skip and rows.get(name, 0) <= 4 and words_between(name, 150, 900)
    ]


def main() -> None:
    names = pool()
    print(f"pool {len(names)}")
    for name in sorted(random.Random(SEED).sample(names, 9)):
        print(name)


if __name__ == "__main__":
    main()
