"""Draw actors90's BBC check of person and office links (session 59, issue 12; `actors-handcheck-actors90.jsonl`).

The pool: the linked mentions of `actors/mentions.parquet` (analysed articles only) typed a person (names, titles and
office descriptors that link to a person) in BBC articles that no file of config/eval, of tests/ or of the shared
spec names (`draw_actors_handcheck_bbc55.named_articles`, this check's own file left out). Then
`narrative_pipeline.judged.draw(pool, sections, 10, 1, SEED)`: up to 10 mentions from each of the five sections,
one per article, the first 40 in section order (politics has one article no file names: 1 politics, 10 business,
10 tech, 10 entertainment, 9 sport). Rows have the fields of `actors-handcheck-bbc55.jsonl`, the judgment fields
filled by hand against the article's text at the row's offsets. Drawn from `/work/runs/m70-bbc` (main f9eb6889's
output, actors.rules.v154).

    python workflow/scripts/draw_actors_handcheck_actors90.py --results /work/runs/m70-bbc --out draw.jsonl
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import draw_actors_handcheck_bbc55 as bbc55
import later_checks
from narrative_pipeline.judged import default_sections, draw

SEED = 20262904
PER_SECTION = 10
ROWS = 40
# this check, and review72's (session 59, made beside it on main; this draw's branch did not hold it) and review73's
# (session 60), drawn after it
LATER = frozenset(
    {
        "actors-handcheck-actors90.jsonl",
        "claims-handcheck-review72.jsonl",
        "claims-handcheck-review72-units.jsonl",
        "claims-handcheck-review73.jsonl",
        "claims-handcheck-review73-units.jsonl",
    }
) | later_checks.reviews_from(74)


def sample(results: Path, per_section: int = PER_SECTION, seed: int = SEED) -> list[dict[str, Any]]:
    """The drawn rows, ready for a judge."""
    actors, linked = bbc55.linked_mentions(results, bbc55.named_articles(later=LATER))
    persons = [r for r in linked if r["actor_type"] == "person"]
    sections = default_sections(sorted({r["section"] for r in persons}))
    return bbc55.judge_rows(results, draw(persons, sections, per_section, 1, seed)[:ROWS], actors)


if __name__ == "__main__":
    bbc55.main(sample, __doc__)
