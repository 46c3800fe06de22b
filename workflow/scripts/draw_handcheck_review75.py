"""Draw review75's blind BBC check (session 62): 30 claim units and 5 whole articles of actor mentions, on articles no
label set has.

Issue 12 asks for "a hand check of 30 claims from BBC articles in neither set" on the current rules; review74's check
(session 61) is no longer blind (fix88 read it), so this one draws afresh from m73-bbc (main 58adc6a0:
actors.rules.v166, claims.rules.v126) with review74's draw and exclusions (review72's `labelled_and_pending`, b47's
`draw`): analysed articles that no file of config/eval (every gold, held-out and hand-check set, review74's check
included), tests/ or the shared spec (silver, dev gold) names (this check's own files left out), no near copy of another
corpus article, no claim whose span overlaps a span any claim label set labels (config/eval's, config/training's and
config/training/pending's) nor the text of a span another article's label holds, and none of the articles of review72's
or review73's 30 statement rows (review74 drew no statement rows, so `STATEMENT_ARTICLES` is review74's). review74's
five actor articles are named by its actors file, so they are left out as named articles.
- claims (`claims`): review74's `claims` with this seed (at most one claim an article, `QUOTAS` a section: business 8,
  entertainment 7, sport 8, tech 7; no politics article is left that no file names). Only the spans are read (no
  decision column): the units are labelled blind.
- articles (`articles`): review74's `articles` with this seed + 1 and this check's `LATER`: 5 more articles that no
  file names, no near copy, none of the statement articles nor of the 30 claim units' articles, one a section
  (politics has none: business draws 2). Only the text is written (no mention of the run's).

    python workflow/scripts/draw_handcheck_review75.py claims --results /work/runs/m73-bbc --out units.jsonl
    python workflow/scripts/draw_handcheck_review75.py articles --results /work/runs/m73-bbc --out articles.jsonl
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import draw_claims_handcheck_b47 as b47
import draw_handcheck_review70 as review70
import draw_handcheck_review72 as review72
import draw_handcheck_review73 as review73
import draw_handcheck_review74 as review74
import later_checks

SEED = 20263208
PER_ARTICLE = review74.PER_ARTICLE
QUOTAS = review74.QUOTAS
ARTICLES = review74.ARTICLES
ARTICLE_SECTIONS = review74.ARTICLE_SECTIONS
# this check's own files, and review76's (session 63, drawn after it)
LATER = later_checks.reviews_from(75)
STATEMENT_ARTICLES = review74.STATEMENT_ARTICLES


def labelled_spans(later: frozenset[str] = LATER) -> dict[str, list[tuple[int, int]]]:
    """Every claim label set's spans by article path, pending ones too (`review72.labelled_and_pending`, this check's
    own left out, or a later check's `later`), and a whole-text span for each statement article."""
    spans = review72.labelled_and_pending(later)
    for article in STATEMENT_ARTICLES:
        spans.setdefault(article, []).append(review73.WHOLE)
    return spans


def claims(results: Path, seed: int = SEED, later: frozenset[str] = LATER) -> list[dict[str, object]]:
    """The claim units: article, start, end, span text and its paragraph (a later check's draw: its seed and files)."""
    return b47.draw(
        results, seed=seed, quotas=QUOTAS, later=later, per_article=PER_ARTICLE, labelled=labelled_spans(later)
    )


def articles(
    results: Path, seed: int = SEED + 1, later: frozenset[str] = LATER, claims_seed: int = SEED
) -> list[dict[str, Any]]:
    """The whole articles: path, section, article id and text, one a section (`ARTICLE_SECTIONS`, a section with no
    pool article passing its draw on), none of them a claim unit's article nor a statement article (review74's
    `articles` with this check's files and units; a later check's: its seeds and files)."""
    return review74.articles(results, seed=seed, later=later, units=claims(results, claims_seed, later))


def main() -> None:
    review70.write_draw(__doc__, claims, articles, second="articles")


if __name__ == "__main__":
    main()
