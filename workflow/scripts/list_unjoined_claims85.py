"""List the label rows (silver and the extra label files) that join a claim unit of one run and none of another's,
with the units of the second run that overlap them (claims85, session 58, issue 12: the rows claims84's unit changes
took out of the silver measure).

The join is `training.dataset.join_silver`'s: exact span, or the span up to a closing stop or quote. Prints one
block per row: the file, the article, the label's span and text, then each overlapping unit of the new run (span and
text only: no decision of the pipeline, so the new units can be labelled blind).

    python workflow/scripts/list_unjoined_claims85.py /work/runs/m67-bbc /work/runs/m68-bbc --shared /work/shared
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[2]
EXTRA = tuple(ROOT / f"config/training/claims-labels-s{n}.jsonl" for n in (9, 14, 16, 17))
CLOSING = " \t\n.\"'”’"


def spans_of(run: Path) -> dict[str, list[tuple[int, int, str]]]:
    """Each article's claim units (start, end, text), keyed by the article's corpus path."""
    paths = {}
    for f in (run / "articles").glob("*.json"):
        doc = json.loads(f.read_text(encoding="utf-8"))
        paths[doc["article"]["article_id"]] = doc["article"]["source_path"]
    table = pq.read_table(run / "claims/claims.parquet", columns=["article_id", "start", "end", "text"]).to_pylist()
    out: dict[str, list[tuple[int, int, str]]] = {}
    for r in table:
        out.setdefault(paths[r["article_id"]], []).append((r["start"], r["end"], r["text"]))
    return out


def joins(row: dict, units: list[tuple[int, int, str]]) -> bool:
    """`join_silver`'s test: the exact span, or the span up to the unit's closing stop or quote."""
    span = (row["start"], row["end"])
    return any((s, e) == span or (s, s + len(t.rstrip(CLOSING))) == span for s, e, t in units)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    args = parser.parse_args()
    old, new = spans_of(args.old), spans_of(args.new)
    for path in (args.shared / "spec/silver/claims.jsonl", *EXTRA):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        lost = [r for r in rows if joins(r, old.get(r["article"], [])) and not joins(r, new.get(r["article"], []))]
        gained = [r for r in rows if not joins(r, old.get(r["article"], [])) and joins(r, new.get(r["article"], []))]
        print(f"== {path.name}: {len(rows)} rows, {len(lost)} lost, {len(gained)} gained")
        for r in lost:
            print(f"- {r['article']} [{r['start']},{r['end']}) {r['text']!r}")
            for s, e, t in new.get(r["article"], []):
                if s < r["end"] and e > r["start"]:
                    print(f"    now [{s},{e}) {t!r}")


if __name__ == "__main__":
    main()
