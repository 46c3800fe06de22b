"""Draw the blind claim units of the session 20 web news hand check (`claims-handcheck-web20-units.jsonl`).

Reads only the spans of a run's claims (article, start, end; no decision column), so the units can be
labelled blind. News pages are those `claims-handcheck-web18-pages.tsv` calls news; the pages with no
web18 unit come first (shuffled), then the others (shuffled); from each page one claim is chosen with
`rng.choice` from its claims sorted by (start, end) that overlap no web18 unit, until 40 are drawn.

    python workflow/scripts/draw_claims_handcheck_web20.py --results RESULTS --out units.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
from narrative_pipeline.descriptor_eval import overlaps

EVAL = Path(__file__).resolve().parents[2] / "config" / "eval"
SEED = "session20-web-handcheck"
Span = tuple[int, int]


def line_around(text: str, start: int, end: int) -> str:
    """The text line (paragraph) holding the span."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first : len(text) if last < 0 else last]


def labelling_unit(page: str, text: str, start: int, end: int) -> dict[str, object]:
    """One unit to label: its page, span, span text and the paragraph around it."""
    return {
        "article": page,
        "start": start,
        "end": end,
        "text": text[start:end],
        "paragraph": line_around(text, start, end),
    }


def write_units(doc: str, draw_units: Callable[[Path], list[dict[str, object]]]) -> None:
    """The draw scripts' command line: `--results RESULTS --out units.jsonl`, one unit a line."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--results", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    with args.out.open("w") as f:
        for one in draw_units(args.results):
            f.write(json.dumps(one, ensure_ascii=False) + "\n")


def draw(results: Path, n: int = 40) -> list[dict[str, object]]:
    """The units: page, start, end, span text and its paragraph."""
    rows = (EVAL / "claims-handcheck-web18-pages.tsv").read_text().splitlines()[1:]
    news = sorted(r.split("\t")[0] for r in rows if r.split("\t")[1] == "news")
    web18: dict[str, list[Span]] = {}
    for line in (EVAL / "claims-handcheck-web18.jsonl").read_text().splitlines():
        unit = json.loads(line)
        web18.setdefault(unit["article"], []).append((unit["start"], unit["end"]))
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path"]).to_pylist()
    aid = {a["source_path"]: a["article_id"] for a in arts}
    texts = {r["article_id"]: r["text"] for r in pq.read_table(results / "ingest/texts.parquet").to_pylist()}
    spans: dict[str, list[Span]] = {}
    for r in pq.read_table(results / "claims/claims.parquet", columns=["article_id", "start", "end"]).to_pylist():
        spans.setdefault(r["article_id"], []).append((r["start"], r["end"]))
    rng = random.Random(SEED)
    with_claims = [p for p in news if aid.get(p) in spans]
    fresh = [p for p in with_claims if p not in web18]
    seen = [p for p in with_claims if p in web18]
    rng.shuffle(fresh)
    rng.shuffle(seen)
    units: list[dict[str, object]] = []
    for page in fresh + seen:
        if len(units) == n:
            break
        cand = sorted(s for s in spans[aid[page]] if not any(overlaps(*s, *w) for w in web18.get(page, [])))
        if not cand:
            continue
        start, end = rng.choice(cand)
        text = texts[aid[page]]
        units.append(labelling_unit(page, text, start, end))
    return units


def main() -> None:
    write_units(__doc__, draw)


if __name__ == "__main__":
    main()
