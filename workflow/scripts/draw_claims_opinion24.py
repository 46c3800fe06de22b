"""Draw the claim units of the session 24 opinion training labels (`config/training/claims-units-s24.jsonl`).

Reads only the spans of a run's claims (article, start, end; no decision column), so the units can be
labelled blind to the run's labels. The pages are the thirteen opinion, analysis, essay, review and letters
pages of the saved web pages (`PAGES`) that are in none of: the opinion23 dev set, the blind web gold of
session 23, the claim hand checks web18 / web20 / web22. From each page, in sorted order, 16 claims are drawn
with `random.Random("session24-opinion").sample` from its claims sorted by (start, end) (all of them when it has
fewer), then the units are sorted by page and offset. The row builder is opinion23's.

    python workflow/scripts/draw_claims_opinion24.py --results RESULTS --out units.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import pyarrow.parquet as pq
from draw_claims_handcheck_web20 import line_around

SEED = "session24-opinion"
PER_PAGE = 16
PAGES = (
    "blog.wordpress.com.diverse.html",
    "boingboing.net.millenials.html",
    "deleuze.enacademic.com.micropolitics.html",
    "gregoryszorc.com.python3.html",
    "hearya.com.metal.html",
    "mercurynews.com.2023.01.16.letters-1119.html",
    "metrotimes.com-Mezcal.html",
    "pamelaandersonfoundation.org.yellow.html",
    "pcgamer.com.darkest.html",
    "stackoverflow.com.rust.html",
    "thenervousbreakdown.com.loneliest.html",
    "tonedeaf.thebrag.com.luboku.html",
    "womencantalksports.com-top10.html",
)
Span = tuple[int, int]


def draw(results: Path, per_page: int = PER_PAGE) -> list[dict[str, object]]:
    """The units: page, start, end, span text and its paragraph."""
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path"]).to_pylist()
    aid = {a["source_path"]: a["article_id"] for a in arts}
    texts = {r["article_id"]: r["text"] for r in pq.read_table(results / "ingest/texts.parquet").to_pylist()}
    spans: dict[str, list[Span]] = {}
    for r in pq.read_table(results / "claims/claims.parquet", columns=["article_id", "start", "end"]).to_pylist():
        spans.setdefault(r["article_id"], []).append((r["start"], r["end"]))
    rng = random.Random(SEED)
    units: list[dict[str, object]] = []
    for page in sorted(PAGES):
        own = sorted(spans.get(aid[page], []))
        text = texts[aid[page]]
        for start, end in sorted(rng.sample(own, min(per_page, len(own)))):
            units.append(
                {
                    "article": page,
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                    "paragraph": line_around(text, start, end),
                }
            )
    return units


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    with args.out.open("w") as f:
        for unit in draw(args.results):
            f.write(json.dumps(unit, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
