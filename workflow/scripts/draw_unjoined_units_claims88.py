"""Draw more of the claim units that replace extra-label rows the trainer no longer joins (claims88, session 60,
issue 12), for blind labelling, the units that took in a clause before the labelled span first.

The rows are those `list_unjoined_extra_claims86.py --json` writes on a run, after claims86's 20 relabelled units
were wired in (their rows retired). The qualifying units are claims86's (`draw_unjoined_units_claims86.draw`: no
overlap with silver or any other label set, each with its paragraph and the rows it replaces), shuffled with this
draw's seed; then the units that hold a clause before a row they replace (`clause_before`: the unit starts before the
labelled span and ends at its end, give or take a closing stop or quote) are put first, each group keeping the
shuffled order, and the first `n` taken.

    python workflow/scripts/draw_unjoined_units_claims88.py /tmp/unjoined.jsonl --out units.jsonl --n 44
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from draw_unjoined_units_claims86 import draw

SEED = 20263001
SLACK = 2  # characters a unit may end past the labelled span (a closing stop, quote or both)


def clause_before(unit: dict) -> bool:
    """The unit holds a replaced row's span and words before it, and ends where the span ends."""
    return any(unit["start"] < s and e <= unit["end"] <= e + SLACK for _, s, e in unit["replaces"])


def draw_first_before(rows: list[dict], shared: Path, n: int, seed: int = SEED) -> list[dict]:
    """The sample: every qualifying unit in the seeded order, those with a clause before their span first."""
    units = draw(rows, shared, len(rows) * 4, seed)
    return sorted(units, key=lambda u: not clause_before(u))[:n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("unjoined", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--n", type=int, default=44)
    args = parser.parse_args()
    rows = [json.loads(x) for x in args.unjoined.read_text(encoding="utf-8").splitlines() if x.strip()]
    sample = draw_first_before(rows, args.shared, args.n)
    args.out.write_text("".join(json.dumps(u, ensure_ascii=False) + "\n" for u in sample), encoding="utf-8")
    print(f"{len(sample)} units drawn, {sum(map(clause_before, sample))} with a clause before")


if __name__ == "__main__":
    main()
