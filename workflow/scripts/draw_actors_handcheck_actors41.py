"""Draw the linked mentions of the session 31 hand check of web pages that are not news (`actors-handcheck-actors41`).

`draw_actors_handcheck_actors40.py`'s draw with actors40's check added to the earlier ones and seed 20261241: the
linked mentions of the pages called `not news` (the session 23 blind pages left out) that overlap no row of an earlier
web actor check, `narrative_pipeline.judged.draw(linked, ["web"], 40, 1, 20261241)`.

    python workflow/scripts/draw_actors_handcheck_actors41.py --results RESULTS --out draw.jsonl
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from draw_actors_handcheck_actors36 import not_news_sample, write_draw
from draw_actors_handcheck_actors40 import EARLIER as ACTORS40_EARLIER

EARLIER = (*ACTORS40_EARLIER, "actors-handcheck-actors40.jsonl")


def sample(results: Path, n: int = 40, per_page: int = 1, seed: int = 20261241) -> list[dict[str, Any]]:
    """The drawn rows, ready for a judge."""
    return not_news_sample(results, n, per_page, seed, EARLIER)


def main() -> None:
    write_draw(sample, __doc__.splitlines()[0])


if __name__ == "__main__":
    main()
