"""Draw the blind claim units of the session 42 web news hand check (`claims-handcheck-web50-units.jsonl`).

Reads only the spans of a run's claims (article, start, end; no decision column), so the units can be labelled
blind. No news or opinion page of the saved web pages is free of every hand check: each news page carries 1-3
labelled claims of web18-web22, and each opinion page is a gold page or carries 15-18 labels (opinion23, s24). So
the pool is the claims that no label set covers, on the pages rule writers did not read whole for claims: the pages
`claims-handcheck-web18-pages.tsv` calls news or opinion, outside every gold set of config/eval (`gold-*/`, the
held-out ones among them) and carrying at most 3 rows of every claim label set (`claims-*.jsonl` of config/eval and
`claims-labels-*.jsonl` of config/training); a claim qualifies when its span overlaps none of those labelled spans.
The pages are sorted and shuffled with `random.Random(SEED)`; from each page in that order 2 claims are drawn with
`rng.sample` from its qualifying claims sorted by (start, end), until 36 units are drawn.

    python workflow/scripts/draw_claims_handcheck_web50.py --results RESULTS --out units.jsonl
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pyarrow.parquet as pq
from draw_claims_handcheck_web20 import EVAL, Span, labelling_unit, write_units

ROOT = EVAL.parents[1]
SEED = 20261250
PER_PAGE = 2
MOST_LABELS = 3
# the web claim checks drawn after web55 (claims73's web73, session 52; claims76's op76, session 53; claims77's fw77,
# session 54): web50's, web53's and web55's draws leave them out, so that they still give their units
LATER_WEB_CHECKS = frozenset(
    {
        "claims-handcheck-web73.jsonl",
        "claims-handcheck-web73-units.jsonl",
        "claims-handcheck-op76.jsonl",
        "claims-handcheck-op76-units.jsonl",
        "claims-handcheck-fw77.jsonl",
        "claims-handcheck-fw77-units.jsonl",
        "statements_gold.narr35.jsonl",
        "statements-dev-narr36.jsonl",  # narr36's statement dev set (session 55)
        "actors-handcheck-web85.jsonl",
    }
)
LATER = frozenset({"claims-handcheck-web50.jsonl", "claims-handcheck-web50-units.jsonl"}) | LATER_WEB_CHECKS


def label_files(later: frozenset[str] = LATER) -> list[Path]:
    """Every claim label set a rule writer may have read, but a draw's own (`later`): label files retired from
    training (`config/training/retired/`, rows whose span is no claim unit any more) count, since they were read."""
    training = ROOT / "config/training"
    files = [*EVAL.glob("claims-*.jsonl"), *training.glob("claims-labels-*.jsonl"), *training.glob("retired/*.jsonl")]
    return sorted(p for p in files if p.name not in later)


def labelled_spans(later: frozenset[str] = LATER, by_path: bool = False) -> dict[str, list[Span]]:
    """The labelled spans per page name (per article path with `by_path`: two BBC sections can hold one file name)."""
    spans: dict[str, list[Span]] = {}
    for path in label_files(later):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                key = row["article"] if by_path else Path(row["article"]).name
                spans.setdefault(key, []).append((row["start"], row["end"]))
    return spans


def news_and_opinion() -> list[str]:
    """The pages web18's page list calls news, or opinion, essay, review or letters."""
    rows = (EVAL / "claims-handcheck-web18-pages.tsv").read_text(encoding="utf-8").splitlines()[1:]
    cells = [r.split("\t") for r in rows]
    return sorted(c[0] for c in cells if c[1] == "news" or c[2].startswith("opinion"))


def pool(labelled: dict[str, list[Span]]) -> list[str]:
    """The pages a unit may come from."""
    golds = {p.stem + ".html" for p in EVAL.glob("gold-*/*.json")}
    return [p for p in news_and_opinion() if p not in golds and len(set(labelled.get(p, []))) <= MOST_LABELS]


def fresh(claims: list[Span], labelled: list[Span]) -> list[Span]:
    """The claims overlapping no labelled span, sorted."""
    return sorted(c for c in claims if not any(c[0] < b and a < c[1] for a, b in labelled))


def pages_of(*names: str) -> frozenset[str]:
    """The pages the label files of config/eval `names` drew from."""
    rows = [
        json.loads(line)
        for name in names
        for line in (EVAL / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return frozenset(str(r["article"]) for r in rows)


def run_spans(results: Path) -> tuple[dict[str, str], dict[str, str], dict[str, list[Span]]]:
    """A run's article id by page name, text by article id and claim spans by article id (no decision column)."""
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path"]).to_pylist()
    aid = {Path(a["source_path"]).name: a["article_id"] for a in arts}
    texts = {r["article_id"]: r["text"] for r in pq.read_table(results / "ingest/texts.parquet").to_pylist()}
    spans: dict[str, list[Span]] = {}
    for r in pq.read_table(results / "claims/claims.parquet", columns=["article_id", "start", "end"]).to_pylist():
        spans.setdefault(r["article_id"], []).append((r["start"], r["end"]))
    return aid, texts, spans


def take_per_page(
    pages: list[str],
    run: tuple[dict[str, str], dict[str, str], dict[str, list[Span]]],
    labelled: dict[str, list[Span]],
    per_page: int,
    n: int,
    seed: int,
) -> list[dict[str, object]]:
    """Shuffle `pages` with `random.Random(seed)` and take, page by page in that order, at most `per_page` of each
    page's claims that overlap no labelled span (`rng.sample` of them sorted), until `n` units; `run` is
    `run_spans`'s answer."""
    aid, texts, spans = run
    rng = random.Random(seed)
    rng.shuffle(pages)
    units: list[dict[str, object]] = []
    for page in pages:
        left = fresh(spans[aid[page]], labelled.get(page, []))
        for start, end in sorted(rng.sample(left, min(per_page, len(left)))):
            units.append(labelling_unit(page, texts[aid[page]], start, end))
        if len(units) >= n:
            break
    return units[:n]


def draw(
    results: Path,
    n: int = 36,
    seed: int = SEED,
    later: frozenset[str] = LATER,
    drawn: frozenset[str] = frozenset(),
) -> list[dict[str, object]]:
    """The units: page, start, end, span text and its paragraph; `later`: the draw's own label files, `drawn`: the
    pages an earlier draw took (web53's: web50's)."""
    aid, texts, spans = run_spans(results)
    labelled = labelled_spans(later)
    pages = [p for p in pool(labelled) if aid.get(p) in spans and p not in drawn]
    return take_per_page(pages, (aid, texts, spans), labelled, PER_PAGE, n, seed)


def main() -> None:
    write_units(__doc__, draw)


if __name__ == "__main__":
    main()
