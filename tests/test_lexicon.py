"""Lexicon files: validated models, errors that name the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest
from narrative_pipeline.lexicon import LexiconError, LexiconModel, Phrases, Words, load_model
from pydantic import ValidationError


class Small(LexiconModel):
    verbs: Words
    phrases: Phrases


def load(tmp_path, text: str):
    path = tmp_path / "small.yaml"
    path.write_text(text, encoding="utf-8")
    return load_model(path, Small)


def test_words_are_lower_case_sets_and_phrases_longest_first(tmp_path):
    lex = load(tmp_path, "verbs: [Say, tell]\nphrases: [it is, it is said]\n")
    assert lex.verbs == frozenset({"say", "tell"})
    assert lex.phrases == (("it", "is", "said"), ("it", "is"))


@pytest.mark.parametrize(
    "text,message",
    [
        ("verbs: [say]\n", "key 'phrases': Field required"),
        ("verbs: [say]\nphrases: []\nverb: [tell]\n", "key 'verb': Extra inputs are not permitted"),
        ("verbs: [say, tell, Say]\nphrases: []\n", "key 'verbs': duplicate entries: say"),
        ("verbs: [say]\nphrases: [it is, it  is]\n", "key 'phrases': duplicate entries: it is"),
        ("verbs: [say, '']\nphrases: []\n", "key 'verbs': entries must be non-empty strings"),
        ("verbs: [on]\nphrases: []\n", "key 'verbs': entries must be non-empty strings, got True"),
        ("verbs: say\nphrases: []\n", "key 'verbs': must be a list"),
        ("- say\n", "must be a mapping"),
        ("verbs: [say\n", "not valid YAML"),
    ],
)
def test_malformed_files_fail_naming_file_and_key(tmp_path, text, message):
    with pytest.raises(LexiconError) as err:
        load(tmp_path, text)
    assert str(err.value).startswith(str(tmp_path / "small.yaml")) and message in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(LexiconError, match="cannot be read"):
        load_model(tmp_path / "none.yaml", Small)


def test_models_are_immutable(tmp_path):
    lex = load(tmp_path, "verbs: [say]\nphrases: []\n")
    with pytest.raises(ValidationError):
        lex.verbs = frozenset()


@pytest.mark.parametrize("name", ["actors_lexicon.yaml", "claims_lexicon.yaml", "plover_lexicon.yaml", "actors.yaml"])
def test_safe_load_reads_the_same_data_as_yaml_safe_load(name):
    import yaml
    from narrative_pipeline.lexicon import safe_load

    text = (Path(__file__).resolve().parents[1] / "config" / name).read_text(encoding="utf-8")
    assert safe_load(text) == yaml.safe_load(text)
    with pytest.raises(yaml.YAMLError):
        safe_load("verbs: [say\n")
