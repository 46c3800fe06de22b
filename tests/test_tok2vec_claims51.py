"""claims51's measurement script (workflow/scripts/tok2vec_claims51.py): the frozen tok2vec matched to the parse's
tokens, the type cue's place and time, the variant names and the paired bootstrap."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from narrative_pipeline.actors import link_articles
from narrative_pipeline.claims import extract_claims, load_lexicon
from narrative_pipeline.classify.features import content_root, unit_root
from narrative_pipeline.classify.index import index_article, span_tokens
from narrative_pipeline.nlp import parser_text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "workflow/scripts"))  # the script imports its sibling scripts
spec = importlib.util.spec_from_file_location("tok2vec_claims51", ROOT / "workflow/scripts/tok2vec_claims51.py")
t2v = importlib.util.module_from_spec(spec)
spec.loader.exec_module(t2v)


@pytest.fixture(scope="module")
def lex():
    return load_lexicon(ROOT / "config/claims_lexicon.yaml")


@pytest.fixture
def cue_of(parse, registry, lex):
    """body -> (place, time, the rules' type) of its last claim's type cue."""

    def _cue(body: str) -> tuple[str, str, str]:
        article = parse("A headline that is never a claim\n\n" + body, "0123456789abcdef")
        mentions, _ = link_articles([article], registry, 90.0)
        claims, _ = extract_claims([article], mentions, lex)
        c = claims[-1]
        index = index_article(article, mentions, claims)
        tokens = span_tokens(index, c.start, c.end)
        root = unit_root(tokens)
        prop = content_root(tokens, root, None, lex) or root
        cue = span_tokens(index, c.type_cue_start, c.type_cue_end)
        words = [t for t in cue if t.pos not in t2v.NOT_WORDS]
        f = t2v.cue_place_features(c, tokens, cue, prop)
        assert f[f"cp:place={t2v.cue_place(words[0], prop, {t.i for t in tokens})}|{c.claim_type}"] == 1.0
        return t2v.cue_place(words[0], prop, {t.i for t in tokens}), t2v.cue_time(words[0]), c.claim_type

    return _cue


def test_a_future_modal_on_the_root_is_on_it_and_now(cue_of):
    assert cue_of("The government will raise taxes next year.") == ("on-root", "now", "prediction")


def test_a_future_in_a_relative_clause_is_placed_there(cue_of):
    # an existential's relative clause (claims52's `describing` leaves the description of a subject, 'Amor, who will
    # captain England ..., was delighted', to the main clause, so the rules' cue is no longer there)
    place, when, _ = cue_of("There are people who will want the new device.")
    assert place == "sub:relcl" and when == "now"


def test_a_future_phrase_over_a_perfect(cue_of):
    _, when, kind = cue_of("Slower consumer spending is likely to have convinced the bank.")
    assert when == "perfect" and kind == "assessment"  # claims52: `inferred_past`, a hedged judgement of what was


def test_a_future_phrase_told_in_the_past(cue_of):
    _, when, _ = cue_of("The minister was bound to get the answer he wanted.")
    assert when == "past"


def test_tok2vec_rows_are_the_models_tensor_at_the_parse_tokens(parse, nlp):
    article = parse("A headline\n\nThe bank's chief said it’s $32m. However, rates held.", "0123456789abcdef")
    vecs, missed = t2v.token_vectors(nlp, [article])
    rows = vecs[article.article_id]
    assert missed == 0 and rows.shape == (len(article.tokens), t2v.WIDTH)
    doc = nlp(parser_text(article.text))  # the apostrophe of "it’s" read straight, as the parse reads it
    at = {t.idx: t.i for t in doc}
    said = next(t for t in article.tokens if t.text == "said")
    assert np.allclose(rows[said.i], doc.tensor[at[said.start]], atol=1e-5)
    again, _ = t2v.token_vectors(nlp, [article])
    assert np.array_equal(again[article.article_id], rows)


def test_variant_names():
    assert t2v.parse_variant("base") == ([], 0.0, False)
    assert t2v.parse_variant("U@0.2") == (["U"], 0.2, False)
    assert t2v.parse_variant("U+R@0.05") == (["U", "R"], 0.05, False)
    assert t2v.parse_variant("cp") == ([], 0.1, True)
    numbers = {"U": np.array([1.0, 0.0, -2.0]), "R": np.array([0.5])}
    assert t2v.dense_features(numbers, ["U"], 0.1) == {"t2vU:000": 0.1, "t2vU:002": -0.2}


def test_paired_bootstrap_counts_gains_and_losses():
    a = pd.DataFrame(
        {
            "claim_id": ["1", "2", "3", "4"],
            "group": ["x", "x", "y", "z"],
            "source": ["silver"] * 4,
            "label": ["event", "event", "assessment", "event"],
            "pred": ["event", "assessment", "event", "event"],
        }
    )
    b = a.assign(pred=["event", "event", "assessment", "assessment"])
    out = t2v.bootstrap(a, b, n=200)
    assert out["rows"] == 4 and out["gained"] == 2 and out["lost"] == 1 and out["diff"] == 0.25
