"""Draw the linked mentions of the session 29 hand check of web pages that are not news (`actors-handcheck-actors39`).

The linked mentions of `actors/mentions.parquet` (analysed pages only) on the pages that
`claims-handcheck-web18-pages.tsv` calls `not news`, leaving out every mention whose span overlaps a row of any
earlier web actor check (web20, web21, web21-news, web22, webnews23, actors35, actors36, actors37, actors38) on the
same page, and the five pages of the session 23 blind web gold (`HELDOUT`: two of them are called not news); then
`narrative_pipeline.judged.draw(linked, ["web"], 40, 1, 20261239)`. Rows have the fields of
`draw_actors_handcheck_web22.py` with empty judgment fields.

    python workflow/scripts/draw_actors_handcheck_actors39.py --results RESULTS --out draw.jsonl
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from draw_actors_handcheck_actors36 import not_news_sample, write_draw
from draw_actors_handcheck_actors38 import EARLIER as ACTORS38_EARLIER

EARLIER = (*ACTORS38_EARLIER, "actors-handcheck-actors38.jsonl")


def sample(results: Path, n: int = 40, per_page: int = 1, seed: int = 20261239) -> list[dict[str, Any]]:
    """The drawn rows, ready for a judge."""
    return not_news_sample(results, n, per_page, seed, EARLIER)


def main() -> None:
    write_draw(sample, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
