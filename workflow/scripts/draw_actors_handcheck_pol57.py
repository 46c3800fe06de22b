"""Draw the session 57 blind hand check of political news actors (`actors-handcheck-pol57.jsonl`).

The pool: the linked mentions of `actors/mentions.parquet` (analysed articles only) in BBC politics articles that no
file of config/eval (gold sets, samples, hand checks, descriptor and statement sets), of tests/ or of the shared spec
names (`draw_actors_handcheck_bbc55.named_articles`, with this check's own file left out). No web page qualifies: every
one of the 168 is named by a gold set or a hand check but seven, none of them political (a Python release, a recipe,
a workout, ...). Then `narrative_pipeline.judged.draw(linked, ["politics"], 40, 3, SEED)`: 40 mentions, at most three
per article. Rows have the fields of `actors-handcheck-bbc55.jsonl`, empty judgment fields, the context read from
`ingest/texts.parquet`. Drawn from `/work/runs/m44-bbc` (main 7ab58db's output, actors.rules.v81).

    python workflow/scripts/draw_actors_handcheck_pol57.py --results /work/runs/m44-bbc --out draw.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import draw_actors_handcheck_bbc55 as bbc55
import pyarrow.parquet as pq
from draw_actors_handcheck_web22 import linked_unit
from narrative_pipeline.judged import draw, section_of

SEED = 20261557
LATER = frozenset({"actors-handcheck-pol57.jsonl"})  # this draw's own check, made after it


def sample(results: Path, n: int = 40, per_article: int = 3, seed: int = SEED) -> list[dict[str, Any]]:
    """The drawn rows, ready for a judge."""
    named = bbc55.named_articles(later=LATER)
    actors = {r["actor_id"]: r for r in pq.read_table(results / "actors/actors.parquet").to_pylist()}
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path", "analysed"])
    paths = {r["article_id"]: r["source_path"] for r in arts.to_pylist() if r["analysed"]}
    linked = []
    for m in pq.read_table(results / "actors/mentions.parquet").to_pylist():
        path = paths.get(m["article_id"])
        if m["actor_id"] is None or path is None or path in named or section_of(path) != "politics":
            continue
        linked.append({**m, "source_path": path, "section": "politics"})
    chosen = draw(linked, ["politics"], n, per_article, seed)
    wanted = {r["source_path"] for r in chosen}
    texts = {
        r["source_path"]: r["text"]
        for r in pq.read_table(results / "ingest/texts.parquet").to_pylist()
        if r["source_path"] in wanted
    }
    return [
        {"n": k, "kind": "linked"}
        | linked_unit(k, row, actors.get(row["actor_id"], {}), texts[row["source_path"]], "news")
        for k, row in enumerate(chosen)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    rows = sample(args.results)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows from {len({r['source_path'] for r in rows})} articles")


if __name__ == "__main__":
    main()
