"""Draw review70's blind BBC check (session 57): 30 claim units and 30 statement rows of a run on no labelled article.

Issue 12 asks for "a hand check of 30 claims from BBC articles in neither set" on the final rules; the statement rows
(who does what to whom) have had fewer blind checks. Both draws read m67-bbc (claims.rules.v113, narratives.rules.v64)
and take only articles that no file of config/eval (every gold, held-out and hand-check set), tests/ or the shared
spec (silver, dev gold) names (`draw_actors_handcheck_bbc55.named_articles`, this check's own files left out), that
are no near copy of another corpus article (`draw_claims_handcheck_s46.near_copies`). config/training names 1,393 of
the 2,083 analysed articles (leaving its articles out leaves one), so, as every BBC claims draw since s46, its spans
are left out instead: a claim qualifies when its span overlaps no span a claim label set (config/eval's and
config/training's) labels, nor the text of a span another article's label holds (`draw_claims_handcheck_b47`).
- claims (`claims`): b81's draw (`draw_claims_handcheck_b47.draw`) with this seed, at most one claim an article, each
  section's pool shuffled in turn with one `random.Random(SEED)`. The pool's politics section holds one article, and
  each of its 23 claims overlaps a labelled span, so the 30 units come from the other four sections (`QUOTAS`).
  Only the spans are read (no decision column): the units are labelled blind.
- statements (`statements`): the rows of `narratives/statements.parquet` in the same pool of articles (a row whose
  claim's span overlaps a claim label set's span, or another article's labelled text, left out likewise), each
  section's sorted by (article, action start, statement id), shuffled in turn with one `random.Random(SEED + 1)`
  and taken in that order, at most one an article, `STATEMENT_QUOTAS` a section. Each row is written with its
  claim (span, text, claimer), its agent's and patient's mention text and the paragraph around it, for the judge.

    python workflow/scripts/draw_handcheck_review70.py claims --results /work/runs/m67-bbc --out units.jsonl
    python workflow/scripts/draw_handcheck_review70.py statements --results /work/runs/m67-bbc --out rows.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import draw_actors_handcheck_bbc55 as bbc55
import draw_claims_handcheck_b47 as b47
import draw_claims_handcheck_s46 as s46
import later_checks
import pyarrow.parquet as pq
from draw_claims_handcheck_web20 import line_around
from draw_claims_handcheck_web50 import fresh

SEED = 20262708
PER_ARTICLE = 1
QUOTAS = (("business", 8), ("entertainment", 7), ("sport", 8), ("tech", 7))
STATEMENT_QUOTAS = QUOTAS  # the politics article's statements all lie in labelled claim spans too
# this check's own files, and the BBC checks and label files made after it (review72's on; `later_checks`)
LATER = later_checks.BBC_SINCE_SESSION_57


def claims(results: Path, seed: int = SEED) -> list[dict[str, object]]:
    """The claim units: article, start, end, span text and its paragraph."""
    return b47.draw(results, seed=seed, quotas=QUOTAS, later=LATER, per_article=PER_ARTICLE)


def pool_articles(results: Path, section: str, named: set[str], corpus: dict[str, str]) -> tuple[dict[str, str], dict]:
    """A section's pool: article id -> path, and path -> text, of the analysed articles `named` leaves out, no near
    copy of another text of `corpus` (path -> text)."""
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path", "analysed"])
    path_of = {
        r["article_id"]: r["source_path"]
        for r in arts.to_pylist()
        if r["analysed"] and r["source_path"].startswith(f"news/{section}/") and r["source_path"] not in named
    }
    texts = {p: corpus[p] for p in path_of.values()}
    copies = s46.near_copies(texts, corpus)
    return {a: p for a, p in path_of.items() if p not in copies}, texts


def statements(
    results: Path,
    seed: int = SEED + 1,
    later: frozenset[str] = LATER,
    quotas: tuple[tuple[str, int], ...] = STATEMENT_QUOTAS,
    labelled: dict[str, list[tuple[int, int]]] | None = None,
) -> list[dict[str, Any]]:
    """The statement rows, each with its article path, section, claim (span, text, claimer) and the paragraph around
    it, and its agent's and patient's mention text, in draw order within a section (a later check's draw passes its
    own files, quotas and labelled spans by path; by default `s46.labelled_spans(later)`)."""
    rng = random.Random(seed)
    rows = pq.read_table(results / "narratives/statements.parquet").to_pylist()
    claim_cols = ["claim_id", "start", "end", "text", "claimer_kind", "claimer_text"]
    claim = {r["claim_id"]: r for r in pq.read_table(results / "claims/claims.parquet", columns=claim_cols).to_pylist()}
    mention = {
        r["mention_id"]: r
        for r in pq.read_table(results / "actors/mentions.parquet", columns=["mention_id", "text", "start"]).to_pylist()
    }
    labelled = s46.labelled_spans(later) if labelled is None else labelled
    named = bbc55.named_articles(later=later)
    corpus = {r["source_path"]: r["text"] for r in pq.read_table(results / "ingest/texts.parquet").to_pylist()}
    chosen: list[dict[str, Any]] = []
    for section, quota in quotas:
        path_of, texts = pool_articles(results, section, named, corpus)
        shared = s46.shared_spans(texts, later)

        def fresh_row(r: dict[str, Any], path_of: dict[str, str] = path_of, shared: dict = shared) -> bool:
            span = [(claim[r["claim_id"]]["start"], claim[r["claim_id"]]["end"])]
            path = path_of[r["article_id"]]
            return fresh(span, labelled.get(path, [])) and fresh(span, shared.get(path, []))

        pool = sorted(
            (r for r in rows if r["article_id"] in path_of and fresh_row(r)),
            key=lambda r: (path_of[r["article_id"]], r["action_start"], str(r["statement_id"])),
        )
        rng.shuffle(pool)
        taken = 0
        for r in pool:
            path = path_of[r["article_id"]]
            if taken == quota or any(c["article"] == path for c in chosen):
                if taken == quota:
                    break
                continue
            taken += 1
            c = claim[r["claim_id"]]
            agent, patient = mention.get(r["agent_mention_id"] or ""), mention.get(r["patient_mention_id"] or "")
            chosen.append(
                {
                    "article": path,
                    "section": section,
                    **{k: v for k, v in r.items() if k != "article_id"},
                    "agent_text": agent["text"] if agent else None,
                    "agent_start": agent["start"] if agent else None,
                    "patient_text": patient["text"] if patient else None,
                    "patient_start": patient["start"] if patient else None,
                    "claim_start": c["start"],
                    "claim_end": c["end"],
                    "claim_text": c["text"],
                    "claimer_kind": c["claimer_kind"],
                    "claimer_text": c["claimer_text"],
                    "paragraph": line_around(texts[path], c["start"], c["end"]),
                }
            )
    return chosen


def write_draw(
    doc: str,
    draw_claims: Callable[[Path], list[Any]],
    draw_statements: Callable[[Path], list[Any]],
    second: str = "statements",
) -> None:
    """The command line of a check's draw (this one's, review72's; review74's and review75's, whose `second` draw is
    whole `articles`): `claims` or the `second` drawn from `--results`, one JSON object a line into `--out`."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("what", choices=("claims", second))
    parser.add_argument("--results", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    draw = draw_claims if args.what == "claims" else draw_statements
    with args.out.open("w") as f:
        for one in draw(args.results):
            f.write(json.dumps(one, ensure_ascii=False, default=str) + "\n")


def main() -> None:
    write_draw(__doc__, claims, statements)


if __name__ == "__main__":
    main()
