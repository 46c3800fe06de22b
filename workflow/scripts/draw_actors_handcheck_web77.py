"""Draw the pages of the session 57 blind whole-page actors check of saved web pages (`actors-handcheck-web77.jsonl`).

The pool follows web85's draw (`draw_actors_handcheck_web85.py`): a page counts as read when a file names it that a
rule writer reads whole (config/training, tests/, the shared spec, a gold set of config/eval, a descriptor set, config/
eval's README) or when more than `MOST_LINES` lines of another config/eval file name it (a whole-page check); web18's
page list names every page on one line. Unlike web85 this draw takes pages of every kind (news, recipes, docs, wikis,
shops), as the web corpus holds them, since the web mention errors come from both; of the unread pages, those whose
extracted main text has `LEAST` to `MOST` words (a page to label whole in a session). `random.Random(SEED).sample` of
the sorted pool, `DRAWN` pages.

    python workflow/scripts/draw_actors_handcheck_web77.py
"""

from __future__ import annotations

from collections.abc import Collection

import later_checks
from draw_actors_handcheck_web85 import sample, show, sized_pool

SEED = 20262707
DRAWN = 15
LEAST, MOST = 100, 700
LATER = later_checks.web_checks_from("web77")  # this draw's own check and every web check made after it


def pool(later: Collection[str] = LATER) -> list[str]:
    """The unread pages of `LEAST` to `MOST` words, sorted."""
    return sized_pool(later, (), LEAST, MOST)


def drawn() -> list[str]:
    """The pages this draw gave, sorted."""
    return sample(pool(), SEED, DRAWN)


def main() -> None:
    show(pool(), drawn())


if __name__ == "__main__":
    main()
