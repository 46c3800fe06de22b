"""Draw the blind claim units of the session 52 web news hand check (`claims-handcheck-web73-units.jsonl`).

Reads only the spans of a run's claims (article, start, end; no decision column), so the units can be labelled
blind. Every news page of the saved web pages is named by some file (web18's page list names them all, and each
carries labels of web18-web22), so the pool is the news pages (`claims-handcheck-web18-pages.tsv`) that no text file
under config/eval, config/training, tests/ or the shared spec names, but for three kinds of file that do not expose a
page's claims to a rule writer: web18's page list, the claim label sets of config/eval (`claims-*.jsonl`: their
labelled spans are left out instead, as web50's draw does) and the mention-level actor and descriptor hand checks
(`actors-handcheck-*`, `descriptors-*`). A gold page, a page a README, a test, a statement check or an audit names is
left out. A claim qualifies when its span overlaps no span any claim label set labels (web50's `labelled_spans`, every
set but this check's own). The pages are sorted and shuffled with `random.Random(SEED)`; from each page in that order
at most 4 claims are drawn with `rng.sample` from its qualifying claims sorted by (start, end), until 40 units are
drawn (12 pages qualify on m61-web, so 2 a page, the earlier web checks' number, would not reach 40).

    python workflow/scripts/draw_claims_handcheck_web73.py --results /work/runs/m61-web --out units.jsonl
"""

from __future__ import annotations

from pathlib import Path

from draw_claims_handcheck_web20 import EVAL, write_units
from draw_claims_handcheck_web50 import labelled_spans, run_spans, take_per_page

ROOT = EVAL.parents[1]
SHARED_SPEC = Path("/work/shared/spec")
SEED = 20262201
PER_PAGE = 4
# this check's own files, and the web claim checks drawn after it (claims76's op76, session 53; claims77's fw77,
# session 54), which it leaves out so that it still gives its units
LATER = frozenset({"claims-handcheck-web73.jsonl", "claims-handcheck-web73-units.jsonl"}) | frozenset(
    {
        "claims-handcheck-op76.jsonl",
        "claims-handcheck-op76-units.jsonl",
        "claims-handcheck-fw77.jsonl",
        "claims-handcheck-fw77-units.jsonl",
        "statements_gold.narr35.jsonl",
        "statements-dev-narr36.jsonl",  # narr36's statement dev set (session 55)
        "actors-handcheck-web85.jsonl",
    }
)
ROOTS = (EVAL, ROOT / "config/training", ROOT / "tests", SHARED_SPEC)
TEXT_SUFFIXES = frozenset({".json", ".jsonl", ".md", ".py", ".txt", ".yaml", ".tsv", ".csv"})
UNREAD_PREFIXES = ("claims-", "actors-handcheck-", "descriptors-")


def news_pages() -> list[str]:
    """The pages web18's page list calls news, sorted."""
    rows = (EVAL / "claims-handcheck-web18-pages.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return sorted(cells[0] for cells in (r.split("\t") for r in rows) if cells[1] == "news")


def exposes(path: Path, later: frozenset[str] = LATER) -> bool:
    """Whether a file naming a page counts against it: all but web18's page list, config/eval's claim label sets and
    actor / descriptor hand checks, and this check's own files."""
    if path.name in later:
        return False
    return not (path.parent == EVAL and path.name.startswith(UNREAD_PREFIXES))


def named_pages(pages: list[str], roots: tuple[Path, ...] = ROOTS, later: frozenset[str] = LATER) -> set[str]:
    """The pages (by file name or file stem) a file that exposes them names."""
    named: set[str] = set()
    for root in roots:
        for path in sorted(root.rglob("*")):
            if not path.is_file() or path.suffix not in TEXT_SUFFIXES or not exposes(path, later):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            named.update(p for p in pages if p in text or p.removesuffix(".html") in text)
    return named


def pool(later: frozenset[str] = LATER) -> list[str]:
    """The news pages no exposing file names, sorted."""
    pages = news_pages()
    named = named_pages(pages, later=later)
    return [p for p in pages if p not in named]


def draw(results: Path, n: int = 40, seed: int = SEED) -> list[dict[str, object]]:
    """The units: page, start, end, span text and its paragraph."""
    aid, texts, spans = run_spans(results)
    labelled = labelled_spans(LATER)
    pages = [p for p in pool() if aid.get(p) in spans]
    return take_per_page(pages, (aid, texts, spans), labelled, PER_PAGE, n, seed)


def main() -> None:
    write_units(__doc__, draw)


if __name__ == "__main__":
    main()
