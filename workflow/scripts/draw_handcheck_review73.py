"""Draw review73's blind BBC check (session 60): 30 claim units and 30 statement rows of a run on no labelled article.

Issue 12 asks for "a hand check of 30 claims from BBC articles in neither set" on the final rules; review72's check
(session 59) is no longer blind (fix82 read it), so this one draws afresh from m71-bbc (claims.rules.v120,
narratives.rules.v76) with review72's draw (review70's `statements`, b47's `draw`) and its exclusions: analysed
articles that no file of config/eval (every gold, held-out and hand-check set, review72's check and claims87's type
errors included), tests/ or the shared spec (silver, dev gold) names (this check's own files left out), no near copy
of another corpus article, and no claim whose span overlaps a span any claim label set labels (config/eval's,
config/training's and config/training/pending's: `draw_handcheck_review72.labelled_spans`) nor the text of a span
another article's label holds. New here: the articles of review72's 30 statement rows, judged in config/eval/README.md
only (no file names them), are left out too (`REVIEW72_STATEMENT_ARTICLES`: review72's statement draw on m70-bbc).
- claims (`claims`): at most one claim an article, each section's pool shuffled in turn with one
  `random.Random(SEED)`. No politics article is left (every one is named by a file), so the 30 units come from the
  other four sections (`QUOTAS`, review70's). Only the spans are read (no decision column): the units are labelled
  blind.
- statements (`statements`): review70's statement draw with this check's seed + 1, files and quotas: one row an
  article, each written with its claim (span, text, claimer), its agent's and patient's mention text and the
  paragraph around it, for the judge (drawn after the claim labels were committed).

    python workflow/scripts/draw_handcheck_review73.py claims --results /work/runs/m71-bbc --out units.jsonl
    python workflow/scripts/draw_handcheck_review73.py statements --results /work/runs/m71-bbc --out rows.jsonl
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import draw_claims_handcheck_b47 as b47
import draw_handcheck_review70 as review70
import draw_handcheck_review72 as review72
import later_checks

SEED = 20263008
PER_ARTICLE = 1
QUOTAS = review70.QUOTAS  # business 8, entertainment 7, sport 8, tech 7: no politics article is left
# this check's own files
LATER = frozenset(
    {
        "claims-handcheck-review73.jsonl",
        "claims-handcheck-review73-units.jsonl",
        "statements-handcheck-review73.jsonl",
    }
) | later_checks.reviews_from(74)
# the articles of review72's statement rows (`draw_handcheck_review72.py statements --results m70-bbc`)
REVIEW72_STATEMENT_ARTICLES: frozenset[str] = frozenset(
    {
        "news/business/bombardier-chief-to-leave-company.txt",
        "news/business/dollar-gains-on-greenspan-speech.txt",
        "news/business/industrial-revival-hope-for-japan.txt",
        "news/business/jobs-go-at-oracle-after-takeover.txt",
        "news/business/mci-shareholder-sues-to-stop-bid.txt",
        "news/business/saudi-ncci-s-shares-soar.txt",
        "news/business/us-prepares-for-hybrid-onslaught.txt",
        "news/business/yukos-sues-four-firms-for-20bn.txt",
        "news/entertainment/brando-rejected-godfather-role.txt",
        "news/entertainment/fry-set-for-role-in-hitchhiker-s.txt",
        "news/entertainment/paraguay-novel-wins-us-book-prize.txt",
        "news/entertainment/prodigy-join-v-festival-line-up.txt",
        "news/entertainment/tautou-film-tops-cesar-prize-nods.txt",
        "news/entertainment/van-gogh-festival-film-withdrawn.txt",
        "news/entertainment/wal-mart-is-sued-over-rude-lyrics.txt",
        "news/sport/bortolami-predicts-dour-contest.txt",
        "news/sport/greek-sprinters-won-t-run-again.txt",
        "news/sport/keegan-hails-comeback-king-fowler.txt",
        "news/sport/kerr-frustrated-at-victory-margin.txt",
        "news/sport/real-will-finish-abandoned-match.txt",
        "news/sport/scrum-half-williams-rejoins-bath.txt",
        "news/sport/white-prepared-for-battle.txt",
        "news/sport/williams-battles-to-aussie-title.txt",
        "news/tech/bad-e-mail-habits-sustains-spam.txt",
        "news/tech/dozens-held-over-id-fraud-site.txt",
        "news/tech/lasers-help-bridge-network-gaps.txt",
        "news/tech/nintendo-ds-makes-its-euro-debut.txt",
        "news/tech/no-re-draft-for-eu-patent-law.txt",
        "news/tech/seamen-sail-into-biometric-future.txt",
        "news/tech/sony-psp-tipped-as-a-must-have.txt",
    }
)


WHOLE = (0, 10**9)  # a span over a whole text: an article left out is labelled whole, so no claim of it is fresh


def labelled_spans() -> dict[str, list[tuple[int, int]]]:
    """Every claim label set's spans by article path (`s46.labelled_spans`, this check's own left out) and those of
    every label file in config/training/pending (claims86's included, which review72's list names as later), and a
    whole-text span for each of review72's statement articles."""
    spans = review72.labelled_and_pending(LATER)
    for article in REVIEW72_STATEMENT_ARTICLES:
        spans.setdefault(article, []).append(WHOLE)
    return spans


def claims(results: Path, seed: int = SEED) -> list[dict[str, object]]:
    """The claim units: article, start, end, span text and its paragraph."""
    return b47.draw(results, seed=seed, quotas=QUOTAS, later=LATER, per_article=PER_ARTICLE, labelled=labelled_spans())


def statements(results: Path, seed: int = SEED + 1) -> list[dict[str, Any]]:
    """The statement rows (review70's draw with this check's seed, files and quotas), in draw order within a section."""
    return review70.statements(results, seed=seed, later=LATER, quotas=QUOTAS, labelled=labelled_spans())


def main() -> None:
    review70.write_draw(__doc__, claims, statements)


if __name__ == "__main__":
    main()
