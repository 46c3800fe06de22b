"""Score a results folder against a judged sample of linked mentions.

    python workflow/scripts/score_mentions.py RESULTS_DIR JUDGED.jsonl [--floors config/quality_floors.yaml]
        [--json OUT] [--list wrong|dropped|all|none]

For every judged span, what the results say there now (`narrative_pipeline.judged`): `right` (the
linked mention overlapping it most names the entity the judge gave), `wrong` (linked to another
entity, or linked where the judge found no actor), `dropped` (no linked mention there). Prints the
precision right / (right + wrong) overall, without the close calls, per section and per link method
of the current mention, how many spans that refer to an actor were dropped, and the type accuracy
of the right ones; then lists the wrong (and dropped) spans. With --floors, exits 1 when a figure
is below the floor the floors file gives this sample (`judged: {<file name>: {judged_precision: ...}}`).

A whole-page check labelled blind (`kind: gold` rows, `narrative_pipeline.labelled`) is scored as ANNOTATION.md scores
linked mentions instead: mention precision, recall and F1 (close calls neither right nor wrong), how many labelled
actors a linked mention overlaps, how many of those are linked right and typed right, a line a page; with --list,
every missed row and every false linked mention.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pyarrow.parquet as pq
import yaml
from narrative_pipeline.judged import Report, read_judged, score
from narrative_pipeline.labelled import is_labelled_check, read_labelled, report_lines, score_labelled


def load(results: Path) -> tuple[list[dict], list[dict]]:
    mentions = pq.read_table(
        results / "actors/mentions.parquet", columns=["article_id", "start", "end", "text", "actor_id", "actor_type",
                                                      "link_method"]
    ).to_pylist()  # fmt: skip
    actors = pq.read_table(
        results / "actors/actors.parquet", columns=["actor_id", "name", "aliases", "source"]
    ).to_pylist()
    return mentions, actors


def line(name: str, t: dict) -> str:
    n = t["right"] + t["wrong"]
    return (
        f"{name:22} {t['right']:4}/{n:<4} = {100 * t['precision']:5.1f} %   dropped {t['dropped']:3} "
        f"(of which actors {t['dropped_actor']})"
    )


def print_report(report: Report, listing: str) -> None:
    d = report.as_dict()
    print(line("all", d["total"]))
    print(line("without close calls", d["without_debatable"]))
    print("-- by section")
    for k, t in d["sections"].items():
        print(line(k, t))
    print("-- by link method (of the current mention)")
    for k, t in d["methods"].items():
        print(line(k, t))
    print("-- summary")
    for k, v in d["summary"].items():
        print(f"{k:34} {v:.4f}")
    wanted = {"wrong": {"wrong"}, "dropped": {"dropped"}, "all": {"wrong", "dropped"}, "none": set()}[listing]
    for s in report.items:
        if s.outcome not in wanted or (s.outcome == "dropped" and not s.refers_to_actor):
            continue
        j = s.judged
        expected = j.actor_name if j.correct else (j.correct_actor or "(no actor)")
        now = f"{s.text!r} -> {s.actor_id} ({s.actor_type}, {s.link_method})" if s.actor_id else "nothing"
        print(f"{s.outcome:7} {j.section:13} {j.text!r} [{j.error or 'judged right'}] want {expected}; now {now}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("results", type=Path)
    p.add_argument("judged", type=Path)
    p.add_argument("--floors", type=Path)
    p.add_argument("--json", type=Path)
    p.add_argument("--list", default="wrong", choices=["wrong", "dropped", "all", "none"])
    a = p.parse_args()
    mentions, actors = load(a.results)
    if is_labelled_check(a.judged):  # a whole-page check labelled blind (`kind: gold`): mention F1, link, type
        by_id = {r["actor_id"]: r for r in actors}
        print("\n".join(report_lines(score_labelled(read_labelled(a.judged), mentions, by_id), a.list != "none")))
        return 0
    report = score(read_judged(a.judged), mentions, actors)
    print_report(report, a.list)
    if a.json:
        a.json.write_text(json.dumps(report.as_dict(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if not a.floors:
        return 0
    floors = (yaml.safe_load(a.floors.read_text(encoding="utf-8")) or {}).get("judged", {}).get(a.judged.name)
    if not floors:
        print(f"{a.floors}: no floors for {a.judged.name} under 'judged'", file=sys.stderr)
        return 1
    summary = report.summary()
    failed = False
    for key, floor in sorted(floors.items()):
        if key not in summary:
            print(f"{a.floors}: unknown floor {key!r} (known: {', '.join(sorted(summary))})", file=sys.stderr)
            failed = True
        elif summary[key] + 1e-9 < float(floor):
            print(f"below floor: {key} {summary[key]:.4f} < {float(floor):.4f} ({a.judged.name})", file=sys.stderr)
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
