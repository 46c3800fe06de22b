"""Draw the pages of the session 63 blind whole-page actors check of web news (`actors-handcheck-web83.jsonl`).

The brief asked for 5 news pages (`draw_pools.news_pages`, web18's list) that no check names. None is left: every
one of the 61 news pages is named by some actor check (web20's, web36's and webnews23's single-span checks name
nearly all). Under web85's rule for a read page (named in a file a rule writer reads whole, or in more than
`MOST_LINES` lines of another config/eval file), 3 news pages are unread and no earlier whole-page draw (web77 to
web81) gave them: all 3 are taken (`unread_news`). The other 2 are `random.Random(SEED).sample` of the near pool
(`near_news`): news pages of `LEAST` to `MOST` words that no gold set, config/training file or shared spec file
names, on which the actor checks together hold at most `MOST_LINES` rows (so no whole-page actor check took them), that
web77's to web81's draws did not give, and that are not in the first group. Such a page may be named in tests/,
config/eval's README or a descriptor set: a few sentences of it were read, never its mentions whole.

    python workflow/scripts/draw_actors_handcheck_web83.py
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

import later_checks
from draw_actors_handcheck_web77 import drawn as drawn_web77
from draw_actors_handcheck_web78 import drawn as drawn_web78
from draw_actors_handcheck_web79 import drawn as drawn_web79
from draw_actors_handcheck_web80 import drawn as drawn_web80
from draw_actors_handcheck_web81 import drawn as drawn_web81
from draw_actors_handcheck_web85 import EVAL, MOST_LINES, PAGES, ROOT, SHARED_SPEC, read_files, sample, unread
from draw_pools import check_rows, news_pages, words_between

SEED = 20263303
DRAWN = 5
LEAST, MOST = 100, 1200
LATER = later_checks.web_checks_from("web83")  # this draw's own check and every web check made after it


def taken() -> set[str]:
    """The pages web77's to web81's whole-page draws gave."""
    return {*drawn_web77(), *drawn_web78(), *drawn_web79(), *drawn_web80(), *drawn_web81()}


def unread_news(later: Collection[str] = LATER) -> list[str]:
    """The news pages web85's rule counts unread that no earlier whole-page draw gave, sorted."""
    pages = sorted(p.name for p in PAGES.glob("*.html"))
    news, gone = set(news_pages()), taken()
    return [p for p in unread(pages, read_files(later=later)) if p in news and p not in gone]


def labelled_whole(path: Path) -> bool:
    """Whether `path` labels pages whole: a gold set of config/eval, config/training or the shared spec."""
    return (
        path.is_relative_to(ROOT / "config/training")
        or path.is_relative_to(SHARED_SPEC)
        or (path.is_relative_to(EVAL) and path.relative_to(EVAL).parts[0].startswith("gold-"))
    )


def near_news(later: Collection[str] = LATER, first: Collection[str] | None = None) -> list[str]:
    """The news pages of `LEAST` to `MOST` words no gold set, training file or spec names, with at most `MOST_LINES`
    rows in the actor checks together, that no earlier whole-page draw gave and `unread_news` does not hold, sorted."""
    files = {p: t for p, t in read_files(later=later).items() if labelled_whole(p)}
    rows, gone = check_rows(later), taken()
    first = set(unread_news(later) if first is None else first)
    return [
        p
        for p in sorted(news_pages())
        if p not in gone
        and p not in first
        and rows.get(p, 0) <= MOST_LINES
        and not any(p.removesuffix(".html") in text for text in files.values())
        and words_between(p, LEAST, MOST)
    ]


def drawn() -> list[str]:
    """The pages this draw gave, sorted: every `unread_news` page, then `near_news` pages up to `DRAWN`."""
    first = unread_news()
    return sorted([*first, *sample(near_news(first=first), SEED, DRAWN - len(first))])


def main() -> None:
    first = unread_news()
    near = near_news(first=first)
    print(f"unread news {len(first)}, near pool {len(near)}")
    for name in sorted([*first, *sample(near, SEED, DRAWN - len(first))]):
        print(name)


if __name__ == "__main__":
    main()
