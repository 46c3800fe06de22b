"""Where the rules' claim type is the labels' and the classifier overrules it, cue by cue (claims83, issue 12).

The silver measure (`measure_families_claims42.py --variants base`) writes its out-of-fold rows to
`DIR/oof-base.parquet`: silver, the extra labels and the dev gold, each with its label, the out-of-fold type after the
holds (`pred`), the rules' type (`rule`), rule id (`type_rule`) and cue. It joins each row's cue to its token in
the runs' parse (lemma, tag) and prints, for every group of rows by the keys given (`type_rule`, `lemma`, `tag`,
`rule_kind`), on each label set: rows, the rules' type right, the final type right, and the rows the model overrules
wrongly (`W`: the rules' type is the label, the final one is not) and rightly (`R`). Holding a group's rules' type
against the model moves exactly `W - R` rows of each set (a hold acts after the model, so the folds' models do not
change). Nothing is labelled anew.

    python workflow/scripts/table_type_holds_claims83.py --oof DIR/oof-base.parquet \
        --runs /work/runs/m67-bbc /work/runs/m67-web --keys type_rule lemma --top 30
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

SETS = ("silver", "extra", "gold")


def with_cue_tokens(oof: pd.DataFrame, runs: list[Path]) -> pd.DataFrame:
    """The oof rows with their type cue's first token (`lemma`, `tag`, `dep`) from the runs' parse."""
    rows = oof.assign(article_id=oof["claim_id"].str.split(":").str[0])
    wanted = set(rows["article_id"])
    tokens = pd.concat(
        pd.read_parquet(f, columns=["article_id", "start", "lemma", "tag", "dep"])
        for run in runs
        for f in sorted((run / "normalize" / "shards").glob("*.tokens.parquet"))
    )
    tokens = tokens[tokens["article_id"].isin(wanted)].drop_duplicates(["article_id", "start"])
    tokens = tokens.rename(columns={"start": "type_cue_start"})
    return rows.merge(tokens, on=["article_id", "type_cue_start"], how="left")


def table(rows: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Per group and label set: n, rules right, final right, W, R; `eg_rule` the rules' agreement on extra + gold."""
    out = []
    for key, g in rows.groupby(keys, dropna=False):
        entry: dict[str, object] = {"key": key if isinstance(key, tuple) else (key,)}
        for name in SETS:
            h = g[g["source"] == name]
            rule_right, final_right = h["rule"] == h["label"], h["pred"] == h["label"]
            p = name[0]
            entry[f"{p}n"] = len(h)
            entry[f"{p}rule"] = int(rule_right.sum())
            entry[f"{p}final"] = int(final_right.sum())
            entry[f"{p}W"] = int((rule_right & ~final_right).sum())
            entry[f"{p}R"] = int((~rule_right & final_right).sum())
        out.append(entry)
    t = pd.DataFrame(out)
    t["net_silver"] = t["sW"] - t["sR"]
    t["net_extra_gold"] = t["eW"] - t["eR"] + t["gW"] - t["gR"]
    t["eg_rule"] = ((t["erule"] + t["grule"]) / (t["en"] + t["gn"])).round(3)
    return t.sort_values(["net_silver", "net_extra_gold"], ascending=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--oof", type=Path, required=True)
    ap.add_argument("--runs", type=Path, nargs="+", required=True)
    ap.add_argument("--keys", nargs="+", default=["type_rule"])
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    t = table(with_cue_tokens(pd.read_parquet(args.oof), args.runs), args.keys)
    with pd.option_context("display.width", 250, "display.max_rows", 1000):
        print(t.head(args.top).to_string(index=False))


if __name__ == "__main__":
    main()
