"""The PLOVER lexicon: the shipped file loads, covers all 16 categories, and malformed files fail
with the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest
from narrative_pipeline.narratives.lexicon import CATEGORIES, LexiconError, load_lexicon
from yaml_variants import variant

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "config/plover_lexicon.yaml"


def test_shipped_lexicon_covers_the_sixteen_categories():
    lex = load_lexicon(LEXICON)
    assert len(CATEGORIES) == 16
    assert set(lex.quad) == set(CATEGORIES)
    assert lex.quad["ASSAULT"] == "material_conflict" and lex.quad["CONSULT"] == "verbal_cooperation"
    assert lex.verbs["attack"] == "ASSAULT" and lex.particles[("call", "on")] == "REQUEST"
    assert (
        lex.verb_objects[("impose", "sanction")] == "SANCTION" and lex.noun_pairs[("joint", "exercise")] == "COOPERATE"
    )
    assert lex.verb_objects[("lift", "trade ban")] == "RETREAT"  # a verb with a modified object
    assert lex.leaving.category == "SANCTION" and "talks" in lex.leaving["relation_nouns"]
    assert lex.deals.category == "COOPERATE" and "company" in lex.deals["party_types"]
    assert lex.military.category == "MOBILIZE" and "frigate" in lex.military["nouns"]
    assert "fine" in lex.verb_words and "journalist" in lex.described_nouns


@pytest.mark.parametrize(
    ("change", "key", "message"),
    [
        (lambda d: d.update(colour="blue"), "colour", "unknown key"),
        (lambda d: d["categories"].update(DEMAND={"quad": "verbal_conflict"}), "categories.DEMAND", "unknown category"),
        (lambda d: d["categories"].pop("AID"), "categories", "missing categories"),
        (lambda d: d["categories"]["AID"].update(quad="material"), "categories.AID.quad", "must be one of"),
        (lambda d: d["categories"]["AID"].update(adverbs=["kindly"]), "categories.AID.adverbs", "unknown key"),
        (
            lambda d: d["categories"]["AID"]["verbs"].append("attack"),
            "categories.ASSAULT.verbs",
            "already a cue of AID",
        ),
        (lambda d: d["categories"]["AID"]["verbs"].append("donate"), "categories.AID.verbs", "listed twice"),
        (lambda d: d["categories"]["AID"]["verb_objects"].append("send"), "categories.AID.verb_objects", "2 or 3 word"),
        (lambda d: d.pop("light_verbs"), "light_verbs", "missing key"),
        (lambda d: d.update(mutual_categories=["TRADE"]), "mutual_categories", "unknown category"),
        (lambda d: d["leaving"].pop("relation_nouns"), "leaving.relation_nouns", "missing key"),
        (lambda d: d["deals"].update(party_types=["firm"]), "deals.party_types", "unknown actor type"),
        (lambda d: d["military"].update(category="WAR"), "military.category", "must be one of"),
        (lambda d: d["military"].update(units=["tank"]), "military.units", "unknown key"),
        (lambda d: d.update(demonym_types=["nation"]), "demonym_types", "unknown actor type"),
        (lambda d: d["categories"]["AID"].update(nouns="aid"), "categories.AID.nouns", "list of non-empty strings"),
        (lambda d: d.update(content_categories=["PERSUADE"]), "content_categories", "unknown category"),
        (lambda d: d["light_verbs"].append("hold"), "light_verbs", "listed twice"),
        (lambda d: d.update(version=2), "version", "must be 1"),
    ],
)
def test_malformed_lexicon_fails_with_file_and_key(tmp_path, change, key, message):
    path = variant(LEXICON, tmp_path, change)
    with pytest.raises(LexiconError) as info:
        load_lexicon(path)
    assert str(info.value).startswith(f"{path}: {key}:"), str(info.value)
    assert message in str(info.value)


def test_yaml_syntax_error_names_the_file(tmp_path):
    path = tmp_path / "lexicon.yaml"
    path.write_text("categories: [unclosed\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=str(path)):
        load_lexicon(path)
