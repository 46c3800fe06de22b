"""Draw the linked mentions of the session 26 hand check of web pages that are not news (`actors-handcheck-actors36`).

The linked mentions of `actors/mentions.parquet` (analysed pages only) on the pages that
`claims-handcheck-web18-pages.tsv` calls `not news`, leaving out every mention whose span overlaps a row of any
earlier web actor check (web20, web21, web21-news, web22, webnews23, actors35) on the same page, and the five pages
of the session 23 blind web gold (`HELDOUT`: two of them are called not news); then
`narrative_pipeline.judged.draw(linked, ["web"], 40, 1, 20261236)`. Rows have the fields of
`draw_actors_handcheck_web22.py` with empty judgment fields.

    python workflow/scripts/draw_actors_handcheck_actors36.py --results RESULTS --out draw.jsonl
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from draw_actors_handcheck_web22 import draw_rows, pages_called
from draw_actors_handcheck_webnews23 import HELDOUT

EARLIER = (
    "actors-handcheck-web20.jsonl",
    "actors-handcheck-web21.jsonl",
    "actors-handcheck-web21-news.jsonl",
    "actors-handcheck-web22.jsonl",
    "actors-handcheck-webnews23.jsonl",
    "actors-handcheck-actors35.jsonl",
)


def not_news_sample(results: Path, n: int, per_page: int, seed: int, earlier: tuple[str, ...]) -> list[dict[str, Any]]:
    """The drawn rows of a not-news hand check (this one's, actors37's, actors38's): linked mentions of the pages
    called not news but the held-out gold's, none overlapping a row of the `earlier` checks."""
    return draw_rows(results, pages_called("not news") - set(HELDOUT), "not news", n, per_page, seed, earlier)


def sample(results: Path, n: int = 40, per_page: int = 1, seed: int = 20261236) -> list[dict[str, Any]]:
    """The drawn rows, ready for a judge."""
    return not_news_sample(results, n, per_page, seed, EARLIER)


def write_draw(draw: Callable[[Path], list[dict[str, Any]]], description: str) -> None:
    """The command line of a draw script: `--results` in, the drawn rows as JSON lines to `--out`."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--results", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    with args.out.open("w", encoding="utf-8") as fh:
        for row in draw(args.results):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> None:
    write_draw(sample, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
