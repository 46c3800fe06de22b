"""The actors lexicon file: every key required, none unknown, no duplicates, known actor types."""

from __future__ import annotations

from pathlib import Path

import pytest
from narrative_pipeline.actors.lexicon import ActorsLexicon, load_actors_lexicon
from narrative_pipeline.lexicon import LexiconError
from yaml_variants import variant

SHIPPED = Path(__file__).resolve().parents[2] / "config/actors_lexicon.yaml"


def test_shipped_lexicon_loads_every_key():
    lex = load_actors_lexicon(SHIPPED)
    assert all(getattr(lex, key) for key in ActorsLexicon.model_fields)
    assert list(lex.org_type_words) == ["party", "media", "armed_group", "government", "company", "organisation"]


def test_a_missing_key_fails_naming_it(tmp_path):
    with pytest.raises(LexiconError, match=r"key 'titles': Field required"):
        load_actors_lexicon(variant(SHIPPED, tmp_path, lambda d: d.pop("titles")))


def test_a_duplicate_fails_naming_it(tmp_path):
    with pytest.raises(LexiconError, match=r"key 'org_type_words.media': duplicate entries: news"):
        load_actors_lexicon(variant(SHIPPED, tmp_path, lambda d: d["org_type_words"]["media"].append("News")))


def test_an_unknown_actor_type_fails(tmp_path):
    with pytest.raises(LexiconError, match=r"key 'org_type_words.club"):
        load_actors_lexicon(variant(SHIPPED, tmp_path, lambda d: d["org_type_words"].update(club=["fc"])))
