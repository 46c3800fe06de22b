"""Draw out-of-fold silver claim-type errors to read by hand (claims82, issue 12).

The silver measure (`measure_families_claims42.py --variants base`) writes its out-of-fold rows to
`DIR/oof-base.parquet`. This script takes its silver rows whose out-of-fold type differs from the label, sorted by
claim id, shuffles them with `random.Random(SEED)`, keeps the first N and prints each with its labels, the rule's type
and cue, and the text around its span in the article (for reading against ANNOTATION.md). Nothing is labelled anew.

    python workflow/scripts/draw_type_errors_claims82.py --oof /tmp/silver65/oof-base.parquet \
        --shared /work/shared --n 80 [--seed N] > errors.txt
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import pandas as pd

SEED = 20262601
CONTEXT = 240


def silver_spans(silver: Path) -> dict[tuple[str, str], tuple[int, int]]:
    """(article, span text) -> (start, end) of every silver label."""
    spans = {}
    for line in silver.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        spans[(row["article"], row["text"])] = (row["start"], row["end"])
    return spans


def draw(oof: pd.DataFrame, n: int, seed: int = SEED) -> pd.DataFrame:
    """N silver type errors, drawn with `seed` from the rows sorted by claim id."""
    errors = oof[(oof["source"] == "silver") & (oof["label"] != oof["pred"])].sort_values("claim_id")
    order = list(range(len(errors)))
    random.Random(seed).shuffle(order)
    return errors.iloc[order[:n]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oof", type=Path, required=True)
    parser.add_argument("--shared", type=Path, required=True)
    parser.add_argument("--n", type=int, default=80)
    parser.add_argument("--seed", type=int, default=SEED, help="claims87 drew 40 with 20262902")
    args = parser.parse_args()
    oof = pd.read_parquet(args.oof)
    spans = silver_spans(args.shared / "spec/silver/claims.jsonl")
    corpus = args.shared / "corpora/bbc-news"
    for i, row in enumerate(draw(oof, args.n, args.seed).itertuples(), 1):
        text = (corpus / row.group).read_text(encoding="utf-8", errors="replace")
        start, end = spans.get((row.group, row.text), (text.find(row.text), text.find(row.text) + len(row.text)))
        before = text[max(0, start - CONTEXT) : start].replace("\n", " / ")
        after = text[end : end + CONTEXT].replace("\n", " / ")
        print(f"#{i} {row.claim_id} label={row.label} pred={row.pred} rule={row.rule} cue={row.type_rule}")
        print(f"   cert={row.cert} kind={row.kind}")
        print(f"   ...{before} [[{row.text}]] {after}...\n")


if __name__ == "__main__":
    main()
