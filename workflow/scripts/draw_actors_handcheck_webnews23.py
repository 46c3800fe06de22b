"""Draw the linked mentions of the session 23 hand check of web news pages (`actors-handcheck-webnews23`).

The linked mentions of `actors/mentions.parquet` (analysed pages only) on the pages that
`claims-handcheck-web18-pages.tsv` calls `news`, leaving out the five pages of the session 23 blind web gold
(`HELDOUT`) and every mention whose span overlaps a row of `actors-handcheck-web20.jsonl`, `-web21.jsonl` or
`-web21-news.jsonl` on the same page (the rows rule writers read); then
`narrative_pipeline.judged.draw(linked, ["web"], 60, 2, 20261223)`. Rows have the fields of
`draw_actors_handcheck_web22.py` with `page_decision` "news" and empty judgment fields.

    python workflow/scripts/draw_actors_handcheck_webnews23.py --results RESULTS --out draw.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from draw_actors_handcheck_web22 import draw_rows, pages_called

HELDOUT = (
    "0a3108e507c54157a95fe7a1338f5e9c.html",
    "scmp.com.playbook.html",
    "aclu.org-grades.html",
    "cbsnews.com.carolina.html",
    "timesofisrael.com.washington.html",
)


def sample(results: Path, n: int = 60, per_page: int = 2, seed: int = 20261223) -> list[dict[str, Any]]:
    """The drawn rows, ready for a judge."""
    return draw_rows(results, pages_called("news") - set(HELDOUT), "news", n, per_page, seed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    with args.out.open("w", encoding="utf-8") as fh:
        for row in sample(args.results):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
