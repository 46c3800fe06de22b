"""List every extra-label row the trainer cannot join to a claim unit of a run (claims86, session 59, issue 12).

The join is the trainer's own: `training.dataset.build_examples` (the claim rules run again with the current code on
the run's parsed articles, then `join_silver`: the exact span, or the span up to the unit's closing stop or quote).
Each unjoined row is printed with its file, its span and text, and a shape read from the units of the current rules
that overlap it (span and text only, no decision of the pipeline, so new units can be labelled blind):
- `none`: no unit overlaps it (the span is no claim any more);
- `merged`: one unit holds the span and more (a tag, a clause or a neighbour joined to it);
- `split`: the span holds two or more units (cut at a clause, a sentence or a quotation);
- `shifted`: units overlap it with other bounds.
`--json OUT` writes the rows with their shape and overlapping units, one a line.

    python workflow/scripts/list_unjoined_extra_claims86.py --results /work/runs/m70-bbc --shared /work/shared
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from narrative_pipeline.training.dataset import CLOSING, build_examples, load_silver

ROOT = Path(__file__).resolve().parents[2]
EXTRA = tuple(sorted((ROOT / "config/training").glob("claims-labels-*.jsonl")))
Unit = tuple[int, int, str]


def shape(start: int, end: int, units: list[Unit]) -> str:
    """How the overlapping units of the current rules cover an unjoined label span."""
    over = [(s, e) for s, e, _ in units if s < end and start < e]
    if not over:
        return "none"
    if len(over) == 1 and over[0][0] <= start and over[0][1] >= end:
        return "merged"
    if len(over) >= 2 and all(start <= s and e <= end + 1 for s, e in over):
        return "split"
    return "shifted"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--results", type=Path, nargs="+", required=True)
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    config = ROOT / "config"
    files = tuple(p for p in EXTRA if "-s24" not in p.name)  # the web opinion labels: scored apart, not extra
    _, data, report = build_examples(
        args.results,
        None,
        [],
        config / "actors.yaml",
        config / "claims_lexicon.yaml",
        92.0,
        files,
    )
    rows = {(a, r["start"], r["end"]): (r, p) for p in files for a, rs in load_silver(p).items() for r in rs}
    out = []
    for line in report.unjoined:
        _, article, span = line.split(" ", 2)
        start, end = (int(x) for x in span.strip("[)").split(","))
        row, path = rows[(article, start, end)]
        art = data.get(article)
        units = [(c.start, c.end, c.text) for c in art.claims] if art else []
        over = [u for u in units if u[0] < end and start < u[1]]
        out.append({"file": path.name, **row, "shape": shape(start, end, units), "units": over})
    print(f"extra rows {report.extra_rows}, joined {report.extra_joined}, unjoined {len(out)}")
    print("by file:", dict(Counter(o["file"] for o in out)))
    print("by shape:", dict(Counter(o["shape"] for o in out)))
    for o in out:
        print(f"- {o['shape']} {o['file']} {o['article']} [{o['start']},{o['end']}) {o['text']!r}")
        for s, e, t in o["units"]:
            print(f"    now [{s},{e}) {t.rstrip(CLOSING)[-90:]!r}")
    if args.json:
        args.json.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")


if __name__ == "__main__":
    main()
