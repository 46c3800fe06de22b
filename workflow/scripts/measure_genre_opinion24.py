"""Measure opinion24's two changes to the claim classifier out of fold: the opinion labels (claims-labels-s24.jsonl)
and the article genre signal (`classify/genre.py`), alone and together, against the base training.

One build of the examples (silver, the dev golds, the extra label files, over a BBC run and a web-pages run), then four
trainings on the same folds (by article digest, as `narrative-pipeline train`):

- `base`: no s24 rows, no `genre:` features (the 1.19.0 training on the current code);
- `+s24`: the s24 rows trained on; `+genre`: the genre features; `both`.

For each: the silver cross-validation (type, certainty, claimer kind, claimer phrase: the card's figures), the BBC
extra labels out of fold, the s24 labels out of fold (by article; for the trainings without them, scored by the model
fitted on everything else, which never saw them), the rules alone on the same rows, and the opinion23 dev set
(`config/eval/claims-opinion23.jsonl`, never trained on) relabelled by the model fitted on all of the training's rows.

    python workflow/scripts/measure_genre_opinion24.py --results BBC/results WEB/results [--json out.json]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path

from narrative_pipeline.claims import load_lexicon
from narrative_pipeline.classify.relabel import relabel_article
from narrative_pipeline.evaluate import gold_files
from narrative_pipeline.training.dataset import build_examples, load_articles, rule_claims
from narrative_pipeline.training.scores import CHOSEN_POLICY, accuracy, phrase_score
from narrative_pipeline.training.train import Hyper, Row, cross_validate, fit, rows_of
from score_claim_labels import score

ROOT = Path(__file__).resolve().parents[2]
# the extra label files `narrative-pipeline train --extra` reads (claims85's replacement units since claims86)
EXTRA = tuple(ROOT / f"config/training/claims-labels-{n}.jsonl" for n in ("s9", "s14", "s16", "s17", "claims85"))
S24 = ROOT / "config/training/claims-labels-s24.jsonl"
OPINION23 = ROOT / "config/eval/claims-opinion23.jsonl"
TASKS = ("claim_type", "certainty", "claimer_kind")


def labels_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def no_genre(rows: list[Row]) -> list[Row]:
    return [replace(r, features={k: v for k, v in r.features.items() if not k.startswith("genre:")}) for r in rows]


def figures(pred: dict[str, list], rows: list[Row]) -> dict[str, float]:
    """Type, certainty, claimer kind and claimer phrase of predictions against the rows' labels."""
    out = {t: accuracy(pred[t], [r.labels[t] for r in rows]) for t in TASKS}
    out["phrase"] = phrase_score(pred["claimer_kind"], pred["claimer_text"], rows)
    return out


def relabelled_rows(model, rows: list[Row], data: dict, lex) -> dict[str, list]:
    """The model's decisions (through relabel, the pipeline's path) for rows it was not trained on."""
    want = {r.claim_id: k for k, r in enumerate(rows)}
    pred: dict[str, list] = {f: [None] * len(rows) for f in (*TASKS, "claimer_text")}
    for group in sorted({r.group for r in rows}):
        art = data[group]
        for c in relabel_article(art.article, art.claims, art.mentions, model, lex, CHOSEN_POLICY):
            k = want.get(c.claim_id)
            if k is not None:
                for f in pred:
                    pred[f][k] = getattr(c, f)
    return pred


def opinion23(model, data23: dict, lex, labels: list[dict]) -> dict[str, int]:
    by_path = {}
    for path, art in data23.items():
        claims = relabel_article(art.article, art.claims, art.mentions, model, lex, CHOSEN_POLICY)
        by_path[path] = [c.model_dump() for c in claims]
    return score(labels, by_path)["right"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--results", type=Path, nargs="+", required=True)
    parser.add_argument("--shared", type=Path, default=ROOT.parent.parent / "shared", help="the shared folder")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    lex_path, registry = ROOT / "config/claims_lexicon.yaml", ROOT / "config/actors.yaml"
    lex = load_lexicon(lex_path)
    gold = gold_files([args.shared / "spec/dev-gold", ROOT / "config/eval/gold-politics-dev"])
    examples, data, report = build_examples(
        tuple(args.results), args.shared / "spec/silver/claims.jsonl", gold, registry, lex_path, 92.0, (*EXTRA, S24)
    )
    joined = f"silver {report.silver_joined}/{report.silver_rows}, extra {report.extra_joined}/{report.extra_rows}"
    print(f"joined: {joined}")
    rows = rows_of(examples, data, lex)
    s24_groups = {r["article"] for r in labels_of(S24)}
    claims = {c.claim_id: c.model_dump() for a in data.values() for c in a.claims}
    labels23 = labels_of(OPINION23)
    data23 = rule_claims(load_articles(tuple(args.results), {r["article"] for r in labels23}), registry, lex_path, 92.0)
    n23 = sum(1 for r in labels23 if r["claim_type"] != "none")
    rules23 = score(labels23, {p: [c.model_dump() for c in a.claims] for p, a in data23.items()})["right"]
    print(f"opinion23 ({n23} claims), rules alone: {rules23}")
    hyper = Hyper()
    results = {}
    for name, with_s24, with_genre in (
        ("base", False, False),
        ("+s24", True, False),
        ("+genre", False, True),
        ("both", True, True),
    ):
        train_rows = [r for r in rows if with_s24 or r.group not in s24_groups]
        if not with_genre:
            train_rows = no_genre(train_rows)
        cv = cross_validate(train_rows, data, lex, hyper)
        p = cv.relabelled[CHOSEN_POLICY]
        part = {}
        for label, keep in (
            ("silver", lambda r: r.source == "silver"),
            ("extra-bbc", lambda r: r.source == "extra" and r.group not in s24_groups),
            ("s24", lambda r: r.group in s24_groups),
        ):
            ks = [k for k, r in enumerate(train_rows) if keep(r)]
            sub = [train_rows[k] for k in ks]
            if sub:
                part[label] = figures({f: [p[f][k] for k in ks] for f in p}, sub)
            rule = {t: [claims[r.claim_id][t] for r in sub] for t in TASKS}
            rule["claimer_text"] = [claims[r.claim_id]["claimer_text"] for r in sub]
            if sub:
                part[f"{label} rules"] = figures(rule, sub)
        model = fit(train_rows, hyper)
        if not with_s24:
            held = [r for r in rows if r.group in s24_groups]
            part["s24 (never trained on)"] = figures(relabelled_rows(model, held, data, lex), held)
        part["opinion23"] = opinion23(model, data23, lex, labels23)
        results[name] = part
        print(name, json.dumps(part))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
