"""Draw the blind claim units of the session 53 opinion and analysis hand check (`claims-handcheck-op76-units.jsonl`).

Reads only the spans of a run's claims (article, start, end; no decision column), so the units can be labelled
blind. The class is the seed article's: prose in which the author argues, judges, analyses or reflects. Every page
`claims-handcheck-web18-pages.tsv` calls opinion (an op-ed, essay, review or letters page) is named by some other
file (the opinion23 dev set's README section, s24's training labels, a gold set), so the pool is the pages of that
class among the saved pages web18 filed as "not news" that no exposing file names (web73's rule,
`draw_claims_handcheck_web73.named_pages`: every text file under config/eval, config/training, tests/ and the shared
spec but web18's page list, config/eval's claim label sets, whose labelled spans are left out instead, and the
actor / descriptor hand checks). Read by claims76 before the draw, from each page's text alone (no decision of the
run): of the 75 such pages, the eight in `PAGES` are opinion, analysis, essay or commentary; the others are
tutorials and software documentation, recipes, product, shop and institutional pages, listicles and buying guides,
interviews and profiles, a forum thread, fiction, news reports and a news roundup (`EXCLUDED` names the near ones).
The pages are sorted and shuffled with `random.Random(SEED)`; from each page in that order at most 5 claims are drawn
with `rng.sample` from its claims sorted by (start, end) that overlap no span another claim label set labels
(web50's `labelled_spans`), until 40 units are drawn (8 pages, so 5 a page).

    python workflow/scripts/draw_claims_handcheck_op76.py --results /work/runs/m62-web --out units.jsonl
"""

from __future__ import annotations

from pathlib import Path

from draw_claims_handcheck_web20 import write_units
from draw_claims_handcheck_web50 import labelled_spans, run_spans, take_per_page
from draw_claims_handcheck_web73 import named_pages

SEED = 20262301
PER_PAGE = 5
# this check's own files, and the checks drawn after it (claims77's fw77, narr35's statements, actors85's web85,
# session 54), which it leaves out so that it still gives its units
LATER = frozenset({"claims-handcheck-op76.jsonl", "claims-handcheck-op76-units.jsonl"}) | frozenset(
    {
        "claims-handcheck-fw77.jsonl",
        "claims-handcheck-fw77-units.jsonl",
        "statements_gold.narr35.jsonl",
        "statements-dev-narr36.jsonl",  # narr36's statement dev set (session 55)
        "actors-handcheck-web85.jsonl",
    }
)
# the qualifying pages and what each is (web18 filed all eight as "not news")
PAGES = {
    "blog.gaijinpot.com.chikan.html": "commentary: argues that Japan does too little against train groping",
    "caktusgroup.com.django.html": "reflective essay: a speaker's post-mortem of a failed webcast demo",
    "hellogiggles.com.skin.html": "argued feature: against the belief that dead skin cells should be scrubbed off",
    "knowtechie.com.rally.html": "first-person commentary on a game's season update",
    "lemire.me.json.html": "analysis: a benchmark of two JSON parsers and what it means",
    "pluralsight.com.python.html": "analysis: the pros and cons of Python environment tools, with a recommendation",
    "tofugu.com.dezuka-suisan.html": "review essay: a first-person review of a fish-cake shop",
    "uk.trustpilot.com.reviews.html": "opinion: a customer's review of a meal-kit service",
}
# the near pages left out, and why
EXCLUDED = {
    "anarc.at.cdpath.html": "a tutorial on shell setup",
    "d44c5ef50718437984dca47627dee96b.html": "a news roundup passing on other outlets' reports",
    "laweekly.com-Cultivation.html": "an interview (questions and an artist's answers)",
    "instyle.com.cancer.html": "an interview and profile",
    "luxuriousmagazine.com.polo.html": "a travel feature (narrative and history)",
    "reddit.com.init.html": "a forum thread (many unnamed posters)",
    "schneems.com.rubocop.html": "a tutorial",
    "strangemachines.io.performant.html": "a tutorial",
    "thebalance.com.coinbase.html": "a product comparison guide, mostly feature description",
    "theplanetarypress.com.forestlands.html": "a news report of a research paper",
    "tomshardware.com.rtx.html": "a buying guide",
}


def pool(later: frozenset[str] = LATER) -> list[str]:
    """The qualifying pages no exposing file names, sorted."""
    pages = sorted(PAGES)
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
