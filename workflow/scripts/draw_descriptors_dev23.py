"""Draw the articles of descriptors-dev23 (session 23, issue 12): 20 BBC articles and 8 web news pages.

BBC: every article named in no file of /work/shared/spec, config/eval or config/training (only 4 of
2,083 are), then `random.Random(20261203).sample` of the sorted articles named in no file of
/work/shared/spec or config/eval (the claim training labels of config/training are allowed) for the
other 16. Web: `random.Random(20261203).sample` of the sorted news pages of
claims-handcheck-web18-pages.tsv that are not in descriptors-web20. Reads main's config as it was
before dev23 was added (/work/main at f4fd4f5); prints the BBC paths, the counts of news pages, the pages.
"""

from __future__ import annotations

import os
import random
import re
from pathlib import Path

CORPUS = Path("/work/shared/corpora/bbc-news")
MAIN = Path("/work/main/config")
PATH = re.compile(r"news/[a-z]+/[A-Za-z0-9_\-\.]+?\.txt")


def named(dirs: list[str]) -> set[str]:
    """The BBC paths any file under the folders names."""
    found: set[str] = set()
    for d in dirs:
        for root, _, files in os.walk(d):
            for f in files:
                found.update(PATH.findall(Path(root, f).read_text(encoding="utf-8", errors="replace")))
    return found


def main() -> None:
    every = sorted(str(p.relative_to(CORPUS)) for p in CORPUS.rglob("*.txt"))
    evaluated = named(["/work/shared/spec", str(MAIN / "eval")])
    trained = named([str(MAIN / "training")])
    free = [p for p in every if p not in evaluated and p not in trained]
    rest = [p for p in every if p not in evaluated and p not in free]
    bbc = free + random.Random(20261203).sample(rest, 20 - len(free))
    print("\n".join(bbc))
    rows = [line.split("\t") for line in (MAIN / "eval/claims-handcheck-web18-pages.tsv").read_text().splitlines()[1:]]
    news = sorted(r[0] for r in rows if r[1] == "news")
    web20 = {line.split('"')[3] for line in (MAIN / "eval/descriptors-web20.jsonl").read_text().splitlines()}
    pages = [p for p in news if p not in web20]
    print(len(news), len(pages))
    print("\n".join(random.Random(20261203).sample(pages, 8)))


if __name__ == "__main__":
    main()
