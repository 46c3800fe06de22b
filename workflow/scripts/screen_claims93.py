"""Feature families for the claim-type model alone, and a per-pair floor, screened out of fold (claims93, issue 12).

The rows and features are built once as `screen_claims79.py` builds them (silver, the dev golds, the extra label files;
s24's articles left out); each fold's base model (the shipped features and `Hyper()`) is fitted once. A variant adds
families to the claim-type model only and keeps the base's certainty and claimer-kind models (a per-task feature
list: the stored model applies only the features in each task's vocabulary), then relabels every held-out article as
the pipeline does (policy `fallback`):

- `bs`: claims91's last speaker with the proposition's tense (`screen_floor_claims91.backshift_features`);
- `vr`: each verb class the unit's verbs fall in (`lex:verbclass`'s lists) joined with whether that verb is the cue
  the rules' type decision rests on, and with the rules' type: the rules' final decision about the word, not the word.

Each variant's out-of-fold rows (final type, its probability, the rules' type, held or not) go to `DIR/oof-NAME.parquet`
and its figures to `DIR/results.json`, with claims91's per-pair floor (thresholds chosen on the training folds only)
on top.

    python workflow/scripts/screen_claims93.py --results BBC WEB --out DIR --variants base bs vr bs+vr
    python workflow/scripts/screen_claims93.py --draw DIR/oof-base.parquet --seed 20263202

`--draw` prints a seeded 30 of silver's out-of-fold type errors where the rules had the label and the model overruled
them, and 10 where the rules were wrong and the final type is theirs (claims93 read them).
"""

from __future__ import annotations

import argparse
import importlib
import json
import time
from pathlib import Path

import pandas as pd
from measure_families_claims42 import Labelled, load_labelled, rows_of
from narrative_pipeline.classify.index import ArticleIndex, LexiconLike, index_article, lemma, span_tokens
from narrative_pipeline.classify.model import Classifier
from narrative_pipeline.classify.relabel import relabel_article
from narrative_pipeline.records import ClaimRecord
from narrative_pipeline.training.dataset import TASKS
from narrative_pipeline.training.scores import CHOSEN_POLICY
from narrative_pipeline.training.train import Hyper, Row, fit_task, folds_of
from screen_claims79 import base_features
from screen_floor_claims91 import backshift_features, cross_fitted, summary

Features = dict[str, float]
CLASSES = ("report", "presc", "pred", "assess", "desire")


def verb_rule_features(claim: ClaimRecord, index: ArticleIndex, lex: LexiconLike) -> Features:
    """`vr`: every verb class of the unit's verbs, joined with whether the verb is the rules' type cue (`used`) or a
    word the rules' type decision did not rest on, and with the rules' type."""
    lists = {
        "report": lex.reporting_verbs,
        "presc": lex.prescription_verbs,
        "pred": lex.prediction_verbs,
        "assess": lex.assessment_verbs,
        "desire": lex.desire_verbs,
    }
    f: Features = {}
    start, end = claim.type_cue_start, claim.type_cue_end
    for tok in span_tokens(index, claim.start, claim.end):
        if tok.pos not in {"VERB", "AUX"}:
            continue
        lem = lemma(tok)
        for name in CLASSES:
            bound = name == "pred" and lem in lex.sense_bound_prediction_verbs
            if lem not in lists[name] or (bound and not lex.predicting(tok)):
                continue
            used = start is not None and end is not None and start <= tok.start < end
            state = "used" if used else "unused"
            f[f"vr:{name}|{state}"] = 1.0
            f[f"vr:{name}|{state}|{claim.claim_type}"] = 1.0
    return f


def extra_features(m: Labelled, table: dict[str, Features]) -> dict[str, dict[str, Features]]:
    """Family -> claim id -> its features, for the labelled articles."""
    out: dict[str, dict[str, Features]] = {"bs": {}, "vr": {}, "rx": {}, "rt": {}}
    for art in m.data.values():
        ordered = sorted(art.claims, key=lambda c: (c.start, c.end, c.claim_id))
        index = index_article(art.article, art.mentions, ordered)
        for c in ordered:
            base = table[c.claim_id]
            out["bs"][c.claim_id] = backshift_features(c, index, m.lex)
            out["vr"][c.claim_id] = verb_rule_features(c, index, m.lex)
            out["rx"][c.claim_id] = rule_conjunctions(c, base)
            out["rt"][c.claim_id] = rule_type_words(c, base)
    return out


def rule_conjunctions(claim: ClaimRecord, base: Features) -> Features:
    """`rx`: the rules' type rule joined with the claimer kind, the claimer rule and the quoted share of the unit."""
    quoted = next((k.split("=", 1)[1] for k in base if k.startswith("parse:quoted_share=")), "0")
    return {
        f"rx:type_rule|kind={claim.type_rule}|{claim.claimer_kind}": 1.0,
        f"rx:type_rule|claimer_rule={claim.type_rule}|{claim.claimer_rule}": 1.0,
        f"rx:type_rule|quoted={claim.type_rule}|{quoted}": 1.0,
    }


RT_PREFIXES = ("lex:", "content:", "cue:")


def rule_type_words(claim: ClaimRecord, base: Features) -> Features:
    """`rt`: the unit's word unigrams and its `lex`, `content` and `cue` features joined with the rules' type, so a
    word can weigh differently where the rules called the unit an event and where they called it an assessment."""
    return {
        f"rt:{claim.claim_type}|{k}": v
        for k, v in base.items()
        if k.startswith(RT_PREFIXES) or (k.startswith("ngram:") and "_" not in k[6:])
    }


def screen(
    families: list[str],
    rows: list[Row],
    m: Labelled,
    table: dict[str, Features],
    extra: dict[str, dict[str, Features]],
    base_models: dict[int, Classifier],
) -> pd.DataFrame:
    """Out-of-fold rows of one variant: the type model fitted on the base features plus `families`."""
    hyper = Hyper()
    relabel = importlib.import_module("narrative_pipeline.classify.relabel")
    current = {
        cid: {**f, **{k: v for n in families for k, v in extra[n].get(cid, {}).items()}} for cid, f in table.items()
    }
    typed = [Row(r.group, r.source, r.claim_id, current[r.claim_id], r.labels, r.claimer_text) for r in rows]
    shipped = relabel.claim_features
    relabel.claim_features = lambda claim, index, lex: current[claim.claim_id]
    out = []
    try:
        for j, (train_ids, test_ids) in enumerate(folds_of(rows, hyper.folds)):
            tasks = dict(base_models[j].tasks) if j in base_models else {}
            for task in TASKS:
                if task not in tasks or (families and task == "claim_type"):
                    source = typed if task == "claim_type" else rows
                    tasks[task] = fit_task([source[k] for k in train_ids], task, hyper)
            model = Classifier(tasks=tasks)
            if not families:
                base_models[j] = model
            wanted = {rows[k].claim_id: k for k in test_ids}
            for group in sorted({rows[k].group for k in test_ids}):
                art = m.data[group]
                for claim in relabel_article(art.article, art.claims, art.mentions, model, m.lex, CHOSEN_POLICY):
                    k = wanted.get(claim.claim_id)
                    if k is None:
                        continue
                    r, rule = rows[k], m.claims[claim.claim_id]
                    out.append(
                        {
                            "claim_id": r.claim_id,
                            "group": r.group,
                            "fold": j,
                            "source": r.source,
                            "label": r.labels["claim_type"],
                            "pred": claim.claim_type,
                            "rule": rule.claim_type,
                            "type_rule": rule.type_rule,
                            "final": claim.claim_type,
                            "prob": claim.type_prob if claim.type_prob is not None else 1.0,
                            "held": claim.type_source == "rules",
                            "cert": r.labels["certainty"],
                            "pcert": claim.certainty,
                            "kind": r.labels["claimer_kind"],
                            "pkind": claim.claimer_kind,
                            "text": rule.text,
                        }
                    )
    finally:
        relabel.claim_features = shipped
    return pd.DataFrame(out)


def figures(t: pd.DataFrame) -> dict:
    part = {}
    for source in ("silver", "extra", "gold"):
        s = t[t.source == source]
        part[source] = {
            "n": len(s),
            "type": int((s.pred == s.label).sum()),
            "cert": int((s.pcert == s.cert).sum()),
            "kind": int((s.pkind == s.kind).sum()),
        }
    t = t.assign(pair=t["rule"] + ">" + t["final"])
    decided, _ = cross_fitted(t, pd.Series(True, index=t.index), ["pair"])
    part["pair_floor"] = summary(t, decided)
    return part


def draw(path: Path, seed: int) -> None:
    """A seeded 30 of silver's type errors the model made against the rules' label, and 10 it kept from the rules."""
    import random

    t = pd.read_parquet(path)
    err = t[(t.source == "silver") & (t.final != t.label)].sort_values("claim_id")
    overruled = list(err[err.rule == err.label].index)
    kept = list(err[(err.rule != err.label) & (err.final == err.rule)].index)
    rng = random.Random(seed)
    for tag, ids in (("A", rng.sample(overruled, 30)), ("B", rng.sample(kept, 10))):
        for k, i in enumerate(ids, 1):
            x = t.loc[i]
            print(f"{tag}{k} label={x.label} rule={x.rule}({x.type_rule}) final={x.final} p={x.prob:.2f} | {x.text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--results", type=Path, nargs="+")
    parser.add_argument("--draw", type=Path, help="an oof parquet of this screen: print the seeded draw instead")
    parser.add_argument("--seed", type=int, default=20263202)
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--out", type=Path)
    parser.add_argument("--variants", nargs="+", default=["base"])
    args = parser.parse_args()
    if args.draw:
        draw(args.draw, args.seed)
        return
    m = load_labelled(tuple(args.results), args.shared)
    table = base_features(m)
    extra = extra_features(m, table)
    rows = [r for r in rows_of(m.examples, table) if r.group not in m.s24_groups]
    args.out.mkdir(parents=True, exist_ok=True)
    done = args.out / "results.json"
    results = json.loads(done.read_text(encoding="utf-8")) if done.exists() else {}
    base_models: dict[int, Classifier] = {}
    for name in ["base", *[v for v in args.variants if v != "base"]]:
        started = time.process_time()
        t = screen([] if name == "base" else name.split("+"), rows, m, table, extra, base_models)
        t.to_parquet(args.out / f"oof-{name}.parquet")
        results[name] = figures(t)
        print(name, f"{time.process_time() - started:.0f}s", json.dumps(results[name]), flush=True)
        done.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
