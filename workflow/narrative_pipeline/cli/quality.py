"""Measuring quality: scoring against gold files, training the claim classifier."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from .common import existing_path, log, results_folder


def cmd_train(a) -> int:
    from ..evaluate import gold_files
    from ..training.train import train, write

    t = time.perf_counter()
    if not a.silver and not a.gold:
        print("error: give --silver, --gold or both", file=sys.stderr)
        return 2
    out = Path(a.out)
    card = Path(a.card) if a.card else out.with_name(out.name.removesuffix(".json") + ".card.md")
    model, report = train(
        tuple(Path(p) for p in a.results),
        Path(a.silver) if a.silver else None,
        gold_files([Path(p) for p in a.gold]),
        Path(a.registry),
        Path(a.lexicon),
        a.fuzzy_threshold,
        compare=a.compare,
        extra=tuple(Path(p) for p in a.extra),
    )
    write(model, out, card)
    for line in report.unjoined:
        print(f"  not joined: {line}", file=sys.stderr)
    scores = ", ".join(f"{task} {s.accuracy:.3f} (rules {s.rule_accuracy:.3f})" for task, s in model.card.cv.items())
    log("train", f"{model.card.n_examples} claims: {scores}; wrote {out} and {card}", t)
    return 0


def _score_line(name: str, s: dict) -> str:
    scores = (
        f"{s['linked_mention_f1']:7.3f} {s['actor_set_f1']:7.3f} {s['claim_f1']:7.3f} "
        f"{s['claim_type_accuracy']:6.3f} {s['certainty_accuracy']:6.3f} {s['claimer_accuracy']:7.3f}"
    )
    return f"{name:45} {scores}"


def cmd_evaluate(a) -> int:
    import yaml

    from ..evaluate import below_floors, claim_floors, evaluate, gold_files

    result = evaluate(Path(a.results), gold_files([Path(p) for p in a.gold]))
    total = result["total"]
    print(f"{'file':45} {'mentF1':>7} {'actorF1':>7} {'claimF1':>7} {'type':>6} {'cert':>6} {'claimer':>7}")
    for name, s in result["files"].items():
        print(_score_line(name, s))
    print(_score_line("TOTAL (micro)", total))
    if result["missing_articles"]:
        missing = ", ".join(result["missing_articles"])
        print(
            f"gold articles not found in results (or annotated on another text than the run's): {missing}",
            file=sys.stderr,
        )
    if a.json:
        Path(a.json).write_text(json.dumps(result, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    failed = bool(result["missing_articles"])
    if a.floors:
        floors = yaml.safe_load(Path(a.floors).read_text(encoding="utf-8")) or {}
        problems = below_floors(total, claim_floors(floors))
        for p in problems:
            print(f"below floor: {p}", file=sys.stderr)
        failed = failed or bool(problems)
    return 1 if failed else 0


def add_parsers(sub) -> None:
    s = sub.add_parser("train", help="train the claim classifier on silver and gold labels (needs the train extra)")
    s.add_argument(
        "--results",
        required=True,
        nargs="+",
        help="results folder(s) of runs that parsed the labelled articles (each article from the first that has it)",
    )
    s.add_argument("--silver", help="silver labels (claims.jsonl)")
    s.add_argument("--gold", nargs="*", default=[], help="gold JSON files or folders of them")
    s.add_argument(
        "--extra",
        nargs="*",
        default=[],
        help="more labels in the silver format (other articles, or other spans of silver articles): trained on, "
        "scored apart from silver",
    )
    s.add_argument("--out", default="config/models/claims-v1.json", help="the model file to write")
    s.add_argument("--card", help="model card (Markdown); default: beside --out as <name>.card.md")
    s.add_argument("--registry", default="config/actors.yaml", help="actor registry for linking")
    s.add_argument("--lexicon", default="config/claims_lexicon.yaml", help="claims lexicon of the rules")
    s.add_argument("--fuzzy-threshold", type=float, default=92.0, help="as the config key fuzzy_threshold")
    s.add_argument(
        "--compare",
        action="store_true",
        help="also cross-validate gradient-boosted trees on the same folds (minutes; recorded in the card)",
    )
    s.set_defaults(func=cmd_train)

    s = sub.add_parser("evaluate", help="score results against gold annotation files")
    s.add_argument(
        "--results", default="results", type=results_folder, help="results folder of a run (default: results)"
    )
    s.add_argument("--gold", nargs="+", required=True, type=existing_path, help="gold JSON files or folders of them")
    s.add_argument("--json", help="also write the scores to this file")
    s.add_argument("--floors", help="YAML of minimum scores; exit 1 when one is not met")
    s.set_defaults(func=cmd_evaluate)
