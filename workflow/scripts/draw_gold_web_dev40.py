"""Draw the six pages of the actor dev gold of session 40 (`config/eval/gold-web-dev40/`).

The pool: the pages `claims-handcheck-web18-pages.tsv` calls news, outside the blind web gold (gold-web-heldout23),
gold-web-dev24 and the pages of descriptors-dev23-web (the sets a rule writer read or a gate holds out), whose
extracted main text has 150 to 1,000 words (a page's worth to label whole) and which carry at most 4 rows of the
earlier actor hand checks (`actors-*.jsonl` of config/eval; every news page carries at least one, so none is
untouched: the rows are few and the annotator did not read them). Six drawn with `random.Random(SEED).sample` from
the sorted pool.

    python workflow/scripts/draw_gold_web_dev40.py
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path

from narrative_pipeline.sources import SourceSettings, read_source

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "config/eval"
PAGES = Path("/work/shared/corpora/web-pages/html")
SEED = 20261240
TUNED = {  # the pages of descriptors-dev23-web not in gold-web-dev24
    "bbc.com.52241221.html",
    "dailymail.co.uk.food.html",
    "fivethirtyeight.com.endorsement.html",
    "kaieteurnewsonline.com-essequibo.html",
    "latimes.com.bloomberg.html",
    "reuters.com.parasite.html",
    "viconsortium.com-cocaine.html",
}


def check_rows() -> dict[str, int]:
    """Rows of the earlier actor hand checks per page name."""
    rows: dict[str, int] = {}
    for path in EVAL.glob("actors-*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                name = Path(json.loads(line).get("source_path", "")).name
                rows[name] = rows.get(name, 0) + 1
    return rows


def pool() -> list[str]:
    with (EVAL / "claims-handcheck-web18-pages.tsv").open(encoding="utf-8") as f:
        news = [r["page"] for r in csv.DictReader(f, delimiter="\t") if r["decision"] == "news"]
    golds = {p.stem + ".html" for d in ("gold-web-dev24", "gold-web-heldout23") for p in (EVAL / d).glob("*.json")}
    rows = check_rows()
    out = []
    for name in sorted(news):
        if name in golds or name in TUNED or rows.get(name, 0) > 4:
            continue
        (item,) = read_source(PAGES / name, name, SourceSettings())
        if item.status == "ok" and 150 <= len(item.text.split()) <= 1000:
            out.append(name)
    return out


def main() -> None:
    names = pool()
    print(f"pool {len(names)}")
    for name in sorted(random.Random(SEED).sample(names, 6)):
        print(name)


if __name__ == "__main__":
    main()
