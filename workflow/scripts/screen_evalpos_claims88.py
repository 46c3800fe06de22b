"""Screen one feature for the claim type out of fold: where the evaluative words of a unit sit (claims88, session 60,
issue 12; review72's finding 6).

review72 found the model overruling `default-event` where an evaluative noun stands in the subject ("Some design
crimes, such as splash screens ..., have almost disappeared"): the features say a unit holds an evaluative word
(`lex:eval=`, `lex:any_eval`), not whether it is the predicate that evaluates. The candidate features mark each
evaluative word (the test of `features.lexical_features`) by the branch of the proposition's root
(`features.content_root`) it hangs from: `lex:eval_subj` (under the root's subject), `lex:eval_pred` (anywhere
else under the root), and `lex:eval_subj_only` (evaluative words in the subject and none in the predicate).

The rows, folds and relabelling are `screen_claims79`'s: `base` (the shipped features), then the claim-type model
refitted on the shipped features plus these (`evalpos`), the other tasks' models the base's. Figures and out-of-fold
rows as `screen_claims79` writes them; `screen_claims79.py --compare` compares the two dumps.

    python workflow/scripts/screen_evalpos_claims88.py --results /work/runs/m71-bbc /work/runs/m71-web --out DIR
"""

from __future__ import annotations

import argparse
import importlib
import json
from pathlib import Path

import pandas as pd
from measure_families_claims42 import load_labelled, oof_columns, rows_of
from narrative_pipeline.classify.features import content_root, unit_root
from narrative_pipeline.classify.index import ArticleIndex, LexiconLike, index_article, span_tokens
from narrative_pipeline.classify.model import Classifier
from narrative_pipeline.parsed import Tok
from narrative_pipeline.records import ClaimRecord
from narrative_pipeline.training.train import Hyper
from screen_claims79 import Features, base_features, screen

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def evaluative(tok: Tok, lex: LexiconLike) -> bool:
    """`lexical_features`' test of an evaluative word."""
    return (tok.lower in lex.evaluative_words and tok.pos in {"ADJ", "ADV"}) or tok.lower in lex.evaluative_nouns


def branch(tok: Tok, content: Tok) -> str | None:
    """`subj` when the token hangs from the content root's subject, `pred` when from the root otherwise, None when
    the root is not above it."""
    node, seen = tok, 0
    while node is not None and node is not content and seen < 64:
        if node.dep in SUBJECTS and node.head is content:
            return "subj"
        node, seen = (node.head if node.head is not node else None), seen + 1
    return "pred" if node is content else None


def evalpos_features(claim: ClaimRecord, index: ArticleIndex, lex: LexiconLike) -> Features:
    tokens = span_tokens(index, claim.start, claim.end)
    root = unit_root(tokens)
    verb = None
    if claim.claimer_cue_start is not None:
        found = span_tokens(index, claim.claimer_cue_start, claim.claimer_cue_end or claim.claimer_cue_start + 1)
        verb = found[0] if found else None
    content = content_root(tokens, root, verb, lex)
    if content is None:
        return {}
    where = {branch(t, content) for t in tokens if evaluative(t, lex)} - {None}
    f = {f"lex:eval_{w}": 1.0 for w in sorted(where)}
    if where == {"subj"}:
        f["lex:eval_subj_only"] = 1.0
    return f


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--results", type=Path, nargs="+", required=True)
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    m = load_labelled(tuple(args.results), args.shared)
    table = base_features(m)
    extra: dict[str, Features] = {}
    for art in [*m.data.values(), *m.data23.values()]:
        ordered = sorted(art.claims, key=lambda c: (c.start, c.end, c.claim_id))
        index = index_article(art.article, art.mentions, ordered)
        extra.update({c.claim_id: evalpos_features(c, index, m.lex) for c in ordered})
    print("claims with a subject-only evaluative word:", sum("lex:eval_subj_only" in f for f in extra.values()))
    relabel = importlib.import_module("narrative_pipeline.classify.relabel")
    args.out.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict] = {}
    base_models: dict[int, Classifier] = {}
    refit = f"c={Hyper().c_type}"  # the claim-type model refitted with the shipped settings, the others the base's
    for name, current in (("base", table), ("evalpos", {k: {**v, **extra[k]} for k, v in table.items()})):
        relabel.claim_features = lambda claim, index, lex, current=current: current[claim.claim_id]
        rows = [r for r in rows_of(m.examples, current) if r.group not in m.s24_groups]
        part, pred = screen("base" if name == "base" else refit, rows, m, base_models)
        results[name] = part
        print(name, json.dumps(part), flush=True)
        pd.DataFrame(
            oof_columns(r, {task: labels[k] for task, labels in pred.items()}) for k, r in enumerate(rows)
        ).to_parquet(args.out / f"oof-{name}.parquet")
    (args.out / "results.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
