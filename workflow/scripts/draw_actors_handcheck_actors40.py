"""Draw the linked mentions of the session 30 hand check of web pages that are not news (`actors-handcheck-actors40`).

The linked mentions of `actors/mentions.parquet` (analysed pages only) on the pages that
`claims-handcheck-web18-pages.tsv` calls `not news`, leaving out every mention whose span overlaps a row of any
earlier web actor check (web20, web21, web21-news, web22, webnews23, actors35, actors36, actors37, actors38,
actors39) on the same page, and the five pages of the session 23 blind web gold (`HELDOUT`: two of them are called
not news); then `narrative_pipeline.judged.draw(linked, ["web"], 40, 1, 20261240)`. Rows have the fields of
`draw_actors_handcheck_web22.py` with empty judgment fields. (Only 9 of the 104 not-news pages have no row of an
earlier check, with 10 linked mentions between them: the draw takes unjudged mentions of every not-news page.)

    python workflow/scripts/draw_actors_handcheck_actors40.py --results RESULTS --out draw.jsonl
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from draw_actors_handcheck_actors36 import not_news_sample, write_draw
from draw_actors_handcheck_actors39 import EARLIER as ACTORS39_EARLIER

EARLIER = (*ACTORS39_EARLIER, "actors-handcheck-actors39.jsonl")


def sample(results: Path, n: int = 40, per_page: int = 1, seed: int = 20261240) -> list[dict[str, Any]]:
    """The drawn rows, ready for a judge."""
    return not_news_sample(results, n, per_page, seed, EARLIER)


def main() -> None:
    write_draw(sample, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
