"""Score a run's claims against hand labels in the silver format (a hand check, or any labelled spans).

Each labelled span is matched to the claim of the same article whose span overlaps it most (none:
`dropped`). A decision is right when the matched claim has the label's `claim_type`, `certainty` or
`claimer_kind`; the claimer phrase is right when both say no actor claimer, or both say `actor` and
the phrases match as the classifier's training scores them (`classify.claimer.phrase_matches`).
Prints the counts and every disagreement, so a person can read each one against the text.

    python workflow/scripts/score_claim_labels.py --results results --labels labels.jsonl [--json out.json]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from narrative_pipeline.classify.claimer import phrase_matches
from narrative_pipeline.tables import read_parquet

DECISIONS = ("claim_type", "certainty", "claimer_kind", "claimer_phrase")


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two half-open spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def best_match(label: dict[str, Any], claims: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The claim overlapping the labelled span most (ties: the earlier claim), or None."""
    span = (label["start"], label["end"])
    scored = [(overlap(span, (c["start"], c["end"])), -c["start"], c) for c in claims]
    scored = [s for s in scored if s[0] > 0]
    return max(scored, key=lambda s: (s[0], s[1]))[2] if scored else None


def phrase_right(label: dict[str, Any], claim: dict[str, Any]) -> bool:
    """No actor claimer on both sides, or the same actor phrase."""
    if label.get("claimer_kind") != "actor":
        return claim.get("claimer_kind") != "actor"
    text = claim.get("claimer_text")
    return claim.get("claimer_kind") == "actor" and bool(text) and phrase_matches(text, label["claimer_text"])


def judge(label: dict[str, Any], claim: dict[str, Any] | None) -> dict[str, Any]:
    """One labelled span's outcome: per decision right / wrong / dropped, with both values."""
    if claim is None:
        return {d: "dropped" for d in DECISIONS}
    out: dict[str, Any] = {
        d: ("right" if claim.get(d) == label.get(d) else "wrong") for d in ("claim_type", "certainty", "claimer_kind")
    }
    out["claimer_phrase"] = "right" if phrase_right(label, claim) else "wrong"
    out["predicted"] = {k: claim.get(k) for k in ("claim_type", "certainty", "claimer_kind", "claimer_text")}
    return out


def is_claim(label: dict[str, Any]) -> bool:
    """A labelled span that is a claim: its `claim_type` is neither "none" (silver's "not a claim") nor null (how
    some hand checks, web22's, mark a span they judged no claim)."""
    return label.get("claim_type") not in (None, "none")


def score(labels: list[dict[str, Any]], claims_by_path: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """Counts of right decisions over the labelled spans that are claims, and each span's outcome."""
    outcomes = []
    for label in labels:
        outcome = judge(label, best_match(label, claims_by_path.get(label["article"], [])))
        outcomes.append({**label, "outcome": outcome})
    claims = [o for o in outcomes if is_claim(o)]
    counts = {d: sum(o["outcome"][d] == "right" for o in claims) for d in DECISIONS}
    return {"n_labels": len(labels), "n_claims": len(claims), "right": counts, "outcomes": outcomes}


def read_claims(results: Path) -> dict[str, list[dict[str, Any]]]:
    """The run's claims by the source path of their article."""
    articles = read_parquet(results / "ingest" / "articles.parquet", columns=["article_id", "source_path"])
    path = dict(zip(articles.column("article_id").to_pylist(), articles.column("source_path").to_pylist(), strict=True))
    cols = ["article_id", "start", "end", "claim_type", "certainty", "claimer_kind", "claimer_text"]
    by_path: dict[str, list[dict[str, Any]]] = {}
    for row in read_parquet(results / "claims" / "claims.parquet", columns=cols).to_pylist():
        by_path.setdefault(path[row["article_id"]], []).append(row)
    return by_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--results", type=Path, required=True)
    parser.add_argument("--labels", type=Path, required=True)
    parser.add_argument("--json", type=Path, help="write every outcome here")
    args = parser.parse_args()
    labels = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = score(labels, read_claims(args.results))
    n = result["n_claims"]
    print(
        f"{result['n_labels']} labelled spans, {n} claims; right of {n}: "
        + ", ".join(f"{d} {c}" for d, c in result["right"].items())
    )
    for o in result["outcomes"]:
        wrong = [d for d in DECISIONS if o["outcome"][d] != "right"]
        if wrong and is_claim(o):
            gold = {k: o.get(k) for k in ("claim_type", "certainty", "claimer_kind", "claimer_text")}
            print(
                f"- {o['article']} {o['start']}-{o['end']} {', '.join(wrong)}: labels {gold}, "
                f"run {o['outcome'].get('predicted')}\n  {o['text'][:160]}"
            )
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
