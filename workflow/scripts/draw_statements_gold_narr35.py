"""Draw the sentences of narr35's fresh blind statement set (`config/eval/statements_gold.narr35.jsonl`, session 54).

The blind statement set (`statements_gold.blind.jsonl`) holds news sentences that name at least two actors; this draw
takes sentences of that kind from the m63 runs (main 6e40b27a's output: narratives.rules.v48) that no rule writer may
have read:
- BBC politics: the analysed articles of the politics section that no text file of config/eval, tests/ or the shared
  spec names (`draw_actors_handcheck_bbc55.named_articles`, this check's own file left out): 14 articles;
- web news: the pages web18's page list calls news that no exposing file names (web73's rule,
  `draw_claims_handcheck_web73.named_pages`: config/eval's claim label sets and actor / descriptor hand checks name
  pages without exposing them): 12 pages. Every news page is named by some file, so the strict rule leaves none; and
  leaving out the sentences those label sets and checks label (claims and mentions, no statement) would leave 5, too
  few beside the BBC's 39, so they stay in.
A candidate is a body sentence of the run's `normalize/sentences.parquet` holding linked mentions
(`actors/mentions.parquet`, an `actor_id`) of at least two distinct actors, 12 to 60 words long (m63: 39 BBC, 26 web).
Only the sentence spans and the mentions' actor ids are read, never a statement row, so the sentences can be labelled
blind. Then `random.Random(SEED).sample` of `N` from the candidates sorted by source and offset, kept in that order.
Rows: id (`n01`...), source (the article path under the BBC corpus, or `web-pages/html/<page>`: not under the BBC
corpus, so the scorer analyses the sentence alone), text, statements (empty, for the labeller).

    python workflow/scripts/draw_statements_gold_narr35.py --bbc /work/runs/m63-bbc --web /work/runs/m63-web \\
        --out draw.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from draw_actors_handcheck_bbc55 import named_articles
from draw_claims_handcheck_web73 import named_pages, news_pages

SEED = 20262403
N = 60
MIN_WORDS, MAX_WORDS = 12, 60
OWN_FILE = "statements_gold.narr35.jsonl"
LATER = frozenset({OWN_FILE, "statements-dev-narr36.jsonl"})  # and narr36's dev set, drawn after it
WEB_PREFIX = "web-pages/html/"


def candidates(results: Path, keep: set[str], by_name: bool = False) -> dict[str, list[dict[str, Any]]]:
    """Body sentences naming two or more distinct linked actors, per article path (page name with `by_name`) of the
    analysed articles `keep` holds, in text order."""
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path", "analysed"])
    paths = {}
    for a in arts.to_pylist():
        key = Path(a["source_path"]).name if by_name else a["source_path"]
        if a["analysed"] and key in keep:
            paths[a["article_id"]] = key
    actors: dict[str, set[str]] = defaultdict(set)
    cols = ["article_id", "sentence_id", "actor_id"]
    for m in pq.read_table(results / "actors/mentions.parquet", columns=cols).to_pylist():
        if m["actor_id"] is not None and m["article_id"] in paths:
            actors[m["sentence_id"]].add(m["actor_id"])
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in pq.read_table(results / "normalize/sentences.parquet").to_pylist():
        if s["article_id"] not in paths or s["role"] != "body" or len(actors.get(s["sentence_id"], ())) < 2:
            continue
        if MIN_WORDS <= len(s["text"].split()) <= MAX_WORDS:
            out[paths[s["article_id"]]].append(s)
    for rows in out.values():
        rows.sort(key=lambda s: s["start"])
    return out


def web_pool(later: frozenset[str] = LATER) -> list[str]:
    """The news pages no exposing file names, sorted."""
    pages = news_pages()
    named = named_pages(pages, later=later)
    return [p for p in pages if p not in named]


def draw(bbc: Path, web: Path, n: int = N, seed: int = SEED) -> list[dict[str, Any]]:
    """`n` sentences drawn uniformly from the candidates of both pools (sorted by source and offset), in that order."""
    web_rows = candidates(web, set(web_pool()), by_name=True)
    bbc_rows = candidates(bbc, _politics(bbc) - named_articles(later=LATER))
    pool = [(WEB_PREFIX + page, s) for page, rows in web_rows.items() for s in rows]
    pool += [(path, s) for path, rows in bbc_rows.items() for s in rows]
    pool.sort(key=lambda c: (c[0], c[1]["start"]))
    chosen = sorted(random.Random(seed).sample(pool, min(n, len(pool))), key=lambda c: (c[0], c[1]["start"]))
    return [
        {"id": f"n{k:02d}", "source": source, "text": s["text"], "statements": []}
        for k, (source, s) in enumerate(chosen, 1)
    ]


def _politics(results: Path) -> set[str]:
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["source_path"]).to_pylist()
    return {a["source_path"] for a in arts if "news/politics/" in a["source_path"]}


def write_draw(doc: str, draw_rows: Callable[[Path, Path], list[dict[str, Any]]]) -> None:
    """The command line of a statement draw (this one and narr36's dev set): `--bbc`, `--web` runs in, `--out` JSONL."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--bbc", type=Path, required=True)
    parser.add_argument("--web", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    a = parser.parse_args()
    rows = draw_rows(a.bbc, a.web)
    with a.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} sentences")


def main() -> None:
    write_draw(__doc__, draw)


if __name__ == "__main__":
    main()
