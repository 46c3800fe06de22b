"""Draw review76's blind BBC check (session 63): 30 claim units and 5 whole articles of actor mentions, on articles no
label set has.

Issue 12 asks for "a hand check of 30 claims from BBC articles in neither set" on the current rules; review75's check
(session 62) is no longer blind (fix91 read it), so this one draws afresh from m75-bbc (main 30ca2d16:
actors.rules.v169, claims.rules.v128) with review75's draw and exclusions (review75's `claims` and `articles` with this
check's seeds and files: review74's, review72's `labelled_and_pending`, b47's `draw`): analysed articles that no file of
config/eval (every gold, held-out and hand-check set, review75's check included), tests/ or the shared spec (silver, dev
gold) names (this check's own files left out), no near copy of another corpus article, no claim whose span overlaps a
span any claim label set labels (config/eval's, review75's included, config/training's and config/training/pending's)
nor the text of a span another article's label holds, and none of the articles of review72's or review73's 30 statement
rows (`STATEMENT_ARTICLES`, review74's). review75's five actor articles are named by its actors file, so they are left
out as named articles.
- claims (`claims`): review74's `claims` with this seed (at most one claim an article, `QUOTAS` a section: business 8,
  entertainment 7, sport 8, tech 7; no politics article is left that no file names). Only the spans are read (no
  decision column): the units are labelled blind.
- articles (`articles`): review74's `articles` with this seed + 1 and this check's `LATER`: 5 more articles that no
  file names, no near copy, none of the statement articles nor of the 30 claim units' articles, one a section
  (politics has none: business draws 2). Only the text is written (no mention of the run's).

    python workflow/scripts/draw_handcheck_review76.py claims --results /work/runs/m75-bbc/results --out units.jsonl
    python workflow/scripts/draw_handcheck_review76.py articles --results /work/runs/m75-bbc/results --out arts.jsonl
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import draw_handcheck_review70 as review70
import draw_handcheck_review74 as review74
import draw_handcheck_review75 as review75
import later_checks

SEED = 20263301
PER_ARTICLE = review75.PER_ARTICLE
QUOTAS = review75.QUOTAS
ARTICLES = review75.ARTICLES
ARTICLE_SECTIONS = review75.ARTICLE_SECTIONS
# this check's own files and every later review's
LATER = later_checks.reviews_from(76)
STATEMENT_ARTICLES = review74.STATEMENT_ARTICLES


def labelled_spans() -> dict[str, list[tuple[int, int]]]:
    """Every claim label set's spans by article path, pending ones and review75's too (review75's `labelled_spans`
    with this check's own files left out), and a whole-text span for each statement article."""
    return review75.labelled_spans(LATER)


def claims(results: Path, seed: int = SEED) -> list[dict[str, object]]:
    """The claim units: article, start, end, span text and its paragraph (review75's draw with this seed and files)."""
    return review75.claims(results, seed, LATER)


def articles(results: Path, seed: int = SEED + 1) -> list[dict[str, Any]]:
    """The whole articles: path, section, article id and text, one a section (`ARTICLE_SECTIONS`, a section with no
    pool article passing its draw on), none of them a claim unit's article nor a statement article (review75's
    `articles` with this check's seeds, files and units)."""
    return review75.articles(results, seed, LATER, claims_seed=SEED)


def main() -> None:
    review70.write_draw(__doc__, claims, articles, second="articles")


if __name__ == "__main__":
    main()
