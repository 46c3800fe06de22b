"""Retire the extra-label rows a relabelled unit replaces (claims88, session 60, issue 12).

A replacement label file (claims86's, claims88's) has on each row `replaces`: the (file, start, end) of the older
rows of config/training the unit covers, which no claim unit of the current rules joins any more. This moves each
such row, as it was plus `retired_from` / `retired_by`, out of its file into `config/training/retired/`, so that no
span is labelled twice (the loader refuses it). Lines of the files are kept byte for byte otherwise.

    python workflow/scripts/retire_replaced_claims88.py config/training/claims-labels-claims86.jsonl \
        --out config/training/retired/claims-labels-retired-claims88.jsonl --by claims88
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRAINING = ROOT / "config/training"


def replaced(new: Path) -> dict[str, set[tuple[str, int, int]]]:
    """(article, start, end) of every row a replacement file names, by the file it is in."""
    out: dict[str, set[tuple[str, int, int]]] = {}
    for line in new.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            for name, start, end in row["replaces"]:
                out.setdefault(name, set()).add((row["article"], start, end))
    return out


def retire(new: Path, out: Path, by: str) -> int:
    """Move the replaced rows to `out` (appended); the number moved. Every named row must be in its file."""
    moved: list[str] = []
    for name, keys in sorted(replaced(new).items()):
        path = TRAINING / name
        kept, found = [], set()
        for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
            row = json.loads(line) if line.strip() else {}
            key = (row.get("article"), row.get("start"), row.get("end"))
            if key in keys:
                found.add(key)
                moved.append(json.dumps({**row, "retired_from": name, "retired_by": by}, ensure_ascii=False) + "\n")
            else:
                kept.append(line)
        if found != keys:
            raise ValueError(f"{name}: rows not found: {sorted(keys - found)}")
        path.write_text("".join(kept), encoding="utf-8")
    with out.open("a", encoding="utf-8") as handle:
        handle.write("".join(moved))
    return len(moved)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("new", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--by", required=True)
    args = parser.parse_args()
    print(f"{retire(args.new, args.out, args.by)} rows retired to {args.out}")


if __name__ == "__main__":
    main()
