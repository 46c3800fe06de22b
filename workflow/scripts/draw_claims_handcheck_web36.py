"""Draw the blind claim units of the session 36 web hand check (`claims-handcheck-web36-units.jsonl`).

Reads only the spans of a run's claims (article, start, end; no decision column), so the units can be
labelled blind. The pages are the saved web pages with claims that no claim label set covers: none of the pages
of the hand checks web18, web20, web22, of opinion23 and of opinion24's s24 labels, and none of the five pages of
the session 23 blind web gold (`HELDOUT`, never read). They are sorted and shuffled with
`random.Random("session36-web-handcheck")`; from each page in that order one claim is chosen with `rng.choice`
from its claims sorted by (start, end), until 40 are drawn.

    python workflow/scripts/draw_claims_handcheck_web36.py --results RESULTS --out units.jsonl
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pyarrow.parquet as pq
from draw_actors_handcheck_webnews23 import HELDOUT
from draw_claims_handcheck_web20 import labelling_unit, write_units

ROOT = Path(__file__).resolve().parents[2]
SEED = "session36-web-handcheck"
LABELLED = (
    "config/eval/claims-handcheck-web18.jsonl",
    "config/eval/claims-handcheck-web20.jsonl",
    "config/eval/claims-handcheck-web22.jsonl",
    "config/eval/claims-opinion23.jsonl",
    "config/training/claims-labels-s24.jsonl",
)


def labelled_pages() -> set[str]:
    """The pages some claim label set already covers, and the held-out gold's."""
    pages = set(HELDOUT)
    for name in LABELLED:
        pages |= {json.loads(line)["article"] for line in (ROOT / name).read_text().splitlines() if line.strip()}
    return pages


def draw(results: Path, n: int = 40) -> list[dict[str, object]]:
    """The units: page, start, end, span text and its paragraph."""
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path"]).to_pylist()
    aid = {a["source_path"]: a["article_id"] for a in arts}
    texts = {r["article_id"]: r["text"] for r in pq.read_table(results / "ingest/texts.parquet").to_pylist()}
    spans: dict[str, list[tuple[int, int]]] = {}
    for r in pq.read_table(results / "claims/claims.parquet", columns=["article_id", "start", "end"]).to_pylist():
        spans.setdefault(r["article_id"], []).append((r["start"], r["end"]))
    covered = labelled_pages()
    pages = sorted(p for p in aid if p not in covered and aid[p] in spans)
    rng = random.Random(SEED)
    rng.shuffle(pages)
    units: list[dict[str, object]] = []
    for page in pages[:n]:
        start, end = rng.choice(sorted(spans[aid[page]]))
        text = texts[aid[page]]
        units.append(labelling_unit(page, text, start, end))
    return units


def main() -> None:
    write_units(__doc__, draw)


if __name__ == "__main__":
    main()
