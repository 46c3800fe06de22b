"""Count the shapes of h70's disagreements on the labels and the corpus (claims70, issue 12).

For each shape (a regular expression over a claim unit's text): how the labelled rows of the out-of-fold dump of
`measure_families_claims42.py` (`oof-VARIANT.parquet`: silver and the extra labels) that have it split by type, how
many the refitted model types right and its errors (label, model); and how the claims of each run given have it split
by the run's type. Also the measured-state rule's labelled rows by label, and the labelled rows with claimer kind
actor by type with the model's assessment / event errors.

    python workflow/scripts/shapes_h70_claims70.py /tmp/NAME-silver/oof-base.parquet \
        --runs /work/runs/m58-bbc /work/runs/m58-web
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

SHAPES: dict[str, re.Pattern[str]] = {
    "feel like": re.compile(r"\bfeels? like\b", re.I),
    "subject + need(s) + object": re.compile(
        r"\b(?:we|they|you|he|she|it|i|club|team|country|government|side)\s+(?:still |really |also |just |now )?"
        r"(?:needs?|needed)\s+(?!to\b)",
        re.I,
    ),
    "the more ..., the better": re.compile(
        r"\bthe (?:more|less|sooner|bigger|earlier|longer|quicker|fewer)\b.*\bthe (?:better|more|less|worse|bigger)\b",
        re.I,
    ),
    "counterfactual with 'if ... had' or inverted 'had'": re.compile(
        r"(?:\bif\b[^.]*\bhad\b|^\W*had \w+ \w+)[^.]*\b(?:would|could|might)(?:n't| not)? have\b"
        r"|\b(?:would|could|might)(?:n't| not)? have\b[^.]*\bif\b[^.]*\bhad\b",
        re.I,
    ),
    "inverted 'Had X ... would have'": re.compile(
        r"(?:^|[\"'‘“,;:] ?)Had (?:they|we|he|she|I|you|it|the|[A-Z]\w+) "
        r"[^.]*\b(?:would|could|might)(?:n't| not)? have\b"
    ),
    "100%": re.compile(r"\b100 ?(?:%|per ?cent)", re.I),
}


def label_split(rows: pd.DataFrame, pattern: re.Pattern[str]) -> dict[str, object]:
    """The labelled rows whose text has the shape: their number, labels, the model's right count and its errors."""
    hit = rows[[bool(pattern.search(t)) for t in rows.text]]
    errors = hit[hit.label != hit.pred]
    return {
        "rows": len(hit),
        "labels": dict(Counter(hit.label)),
        "model_right": int((hit.label == hit.pred).sum()),
        "errors": dict(Counter(zip(errors.label, errors.pred, strict=True))),
    }


def corpus_split(texts_and_types: list[tuple[str, str]], pattern: re.Pattern[str]) -> dict[str, int]:
    """The run's claims whose text has the shape, by the run's type."""
    return dict(Counter(kind for text, kind in texts_and_types if pattern.search(text)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("oof", type=Path)
    parser.add_argument("--runs", type=Path, nargs="*", default=[])
    args = parser.parse_args()
    oof = pd.read_parquet(args.oof)
    rows = oof[oof.source.isin(["silver", "extra"])]
    print(f"labelled rows: {dict(Counter(rows.source))}")
    runs = {
        run.name: list(
            zip(
                *pq.read_table(run / "claims/claims.parquet", columns=["text", "claim_type"]).to_pydict().values(),
                strict=True,
            )
        )
        for run in args.runs
    }
    for name, pattern in SHAPES.items():
        print(f"== {name}: labels {label_split(rows, pattern)}")
        for run, claims in runs.items():
            print(f"   {run} ({len(claims)} claims): {corpus_split(claims, pattern)}")
    state = rows[rows.type_rule == "measured-state"]
    print(f"== measured-state rule: {len(state)} labelled rows {dict(Counter(state.label))}")
    actor = rows[rows.kind == "actor"]
    wrong = Counter(zip(actor.label, actor.pred, strict=True))
    print(
        f"== claimer kind actor: {dict(Counter(actor.label))}; model assessment -> event "
        f"{wrong['assessment', 'event']}, event -> assessment {wrong['event', 'assessment']}"
    )


if __name__ == "__main__":
    main()
