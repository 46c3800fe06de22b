"""Draw the blind claim units of the session 46 BBC politics hand check (`claims-handcheck-s46-units.jsonl`).

Reads only the spans of a run's claims (article, start, end; no decision column), so the units can be labelled
blind. The BBC corpus has no world or general section, so the pool is its politics section: the analysed politics
articles that no file of config/eval (gold sets, samples, hand checks), of tests/ or of the shared spec (silver, dev
gold) names (`draw_actors_handcheck_bbc55.named_articles`, this check's own files left out). Every BBC article
carries training labels (`config/training/claims-labels-*.jsonl`: 1-8 spans an article), so, as web50 did for web
news, a claim qualifies when its span overlaps none of the spans any claim label set labels. An article that is a near
copy of another corpus article (5-word-shingle Jaccard at least 0.5, s18's test) is left out. The qualifying claims,
sorted by (article, start, end), are shuffled with `random.Random(SEED)` and taken in that order, at most 3 of an
article, until 40 are drawn; the units are written sorted by (article, start). A claim whose span overlaps the text of
a span another article's label holds (related stories share paragraphs: `tests/test_review16a.py`) is passed over in
that order (added after the first draw, which took two such claims: the two after the 40th took their places).

    python workflow/scripts/draw_claims_handcheck_s46.py --results /work/runs/m46-bbc --out units.jsonl
"""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import draw_actors_handcheck_bbc55 as bbc55
import draw_claims_handcheck_web50 as web50
import pyarrow.parquet as pq
from draw_claims_handcheck_web20 import Span, labelling_unit, write_units
from draw_claims_handcheck_web50 import fresh, label_files
from later_checks import SINCE_SESSION_50

SEED = 20261659
PER_ARTICLE = 3
NEAR_COPY = 0.5
# The check's own files, and the checks drawn beside it in session 46 that it did not see: narr20's statements (from
# the same pool of politics articles: both name blair-looks-to-election-campaign; neither judged the other's rows) and
# actors59's biz59.
LATER = (
    frozenset(
        {
            "claims-handcheck-s46.jsonl",
            "claims-handcheck-s46-units.jsonl",
            "narratives-handcheck-narr46.jsonl",
            "actors-handcheck-biz59.jsonl",
            # claims62's b47 (session 47), drawn after this check
            "claims-handcheck-b47.jsonl",
            "claims-handcheck-b47-units.jsonl",
            # review51's trust audit (session 48), drawn after this check
            "audit-review51.jsonl",
            # claims65's sp48 (session 48), drawn after this check
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


def labelled_spans(later: frozenset[str] = LATER) -> dict[str, list[Span]]:
    """The spans every claim label set but this check's own labels, by article path."""
    return web50.labelled_spans(later, by_path=True)


def shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    """The text's lower-cased n-word shingles."""
    words = text.lower().split()
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def near_copies(texts: dict[str, str], corpus: dict[str, str]) -> set[str]:
    """The paths of `texts` whose shingles overlap another corpus text's by a Jaccard of `NEAR_COPY` or more."""
    all_shingles = {p: shingles(t) for p, t in corpus.items()}
    copies = set()
    for path, text in texts.items():
        mine = shingles(text)
        for other, theirs in all_shingles.items():
            if other != path and len(mine & theirs) >= NEAR_COPY * max(1, len(mine | theirs)):
                copies.add(path)
                break
    return copies


def candidates(results: Path, later: frozenset[str] = LATER) -> tuple[dict[str, str], list[tuple[str, int, int]]]:
    """The texts of the pool's articles by path, and the qualifying claim spans (path, start, end), sorted."""
    named = bbc55.named_articles(later=later)
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path", "analysed"])
    path_of = {
        r["article_id"]: r["source_path"]
        for r in arts.to_pylist()
        if r["analysed"] and r["source_path"].startswith("news/politics/") and r["source_path"] not in named
    }
    corpus = {r["source_path"]: r["text"] for r in pq.read_table(results / "ingest/texts.parquet").to_pylist()}
    texts = {p: corpus[p] for p in path_of.values()}
    copies = near_copies(texts, corpus)
    spans: dict[str, list[Span]] = {}
    for r in pq.read_table(results / "claims/claims.parquet", columns=["article_id", "start", "end"]).to_pylist():
        if r["article_id"] in path_of and path_of[r["article_id"]] not in copies:
            spans.setdefault(path_of[r["article_id"]], []).append((r["start"], r["end"]))
    labelled = labelled_spans(later)
    pool = [(p, a, b) for p in sorted(spans) for a, b in fresh(spans[p], labelled.get(p, []))]
    return texts, pool


SHARED_MIN = 40  # as tests/test_review16a.py: shorter label texts are set phrases any article may hold


def shared_spans(texts: dict[str, str], later: frozenset[str] = LATER) -> dict[str, list[Span]]:
    """The spans of `texts` that hold the text of a span another article's claim label holds, by article path."""
    spans: dict[str, list[Span]] = {}
    for path in label_files(later):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if len(row.get("text") or "") < SHARED_MIN:
                continue
            for article, text in texts.items():
                at = text.find(row["text"]) if article != row["article"] else -1
                if at >= 0:
                    spans.setdefault(article, []).append((at, at + len(row["text"])))
    return spans


def draw(results: Path, n: int = 40, seed: int = SEED) -> list[dict[str, object]]:
    """The units: article, start, end, span text and its paragraph."""
    texts, pool = candidates(results)
    shared = shared_spans(texts)
    random.Random(seed).shuffle(pool)
    taken: Counter[str] = Counter()
    chosen: list[tuple[str, int, int]] = []
    for path, start, end in pool:
        if len(chosen) == n:
            break
        if not fresh([(start, end)], shared.get(path, [])):
            continue
        if taken[path] < PER_ARTICLE:
            taken[path] += 1
            chosen.append((path, start, end))
    return [labelling_unit(p, texts[p], a, b) for p, a, b in sorted(chosen)]


def main() -> None:
    write_units(__doc__, draw)


if __name__ == "__main__":
    main()
