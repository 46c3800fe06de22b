"""Draw the pages of the session 54 blind whole-page actors check of web news on politics and conflict
(`actors-handcheck-web85.jsonl`).

The brief asked for the pages about politics, government, war, diplomacy or protest that no file of config/eval,
config/training, tests/ or the shared spec names. No such page exists: web18's page list
(`claims-handcheck-web18-pages.tsv`) names all 168 pages, and apart from it only 7 pages (none of them news) go unnamed.
So, as web41's draw did, a page counts as read when a file names it that a rule writer reads whole or that took the
page in more than a few units: any file of config/training, tests/ or the shared spec, a gold set of config/eval
(`gold-*/`), a descriptor set (`descriptors-*`), config/eval's README, or any other config/eval file in which more than
`MOST_LINES` lines name it (web18's page list names each page on one line; a claims or actors hand check of single
units names a page in a few rows; web41 and claims-opinion23, which took pages whole, in more). Of the 96 pages left,
those whose subject is politics, government, war, diplomacy or protest (`POLITICS`, read from each page's title and
opening lines, the near pages in `NEAR` with why they are out) make the pool: 5 pages. `random.Random(SEED).sample`
of the sorted pool, `DRAWN` pages: all five.

    python workflow/scripts/draw_actors_handcheck_web85.py
"""

from __future__ import annotations

import random
from collections.abc import Collection
from pathlib import Path

import later_checks
from draw_pools import EVAL, PAGES, ROOT, words_between

SEED = 20262402
DRAWN = 5
MOST_LINES = 4
SHARED_SPEC = Path("/work/shared/spec")
ROOTS = (EVAL, ROOT / "config/training", ROOT / "tests", SHARED_SPEC)
LATER = later_checks.web_checks_from("web85")  # this draw's own check and every web check made after it
# the pages of the class among the unread ones, and what each is
POLITICS = {
    "breakingbelizenews.com-paho.html": "an international organisation's director urges the Americas' states to act",
    "kxan.com-Voters.html": "a state's voters pass a constitutional amendment; the legislature's funding",
    "msn.com.university.html": "universities and the UK government blame each other over Covid in student halls",
    "stluciatimes.com-dea.html": "a US agency arrests a British territory's premier; the governor's response",
    "theintercept.com-Gaza.html": "war: the Israeli assault on Gaza and its hospitals",
}
# the unread news pages left out of the class, and why
NEAR = {
    "bostonherald.com-Brothel-catering.html": "crime: federal prosecutors bust a brothel",
    "heartlandnewsfeed.com-Christian.html": "crime: police blotters",
    "jamaicaobserver.com-attacks.html": "crime: a woman attacks a police inspector",
    "japantimes.co.jp.surgical.html": "crime: masks stolen from a hospital",
    "nationalgeographic.co.uk.goats.html": "conservation",
    "nature.com.telescope.html": "science: a telescope opens",
    "pagesix.com.myers.html": "a former press secretary leaves a studio job (business)",
    "pcmag.com.platters.html": "technology",
    "phys.org.tool.html": "archaeology",
    "reporternewspapers.net-Brookhaven.html": "a gas leak closes a road",
    "thelocal.se.tattooed.html": "human interest: a fan's tattoo of an epidemiologist",
    "thepointsguy.com.alaska.html": "business: an airline alliance",
    "theverge.com.ios13.html": "technology",
    "vancouversun.com.microsoft.html": "business: a firm's climate pledge",
    "vice.com.amazon.html": "environment: Amazon fires seen from space",
    "world.kbs.co.kr-Temperatures.html": "weather",
}


def read_files(roots: tuple[Path, ...] = ROOTS, later: Collection[str] = LATER) -> dict[Path, str]:
    """The text files under `roots`, but the check files of `later`."""
    return {
        path: path.read_text(encoding="utf-8", errors="replace")
        for root in roots
        for path in sorted(root.rglob("*"))
        if path.is_file()
        and path.name not in later
        and path.suffix in {".json", ".jsonl", ".md", ".py", ".txt", ".yaml", ".tsv", ".csv"}  # fmt: skip
    }


def read_whole(path: Path) -> bool:
    """Whether naming a page in `path` at all counts it read: all but config/eval's check files and lists."""
    in_eval = path.parent == EVAL
    return not in_eval or path.name.startswith("descriptors-") or path.name == "README.md"


def unread(pages: list[str], files: dict[Path, str]) -> list[str]:
    """The pages (by file name or stem) no file counts read: named in no file `read_whole` takes, and in at most
    `MOST_LINES` lines of any other."""
    left = []
    for page in pages:
        stem = page.removesuffix(".html")
        for path, text in files.items():
            if stem not in text:
                continue
            if read_whole(path) or sum(stem in line for line in text.splitlines()) > MOST_LINES:
                break
        else:
            left.append(page)
    return left


def pool(later: Collection[str] = LATER) -> list[str]:
    """The unread pages of the class, sorted."""
    pages = sorted(p.name for p in PAGES.glob("*.html"))
    return [p for p in unread(pages, read_files(later=later)) if p in POLITICS]


def sized_pool(later: Collection[str], taken: Collection[str], least: int, most: int) -> list[str]:
    """The unread pages of `least` to `most` words no earlier draw gave (`taken`), sorted: web77-web81's pool."""
    pages = sorted(p.name for p in PAGES.glob("*.html"))
    return [p for p in unread(pages, read_files(later=later)) if p not in taken and words_between(p, least, most)]


def sample(names: list[str], seed: int, n: int) -> list[str]:
    """`n` of `names` drawn by `random.Random(seed)`, sorted."""
    return sorted(random.Random(seed).sample(names, n))


def show(names: list[str], drawn: list[str]) -> None:
    """Print a draw: the pool's size, then each drawn page."""
    print(f"pool {len(names)}")
    for name in drawn:
        print(name)


def main() -> None:
    names = pool()
    print(f"pool {len(names)}")
    for name in sorted(random.Random(SEED).sample(names, DRAWN)):
        print(name)


if __name__ == "__main__":
    main()
