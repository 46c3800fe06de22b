"""Draw review78's blind BBC check (session 65): 30 claim units and 4 whole articles of actor mentions, on articles no
label set has.

Issue 12 asks for "a hand check of 30 claims from BBC articles in neither set" on the current rules; review77's check
(session 64) is no longer blind (fix97 read it), so this one draws afresh from m77-bbc (main bf3a9cd1's outputs:
actors.rules.v179, claims.rules.v137) with review77's draw and exclusions (review75's `claims`, `articles` and
`labelled_spans` with this check's seeds and files): analysed articles that no file of config/eval (every gold,
held-out and hand-check set, review77's check included), tests/ or the shared spec (silver, dev gold) names (this
check's own files left out), no near copy of another corpus article, no claim whose span overlaps a span any claim
label set labels (config/eval's, review77's included, config/training's and config/training/pending's) nor the text of
a span another article's label holds, and none of the articles of review72's or review73's 30 statement rows
(`STATEMENT_ARTICLES`, review74's). review77's four actor articles are named by its actors file, so they are left out
as named articles.
- claims (`claims`): review75's `claims` with this seed (at most one claim an article, `QUOTAS` a section: business 10,
  entertainment 8, sport 12: no politics nor tech article is left with a claim that no label set overlaps, and only 8
  entertainment ones). Only the spans are read (no decision column): the units are labelled blind.
- articles (`articles`): review74's `articles` (as review75's) with this seed + 1 and this check's `LATER`: 4 more
  articles that no file names, no near copy, none of the statement articles nor of the 30 claim units' articles, one
  a section (a section with no pool article passing the draw on: politics gives business its draw; tech, the last
  section, has no article left, so the draw gives 4 articles, not 5). Only the text is written (no mention of the
  run's).

    python workflow/scripts/draw_handcheck_review78.py claims --results /work/runs/m77-bbc/results --out units.jsonl
    python workflow/scripts/draw_handcheck_review78.py articles --results /work/runs/m77-bbc/results --out arts.jsonl
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import draw_claims_handcheck_b47 as b47
import draw_handcheck_review70 as review70
import draw_handcheck_review74 as review74
import draw_handcheck_review75 as review75
import later_checks

SEED = 20263501
PER_ARTICLE = review75.PER_ARTICLE
# no politics nor tech article is left with a claim no label set overlaps, and entertainment has 8 (m77-bbc: business
# 34 articles, entertainment 8, sport 52, politics and tech 0), so entertainment's ninth goes to sport
QUOTAS = (("business", 10), ("entertainment", 8), ("sport", 12), ("tech", 0))
ARTICLES = review75.ARTICLES
ARTICLE_SECTIONS = review75.ARTICLE_SECTIONS
# this check's own files and every later review's
LATER = later_checks.reviews_from(78)
STATEMENT_ARTICLES = review74.STATEMENT_ARTICLES


def labelled_spans() -> dict[str, list[tuple[int, int]]]:
    """Every claim label set's spans by article path, pending ones and review77's too (review75's `labelled_spans`
    with this check's own files left out), and a whole-text span for each statement article."""
    return review75.labelled_spans(LATER)


def claims(results: Path, seed: int = SEED) -> list[dict[str, object]]:
    """The claim units: article, start, end, span text and its paragraph (review75's draw with this seed, files and
    `QUOTAS`)."""
    return b47.draw(results, seed=seed, quotas=QUOTAS, later=LATER, per_article=PER_ARTICLE, labelled=labelled_spans())


def articles(results: Path, seed: int = SEED + 1) -> list[dict[str, Any]]:
    """The whole articles: path, section, article id and text, one a section (`ARTICLE_SECTIONS`, a section with no
    pool article passing its draw on), none of them a claim unit's article nor a statement article (review74's
    `articles`, as review75's, with this check's seed, files and 30 units)."""
    return review74.articles(results, seed=seed, later=LATER, units=claims(results))


def main() -> None:
    review70.write_draw(__doc__, claims, articles, second="articles")


if __name__ == "__main__":
    main()
