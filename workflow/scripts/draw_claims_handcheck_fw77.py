"""Draw the blind claim units of the session 54 web claim-precision check (`claims-handcheck-fw77-units.jsonl`).

Reads only the spans of a run's claims (article, start, end; no decision column), so the units can be labelled
blind: is each one a claim under ANNOTATION.md at all (page furniture: headings, reader invitations, captions,
credits, example sentences and code, navigation, are not)? The pool is every saved page of the run that no exposing
file names (web73's rule, `draw_claims_handcheck_web73.named_pages`: every text file under config/eval,
config/training, tests/ and the shared spec but web18's page list, config/eval's claim label sets, whose labelled
spans are left out instead, and the actor / descriptor hand checks), of every kind (news, opinion, guides,
documentation, shop and institutional pages). The pages are sorted and shuffled with `random.Random(SEED)`; from each
page in that order at most 2 claims are drawn with `rng.sample` from its claims sorted by (start, end) that overlap no
span another claim label set labels (web50's `labelled_spans`), until 80 units are drawn (40 pages).

    python workflow/scripts/draw_claims_handcheck_fw77.py --results /work/runs/m63-web --out units.jsonl
"""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
from draw_claims_handcheck_web20 import write_units
from draw_claims_handcheck_web50 import labelled_spans, run_spans, take_per_page
from draw_claims_handcheck_web73 import named_pages

SEED = 20262401
PER_PAGE = 2
# this check's own files, and the checks drawn after it in session 54 (actors85's web85, narr35's statements), which
# it leaves out so that it still gives its units
LATER = frozenset({"claims-handcheck-fw77.jsonl", "claims-handcheck-fw77-units.jsonl"}) | frozenset(
    {"actors-handcheck-web85.jsonl", "statements_gold.narr35.jsonl", "statements-dev-narr36.jsonl"}
)


def run_pages(results: Path) -> list[str]:
    """Every page of a web run, by file name, sorted."""
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["source_path"]).to_pylist()
    return sorted(Path(a["source_path"]).name for a in arts)


def pool(pages: list[str], later: frozenset[str] = LATER) -> list[str]:
    """The pages no exposing file names, sorted."""
    named = named_pages(pages, later=later)
    return [p for p in sorted(pages) if p not in named]


def draw(results: Path, n: int = 80, seed: int = SEED) -> list[dict[str, object]]:
    """The units: page, start, end, span text and its paragraph."""
    aid, texts, spans = run_spans(results)
    labelled = labelled_spans(LATER)
    pages = [p for p in pool(run_pages(results)) if aid.get(p) in spans]
    return take_per_page(pages, (aid, texts, spans), labelled, PER_PAGE, n, seed)


def main() -> None:
    write_units(__doc__, draw)


if __name__ == "__main__":
    main()
