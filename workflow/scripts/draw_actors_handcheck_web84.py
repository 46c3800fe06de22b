"""Draw the pages of the session 64 blind whole-page actors check of saved web pages (`actors-handcheck-web84.jsonl`).

The brief asked for 5 web pages no check names, drawn with web83's draw functions (`draw_actors_handcheck_web83.py`).
No page is unnamed (web18's page list names all 168), so a page counts unread under web85's rule, as in web83's
draw, now with web83's check among the files read (only this draw's own check is `LATER`). Web83's first group
(`unread_news`) is empty: it took all three such pages. Its near pool (`near_news`: news pages of 100-1200 words no
gold set, training file or spec file names, at most `MOST_LINES` rows in the actor checks together, not given by web77's
to web81's draws) holds 3 pages: all 3 are taken. The other 2 are `random.Random(SEED).sample` of web81's pool rule
(`sized_pool`: unread pages of any kind of `LEAST` to `MOST` words that web77's to web81's draws did not give), the
first group out.

    python workflow/scripts/draw_actors_handcheck_web84.py
"""

from __future__ import annotations

import later_checks
from draw_actors_handcheck_web83 import near_news, taken, unread_news
from draw_actors_handcheck_web85 import sample, sized_pool

SEED = 20263405
DRAWN = 5
LEAST, MOST = 100, 1500
LATER = later_checks.web_checks_from("web84")  # this draw's own check and every web check made after it


def first_group() -> list[str]:
    """Web83's unread news pages and its near pool, with web83's check read, sorted."""
    first = unread_news(LATER)
    return sorted([*first, *near_news(LATER, first=first)])


def pool(first: list[str]) -> list[str]:
    """Web81's pool rule (unread pages of `LEAST` to `MOST` words web77's to web81's draws did not give), `first`
    out, sorted."""
    return [p for p in sized_pool(LATER, taken(), LEAST, MOST) if p not in first]


def drawn() -> list[str]:
    """The pages this draw gave, sorted: every `first_group` page, then `pool` pages up to `DRAWN`."""
    first = first_group()
    return sorted([*first, *sample(pool(first), SEED, DRAWN - len(first))])


def main() -> None:
    first = first_group()
    rest = pool(first)
    print(f"first group {len(first)}, pool {len(rest)}")
    for name in sorted([*first, *sample(rest, SEED, DRAWN - len(first))]):
        print(name)


if __name__ == "__main__":
    main()
