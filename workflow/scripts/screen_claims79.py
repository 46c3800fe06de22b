"""Screen the claim classifier's settings out of fold on today's rules (claims79, issue 12).

The rows are built once as `measure_families_claims42.py` builds them (silver, the dev golds, the extra label files;
s24's articles left out), the shipped features of every claim computed once, then for each variant the
cross-validation of `narrative-pipeline train` (the standard article folds, relabel with policy `fallback`):

- `base`: 1.21.0's settings (`Hyper()`);
- `c=X`: C of the claim-type model X (the other tasks' models are the base's, fitted once a fold);
- `mc=N`: min_feature_count N (the claim-type model only);
- `drop=F`: every feature of family F left out of the claim-type model (the other tasks' models are the base's);
- `w=X`: the claim-type model's class weights, assessment X, the other types 1 (LogisticRegression `class_weight`).

Each variant's silver, extra and gold-row figures go to `DIR/results.json`, its out-of-fold rows to
`DIR/oof-NAME.parquet`; `--compare A B` gives the type difference of two dumps per label set (with the sd of a
paired bootstrap over articles) and counts the rows that moved to or away from the label; `--heldout MODEL ...`
scores model files instead (silver, extra, gold rows in sample for a model trained on them, s24 and opinion23 never
trained on) into `DIR/heldout.json`.

    python workflow/scripts/screen_claims79.py --results /work/runs/m63-bbc /work/runs/m63-web --out DIR \
        --variants base c=0.05 mc=3 drop=ngram w=1.5
"""

from __future__ import annotations

import argparse
import importlib
import json
import time
from pathlib import Path

import pandas as pd
from measure_families_claims42 import Labelled, load_labelled, oof_columns, rows_of
from measure_genre_opinion24 import figures, opinion23, relabelled_rows
from narrative_pipeline.classify.features import claim_features, family
from narrative_pipeline.classify.index import index_article
from narrative_pipeline.classify.model import Classifier, load_model
from narrative_pipeline.classify.relabel import relabel_article
from narrative_pipeline.training.dataset import TASKS
from narrative_pipeline.training.scores import CHOSEN_POLICY
from narrative_pipeline.training.train import Hyper, Row, fit_task, folds_of

Features = dict[str, float]


def base_features(m: Labelled) -> dict[str, Features]:
    """Claim id -> the shipped features, for every rule claim of the labelled articles and opinion23's."""
    out = {}
    for art in [*m.data.values(), *m.data23.values()]:
        ordered = sorted(art.claims, key=lambda c: (c.start, c.end, c.claim_id))
        index = index_article(art.article, art.mentions, ordered)
        out.update({c.claim_id: claim_features(c, index, m.lex) for c in ordered})
    return out


def parse_variant(name: str) -> tuple[Hyper, str | None, float | None, set[str]]:
    """(hyper-parameters, dropped family, assessment weight, tasks refitted) of a variant name."""
    if name == "base":
        return Hyper(), None, None, set(TASKS)
    key, value = name.split("=", 1)
    if key == "c":
        return Hyper(c_type=float(value)), None, None, {"claim_type"}
    if key == "mc":
        return Hyper(min_count=int(value)), None, None, {"claim_type"}
    if key == "drop":
        return Hyper(), value, None, {"claim_type"}
    if key == "w":
        return Hyper(), None, float(value), {"claim_type"}
    raise ValueError(f"unknown variant {name}")


def weighted_fit(rows: list[Row], task: str, hyper: Hyper, assessment: float | None):
    """`fit_task`, with LogisticRegression's class weights set for the claim type when `assessment` is given."""
    if assessment is None:
        return fit_task(rows, task, hyper)
    sklm = importlib.import_module("sklearn.linear_model")
    shipped = sklm.LogisticRegression
    weights = {"assessment": assessment, "event": 1.0, "prediction": 1.0, "prescription": 1.0}
    sklm.LogisticRegression = lambda **kw: shipped(class_weight=weights, **kw)
    try:
        return fit_task(rows, task, hyper)
    finally:
        sklm.LogisticRegression = shipped


def screen(name: str, rows: list[Row], m: Labelled, base_models: dict[int, Classifier]) -> tuple[dict, dict[str, list]]:
    """Out-of-fold relabelled decisions of one variant, with `base_models` (fold -> the base's classifier) reused for
    the tasks the variant does not refit."""
    hyper, dropped, assessment, refit = parse_variant(name)
    if dropped is not None:
        rows = [
            Row(
                r.group,
                r.source,
                r.claim_id,
                {k: v for k, v in r.features.items() if family(k) != dropped},
                r.labels,
                r.claimer_text,
            )
            for r in rows
        ]
    fields = (*TASKS, "claimer_text")
    pred: dict[str, list] = {f: [None] * len(rows) for f in fields}
    for j, (train_ids, test_ids) in enumerate(folds_of(rows, hyper.folds)):
        train = [rows[k] for k in train_ids]
        tasks = dict(base_models[j].tasks) if j in base_models else {}
        for task in TASKS:
            if task in refit or task not in tasks:
                tasks[task] = weighted_fit(train, task, hyper, assessment if task == "claim_type" else None)
        model = Classifier(tasks=tasks)
        if name == "base":
            base_models[j] = model
        wanted = {rows[k].claim_id: k for k in test_ids}
        for group in sorted({rows[k].group for k in test_ids}):
            art = m.data[group]
            for claim in relabel_article(art.article, art.claims, art.mentions, model, m.lex, CHOSEN_POLICY):
                k = wanted.get(claim.claim_id)
                if k is not None:
                    for f in fields:
                        pred[f][k] = getattr(claim, f)
    part = {}
    for source in ("silver", "extra", "gold"):
        ks = [k for k, r in enumerate(rows) if r.source == source]
        part[source] = figures({f: [pred[f][k] for k in ks] for f in pred}, [rows[k] for k in ks])
    return part, pred


def heldout(models: list[Path], rows: list[Row], m: Labelled) -> dict[str, dict]:
    """Each model file's decisions on the labelled rows (in sample for a model trained on them), on s24 (never trained
    on) and on opinion23, through relabel as the pipeline runs it."""
    out = {}
    for path in models:
        model = load_model(path)
        part = {}
        for source in ("silver", "extra", "gold", "s24"):
            chosen = [r for r in rows if (r.group in m.s24_groups if source == "s24" else r.source == source)]
            part[source] = figures(relabelled_rows(model, chosen, m.data, m.lex), chosen)
        part["opinion23"] = opinion23(model, m.data23, m.lex, m.labels23)
        out[str(path)] = part
        print(path, json.dumps(part), flush=True)
    return out


def bootstrap_sd(x: pd.DataFrame, y: pd.DataFrame, resamples: int = 1000, seed: int = 79) -> float:
    """The sd of the type accuracy difference y - x, over resamples of the articles (paired: the same rows)."""
    import numpy as np

    diff = (y.pred == y.label).astype(int) - (x.pred == x.label).astype(int)
    by_group = pd.DataFrame({"group": x.group, "diff": diff.values}).groupby("group")["diff"].agg(["sum", "count"])
    sums, counts = by_group["sum"].to_numpy(), by_group["count"].to_numpy()
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(sums), size=(resamples, len(sums)))
    return float((sums[picks].sum(axis=1) / counts[picks].sum(axis=1)).std())


def compare(a: Path, b: Path) -> None:
    x, y = pd.read_parquet(a), pd.read_parquet(b)
    for source in ("silver", "extra", "gold"):
        xs, ys = x[x.source == source], y[y.source == source]
        moved = xs.pred != ys.pred
        diff = float((ys.pred == ys.label).mean() - (xs.pred == xs.label).mean())
        gained, lost = int((moved & (ys.pred == ys.label)).sum()), int((moved & (xs.pred == xs.label)).sum())
        print(
            source,
            f"type {100 * diff:+.2f} point (sd {100 * bootstrap_sd(xs, ys):.2f}); changed {int(moved.sum())}: "
            f"to the label {gained}, away {lost}",
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--results", type=Path, nargs="+")
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--variants", nargs="+", default=["base"])
    parser.add_argument("--compare", type=Path, nargs=2)
    parser.add_argument("--heldout", type=Path, nargs="+", help="model files to score on every label set instead")
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
        return
    m = load_labelled(tuple(args.results), args.shared)
    table = base_features(m)
    relabel = importlib.import_module("narrative_pipeline.classify.relabel")
    relabel.claim_features = lambda claim, index, lex: table[claim.claim_id]
    rows = rows_of(m.examples, table)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.heldout:
        found = heldout(args.heldout, rows, m)
        (args.out / "heldout.json").write_text(json.dumps(found, indent=1) + "\n", encoding="utf-8")
        return
    rows = [r for r in rows if r.group not in m.s24_groups]
    done = args.out / "results.json"
    results = json.loads(done.read_text(encoding="utf-8")) if done.exists() else {}
    base_models: dict[int, Classifier] = {}
    names = ["base", *[v for v in args.variants if v != "base"]]
    for name in names:
        started = time.process_time()
        part, pred = screen(name, rows, m, base_models)
        results[name] = part
        print(name, f"{time.process_time() - started:.0f}s", json.dumps(part), flush=True)
        done.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
        pd.DataFrame(
            oof_columns(r, {task: labels[k] for task, labels in pred.items()}) for k, r in enumerate(rows)
        ).to_parquet(args.out / f"oof-{name}.parquet")


if __name__ == "__main__":
    main()
