"""A floor under the classifier's type overrules, and a backshift feature, screened out of fold (claims91, issue 12).

review73's finding 5: the model turns the rules' `default-event` into a prescription at probabilities under 0.5. A
floor keeps the rules' type where the model overrules it at a probability under a threshold: for every overrule
(`all`), for one type rule (`rule`: `default-event`), per pair of rules' type -> model's type (`pair`), or for
`default-event` -> prescription when no modal, prescription or desire verb is in the unit (`nocue`). Thresholds are
chosen on the training folds only: for the held-out fold j, the threshold (grid 0.30 ... 0.70) that makes most rows
right among the out-of-fold rows of the other folds (silver, the extra labels and the dev gold together), then applied
to fold j; the figures are the held-out folds' rows so decided.

The features and folds are `narrative-pipeline train`'s (`measure_families_claims42`'s build, policy `fallback`);
`--variants base bs` adds the `bs` family: the previous sentence's speaker kind joined with the tense of the unit's
proposition (narration vs backshifted reported speech) and with the rules' claimer kind and type. Only the claim type is
scored here; the family feeds all three tasks' models, and claims91's retrain with it lost 3 silver rows each on
certainty and claimer kind (config/eval/README.md, "claims91").

    python workflow/scripts/screen_floor_claims91.py --results BBC WEB --shared /work/shared --out DIR \
        --variants base bs
"""

from __future__ import annotations

import argparse
import importlib
import json
from pathlib import Path

import pandas as pd
from measure_families_claims42 import load_labelled, rows_of, verb_form
from narrative_pipeline.classify.features import claim_features, content_root, unit_root
from narrative_pipeline.classify.index import ArticleIndex, LexiconLike, index_article, span_tokens
from narrative_pipeline.classify.relabel import relabel_article
from narrative_pipeline.records import ClaimRecord
from narrative_pipeline.training.dataset import ArticleData
from narrative_pipeline.training.scores import CHOSEN_POLICY
from narrative_pipeline.training.train import Hyper, Row, fit, folds_of

Features = dict[str, float]
GRID = tuple(round(0.30 + 0.02 * k, 2) for k in range(21))
CUE_PREFIXES = ("lex:modal=", "lex:verbclass=presc", "lex:verbclass=desire")


def backshift_features(claim: ClaimRecord, index: ArticleIndex, lex: LexiconLike) -> Features:
    """`bs`: the previous sentence's speaker kind with the tense of the unit's proposition (claims42's `verb_form`),
    alone and joined with the rules' claimer kind and type."""
    ctx = index.context.get(claim.sentence_id)
    tokens = span_tokens(index, claim.start, claim.end)
    if ctx is None or not tokens:
        return {}
    verb = None
    if claim.claimer_cue_start is not None:
        found = span_tokens(index, claim.claimer_cue_start, claim.claimer_cue_end or claim.claimer_cue_start + 1)
        verb = found[0] if found else None
    tense = verb_form(content_root(tokens, unit_root(tokens), verb, lex)).split("|")[0]
    prev = ctx.prev_speaker
    return {
        f"bs:prev|tense={prev}|{tense}": 1.0,
        f"bs:prev|tense|kind={prev}|{tense}|{claim.claimer_kind}": 1.0,
        f"bs:prev|tense|type={prev}|{tense}|{claim.claim_type}": 1.0,
    }


def features_of(data: dict[str, ArticleData], lex: LexiconLike) -> dict[str, tuple[Features, Features]]:
    """Claim id -> (the shipped features, the `bs` family)."""
    out = {}
    for art in data.values():
        ordered = sorted(art.claims, key=lambda c: (c.start, c.end, c.claim_id))
        index = index_article(art.article, art.mentions, ordered)
        for c in ordered:
            out[c.claim_id] = (claim_features(c, index, lex), backshift_features(c, index, lex))
    return out


def oof(rows: list[Row], m, hyper: Hyper, current: dict[str, Features]) -> pd.DataFrame:
    """Every row's held-out fold, final type (after the holds), its probability and source, the model's own type."""
    relabel = importlib.import_module("narrative_pipeline.classify.relabel")
    shipped = relabel.claim_features
    relabel.claim_features = lambda claim, index, lex: current[claim.claim_id]
    out: list[dict] = []
    try:
        for j, (train_ids, test_ids) in enumerate(folds_of(rows, hyper.folds)):
            model = fit([rows[k] for k in train_ids], hyper)
            wanted = {rows[k].claim_id: k for k in test_ids}
            for group in sorted({rows[k].group for k in test_ids}):
                art = m.data[group]
                for claim in relabel_article(art.article, art.claims, art.mentions, model, m.lex, CHOSEN_POLICY):
                    k = wanted.get(claim.claim_id)
                    if k is None:
                        continue
                    r, rule = rows[k], m.claims[claim.claim_id]
                    dist = model.predict("claim_type", r.features).distribution
                    out.append(
                        {
                            "claim_id": r.claim_id,
                            "fold": j,
                            "source": r.source,
                            "label": r.labels["claim_type"],
                            "rule": rule.claim_type,
                            "type_rule": rule.type_rule,
                            "final": claim.claim_type,
                            "prob": claim.type_prob,
                            "rule_prob": dist.get(rule.claim_type, 0.0),
                            "held": claim.type_source == "rules",
                            "cue": any(name.startswith(CUE_PREFIXES) for name in r.features),
                            "text": rule.text,
                        }
                    )
    finally:
        relabel.claim_features = shipped
    return pd.DataFrame(out)


def floored(t: pd.DataFrame, mask: pd.Series, thresholds: pd.Series) -> pd.Series:
    """The final type with the rules' type kept where `mask` holds and the overrule's probability is under the row's
    threshold."""
    over = (t["final"] != t["rule"]) & ~t["held"] & mask & (t["prob"] < thresholds)
    return t["rule"].where(over, t["final"])


def cross_fitted(t: pd.DataFrame, mask: pd.Series, keys: list[str] | None) -> tuple[pd.Series, dict]:
    """Per held-out fold, the threshold (per group of `keys`, or one) best on the other folds' rows; the decisions."""
    chosen = pd.Series(0.0, index=t.index)
    picks: dict = {}
    groups = [((), pd.Series(True, index=t.index))] if not keys else list(_groups(t, keys))
    for fold in sorted(t["fold"].unique()):
        test, train = t["fold"] == fold, t["fold"] != fold
        for key, g in groups:
            best = (-1, 0.0)
            sel = train & g & mask
            for th in (0.0, *GRID):
                right = int(
                    (floored(t[sel], mask[sel], pd.Series(th, index=t[sel].index)) == t.loc[sel, "label"]).sum()
                )
                if right > best[0]:
                    best = (right, th)
            chosen[test & g] = best[1]
            picks[f"fold{fold} {key}"] = best[1]
    return floored(t, mask, chosen), picks


def _groups(t: pd.DataFrame, keys: list[str]):
    for key, idx in t.groupby(keys[0] if len(keys) == 1 else keys).groups.items():
        yield key, t.index.isin(idx)


def summary(t: pd.DataFrame, decided: pd.Series) -> dict:
    out = {}
    for source in ("silver", "extra", "gold"):
        s = t["source"] == source
        base, new = (t.loc[s, "final"] == t.loc[s, "label"]), (decided[s] == t.loc[s, "label"])
        out[source] = {
            "n": int(s.sum()),
            "base": int(base.sum()),
            "floor": int(new.sum()),
            "to_label": int((new & ~base).sum()),
            "away": int((base & ~new).sum()),
        }
    return out


def floors(t: pd.DataFrame) -> dict:
    t = t.assign(pair=t["rule"] + ">" + t["final"])
    every = pd.Series(True, index=t.index)
    default = t["type_rule"] == "default-event"
    nocue = default & (t["final"] == "prescription") & ~t["cue"]
    out = {}
    for name, mask, keys in (
        ("all", every, None),
        ("rule", default, None),
        ("pair", every, ["pair"]),
        ("nocue", nocue, None),
        ("nocue-always", nocue, None),
    ):
        if name == "nocue-always":
            decided = floored(t, mask, pd.Series(1.01, index=t.index))
            picks = {"threshold": 1.01}
        else:
            decided, picks = cross_fitted(t, mask, keys)
        out[name] = {"figures": summary(t, decided), "picks": picks}
    return out


def overrule_table(t: pd.DataFrame) -> pd.DataFrame:
    """Overrules (final != rules', not held) by pair and probability band: rows, right (R) and wrong (W) per set."""
    o = t[(t["final"] != t["rule"]) & ~t["held"]].copy()
    o["band"] = pd.cut(o["prob"], [0, 0.4, 0.5, 0.6, 1.0])
    o["pair"] = o["rule"] + ">" + o["final"]
    o["R"] = o["final"] == o["label"]
    o["W"] = o["rule"] == o["label"]
    return o.groupby(["source", "pair", "band"], observed=True)[["R", "W"]].sum().reset_index()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--results", type=Path, nargs="+", required=True)
    ap.add_argument("--shared", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--variants", nargs="+", default=["base"])
    args = ap.parse_args()
    m = load_labelled(tuple(args.results), args.shared)
    table = features_of(m.data, m.lex)
    args.out.mkdir(parents=True, exist_ok=True)
    results = {}
    for name in args.variants:
        current = {cid: {**base, **(extra if name == "bs" else {})} for cid, (base, extra) in table.items()}
        rows = [r for r in rows_of(m.examples, current) if r.group not in m.s24_groups]
        t = oof(rows, m, Hyper(), current)
        t.to_parquet(args.out / f"floor-{name}.parquet")
        overrule_table(t).to_csv(args.out / f"overrules-{name}.csv", index=False)
        results[name] = floors(t)
        print(name, json.dumps(results[name]), flush=True)
        (args.out / "floors.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
