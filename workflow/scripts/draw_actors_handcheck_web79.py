"""Draw the pages of the session 59 blind whole-page actors check of saved web pages (`actors-handcheck-web79.jsonl`).

The pool follows web78's draw (`draw_actors_handcheck_web78.py`, itself web77's and web85's pool rule): a page counts
as read when a file names it that a rule writer reads whole (config/training, tests/, the shared spec, a gold set of
config/eval, a descriptor set, config/eval's README) or when more than `MOST_LINES` lines of another config/eval file
name it; pages of every kind whose extracted main text has `LEAST` to `MOST` words. On top of that, the pages web77's
and web78's draws gave are out. `random.Random(SEED).sample` of the sorted pool, `DRAWN` pages.

    python workflow/scripts/draw_actors_handcheck_web79.py
"""

from __future__ import annotations

from collections.abc import Collection

import later_checks
from draw_actors_handcheck_web77 import LEAST, MOST
from draw_actors_handcheck_web77 import drawn as drawn_web77
from draw_actors_handcheck_web78 import drawn as drawn_web78
from draw_actors_handcheck_web85 import sample, show, sized_pool

SEED = 20262905
DRAWN = 10
LATER = later_checks.web_checks_from("web79")  # this draw's own check and every web check made after it


def pool(later: Collection[str] = LATER) -> list[str]:
    """The unread pages of `LEAST` to `MOST` words that web77's and web78's draws did not give, sorted."""
    return sized_pool(later, set(drawn_web77()) | set(drawn_web78()), LEAST, MOST)


def drawn() -> list[str]:
    """The pages this draw gave, sorted."""
    return sample(pool(), SEED, DRAWN)


def main() -> None:
    show(pool(), drawn())


if __name__ == "__main__":
    main()
