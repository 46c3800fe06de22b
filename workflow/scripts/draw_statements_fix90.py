"""Draw fix90's reading (session 62): 40 statement rows of m73-bbc on no labelled article, read for their agent,
predicate class and patient under ANNOTATION.md to find the largest wrong shape.

review73's statement draw (review70's `statements`, one row an article, each with its claim, its agent's and
patient's mention text and the paragraph around it) with review73's exclusions (`draw_handcheck_review73.
labelled_spans`: every claim label set's spans, review72's statement articles) and this draw's seed and quotas (10 rows
from each of the four sections with unlabelled articles). No label file is written: the rows are read, and what they
show is counted in config/eval/README.md (fix90's section).

    python workflow/scripts/draw_statements_fix90.py --results /work/runs/m73-bbc --out rows.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import draw_handcheck_review70 as review70
import draw_handcheck_review73 as review73

SEED = 20263207
QUOTAS = (("business", 10), ("entertainment", 10), ("sport", 10), ("tech", 10))


def statements(results: Path, seed: int = SEED) -> list[dict[str, Any]]:
    """The 40 statement rows, in draw order within a section."""
    return review70.statements(
        results, seed=seed, later=review73.LATER, quotas=QUOTAS, labelled=review73.labelled_spans()
    )


def main(doc: str = __doc__, seed: int = SEED) -> None:
    """The command line of this draw and of later ones that differ only in their seed (fix93's)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--results", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    with args.out.open("w") as f:
        for one in statements(args.results, seed):
            f.write(json.dumps(one, ensure_ascii=False, default=str) + "\n")


if __name__ == "__main__":
    main()
