"""The claims lexicon file: every key required, none unknown, no duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest
from narrative_pipeline.claims.lexicon import Lexicon, load_lexicon
from narrative_pipeline.lexicon import LexiconError
from yaml_variants import variant

SHIPPED = Path(__file__).resolve().parents[2] / "config/claims_lexicon.yaml"


def test_shipped_lexicon_loads_every_key():
    lex = load_lexicon(SHIPPED)
    assert "say" in lex.reporting_verbs and ("it", "is", "reported") in lex.unnamed_phrases
    assert all(getattr(lex, key) for key in Lexicon.model_fields)


def test_a_missing_key_fails_naming_it(tmp_path):
    path = variant(SHIPPED, tmp_path, lambda d: d.pop("source_nouns"))
    with pytest.raises(LexiconError, match=r"lexicon.yaml: key 'source_nouns': Field required"):
        load_lexicon(path)


def test_a_misspelt_key_fails_naming_it(tmp_path):
    path = variant(SHIPPED, tmp_path, lambda d: d.update(hedge_word=d.pop("hedge_words")))
    with pytest.raises(LexiconError) as err:
        load_lexicon(path)
    assert "key 'hedge_words': Field required" in str(err.value) and "key 'hedge_word': Extra inputs" in str(err.value)


def test_a_duplicate_fails_naming_it(tmp_path):
    path = variant(SHIPPED, tmp_path, lambda d: d["reporting_verbs"].append("Say"))
    with pytest.raises(LexiconError, match=r"key 'reporting_verbs': duplicate entries: say"):
        load_lexicon(path)
