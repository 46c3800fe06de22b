"""Draw the six pages of the actor dev gold of session 40 (`config/eval/gold-web-dev40/`).

The pool: the pages `claims-handcheck-web18-pages.tsv` calls news, outside the blind web gold (gold-web-heldout23),
gold-web-dev24 and the pages of descriptors-dev23-web (the sets a rule writer read or a gate holds out), whose
extracted main text has 150 to 1,000 words (a page's worth to label whole) and which carry at most 4 rows of the
earlier actor hand checks (`actors-*.jsonl` of config/eval; every news page carries at least one, so none is
untouched: the rows are few and the annotator did not read them). Six drawn with `random.Random(SEED).sample` from
the sorted pool.

    python workflow/scripts/draw_gold_web_dev40.py
"""

from __future__ import annotations

import random

import later_checks
from draw_actors_handcheck_web36 import TUNED  # gold-web-dev24's pages and descriptors-dev23-web's
from draw_pools import EVAL, check_rows, news_pages, words_between

SEED = 20261240
LATER = later_checks.web_checks_from("web41")  # the web hand checks made after this draw (web41 is the first)


def pool() -> list[str]:
    golds = {p.stem + ".html" for d in ("gold-web-dev24", "gold-web-heldout23") for p in (EVAL / d).glob("*.json")}
    rows = check_rows(LATER)
    return [
        name
        for name in sorted(news_pages())
        if name not in golds and name not in TUNED and rows.get(name, 0) <= 4 and words_between(name, 150, 1000)
    ]


def main() -> None:
    names = pool()
    print(f"pool {len(names)}")
    for name in sorted(random.Random(SEED).sample(names, 6)):
        print(name)


if __name__ == "__main__":
    main()
