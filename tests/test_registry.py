from __future__ import annotations

from pathlib import Path

import pytest
from narrative_pipeline.registry import (
    RegistryError,
    load_entries,
    load_registry,
    load_registry_hashed,
    registry_files,
    registry_hash,
)
from narrative_pipeline.registry_build import build_states, plural_demonym, render_states

ROOT = Path(__file__).resolve().parents[1]


def test_shipped_registry_loads_with_states_and_key_actors():
    registry = load_registry(ROOT / "config/actors.yaml")
    states = [e for e in registry.entries.values() if e.type == "state"]
    assert len(states) >= 240
    for actor_id in [
        "un",
        "eu",
        "nato",
        "african_union",
        "arab_league",
        "opec",
        "icc",
        "iaea",
        "gna",
        "lna",
        "khalifa_haftar",
        "fayez_al_sarraj",
        "wagner_group",
        "syrian_government",
        "bashar_al_assad",
        "southern_front",
        "vladimir_putin",
        "recep_tayyip_erdogan",
    ]:
        assert actor_id in registry.entries, actor_id
    turkey = registry.entry("state_tur")
    assert turkey.country_iso3 == "TUR" and "Turkish" in turkey.demonyms and "Ankara" in turkey.metonyms


def test_generated_states_file_is_in_sync():
    fresh = render_states(build_states(ROOT / "config/states_overlay.yaml"))
    assert (ROOT / "config/actors_states.yaml").read_text(encoding="utf-8") == fresh, (
        "run: narrative-pipeline build-registry"
    )


def test_shared_demonym_goes_to_the_most_populous_state():
    registry = load_registry(ROOT / "config/actors.yaml")
    assert [s.actor_id for s in registry.surfaces["French"]] == ["state_fra"]


def test_plural_demonyms():
    assert plural_demonym("Russian") == "Russians"
    assert plural_demonym("British") is None and plural_demonym("Chinese") is None


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "actors.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_malformed_entry_names_entry_and_field(tmp_path):
    path = write(
        tmp_path,
        "version: 1\nactors:\n  - {id: ok_one, name: A, type: person}\n  - {id: bad_one, name: B, type: warlord}\n",
    )
    with pytest.raises(RegistryError) as err:
        load_entries(path)
    message = str(err.value)
    assert "entry 1 (bad_one)" in message and "'type'" in message


def test_unknown_relation_target_fails(tmp_path):
    path = write(
        tmp_path, "actors:\n  - {id: a, name: A, type: person, relations: [{type: leader_of, target: nobody}]}\n"
    )
    with pytest.raises(RegistryError, match="target 'nobody'"):
        load_entries(path)


def test_duplicate_id_fails(tmp_path):
    path = write(tmp_path, "actors:\n  - {id: a, name: A, type: person}\n  - {id: a, name: B, type: person}\n")
    with pytest.raises(RegistryError, match="duplicate"):
        load_entries(path)


def test_yaml_is_loaded_safely(tmp_path):
    path = write(tmp_path, "actors: !!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(RegistryError):
        load_entries(path)


def test_includes_and_hash(tmp_path):
    (tmp_path / "more.yaml").write_text("actors:\n  - {id: b, name: B, type: group}\n")
    path = write(tmp_path, "include: [more.yaml]\nactors:\n  - {id: a, name: A, type: person}\n")
    assert [p.name for p in registry_files(path)] == ["actors.yaml", "more.yaml"]
    before = registry_hash(path)
    (tmp_path / "more.yaml").write_text("actors:\n  - {id: b, name: Bee, type: group}\n")
    assert registry_hash(path) != before
    assert {e.id for e in load_entries(path)} == {"a", "b"}


def test_registry_and_hash_from_one_read(tmp_path):
    # the actors step reads the files once for both: the same registry and hash as the two calls
    (tmp_path / "more.yaml").write_text("actors:\n  - {id: b, name: Bee, type: group, aliases: [BG]}\n")
    path = write(tmp_path, "include: [more.yaml]\nactors:\n  - {id: a, name: Ann Smith, type: person}\n")
    registry, digest = load_registry_hashed(path)
    assert digest == registry_hash(path)
    assert registry.entries == load_registry(path).entries
    assert [s.actor_id for s in registry.surfaces["BG"]] == ["b"]
    (tmp_path / "more.yaml").write_text("actors:\n  - {id: b, name: Bee, type: group}\n")
    assert load_registry_hashed(path)[1] != digest


def test_researcher_adds_actor_by_editing_yaml(tmp_path, parse):
    from narrative_pipeline.actors import Linker, link_article

    path = write(tmp_path, "actors:\n  - {id: zeta_front, name: Zeta Front, type: armed_group, aliases: [ZF]}\n")
    registry = load_registry(path)
    article = parse("H\n\nThe ZF attacked the base.")
    assert any(c.actor_id == "zeta_front" for c in link_article(article, Linker.build(registry, 90)))


def test_descriptor_anchors_are_the_leaders_and_the_governed_state(tmp_path):
    path = write(
        tmp_path,
        "actors:\n"
        "  - {id: rebels, name: Rebels, type: armed_group, descriptors: [rebels]}\n"
        "  - {id: boss, name: Big Boss, type: person, relations: [{type: leader_of, target: rebels}]}\n"
        "  - {id: gov, name: Gov, type: government, relations: [{type: government_of, target: land}, {type: led_by, target: chief}]}\n"
        "  - {id: land, name: Land, type: state}\n"
        "  - {id: chief, name: Chief, type: person}\n"
        "  - {id: ally, name: Ally, type: state, relations: [{type: allied_with, target: land}]}\n",
    )
    anchors = load_registry(path).descriptor_anchors
    assert anchors == {"rebels": {"boss"}, "gov": {"land", "chief"}}


def test_fold_gives_ascii_text_back_and_folds_the_rest():
    import unicodedata

    from narrative_pipeline.registry import fold

    def slow(text: str) -> str:
        text = text.replace("’", "'").replace("‘", "'")
        return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))

    for text in ("Recep Tayyip Erdogan", "O'Neill", "", "a\tb ~`!@#$%^&*()_+{}|:<>?", "Erdoğan", "O’Neill", "ﬁre"):
        assert fold(text) == slow(text)
    assert fold("Erdoğan") == "Erdogan" and fold("O’Neill") == "O'Neill"


def test_an_organisations_first_word_options_are_those_a_ratio_finds_one_by_one():
    from narrative_pipeline.actors.resolution import FIRST_WORD_RATIO, FuzzyIndex
    from rapidfuzz import fuzz

    index = FuzzyIndex(load_registry(ROOT / "config/actors.yaml"))
    options, words = index.choices["other"], index.first_words["other"]
    for first in ("federal", "centrl", "agence", "european", "unitd", "al", "the", "zzz"):
        expected = [o for o, w in zip(options, words, strict=True) if fuzz.ratio(w, first) >= FIRST_WORD_RATIO]
        assert index._first_word_alike("other", first) == (expected, [o[0] for o in expected])
    assert index._first_word_alike("other", "federal")[0]  # some options do match
