"""Draw the blind claim units of the session 22 web news hand check (`claims-handcheck-web22-units.jsonl`).

Reads only the spans of a run's claims (article, start, end; no decision column), so the units can be
labelled blind. News pages are those `claims-handcheck-web18-pages.tsv` calls news, sorted and shuffled
with `random.Random("session22-web-handcheck")`; from each page in that order one claim is chosen with
`rng.choice` from its claims sorted by (start, end) that overlap no unit of `claims-handcheck-web18.jsonl`
or `claims-handcheck-web20.jsonl` (pages with none are skipped), until 40 are drawn.

    python workflow/scripts/draw_claims_handcheck_web22.py --results RESULTS --out units.jsonl
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pyarrow.parquet as pq
from draw_claims_handcheck_web20 import labelling_unit, write_units
from narrative_pipeline.descriptor_eval import overlaps

EVAL = Path(__file__).resolve().parents[2] / "config" / "eval"
SEED = "session22-web-handcheck"
Span = tuple[int, int]


def judged_spans() -> dict[str, list[Span]]:
    """The spans of the earlier web news claim checks, by page."""
    spans: dict[str, list[Span]] = {}
    for name in ("claims-handcheck-web18.jsonl", "claims-handcheck-web20.jsonl"):
        for line in (EVAL / name).read_text().splitlines():
            unit = json.loads(line)
            spans.setdefault(unit["article"], []).append((unit["start"], unit["end"]))
    return spans


def draw(results: Path, n: int = 40) -> list[dict[str, object]]:
    """The units: page, start, end, span text and its paragraph."""
    rows = (EVAL / "claims-handcheck-web18-pages.tsv").read_text().splitlines()[1:]
    news = sorted(r.split("\t")[0] for r in rows if r.split("\t")[1] == "news")
    judged = judged_spans()
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path"]).to_pylist()
    aid = {a["source_path"]: a["article_id"] for a in arts}
    texts = {r["article_id"]: r["text"] for r in pq.read_table(results / "ingest/texts.parquet").to_pylist()}
    spans: dict[str, list[Span]] = {}
    for r in pq.read_table(results / "claims/claims.parquet", columns=["article_id", "start", "end"]).to_pylist():
        spans.setdefault(r["article_id"], []).append((r["start"], r["end"]))
    rng = random.Random(SEED)
    rng.shuffle(news)
    units: list[dict[str, object]] = []
    for page in news:
        if len(units) == n:
            break
        own = spans.get(aid.get(page, ""), [])
        cand = sorted(s for s in own if not any(overlaps(*s, *w) for w in judged.get(page, [])))
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
