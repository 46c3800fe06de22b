"""Draw the claim units of the session 23 opinion set (`claims-opinion23-units.jsonl`).

Reads only the spans of a run's claims (article, start, end; no decision column), so the units can be
labelled blind to the run's labels. The pages are ten opinion, analysis and essay pages of the saved web
pages (`PAGES`; none of them in the blind web gold of session 23); from each page, in sorted order,
15 claims are drawn with `random.Random("session23-opinion").sample` from its claims sorted by (start, end),
then the units are sorted by page and offset.

    python workflow/scripts/draw_claims_opinion23.py --results RESULTS --out units.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import pyarrow.parquet as pq
from draw_claims_handcheck_web20 import labelling_unit

SEED = "session23-opinion"
PER_PAGE = 15
PAGES = (
    "diem25.org.climate.html",
    "economist.com.thinking.html",
    "fivethirtyeight.com.endorsement.html",
    "harpers.org.justice.html",
    "latimes.com.bloomberg.html",
    "newrepublic.com.neoliberalism.html",
    "nymag.com.polarization.html",
    "theatlantic.com.disasters.html",
    "villagevoice.com-Party.html",
    "wired.com.burn.html",
)
Span = tuple[int, int]


def draw(
    results: Path, per_page: int = PER_PAGE, pages: tuple[str, ...] = PAGES, seed: str = SEED
) -> list[dict[str, object]]:
    """The units: page, start, end, span text and its paragraph (`pages` and `seed` name another draw's pages)."""
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path"]).to_pylist()
    aid = {a["source_path"]: a["article_id"] for a in arts}
    texts = {r["article_id"]: r["text"] for r in pq.read_table(results / "ingest/texts.parquet").to_pylist()}
    spans: dict[str, list[Span]] = {}
    for r in pq.read_table(results / "claims/claims.parquet", columns=["article_id", "start", "end"]).to_pylist():
        spans.setdefault(r["article_id"], []).append((r["start"], r["end"]))
    rng = random.Random(seed)
    units: list[dict[str, object]] = []
    for page in sorted(pages):
        own = sorted(spans.get(aid[page], []))
        text = texts[aid[page]]
        for start, end in sorted(rng.sample(own, min(per_page, len(own)))):
            units.append(labelling_unit(page, text, start, end))
    return units


def main(doc: str = __doc__, per_page: int = PER_PAGE, pages: tuple[str, ...] = PAGES, seed: str = SEED) -> None:
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--results", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    with args.out.open("w") as f:
        for unit in draw(args.results, per_page, pages, seed):
            f.write(json.dumps(unit, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
