"""Group the classifier's out-of-fold claim type errors by the construction that carries the type (claims67, issue 12).

Reads the out-of-fold dump of `measure_families_claims42.py` (`oof-VARIANT.parquet`: silver and the extra label files'
rows, each with its label, the refitted model's type and the rules' type rule), parses each claim's text again with
the configured spaCy model and names the construction of its proposition (a reporting verb's clausal complement when
the claim has one, marked `speech:`): a modal, an existential, a copula with an adjective, a comparative, a superlative
noun, a figure, a prepositional phrase or a clause, "have been" + participle, another perfect, a causal verb, a
comparative or a figure in the clause, a progressive, a passive, a present or a past. Prints, per construction, the
silver and extra rows and errors and how the labels of all its rows split; then how many errors sit in cells of one
construction and one head lemma whose labels agree (at least 8 rows, 85 % one label), the errors a rule or a lexicon
list could take without going against the labels; then the extra labels' errors on units the annotator marked
`close` (a second reading defensible) and how many of those the model gave the reading the annotator's note names.

    python workflow/scripts/type_shapes_claims67.py /tmp/NAME-silver/oof-base.parquet [--errors errors.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pandas as pd
import spacy
import yaml

ROOT = Path(__file__).resolve().parents[2]
REPORTING = frozenset(
    {"say", "tell", "add", "claim", "argue", "insist", "believe", "think", "warn", "suggest", "state", "report",
     "accuse", "admit", "deny", "explain", "announce", "confirm", "reveal", "note", "stress", "write", "feel", "know",
     "hope", "expect", "fear", "predict", "urge", "call", "describe", "agree", "acknowledge", "concede", "complain",
     "maintain", "point", "indicate", "show", "find", "estimate", "reckon", "suspect", "allege", "assert", "declare",
     "promise", "pledge", "vow", "ask"}
)  # fmt: skip
CAUSAL = frozenset(
    {"cause", "trigger", "lead", "reflect", "mean", "show", "boost", "hit", "fuel", "amplify", "reinforce", "pave",
     "spark", "prompt", "drive", "hurt", "help", "make", "damage", "undermine", "threaten", "raise", "force"}
)  # fmt: skip
MODALS = {"will": "will", "'ll": "will", "wo": "will", "would": "would", "'d": "would", "could": "could"}
MODALS |= {"should": "should", "may": "may", "can": "can", "ca": "can", "might": "other", "must": "other"}
MODALS |= {"shall": "other", "ought": "other"}


def proposition(doc) -> tuple[object, bool]:
    """The claim's proposition root: a reporting verb's clausal complement if it has one (twice at most)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), doc[0])
    framed = False
    for _ in range(2):
        comps = [c for c in root.children if c.dep_ == "ccomp"]
        if root.lemma_ not in REPORTING or not comps:
            break
        root, framed = comps[0], True
    return root, framed


def copula_shape(root) -> tuple[str, object]:
    comp = next((c for c in root.children if c.dep_ in {"acomp", "attr", "prep", "ccomp", "xcomp", "advmod"}), None)
    if comp is None:
        return "copula (other)", root
    if comp.dep_ == "acomp":
        degree = comp.tag_ in {"JJR", "JJS", "RBR", "RBS"} or any(
            x.lower_ in {"more", "most", "less", "least"} for x in comp.children
        )
        return ("copula + comparative" if degree else "copula + adjective"), comp
    if comp.dep_ == "attr":
        words = list(comp.subtree)
        if any(x.tag_ == "JJS" or x.lower_ in {"most", "best", "worst"} for x in words):
            return "copula + superlative noun", comp
        if any(x.pos_ == "NUM" for x in words):
            return "copula + figure", comp
        adjective = any(x.dep_ == "amod" for x in comp.children)
        return ("copula + adjective noun" if adjective else "copula + noun"), comp
    return ("copula + preposition" if comp.dep_ == "prep" else "copula + clause or adverb"), comp


def verb_shape(root) -> str:
    aux = [c for c in root.children if c.dep_ in {"aux", "auxpass"}]
    deps = {c.dep_ for c in root.children}
    words = list(root.subtree)
    passive = "auxpass" in deps or "nsubjpass" in deps
    if any(a.lemma_ == "have" for a in aux) and root.tag_ == "VBN":
        been = passive or any(a.lower_ == "been" for a in aux)
        return "have been + participle" if been else "perfect"
    if root.lemma_ in CAUSAL:
        return "causal verb"
    if any(t.tag_ in {"JJR", "RBR", "JJS", "RBS"} for t in words):
        return "comparative in the clause"
    if any(t.pos_ == "NUM" or t.like_num for t in words):
        return "figure in the clause"
    if any(a.lemma_ == "be" and a.dep_ == "aux" for a in aux) and root.tag_ == "VBG":
        return "progressive"
    if passive:
        return "passive"
    return {"VBZ": "present", "VBP": "present", "VBD": "past"}.get(root.tag_, "other")


def shape_of(doc) -> tuple[str, str, bool]:
    """The construction of a claim's proposition, its head lemma, and whether a reporting verb frames it."""
    root, framed = proposition(doc)
    modal = next((c for c in root.children if c.dep_ == "aux" and c.lower_ in MODALS), None)
    if modal is not None:
        return f"modal ({MODALS[modal.lower_]})", root.lemma_.lower(), framed
    if any(c.dep_ == "expl" for c in root.children):
        return "existential", root.lemma_.lower(), framed
    if root.lemma_ == "be":
        shape, head = copula_shape(root)
        return shape, head.lemma_.lower(), framed
    if root.pos_ == "ADJ":
        return "copula + adjective", root.lemma_.lower(), framed
    return verb_shape(root), root.lemma_.lower(), framed


def shapes(rows: pd.DataFrame) -> pd.DataFrame:
    config = yaml.safe_load((ROOT / "config/config.yaml").read_text(encoding="utf-8"))
    nlp = spacy.load(config["spacy_model"], disable=["ner"])
    found = [shape_of(doc) for doc in nlp.pipe(rows["text"].tolist(), batch_size=256)]
    return rows.assign(shape=[s for s, _, _ in found], head=[h for _, h, _ in found], framed=[f for _, _, f in found])


def shape_table(rows: pd.DataFrame) -> list[str]:
    lines = ["| shape | silver rows | extra rows | silver errors | extra errors | labels of its rows |"]
    lines.append("| --- | ---: | ---: | ---: | ---: | --- |")
    table = []
    for shape, part in rows.groupby("shape"):
        wrong = part[part.label != part.pred]
        split = part.label.value_counts(normalize=True)
        labels = ", ".join(f"{k} {v:.0%}" for k, v in split.items())
        counts = [int((part.source == s).sum()) for s in ("silver", "extra")]
        counts += [int((wrong.source == s).sum()) for s in ("silver", "extra")]
        table.append((len(wrong), f"| {shape} | {' | '.join(map(str, counts))} | {labels} |"))
    return lines + [line for _, line in sorted(table, reverse=True)]


def agreeing_errors(rows: pd.DataFrame, least: int = 8, share: float = 0.85) -> tuple[int, int]:
    """Errors in cells of one shape and head lemma whose labels agree, against the label the cell agrees on; and the
    number of such cells."""
    errors = cells = 0
    for _, part in rows.groupby(["shape", "head"]):
        split = part.label.value_counts()
        if len(part) < least or split.iloc[0] / len(part) < share:
            continue
        cells += 1
        errors += int(((part.label != part.pred) & (part.label == split.index[0])).sum())
    return errors, cells


def close_errors(rows: pd.DataFrame) -> tuple[int, int, int, int]:
    """The extra rows' errors on units labelled `close`, of all close units, and those whose note names the model's
    type; the errors on the other units."""
    labels = [
        json.loads(line)
        for path in sorted((ROOT / "config/training").glob("claims-labels-s*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    notes = {(r["article"], r["text"].strip()[:40]): r for r in labels}
    extra = rows[rows.source == "extra"]
    close = named = close_wrong = other_wrong = 0
    for r in extra.itertuples():
        label = notes.get((r.group, r.text.strip()[:40]))
        wrong = r.label != r.pred
        if label is None or not label.get("close"):
            other_wrong += wrong
            continue
        close += 1
        close_wrong += wrong
        named += wrong and bool(re.search(r"\b" + r.pred[:6], str(label.get("why", "")).lower()))
    return close_wrong, close, named, other_wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("oof", type=Path)
    parser.add_argument("--errors", type=Path, help="write every silver and extra type error here, one JSON a line")
    args = parser.parse_args()
    rows = shapes(pd.read_parquet(args.oof).query("source in ('silver', 'extra')").reset_index(drop=True))
    print("\n".join(shape_table(rows)))
    wrong = rows[rows.label != rows.pred]
    framed = wrong[wrong.framed]
    silver = int((wrong.source == "silver").sum())
    print(f"\nerrors {len(wrong)} of {len(rows)} (silver {silver}); in a reported content {len(framed)}", end="")
    print(f" (silver {int((framed.source == 'silver').sum())})")
    errors, cells = agreeing_errors(rows)
    print(f"errors against the label of {cells} agreeing shape x head cells (>= 8 rows, >= 85 % one label): {errors}")
    close_wrong, close, named, other_wrong = close_errors(rows)
    print(f"extra labels marked close: {close_wrong} errors of {close}, the model's type named in the note {named};")
    print(f"errors on the other extra rows: {other_wrong}")
    if args.errors:
        keep = ["claim_id", "group", "source", "label", "pred", "rule", "type_rule", "shape", "head", "framed", "text"]
        args.errors.write_text(wrong[keep].to_json(orient="records", lines=True), encoding="utf-8")


if __name__ == "__main__":
    main()
