"""Draw the pages of the session 58 blind whole-page actors check of saved web pages (`actors-handcheck-web78.jsonl`).

The pool follows web77's draw (`draw_actors_handcheck_web77.py`, itself web85's pool rule): a page counts as read when
a file names it that a rule writer reads whole (config/training, tests/, the shared spec, a gold set of config/eval, a
descriptor set, config/eval's README) or when more than `MOST_LINES` lines of another config/eval file name it; pages
of every kind whose extracted main text has `LEAST` to `MOST` words. On top of that, the pages web77's draw gave are
out (its check holds some of them in fewer than `MOST_LINES` rows, one in none). A page that a check of sampled
mentions (one to three rows a page) holds stays in, as in web77's pool: only 7 of the 168 pages are in no check at
all. `random.Random(SEED).sample` of the sorted pool, `DRAWN` pages.

    python workflow/scripts/draw_actors_handcheck_web78.py
"""

from __future__ import annotations

from collections.abc import Collection

import later_checks
from draw_actors_handcheck_web77 import LEAST, MOST
from draw_actors_handcheck_web77 import drawn as drawn_web77
from draw_actors_handcheck_web85 import sample, show, sized_pool

SEED = 20262804
DRAWN = 12
LATER = later_checks.web_checks_from("web78")  # this draw's own check and every web check made after it


def pool(later: Collection[str] = LATER) -> list[str]:
    """The unread pages of `LEAST` to `MOST` words that web77's draw did not give, sorted."""
    return sized_pool(later, set(drawn_web77()), LEAST, MOST)


def drawn() -> list[str]:
    """The pages this draw gave, sorted."""
    return sample(pool(), SEED, DRAWN)


def main() -> None:
    show(pool(), drawn())


if __name__ == "__main__":
    main()
