"""Draw the blind claim units of the session 47 BBC check outside politics (`claims-handcheck-b47-units.jsonl`).

claims62 (issue 12): the blind BBC claims checks before it (s11-s13, s18, s46) lean on politics; this one draws 40
units from the business, tech and entertainment sections (14 / 13 / 13). It follows s46's draw
(`draw_claims_handcheck_s46.py`) in everything but the sections: only the spans of a run's claims are read (no
decision column); the pool is a section's analysed articles that no file of config/eval, tests/ or the shared spec
names (this check's own files left out), that are no near copy of another corpus article, and the claims whose span
overlaps no span any claim label set labels, nor the text of a span another article's label holds. Each section's
qualifying claims, sorted by (article, start, end), are shuffled in turn (business, tech, entertainment) with one
`random.Random(SEED)` and taken in that order, at most 3 of an article, until the section's quota is drawn; the units
are written sorted by (article, start).

    python workflow/scripts/draw_claims_handcheck_b47.py --results /work/runs/m48-bbc --out units.jsonl
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import draw_actors_handcheck_bbc55 as bbc55
import draw_claims_handcheck_s46 as s46
import pyarrow.parquet as pq
from draw_claims_handcheck_web20 import Span, labelling_unit, write_units
from draw_claims_handcheck_web50 import fresh
from later_checks import SINCE_SESSION_50

SEED = 20261762
PER_ARTICLE = 3
QUOTAS = (("business", 14), ("tech", 13), ("entertainment", 13))
# actors62's ent62 was drawn beside this check (session 47) and shares one article with it (games-enter-the-classroom:
# an actors check, this a claims one); each draw leaves the other's file out, so each gives its own units again.
# claims65's sp48 (session 48) was drawn after this check.
LATER = (
    frozenset(
        {
            "claims-handcheck-b47.jsonl",
            "claims-handcheck-b47-units.jsonl",
            "actors-handcheck-ent62.jsonl",
            "audit-review51.jsonl",  # review51's trust audit (session 48), drawn after this check
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


def candidates(
    results: Path, section: str, later: frozenset[str] = LATER, labelled: dict[str, list[Span]] | None = None
) -> tuple[dict[str, str], list[tuple[str, int, int]]]:
    """The texts of a section's pool articles by path, and the qualifying claim spans (path, start, end), sorted
    (`labelled`: the labelled spans by path a claim may not overlap; by default `s46.labelled_spans(later)`)."""
    named = bbc55.named_articles(later=later)
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path", "analysed"])
    path_of = {
        r["article_id"]: r["source_path"]
        for r in arts.to_pylist()
        if r["analysed"] and r["source_path"].startswith(f"news/{section}/") and r["source_path"] not in named
    }
    corpus = {r["source_path"]: r["text"] for r in pq.read_table(results / "ingest/texts.parquet").to_pylist()}
    texts = {p: corpus[p] for p in path_of.values()}
    copies = s46.near_copies(texts, corpus)
    spans: dict[str, list[Span]] = {}
    for r in pq.read_table(results / "claims/claims.parquet", columns=["article_id", "start", "end"]).to_pylist():
        if r["article_id"] in path_of and path_of[r["article_id"]] not in copies:
            spans.setdefault(path_of[r["article_id"]], []).append((r["start"], r["end"]))
    labelled = s46.labelled_spans(later) if labelled is None else labelled
    shared = s46.shared_spans(texts, later)
    pool = [
        (p, a, b)
        for p in sorted(spans)
        for a, b in fresh(spans[p], labelled.get(p, []))
        if fresh([(a, b)], shared.get(p, []))
    ]
    return texts, pool


def draw(
    results: Path,
    seed: int = SEED,
    quotas: tuple[tuple[str, int], ...] = QUOTAS,
    later: frozenset[str] = LATER,
    per_article: int = PER_ARTICLE,
    labelled: dict[str, list[Span]] | None = None,
) -> list[dict[str, object]]:
    """The units: article, start, end, span text and its paragraph (another check's draw passes its own arguments)."""
    rng = random.Random(seed)
    units: list[dict[str, object]] = []
    for section, quota in quotas:
        texts, pool = candidates(results, section, later, labelled)
        rng.shuffle(pool)
        taken: Counter[str] = Counter()
        chosen: list[tuple[str, int, int]] = []
        for path, start, end in pool:
            if len(chosen) == quota:
                break
            if taken[path] < per_article:
                taken[path] += 1
                chosen.append((path, start, end))
        units.extend(labelling_unit(p, texts[p], a, b) for p, a, b in chosen)
    return sorted(units, key=lambda u: (str(u["article"]), int(str(u["start"]))))


def main() -> None:
    write_units(__doc__, draw)


if __name__ == "__main__":
    main()
