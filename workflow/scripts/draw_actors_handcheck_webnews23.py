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

import pyarrow.parquet as pq
from draw_actors_handcheck_web22 import JUDGE_FIELDS, judged_spans
from narrative_pipeline.judged import draw, short_context

EVAL = Path(__file__).resolve().parents[2] / "config" / "eval"
HELDOUT = (
    "0a3108e507c54157a95fe7a1338f5e9c.html",
    "scmp.com.playbook.html",
    "aclu.org-grades.html",
    "cbsnews.com.carolina.html",
    "timesofisrael.com.washington.html",
)


def sample(results: Path, n: int = 60, per_page: int = 2, seed: int = 20261223) -> list[dict[str, Any]]:
    """The drawn rows, ready for a judge."""
    rows = (EVAL / "claims-handcheck-web18-pages.tsv").read_text(encoding="utf-8").splitlines()[1:]
    news = {r.split("\t")[0] for r in rows if r.split("\t")[1] == "news"} - set(HELDOUT)
    actors = {r["actor_id"]: r for r in pq.read_table(results / "actors/actors.parquet").to_pylist()}
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path", "analysed"])
    paths = {r["article_id"]: r["source_path"] for r in arts.to_pylist() if r["analysed"]}
    texts = {r["source_path"]: r["text"] for r in pq.read_table(results / "ingest/texts.parquet").to_pylist()}
    judged = judged_spans()
    linked = []
    for m in pq.read_table(results / "actors/mentions.parquet").to_pylist():
        path = paths.get(m["article_id"])
        if m["actor_id"] is None or path not in news:
            continue
        if any(s < m["end"] and m["start"] < e for s, e in judged.get(path, [])):
            continue
        linked.append({**m, "source_path": path, "section": "web"})
    out = []
    for k, row in enumerate(draw(linked, ["web"], n, per_page, seed)):
        text, actor = texts[row["source_path"]], actors.get(row["actor_id"], {})
        out.append(
            {
                "n": k,
                "section": "web",
                "page_decision": "news",
                "source_path": row["source_path"],
                "article_id": row["article_id"],
                "start": row["start"],
                "end": row["end"],
                "text": row["text"],
                "actor_id": row["actor_id"],
                "actor_name": actor.get("name"),
                "actor_type": row["actor_type"],
                "actor_source": actor.get("source"),
                "link_method": row["link_method"],
                "type_rule": row.get("type_rule"),
                "type_cue": row.get("type_cue"),
            }
            | dict.fromkeys(JUDGE_FIELDS)
            | {"context": short_context(text, row["start"], row["end"])}
        )
    return out


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
