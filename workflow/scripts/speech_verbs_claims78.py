"""Speech acts the claims rules do not read as their subject's ("X railed against ...", "X joined calls for ...", "X hit
out at ...", "X lashed out at ...", "X took aim at ..."), counted on every label set and on runs (claims78).

A phrase holds where its words stand in the unit's text (a regular expression over the inflected forms: the parse
misses "railed against" as a conjunct and the labels hold too few rows to need it). For each phrase: the labels'
claimer kind, certainty and type (every set `leftover_shapes_claims69.labelled_rows` reads, and the seed gold; `none`
left out), then each run's rows (the pipeline's kind, certainty, type and claimer rule). Run:

    python workflow/scripts/speech_verbs_claims78.py --results /work/runs/m63-bbc /work/runs/m63-web --show 20
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pandas as pd
from leftover_shapes_claims69 import labelled_rows, tally
from op_shapes_claims76 import run_rows, seed_rows

PHRASES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern, re.I)
    for name, pattern in {
        "rail against / at": r"\brail(s|ed|ing)? (against|at)\b",
        "hit out at / against": r"\bhit(s|ting)? out (at|against)\b",
        "lash out at / against": r"\blash(es|ed|ing)? out (at|against)\b",
        "take aim at": r"\b(take|takes|took|taken|taking) aim at\b",
        "join calls for": r"\bjoin(s|ed|ing)? (the )?calls? (for|to)\b",
        "hit back at": r"\bhit(s|ting)? back (at|against)\b",
        "speak out": r"\b(speak|speaks|spoke|spoken|speaking) out\b",
        "round on": r"\bround(s|ed|ing)? on\b",
    }.items()
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--results", type=Path, nargs="*", default=[])
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    labels = pd.DataFrame([*labelled_rows(args.shared), *seed_rows(args.shared)])
    labels = labels[labels.type != "none"]
    runs = [run_rows(r) for r in args.results]
    for name, pattern in PHRASES.items():
        held = labels[labels.text.map(lambda t, p=pattern: bool(p.search(t)))]
        print(f"== {name}")
        split = f"kind {tally(held, 'kind')}; certainty {tally(held, 'cert')}; type {tally(held, 'type')}"
        print(f"  labels {len(held)}: {split}")
        for _, r in held.head(args.show).iterrows():
            print(f"    [{r.source}] {r.type}/{r.cert}/{r.kind} ({r.get('who')}): {r.text[:150]}")
        for frame in runs:
            rows = frame[frame.text.map(lambda t, p=pattern: bool(p.search(t)))]
            split = f"kind {tally(rows, 'claimer_kind')}; certainty {tally(rows, 'certainty')}"
            split += f"; type {tally(rows, 'claim_type')}; rule {tally(rows, 'claimer_rule')}"
            print(f"  {frame.run.iloc[0]} {len(rows)}: {split}")
            for _, r in rows.head(args.show).iterrows():
                print(f"    {r.claim_type}/{r.certainty}/{r.claimer_kind} ({r.claimer_rule}; {r.claimer_text}): "
                      f"{r.text[:150]}")  # fmt: skip


if __name__ == "__main__":
    main()
