"""Draw review72's blind BBC check (session 59): 30 claim units and 30 statement rows of a run on no labelled article.

Issue 12 asks for "a hand check of 30 claims from BBC articles in neither set" on the final rules; review70's check
(session 57) is no longer blind (claims85 read it), so this one draws afresh from m70-bbc (claims.rules.v117,
narratives.rules.v74) with review70's draw (`draw_handcheck_review70`, b81's and b47's before it) and its exclusions:
analysed articles that no file of config/eval (every gold, held-out and hand-check set, review70's check included),
tests/ or the shared spec (silver, dev gold) names (this check's own files left out), no near copy of another corpus
article, and no claim whose span overlaps a span any claim label set labels (config/eval's and config/training's,
config/training/pending's too: `labelled_spans`) nor the text of a span another article's label holds.
- claims (`claims`): at most one claim an article, each section's pool shuffled in turn with one
  `random.Random(SEED)`. The politics section holds one such article, and each of its claims overlaps a training
  label, so the 30 units come from the other four sections (`QUOTAS`, review70's). Only the spans are read (no
  decision column): the units are labelled blind.
- statements (`statements`): review70's statement draw with this check's seed + 1, files and quotas: one row an
  article, each written with its claim (span, text, claimer), its agent's and patient's mention text and the
  paragraph around it, for the judge (drawn after the claim labels were committed).

    python workflow/scripts/draw_handcheck_review72.py claims --results /work/runs/m70-bbc --out units.jsonl
    python workflow/scripts/draw_handcheck_review72.py statements --results /work/runs/m70-bbc --out rows.jsonl
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import draw_claims_handcheck_b47 as b47
import draw_claims_handcheck_s46 as s46
import draw_handcheck_review70 as review70
import later_checks
from draw_claims_handcheck_web50 import ROOT

SEED = 20262908
PER_ARTICLE = 1
QUOTAS = review70.QUOTAS  # business 8, entertainment 7, sport 8, tech 7: politics has no qualifying claim
# this check's own files (its statement judgements are in config/eval/README.md, there being no statements scorer), and
# the label files written after it (actors90's check, claims86's training labels; session 59)
LATER = frozenset(
    {
        "claims-handcheck-review72.jsonl",
        "claims-handcheck-review72-units.jsonl",
        "claims-handcheck-review73.jsonl",
        "claims-handcheck-review73-units.jsonl",
        "actors-handcheck-actors90.jsonl",
        "claims-labels-claims86.jsonl",
        # claims88's (session 60): its relabelled units were no label when this was drawn
        "claims-labels-claims88.jsonl",
    }
) | later_checks.reviews_from(74)
PENDING = ROOT / "config/training/pending"


def labelled_spans() -> dict[str, list[tuple[int, int]]]:
    """Every claim label set's spans by article path (`s46.labelled_spans`, this check's own left out), and those of
    the label files waiting in config/training/pending (`labelled_and_pending`)."""
    return labelled_and_pending(LATER)


def labelled_and_pending(later: frozenset[str]) -> dict[str, list[tuple[int, int]]]:
    """`s46.labelled_spans(later)` with the spans of every label file in config/training/pending not in `later`."""
    spans = s46.labelled_spans(later)
    for path in sorted(p for p in PENDING.glob("claims-labels-*.jsonl") if p.name not in later):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                spans.setdefault(row["article"], []).append((row["start"], row["end"]))
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
