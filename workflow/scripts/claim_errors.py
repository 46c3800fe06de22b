"""Claim errors of a results folder against gold files, one line each (claims49, issue 12).

    python workflow/scripts/claim_errors.py RESULTS GOLD [GOLD ...] [--all]

Matches claims as `narrative_pipeline.evaluate` does (each gold claim takes the unused predicted claim that overlaps
it most, by at least half the shorter span) and prints, per article: `MISS` (a gold claim no predicted claim
matches), `EXTRA` (a predicted claim no gold claim matched), and for a matched claim the labels that differ
(`type`, `certainty`, `claimer`: gold -> predicted, with the rule that decided it). `--all` prints the right claims
too. GOLD: gold files or folders of them (never the held-out sets: they are only measured).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from narrative_pipeline.evaluate import _names, claimer_matches, gold_files, load_results, match_claims


def _claimer(kind: str, text: str | None) -> str:
    return kind if kind != "actor" else f"actor({text})"


def claim_error_lines(gold: dict[str, Any], claims: list[dict], names: dict[str, set[str]], every: bool) -> list[str]:
    """The error lines (and with `every` the right ones) of one article's claims."""
    gold_names = {k: _names(v) for k, v in gold["actors"].items()}
    claims = sorted(claims, key=lambda c: (c["start"], c["end"]))
    hits = match_claims(gold["claims"], claims)
    lines = []
    for g, k in zip(gold["claims"], hits, strict=True):
        short = g["text"][:110]
        if k is None:
            lines.append(f"MISS  {g['start']}-{g['end']} {g['claim_type']}/{g['certainty']}  {short}")
            continue
        p = claims[k]
        wrong = []
        if p["claim_type"] != g["claim_type"]:
            wrong.append(f"type {g['claim_type']}->{p['claim_type']} [{p['type_rule']}:{p['type_source']}]")
        if p["certainty"] != g["certainty"]:
            wrong.append(f"cert {g['certainty']}->{p['certainty']} [{p['certainty_rule']}:{p['certainty_source']}]")
        if not claimer_matches(p, g["claimer"], names, gold_names):
            was = _claimer(g["claimer"]["kind"], g["claimer"].get("text"))
            now = _claimer(p["claimer_kind"], p["claimer_text"])
            wrong.append(f"claimer {was}->{now} [{p['claimer_rule']}:{p['claimer_source']}]")
        if wrong or every:
            unit = "" if (p["start"], p["end"]) == (g["start"], g["end"]) else f" (unit {p['start']}-{p['end']})"
            lines.append(f"{'WRONG' if wrong else 'OK   '} {g['start']}-{g['end']}{unit} {'; '.join(wrong)}  {short}")
    taken = {k for k in hits if k is not None}
    for k, p in enumerate(claims):
        if k not in taken:
            lines.append(f"EXTRA {p['start']}-{p['end']} {p['claim_type']}/{p['certainty']}  {p['text'][:110]}")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("results", type=Path)
    ap.add_argument("gold", type=Path, nargs="+")
    ap.add_argument("--all", action="store_true", help="print the right claims too")
    a = ap.parse_args()
    by_sha, _, _, claims, names = load_results(a.results)
    for path in gold_files(a.gold):
        gold = json.loads(path.read_text(encoding="utf-8"))
        article_id = by_sha.get(gold["sha256"])
        print(f"== {path.name}")
        for line in claim_error_lines(gold, claims.get(article_id, []), names, a.all):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
