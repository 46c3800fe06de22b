"""Draw the blind claim units of the session 43 web news hand check (`claims-handcheck-web53-units.jsonl`).

Reads only the spans of a run's claims (article, start, end; no decision column), so the units can be labelled
blind. No news, opinion or report page of the saved web pages is in no hand check at all (every news page carries
1-3 labelled claims of web18-web22; the opinion pages are gold pages or carry 15-18 labels), so the pool is web50's
(`draw_claims_handcheck_web50.py`: the news and opinion pages of `claims-handcheck-web18-pages.tsv` outside every
gold set, with at most 3 labelled claims of every claim label set, the claims overlapping no labelled span), less the
18 pages web50 drew from: their claims were read whole for that check. web50's labels count as labelled spans. The
pages are sorted and shuffled with `random.Random(SEED)`; from each page in that order at most 2 claims are drawn
with `rng.sample` from its qualifying claims sorted by (start, end), until 36 units are drawn.

    python workflow/scripts/draw_claims_handcheck_web53.py --results RESULTS --out units.jsonl
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pyarrow.parquet as pq
from draw_claims_handcheck_web20 import EVAL, Span, labelling_unit, write_units
from draw_claims_handcheck_web50 import PER_PAGE, ROOT, fresh, pool

SEED = 20261353
WEB50 = EVAL / "claims-handcheck-web50.jsonl"
LATER = frozenset({"claims-handcheck-web53.jsonl", "claims-handcheck-web53-units.jsonl"})


def label_files() -> list[Path]:
    """Every claim label set a rule writer may have read (web50's among them), but this draw's own."""
    files = [*EVAL.glob("claims-*.jsonl"), *(ROOT / "config/training").glob("claims-labels-*.jsonl")]
    return sorted(p for p in files if p.name not in LATER)


def labelled_spans() -> dict[str, list[Span]]:
    """The labelled spans per page name."""
    spans: dict[str, list[Span]] = {}
    for path in label_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                spans.setdefault(Path(row["article"]).name, []).append((row["start"], row["end"]))
    return spans


def web50_pages() -> frozenset[str]:
    """The pages web50's check drew from."""
    rows = [json.loads(line) for line in WEB50.read_text(encoding="utf-8").splitlines() if line.strip()]
    return frozenset(str(r["article"]) for r in rows)


def draw(results: Path, n: int = 36) -> list[dict[str, object]]:
    """The units: page, start, end, span text and its paragraph."""
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path"]).to_pylist()
    aid = {Path(a["source_path"]).name: a["article_id"] for a in arts}
    texts = {r["article_id"]: r["text"] for r in pq.read_table(results / "ingest/texts.parquet").to_pylist()}
    spans: dict[str, list[Span]] = {}
    for r in pq.read_table(results / "claims/claims.parquet", columns=["article_id", "start", "end"]).to_pylist():
        spans.setdefault(r["article_id"], []).append((r["start"], r["end"]))
    labelled = labelled_spans()
    drawn = web50_pages()
    pages = [p for p in pool(labelled) if aid.get(p) in spans and p not in drawn]
    rng = random.Random(SEED)
    rng.shuffle(pages)
    units: list[dict[str, object]] = []
    for page in pages:
        left = fresh(spans[aid[page]], labelled.get(page, []))
        for start, end in sorted(rng.sample(left, min(PER_PAGE, len(left)))):
            units.append(labelling_unit(page, texts[aid[page]], start, end))
        if len(units) >= n:
            break
    return units[:n]


def main() -> None:
    write_units(__doc__, draw)


if __name__ == "__main__":
    main()
