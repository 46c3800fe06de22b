"""Draw a seeded sample of the claim units that replace extra-label rows the trainer no longer joins (claims86,
session 59, issue 12), for blind labelling.

Reads the rows `list_unjoined_extra_claims86.py --json` wrote (each unjoined extra row with the current units that
overlap it: span and text only). A unit qualifies when it overlaps no span of silver and no span of a label file of
config/training or a claim set of config/eval other than the unjoined rows it replaces (so that, wired in with those
rows retired, no span is labelled twice). The distinct qualifying units, sorted by (article, start, end), are shuffled
with `random.Random(SEED)` and the first `n` taken; each is written with its paragraph (`draw_claims_handcheck_web20`'s
`line_around`), and the rows it would replace.

    python workflow/scripts/draw_unjoined_units_claims86.py /tmp/unjoined.jsonl --out units.jsonl --n 20
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from draw_claims_handcheck_web20 import line_around
from draw_claims_handcheck_web50 import label_files

ROOT = Path(__file__).resolve().parents[2]
SEED = 20262901
CORPUS = Path("/work/shared/corpora/bbc-news")
Span = tuple[int, int]


def labelled(shared: Path) -> dict[str, list[tuple[int, int, str]]]:
    """Every labelled span (silver, config/training, config/eval claim sets) by article, with its file's name."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for path in [shared / "spec/silver/claims.jsonl", *label_files(frozenset())]:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if isinstance(row.get("start"), int) and row.get("article"):
                out.setdefault(row["article"], []).append((row["start"], row["end"], path.name))
    return out


def draw(rows: list[dict], shared: Path, n: int, seed: int = SEED) -> list[dict]:
    """The sample: article, start, end, text, paragraph and the (file, start, end) of the rows it replaces."""
    spans = labelled(shared)
    stale = {(r["article"], r["start"], r["end"]) for r in rows}
    units: dict[tuple[str, int, int], dict] = {}
    for r in rows:
        for s, e, t in r["units"]:
            unit = units.setdefault((r["article"], s, e), {"text": t, "replaces": []})
            unit["replaces"].append((r["file"], r["start"], r["end"]))
    fresh = sorted(
        key
        for key in units
        if not any(s < key[2] and key[1] < e and (key[0], s, e) not in stale for s, e, _ in spans.get(key[0], []))
    )
    random.Random(seed).shuffle(fresh)
    out = []
    for article, s, e in fresh[:n]:
        text = (CORPUS / article).read_text(encoding="utf-8")
        out.append(
            {
                "article": article,
                "start": s,
                "end": e,
                "text": units[(article, s, e)]["text"],
                "paragraph": line_around(text, s, e),
                "replaces": units[(article, s, e)]["replaces"],
            }
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("unjoined", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--n", type=int, default=20)
    args = parser.parse_args()
    rows = [json.loads(x) for x in args.unjoined.read_text(encoding="utf-8").splitlines() if x.strip()]
    sample = draw(rows, args.shared, args.n)
    args.out.write_text("".join(json.dumps(u, ensure_ascii=False) + "\n" for u in sample), encoding="utf-8")
    print(f"{len(sample)} units drawn")


if __name__ == "__main__":
    main()
