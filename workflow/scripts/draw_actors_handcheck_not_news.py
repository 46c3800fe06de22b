"""Draw the linked mentions of a hand check of web pages that are not news (`actors-handcheck-actorsNN`, NN 36-42).

The linked mentions of `actors/mentions.parquet` (analysed pages only) on the pages that
`claims-handcheck-web18-pages.tsv` calls `not news`, leaving out every mention whose span overlaps a row of an
earlier web actor check on the same page (web20, web21, web21-news, web22, webnews23, actors35 and every not-news
check of `SEEDS` before this one), and the five pages of the session 23 blind web gold (`HELDOUT`: two of them are
called not news); then `narrative_pipeline.judged.draw(linked, ["web"], 40, 1, SEEDS[check])`. Rows have the fields
of `draw_actors_handcheck_web22.py` with empty judgment fields. Each check was drawn from its own session's base run
(config/eval/README.md names it): the same run gives the same rows.

    python workflow/scripts/draw_actors_handcheck_not_news.py --check actors41 --results RESULTS --out draw.jsonl

A new check is one more entry of `SEEDS` (sessions 26-32 took one each: actors36 ... actors42).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from draw_actors_handcheck_web22 import draw_rows, pages_called
from draw_actors_handcheck_webnews23 import HELDOUT

FIRST_EARLIER = (
    "actors-handcheck-web20.jsonl",
    "actors-handcheck-web21.jsonl",
    "actors-handcheck-web21-news.jsonl",
    "actors-handcheck-web22.jsonl",
    "actors-handcheck-webnews23.jsonl",
    "actors-handcheck-actors35.jsonl",
)
# The not-news checks in the order they were drawn, with the seed of each draw.
SEEDS = {
    "actors36": 20261236,
    "actors37": 20261237,
    "actors38": 20261238,
    "actors39": 20261239,
    "actors40": 20261240,
    "actors41": 20261241,
    "actors42": 20261242,
}


def earlier_checks(check: str) -> tuple[str, ...]:
    """The files of the web actor checks drawn before `check`, whose spans its draw leaves out."""
    before = list(SEEDS)[: list(SEEDS).index(check)]
    return (*FIRST_EARLIER, *(f"actors-handcheck-{name}.jsonl" for name in before))


def sample(results: Path, check: str, n: int = 40, per_page: int = 1) -> list[dict[str, Any]]:
    """The drawn rows of `check`, ready for a judge: linked mentions of the pages called not news but the held-out
    gold's, none overlapping a row of an earlier check."""
    pages = pages_called("not news") - set(HELDOUT)
    return draw_rows(results, pages, "not news", n, per_page, SEEDS[check], earlier_checks(check))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", choices=list(SEEDS), required=True)
    parser.add_argument("--results", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    with args.out.open("w", encoding="utf-8") as fh:
        for row in sample(args.results, args.check):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
