"""Draw fix96's reading (session 64): 40 statement rows of m76-bbc on no labelled article, read for their agent,
predicate class and patient under ANNOTATION.md to find the largest wrong shape.

fix90's draw with this draw's seed: review70's `statements` (one row an article, each with its claim, its agent's and
patient's mention text and the paragraph around it), review73's exclusions (`draw_handcheck_review73.labelled_spans`:
every claim label set's spans, review72's statement articles) and fix90's quotas (10 rows from each of the four
sections with unlabelled articles). No label file is written: the rows are read, and what they
show is counted in config/eval/README.md (fix96's section).

    python workflow/scripts/draw_statements_fix96.py --results /work/runs/m76-bbc/results --out rows.jsonl
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import draw_statements_fix90 as fix90

SEED = 20264396
QUOTAS = fix90.QUOTAS


def statements(results: Path, seed: int = SEED) -> list[dict[str, Any]]:
    """The 40 statement rows, in draw order within a section (fix90's draw with this seed)."""
    return fix90.statements(results, seed)


def main() -> None:
    fix90.main(__doc__, SEED)


if __name__ == "__main__":
    main()
