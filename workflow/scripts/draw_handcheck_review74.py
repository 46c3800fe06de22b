"""Draw review74's blind BBC check (session 61): 30 claim units and 5 whole articles of actor mentions, on articles no
label set has.

Issue 12 asks for "a hand check of 30 claims from BBC articles in neither set" on the current rules; review73's check
(session 60) is no longer blind (fix85 read it), so this one draws afresh from m72-bbc (main 191187bd:
actors.rules.v161, claims.rules.v123) with review73's draw and exclusions (review72's `labelled_and_pending`, b47's
`draw`): analysed articles that no file of config/eval (every gold, held-out and hand-check set, review73's check
included), tests/ or the shared spec (silver, dev gold) names (this check's own files left out), no near copy of another
corpus article, no claim whose span overlaps a span any claim label set labels (config/eval's, config/training's and
config/training/pending's) nor the text of a span another article's label holds, and none of the articles of review72's
or review73's 30 statement rows (judged in config/eval/README.md only, no file names them: `REVIEW73_STATEMENT_ARTICLES`
is review73's statement draw on m71-bbc).
- claims (`claims`): at most one claim an article, each section's pool shuffled in turn with one
  `random.Random(SEED)`, `QUOTAS` a section (review70's; no politics article is left that no file names). Only the
  spans are read (no decision column): the units are labelled blind.
- articles (`articles`): 5 more articles that no file names, no near copy, none of the statement articles nor of the
  30 claim units' articles (claim label sets' spans bar no article here: config/training labels claims in all but
  one of the 229 such articles, and no set labels their actor mentions), one of each section, for a whole-article
  actors check labelled blind (`kind: gold` rows, as web85's): each section's pool articles, sorted, drawn with
  `random.Random(SEED + 1)`; a section with none (politics) gives its draw to the next in `ARTICLE_SECTIONS` order
  (business draws 2). Only the text is written (no mention of the run's).

    python workflow/scripts/draw_handcheck_review74.py claims --results /work/runs/m72-bbc --out units.jsonl
    python workflow/scripts/draw_handcheck_review74.py articles --results /work/runs/m72-bbc --out articles.jsonl
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import draw_actors_handcheck_bbc55 as bbc55
import draw_claims_handcheck_b47 as b47
import draw_claims_handcheck_s46 as s46
import draw_handcheck_review70 as review70
import draw_handcheck_review72 as review72
import draw_handcheck_review73 as review73
import later_checks
import pyarrow.parquet as pq

SEED = 20263108
PER_ARTICLE = 1
QUOTAS = review70.QUOTAS  # business 8, entertainment 7, sport 8, tech 7: no politics article is left
ARTICLES = 5
ARTICLE_SECTIONS = ("politics", "business", "entertainment", "sport", "tech")
# this check's own files, and review75's and review76's (sessions 62 and 63, drawn after it)
LATER = frozenset(
    {
        "claims-handcheck-review74.jsonl",
        "claims-handcheck-review74-units.jsonl",
        "actors-handcheck-review74.jsonl",
    }
) | later_checks.reviews_from(75)
# the articles of review73's statement rows (`draw_handcheck_review73.py statements --results m71-bbc`)
REVIEW73_STATEMENT_ARTICLES: frozenset[str] = frozenset(
    {
        "news/business/ailing-eurodisney-vows-turnaround.txt",
        "news/business/electrolux-to-export-europe-jobs.txt",
        "news/business/gm-in-crunch-talks-on-fiat-future.txt",
        "news/business/japan-narrowly-escapes-recession.txt",
        "news/business/nissan-names-successor-to-ghosn.txt",
        "news/business/rescue-hope-for-borussia-dortmund.txt",
        "news/business/small-firms-hit-by-rising-costs.txt",
        "news/business/takeover-offer-for-sunderland-fc.txt",
        "news/entertainment/double-win-for-sea-inside.txt",
        "news/entertainment/elvis-set-for-chart-hat-trick.txt",
        "news/entertainment/hitch-holds-on-to-us-box-office.txt",
        "news/entertainment/school-tribute-for-tv-host-carson.txt",
        "news/entertainment/spector-facing-more-legal-action.txt",
        "news/entertainment/spike-lee-backs-student-directors.txt",
        "news/entertainment/us-tv-host-clark-suffers-stroke.txt",
        "news/sport/el-guerrouj-targets-cross-country.txt",
        "news/sport/ferguson-hails-man-utd-s-resolve.txt",
        "news/sport/kewell-waits-as-injury-drags-on.txt",
        "news/sport/minister-digs-in-over-doping-row.txt",
        "news/sport/o-leary-agrees-new-villa-contract.txt",
        "news/sport/redknapp-poised-for-saints.txt",
        "news/sport/safin-relieved-at-aussie-recovery.txt",
        "news/sport/stam-spices-up-man-utd-encounter.txt",
        "news/tech/apple-makes-blogs-reveal-sources.txt",
        "news/tech/have-hackers-recruited-your-pc.txt",
        "news/tech/how-to-make-a-gigapixel-picture.txt",
        "news/tech/microsoft-debuts-security-tools.txt",
        "news/tech/nuclear-body-seeks-new-tech.txt",
        "news/tech/santy-worm-makes-unwelcome-visit.txt",
        "news/tech/souped-up-wi-fi-is-on-the-horizon.txt",
    }
)
STATEMENT_ARTICLES = review73.REVIEW72_STATEMENT_ARTICLES | REVIEW73_STATEMENT_ARTICLES


def labelled_spans() -> dict[str, list[tuple[int, int]]]:
    """Every claim label set's spans by article path, pending ones too (`review72.labelled_and_pending`, this check's
    own left out), and a whole-text span for each of review72's and review73's statement articles."""
    spans = review72.labelled_and_pending(LATER)
    for article in STATEMENT_ARTICLES:
        spans.setdefault(article, []).append(review73.WHOLE)
    return spans


def claims(results: Path, seed: int = SEED) -> list[dict[str, object]]:
    """The claim units: article, start, end, span text and its paragraph."""
    return b47.draw(results, seed=seed, quotas=QUOTAS, later=LATER, per_article=PER_ARTICLE, labelled=labelled_spans())


def articles(
    results: Path,
    seed: int = SEED + 1,
    later: frozenset[str] = LATER,
    units: list[dict[str, object]] | None = None,
) -> list[dict[str, Any]]:
    """The whole articles: path, section, article id and text, one a section (`ARTICLE_SECTIONS`, a section with no
    pool article passing its draw on), none of them a claim unit's article nor a statement article of review72's or
    review73's. (Claim label sets' spans do not bar an article here: config/training labels claims in all but one
    of the pool's 229 articles, and no set labels their actor mentions.) A later check passes its own `later` files
    and claim `units` (review75)."""
    rng = random.Random(seed)
    named = bbc55.named_articles(later=later)
    taken = {str(u["article"]) for u in (claims(results) if units is None else units)} | STATEMENT_ARTICLES
    arts = pq.read_table(results / "ingest/articles.parquet", columns=["article_id", "source_path", "analysed"])
    id_of = {r["source_path"]: r["article_id"] for r in arts.to_pylist() if r["analysed"]}
    corpus = {r["source_path"]: r["text"] for r in pq.read_table(results / "ingest/texts.parquet").to_pylist()}
    chosen: list[dict[str, Any]] = []
    owed = 0
    for section in ARTICLE_SECTIONS:
        pool = sorted(p for p in id_of if p.startswith(f"news/{section}/") and p not in named and p not in taken)
        copies = s46.near_copies({p: corpus[p] for p in pool}, corpus)
        pool = [p for p in pool if p not in copies]
        want = 1 + owed
        picked = rng.sample(pool, min(want, len(pool)))
        owed = want - len(picked)
        chosen += [
            {"article": p, "section": section, "article_id": id_of[p], "text": corpus[p]} for p in sorted(picked)
        ]
    return chosen


def main() -> None:
    review70.write_draw(__doc__, claims, articles, second="articles")


if __name__ == "__main__":
    main()
