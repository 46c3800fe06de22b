"""Draw the linked mentions of the session 22 hand check of web pages that are not news (`actors-handcheck-web22`).

The linked mentions of `actors/mentions.parquet` (analysed pages only) on the pages that
`claims-handcheck-web18-pages.tsv` calls `not news`, leaving out every mention whose span overlaps a row of
`actors-handcheck-web20.jsonl`, `-web21.jsonl` or `-web21-news.jsonl` on the same page (the rows rule writers
read); then `narrative_pipeline.judged.draw(linked, ["web"], 100, 2, 20261222)`. Rows have the fields of
`sample_mentions.py --short-context` plus `page_decision`, the context read from `ingest/texts.parquet`, and empty
judgment fields.

    python workflow/scripts/draw_actors_handcheck_web22.py --results RESULTS --out draw.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from narrative_pipeline.judged import draw, short_context

EVAL = Path(__file__).resolve().parents[2] / "config" / "eval"
EARLIER = ("actors-handcheck-web20.jsonl", "actors-handcheck-web21.jsonl", "actors-handcheck-web21-news.jsonl")
JUDGE_FIELDS = ("correct", "type_correct", "error", "correct_actor", "correct_type", "debatable", "why")


def judged_spans(earlier: tuple[str, ...] = EARLIER) -> dict[str, list[tuple[int, int]]]:
    """The spans of the earlier web actor checks (file names in config/eval), by page."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for name in earlier:
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            spans.setdefault(row["source_path"], []).append((row["start"], row["end"]))
    return spans


def pages_called(decision: str) -> set[str]:
    """The pages `claims-handcheck-web18-pages.tsv` gives that decision ("news", "not news")."""
    rows = (EVAL / "claims-handcheck-web18-pages.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {r.split("\t")[0] for r in rows if r.split("\t")[1] == decision}


def draw_rows(
    results: Path,
    pages: set[str],
    decision: str,
    n: int,
    per_page: int,
    seed: int,
    earlier: tuple[str, ...] = EARLIER,
) -> list[dict[str, Any]]:
    """The linked mentions of `pages` (analysed only) whose spans overlap no row of the `earlier` checks, drawn
    with `judged.draw`, as rows ready for a judge (`page_decision` the given decision)."""
    actors = {r["actor_id"]: r for r in pq.read_table(results / "actors/actors.parquet").to_pylist()}
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path", "analysed"])
    paths = {r["article_id"]: r["source_path"] for r in arts.to_pylist() if r["analysed"]}
    texts = {r["source_path"]: r["text"] for r in pq.read_table(results / "ingest/texts.parquet").to_pylist()}
    judged = judged_spans(earlier)
    linked = []
    for m in pq.read_table(results / "actors/mentions.parquet").to_pylist():
        path = paths.get(m["article_id"])
        if m["actor_id"] is None or path not in pages:
            continue
        if any(s < m["end"] and m["start"] < e for s, e in judged.get(path, [])):
            continue
        linked.append({**m, "source_path": path, "section": "web"})
    return [
        linked_unit(k, row, actors.get(row["actor_id"], {}), texts[row["source_path"]], decision)
        for k, row in enumerate(draw(linked, ["web"], n, per_page, seed))
    ]


def linked_unit(k: int, row: dict[str, Any], actor: dict[str, Any], text: str, decision: str) -> dict[str, Any]:
    """One drawn linked mention as a unit to judge: where it is, what the run decided, the judge's empty fields and its
    context (the web22 and bbc55 checks' unit)."""
    return (
        {
            "n": k,
            "section": row["section"],
            "page_decision": decision,
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


def sample(results: Path, n: int = 100, per_page: int = 2, seed: int = 20261222) -> list[dict[str, Any]]:
    """The drawn rows, ready for a judge."""
    return draw_rows(results, pages_called("not news"), "not news", n, per_page, seed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    with args.out.open("w", encoding="utf-8") as f:
        for row in sample(args.results):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
