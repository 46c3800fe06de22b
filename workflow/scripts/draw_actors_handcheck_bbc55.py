"""Draw the session 55 blind hand check of BBC news actors (`actors-handcheck-bbc55.jsonl`).

The pool: the linked mentions of `actors/mentions.parquet` (analysed articles only) in BBC articles that no file of
config/eval (gold sets, samples, hand checks, descriptor and statement sets), of tests/ (rules corpus, test
sentences) or of the shared spec (the silver claims) names: the articles a rule writer may have read. Then
`narrative_pipeline.judged.draw(linked, sections, 8, 1, SEED)`: 8 mentions from each of the five sections, one per
article (40). Rows have the fields of `actors-handcheck-web41.jsonl` (`kind: linked`, `page_decision: news`) with
empty judgment fields, the context read from `ingest/texts.parquet`. Drawn from `/work/runs/m42-bbc` (main e9fe8eb's
output, actors.rules.v75): the same run gives the same rows. The names are read from the files as they were before
this check was added (`LATER`).

    python workflow/scripts/draw_actors_handcheck_bbc55.py --results /work/runs/m42-bbc --out draw.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
from draw_actors_handcheck_web22 import linked_unit
from later_checks import SINCE_SESSION_50
from narrative_pipeline.judged import default_sections, draw, section_of

ROOT = Path(__file__).resolve().parents[2]
SHARED_SPEC = Path("/work/shared/spec")
SEED = 20261255
# the checks drawn after bbc55, pol57 and biz59 or beside them (sessions 46 and 47), which none of the three saw: one
# list for the three draws, each adding its own file and the actors checks after it (each draw leaves out the articles
# checks made before it name, not those after)
CHECKS_SINCE_SESSION_46 = (
    frozenset(
        {
            "actors-handcheck-ent62.jsonl",
            "claims-handcheck-s46.jsonl",
            "claims-handcheck-s46-units.jsonl",
            "narratives-handcheck-narr46.jsonl",
            "claims-handcheck-b47.jsonl",
            "claims-handcheck-b47-units.jsonl",
            "narratives-audit-narr22.jsonl",
            # review51's trust audit (session 48): 40 rows of m51, which names BBC articles of every section
            "audit-review51.jsonl",
            # claims65's sport check (session 48)
            "claims-handcheck-sp48.jsonl",
            "claims-handcheck-sp48-units.jsonl",
            # claims66's c48 (session 48), drawn after this check
            "claims-handcheck-c48.jsonl",
            "claims-handcheck-c48-units.jsonl",
            # narr25's statements audit (session 49), drawn after this check
            "narratives-audit-narr25.jsonl",
        }
    )
    | SINCE_SESSION_50
)
# this check and the later ones
LATER = frozenset({"actors-handcheck-bbc55.jsonl", "actors-handcheck-pol57.jsonl", "actors-handcheck-biz59.jsonl"}) | (
    CHECKS_SINCE_SESSION_46
)
# what this draw left out when it was drawn from m42-bbc (`named_digest` of `named_articles()`): the same at the
# commit that added this check (2e491d65), at those that added pol57, biz59 and ent62, and at 88b6c762 (prov58);
# checked without the run
NAMED = (1174, "0dfa8868f376d13300c7529be87db87d1c828303921b41a97cf7d3c9261c08dd")
BBC_PATH = re.compile(r"news/(?:politics|business|tech|sport|entertainment)/[a-z0-9-]+\.txt")


def named_articles(
    roots: tuple[Path, ...] = (ROOT / "config/eval", ROOT / "tests", SHARED_SPEC), later: frozenset[str] = LATER
) -> set[str]:
    """The BBC article paths any text file under `roots` names (but the check files of `later`)."""
    names: set[str] = set()
    for root in roots:
        for path in root.rglob("*"):
            if not path.is_file() or path.name in later or path.suffix not in {".json", ".jsonl", ".md", ".py", ".txt",
                                                                                ".yaml", ".tsv"}:  # fmt: skip
                continue
            names.update(BBC_PATH.findall(path.read_text(encoding="utf-8", errors="replace")))
    return names


def named_digest(names: set[str]) -> tuple[int, str]:
    """How many article paths `names` holds and the sha256 of them sorted, one a line: what a draw left out, recorded
    beside it (`NAMED`) so that a machine without its base run still checks that the files added since (a check
    missing from a `LATER` list) leave the draw as it was (prov58)."""
    return len(names), hashlib.sha256("\n".join(sorted(names)).encode("utf-8")).hexdigest()


def linked_mentions(results: Path, named: set[str]) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """The run's actors by id, and its linked mentions in analysed articles `named` leaves out, each with its
    article's path and section."""
    actors = {r["actor_id"]: r for r in pq.read_table(results / "actors/actors.parquet").to_pylist()}
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path", "analysed"])
    paths = {r["article_id"]: r["source_path"] for r in arts.to_pylist() if r["analysed"]}
    linked = []
    for m in pq.read_table(results / "actors/mentions.parquet").to_pylist():
        path = paths.get(m["article_id"])
        if m["actor_id"] is None or path is None or path in named:
            continue
        linked.append({**m, "source_path": path, "section": section_of(path)})
    return actors, linked


def judge_rows(results: Path, chosen: list[dict[str, Any]], actors: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """The drawn mentions as rows for a judge, with their context read from `ingest/texts.parquet`."""
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


def sample(results: Path, n_per_section: int = 8, seed: int = SEED) -> list[dict[str, Any]]:
    """The drawn rows, ready for a judge."""
    actors, linked = linked_mentions(results, named_articles())
    sections = default_sections(sorted({r["section"] for r in linked}))
    return judge_rows(results, draw(linked, sections, n_per_section, 1, seed), actors)


def section_sample(
    results: Path, section: str, later: frozenset[str], n: int, per_article: int, seed: int
) -> list[dict[str, Any]]:
    """One section's drawn rows, ready for a judge: at most `per_article` of the linked mentions of articles no file
    but those of `later` names (pol57's and biz59's draws)."""
    actors, linked = linked_mentions(results, named_articles(later=later))
    rows = [r for r in linked if r["section"] == section]
    return judge_rows(results, draw(rows, [section], n, per_article, seed), actors)


def main(sample_rows: Callable[[Path], list[dict[str, Any]]] = sample, description: str = __doc__) -> None:
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--results", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    rows = sample_rows(args.results)
    with args.out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows from {len({r['source_path'] for r in rows})} articles")


if __name__ == "__main__":
    main()
