"""Draw the pages of the session 41 blind hand check of web news (`actors-handcheck-web41.jsonl`).

Every one of the 61 pages `claims-handcheck-web18-pages.tsv` calls news already carries rows of some hand check,
so no news page is untouched. The pool: those news pages outside every gold set of config/eval (`gold-*/`), outside
the descriptor sets (`descriptors-*.jsonl`, which rule writers read) and outside actors52's draw (gold-web-dev40),
whose extracted main text has 150 to 900 words (a page to judge whole) and which carry at most 4 rows of the
earlier actor hand checks (`actors-*.jsonl`: a few judged spans, whose pages no rule writer read whole): 16 pages.
Nine drawn with `random.Random(SEED).sample` from the sorted pool; every mention of m40-web on them judged, and the
actors the pipeline missed on them added as `kind: missed` rows (`actors-handcheck-web41.jsonl`).

    python workflow/scripts/draw_actors_handcheck_web41.py
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
SEED = 20261241


def rows_per_page(pattern: str) -> dict[str, int]:
    """Rows of the config/eval files matching `pattern` per page name."""
    rows: dict[str, int] = {}
    for path in EVAL.glob(pattern):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                name = Path(json.loads(line).get("source_path", json.loads(line).get("page", ""))).name
                rows[name] = rows.get(name, 0) + 1
    return rows


def excluded() -> set[str]:
    """Pages of the gold sets and of the descriptor sets."""
    golds = {p.stem + ".html" for p in EVAL.glob("gold-*/*.json")}
    text = "\n".join(p.read_text(encoding="utf-8") for p in EVAL.glob("descriptors-*.jsonl"))
    named = {p.name for p in PAGES.glob("*.html") if p.stem in text}
    return golds | named


def pool() -> list[str]:
    with (EVAL / "claims-handcheck-web18-pages.tsv").open(encoding="utf-8") as f:
        news = [r["page"] for r in csv.DictReader(f, delimiter="\t") if r["decision"] == "news"]
    skip = excluded()
    rows = rows_per_page("actors-*.jsonl")
    out = []
    for name in sorted(news):
        if name in skip or rows.get(name, 0) > 4:
            continue
        (item,) = read_source(PAGES / name, name, SourceSettings())
        if item.status == "ok" and 150 <= len(item.text.split()) <= 900:
            out.append(name)
    return out


def main() -> None:
    names = pool()
    print(f"pool {len(names)}")
    for name in sorted(random.Random(SEED).sample(names, 9)):
        print(name)


if __name__ == "__main__":
    main()
