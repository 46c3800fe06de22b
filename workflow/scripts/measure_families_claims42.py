"""Measure candidate feature families of the claim classifier out of fold against the shipped features (claims42).

Issue 12, claim type: evidence beyond the unit's own words and the rules' decision. Three families, none shipped
(`docs/claims-classifier-tries.md`, session claims42, has the figures):

- `reg`: the article's register from its own text outside quotation marks: the share of past tense among the finite
  verbs, the share of body sentences with a quotation mark, questions and first person per sentence (in buckets),
  joined with the claimer kind and, for the author's units, the rules' type rule and type;
- `tam`: the tense, aspect, voice, mood and polarity of the proposition's main verb (`features.content_root`) as one
  label, alone and joined with the claimer kind and the rules' type rule, and the reporting verb's tense joined with
  the proposition's;
- `pos`: where the unit stands: the headline, the first, last or a relative place among the body's paragraphs, the
  paragraph's size, joined with the claimer kind and, for the author's units, the rules' type rule; `spos` the same
  by sentence (the lead, the second, the last body sentence or the quarter of the body).

claims45 added two families of the sentence's neighbours (the same page, session claims45; none shipped):

- `nbw`: the words of the sentence before and the sentence after the unit's, within its paragraph, at weight 0.5;
- `sw`: for a unit that is only part of its sentence, the words of the whole sentence, at weight 0.5.

One build of the examples (silver, the dev golds, the extra label files and opinion24's s24 labels, over a BBC run and a
web-pages run), the features of every claim computed once, then for each variant the cross-validation of
`narrative-pipeline train` (same folds, policy `fallback`; the s24 articles left out of training), a fit on all of
it for the web labels never trained on (s24, 172 claims; opinion23 through `score_claim_labels`), and a dump of the
out-of-fold rows (`oof-VARIANT.parquet`) for row-by-row comparison.

    python workflow/scripts/measure_families_claims42.py --results BBC/results WEB/results --out DIR \
        --variants base reg tam pos spos nbw sw
"""

from __future__ import annotations

import argparse
import importlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from measure_genre_opinion24 import EXTRA, OPINION23, S24, figures, labels_of, opinion23, relabelled_rows
from narrative_pipeline.claims import load_lexicon
from narrative_pipeline.classify.features import MODALS, claim_features, content_root, unit_root
from narrative_pipeline.classify.index import (
    CLOSE_QUOTES,
    FIRST_PERSON,
    OPEN_QUOTES,
    ArticleIndex,
    LexiconLike,
    index_article,
    lemma,
    quoted_ids,
    span_tokens,
)
from narrative_pipeline.evaluate import gold_files
from narrative_pipeline.parsed import Tok
from narrative_pipeline.records import ClaimRecord
from narrative_pipeline.training.dataset import ArticleData, Example, build_examples, load_articles, rule_claims
from narrative_pipeline.training.scores import CHOSEN_POLICY
from narrative_pipeline.training.train import Hyper, Row, cross_validate, fit

Features = dict[str, float]
MODAL_NAMES = {"'ll": "will", "wo": "will", "ca": "can", "'d": "would"}


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return sum(value >= e for e in edges)


def register_of(index: ArticleIndex) -> dict[str, int]:
    """The article's register from its body sentences outside quotation marks, each figure in buckets."""
    past = present = quoted_sents = sents = questions = first = 0
    for s in index.article.sents:
        if s.record.role != "body" or not s.tokens:
            continue
        sents += 1
        ctx = index.context.get(s.sentence_id)
        quoted = quoted_ids(s.tokens, ctx.quote_open_before if ctx else False)
        quoted_sents += any(t.text in OPEN_QUOTES or t.text in CLOSE_QUOTES for t in s.tokens)
        for t in (t for t in s.tokens if t.i not in quoted):
            past += t.tag == "VBD"
            present += t.tag in ("VBZ", "VBP")
            questions += t.text == "?"
            first += t.lower in FIRST_PERSON and t.pos == "PRON"
    sents = max(sents, 1)
    return {
        "past": _bucket(past / max(1, past + present), (0.4, 0.55, 0.7)),
        "quotes": _bucket(quoted_sents / sents, (0.15, 0.35, 0.55)),
        "ask": _bucket(questions / sents, (0.02, 0.08)),
        "first": _bucket(first / sents, (0.05, 0.2, 0.5)),
    }


def register_features(claim: ClaimRecord, reg: dict[str, int]) -> Features:
    f = {f"reg:{name}={value}|{claim.claimer_kind}": 1.0 for name, value in reg.items()}
    if claim.claimer_kind == "author":
        f[f"reg:past|rule={reg['past']}|{claim.type_rule}"] = 1.0
        f[f"reg:quotes|rule={reg['quotes']}|{claim.type_rule}"] = 1.0
        f[f"reg:past|type={reg['past']}|{claim.claim_type}"] = 1.0
    return f


def verb_form(verb: Tok | None) -> str:
    """Tense (or modal, imperative, non-finite), aspect, voice and polarity of a verb, from its tag and auxiliaries."""
    if verb is None:
        return "none"
    if verb.pos not in ("VERB", "AUX"):
        return "verbless"
    auxes = [c for c in verb.children if c.dep in ("aux", "auxpass")]
    modal = next((a.lower for a in auxes if a.lower in MODALS), None)
    perfect = any(lemma(a) == "have" for a in auxes if a.dep == "aux")
    progressive = verb.tag == "VBG" and any(lemma(a) == "be" for a in auxes if a.dep == "aux")
    aspect = "perf-prog" if perfect and progressive else "perf" if perfect else "prog" if progressive else "simple"
    finite = next((a for a in auxes if a.tag in ("VBD", "VBZ", "VBP", "MD")), None)
    tag = finite.tag if finite is not None else verb.tag
    has_subject = any(c.dep in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)
    if modal:
        tense = "modal-" + MODAL_NAMES.get(modal, modal)
    elif tag == "VBD":
        tense = "past"
    elif tag in ("VBZ", "VBP"):
        tense = "present"
    elif tag == "VB" and not has_subject and not any(c.dep == "aux" and c.tag == "TO" for c in verb.children):
        tense = "imperative" if verb.dep == "ROOT" else "bare"
    else:
        tense = "nonfinite"
    voice = "pass" if any(c.dep in ("auxpass", "nsubjpass") for c in verb.children) else "act"
    polarity = "neg" if any(c.dep == "neg" for c in verb.children) else "pos"
    return f"{tense}|{aspect}|{voice}|{polarity}"


def verb_form_features(claim: ClaimRecord, tokens: list[Tok], index: ArticleIndex, lex: LexiconLike) -> Features:
    verb = None
    if claim.claimer_cue_start is not None:
        found = span_tokens(index, claim.claimer_cue_start, claim.claimer_cue_end or claim.claimer_cue_start + 1)
        verb = found[0] if found else None
    form = verb_form(content_root(tokens, unit_root(tokens), verb, lex))
    tense = form.split("|")[0]
    f = {
        f"tam:tam={form}": 1.0,
        f"tam:tense|kind={tense}|{claim.claimer_kind}": 1.0,
        f"tam:tam|rule={form}|{claim.type_rule}": 1.0,
        f"tam:tense|rule={tense}|{claim.type_rule}": 1.0,
    }
    if verb is not None:
        f[f"tam:frame|content={verb_form(verb).split('|')[0]}|{tense}"] = 1.0
    return f


def body_paragraphs(index: ArticleIndex) -> list[int]:
    """The paragraph index of each body sentence, in text order."""
    return [s.record.paragraph_index for s in index.article.sents if s.record.role == "body"]


def place_features(claim: ClaimRecord, index: ArticleIndex, body: list[int]) -> Features:
    k = index.sent_of.get(claim.sentence_id)
    if k is None:
        return {}
    sent = index.article.sents[k]
    if sent.record.role == "headline":
        return {
            "pos:headline": 1.0,
            f"pos:headline|kind={claim.claimer_kind}": 1.0,
            f"pos:headline|rule={claim.type_rule}": 1.0,
        }
    paragraphs = sorted(set(body))
    p = sent.record.paragraph_index
    if p not in paragraphs:
        return {f"pos:role={sent.record.role}": 1.0}
    rank, last = paragraphs.index(p), len(paragraphs) - 1
    place = "first" if rank == 0 else "last" if rank == last else f"rel{_bucket(rank / last, (0.25, 0.5, 0.75))}"
    size = min(body.count(p), 3)
    f = {
        f"pos:place={place}": 1.0,
        f"pos:place|kind={place}|{claim.claimer_kind}": 1.0,
        f"pos:para_size={size}": 1.0,
        f"pos:para_size|kind={size}|{claim.claimer_kind}": 1.0,
    }
    if claim.claimer_kind == "author":
        f[f"pos:place|rule={place}|{claim.type_rule}"] = 1.0
    return f


def sentence_place_features(claim: ClaimRecord, index: ArticleIndex, body: list[str]) -> Features:
    """The unit's place by sentence (BBC paragraphs are coarse: a median of 4 body paragraphs for 17 sentences): the
    lead (the first body sentence), the second, the last, or the relative place of the rest in quarters."""
    if claim.sentence_id not in body:
        return {}
    rank, last = body.index(claim.sentence_id), len(body) - 1
    place = (
        "lead"
        if rank == 0
        else "second"
        if rank == 1
        else "last"
        if rank == last
        else f"rel{_bucket(rank / last, (0.25, 0.5, 0.75))}"
    )
    f = {f"spos:place={place}": 1.0, f"spos:place|kind={place}|{claim.claimer_kind}": 1.0}
    if claim.claimer_kind == "author":
        f[f"spos:place|rule={place}|{claim.type_rule}"] = 1.0
    return f


def sentence_words(tokens: list[Tok]) -> list[str]:
    """Lower-case words of a sentence, as `ngram_features` takes them (no punctuation or figures)."""
    return [t.lower for t in tokens if t.pos not in {"PUNCT", "SPACE", "NUM"} and not t.text.isdigit()]


def neighbour_word_features(claim: ClaimRecord, index: ArticleIndex, weight: float = 0.5) -> Features:
    """claims45's `nbw`: the words of the sentence before and after the unit's, within its paragraph."""
    k = index.sent_of.get(claim.sentence_id)
    if k is None:
        return {}
    sents, f = index.article.sents, {}
    for offset, name in ((-1, "pw"), (1, "nw")):
        j = k + offset
        if 0 <= j < len(sents) and sents[j].record.paragraph_index == sents[k].record.paragraph_index:
            f.update({f"{name}:{w}": weight for w in sentence_words(sents[j].tokens)})
    return f


def sentence_word_features(claim: ClaimRecord, tokens: list[Tok], index: ArticleIndex, weight: float = 0.5) -> Features:
    """claims45's `sw`: for a unit that is only part of its sentence, the words of the whole sentence."""
    k = index.sent_of.get(claim.sentence_id)
    if k is None or not tokens:
        return {}
    sent = index.article.sents[k].tokens
    if not sent or (tokens[0].i <= sent[0].i + 1 and tokens[-1].i >= sent[-1].i - 1):
        return {}
    return {f"sw:{w}": weight for w in sentence_words(sent)}


FAMILIES = ("reg", "tam", "pos", "spos", "nbw", "sw")


def features_of(
    datas: list[dict[str, ArticleData]], lex: LexiconLike
) -> dict[str, tuple[Features, dict[str, Features]]]:
    """Claim id -> (the shipped features, each family's features), for every rule claim of the articles."""
    out = {}
    for data in datas:
        for art in data.values():
            ordered = sorted(art.claims, key=lambda c: (c.start, c.end, c.claim_id))
            index = index_article(art.article, art.mentions, ordered)
            reg, body = register_of(index), body_paragraphs(index)
            body_sents = [s.sentence_id for s in index.article.sents if s.record.role == "body"]
            for c in ordered:
                extra = {
                    "reg": register_features(c, reg),
                    "tam": verb_form_features(c, span_tokens(index, c.start, c.end), index, lex),
                    "pos": place_features(c, index, body),
                    "spos": sentence_place_features(c, index, body_sents),
                    "nbw": neighbour_word_features(c, index),
                    "sw": sentence_word_features(c, span_tokens(index, c.start, c.end), index),
                }
                out[c.claim_id] = (claim_features(c, index, lex), extra)
    return out


@contextmanager
def variant_features(
    table: dict[str, tuple[Features, dict[str, Features]]], families: list[str]
) -> Iterator[dict[str, Features]]:
    """The pipeline's relabelling reads each claim's features from `table` with `families` added, for as long as the
    block runs: the cross-validation and the web scores go through `relabel` as the pipeline does."""
    relabel = importlib.import_module("narrative_pipeline.classify.relabel")
    current = {
        cid: {**base, **{k: v for n in families for k, v in extra[n].items()}} for cid, (base, extra) in table.items()
    }
    shipped = relabel.claim_features
    relabel.claim_features = lambda claim, index, lex: current[claim.claim_id]
    try:
        yield current
    finally:
        relabel.claim_features = shipped


def rows_of(examples: list[Example], current: dict[str, Features]) -> list[Row]:
    return [
        Row(
            e.group,
            e.source,
            e.claim.claim_id,
            current[e.claim.claim_id],
            {"claim_type": e.label.claim_type, "certainty": e.label.certainty, "claimer_kind": e.label.claimer_kind},
            e.label.claimer_text,
        )
        for e in examples
        if e.label.claim_type != "none"
    ]


@dataclass(frozen=True)
class Labelled:
    """What every variant is measured on: the labelled rows' examples and rule claims, opinion23's rule claims and
    labels, s24's articles (never trained on), and every claim by id."""

    lex: LexiconLike
    examples: list[Example]
    data: dict[str, ArticleData]
    data23: dict[str, ArticleData]
    labels23: list[dict]
    s24_groups: set[str]
    claims: dict[str, ClaimRecord]


def load_labelled(results: tuple[Path, ...], shared: Path) -> Labelled:
    """The labelled rows of the runs in `results`, as `narrative-pipeline train` builds them (silver, the dev gold,
    gold-politics-dev, the extra label files and s24), and opinion23's."""
    root = Path(__file__).resolve().parents[2]
    lex_path, registry = root / "config/claims_lexicon.yaml", root / "config/actors.yaml"
    gold = gold_files([shared / "spec/dev-gold", root / "config/eval/gold-politics-dev"])
    examples, data, _ = build_examples(
        results, shared / "spec/silver/claims.jsonl", gold, registry, lex_path, 92.0, (*EXTRA, S24)
    )
    labels23 = labels_of(OPINION23)
    data23 = rule_claims(load_articles(results, {r["article"] for r in labels23}), registry, lex_path, 92.0)
    return Labelled(
        load_lexicon(lex_path),
        examples,
        data,
        data23,
        labels23,
        {r["article"] for r in labels_of(S24)},
        {c.claim_id: c for a in data.values() for c in a.claims},
    )


def oof_columns(row: Row, predicted: dict[str, str]) -> dict[str, str]:
    """One row's labels beside its out-of-fold type, certainty and claimer kind, as the oof tables hold them."""
    return {
        "claim_id": row.claim_id,
        "group": row.group,
        "source": row.source,
        "label": row.labels["claim_type"],
        "pred": predicted["claim_type"],
        "cert": row.labels["certainty"],
        "pcert": predicted["certainty"],
        "kind": row.labels["claimer_kind"],
        "pkind": predicted["claimer_kind"],
    }


def measure_rows(rows: list[Row], m: Labelled, oof_path: Path) -> dict:
    """One variant's figures: cross-validated by article on every row but s24's (silver, the extra labels, the gold),
    its out-of-fold predictions written to `oof_path`; then a model fitted on those rows, scored on s24 (never trained
    on) and on opinion23."""
    train_rows = [r for r in rows if r.group not in m.s24_groups]
    hyper = Hyper()
    cv = cross_validate(train_rows, m.data, m.lex, hyper).relabelled[CHOSEN_POLICY]
    part = {}
    for source in ("silver", "extra", "gold"):
        ks = [k for k, r in enumerate(train_rows) if r.source == source]
        part[source] = figures({f: [cv[f][k] for k in ks] for f in cv}, [train_rows[k] for k in ks])
    pd.DataFrame(
        {
            **oof_columns(r, {task: labels[k] for task, labels in cv.items()}),
            "rule": m.claims[r.claim_id].claim_type,
            "type_rule": m.claims[r.claim_id].type_rule,
            "type_cue": m.claims[r.claim_id].type_cue,
            "type_cue_start": m.claims[r.claim_id].type_cue_start,
            "rule_kind": m.claims[r.claim_id].claimer_kind,
            "claimer_rule": m.claims[r.claim_id].claimer_rule,
            "text": m.claims[r.claim_id].text,
        }
        for k, r in enumerate(train_rows)
    ).to_parquet(oof_path)
    model = fit(train_rows, hyper)
    held = [r for r in rows if r.group in m.s24_groups]
    part["s24 (never trained on)"] = figures(relabelled_rows(model, held, m.data, m.lex), held)
    part["opinion23"] = opinion23(model, m.data23, m.lex, m.labels23)
    return part


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--results", type=Path, nargs="+", required=True)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--variants", nargs="+", default=["base", *FAMILIES])
    args = parser.parse_args()
    m = load_labelled(tuple(args.results), args.shared)
    table = features_of([m.data, m.data23], m.lex)
    args.out.mkdir(parents=True, exist_ok=True)
    results = {}
    for name in args.variants:
        families = ["reg", "tam", "pos"] if name == "all" else [] if name == "base" else name.split("+")
        with variant_features(table, families) as current:
            part = measure_rows(rows_of(m.examples, current), m, args.out / f"oof-{name}.parquet")
        results[name] = part
        print(name, json.dumps(part), flush=True)
        (args.out / "results.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
