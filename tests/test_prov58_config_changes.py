"""prov58 (review57 5): changes.json names the configuration keys that changed, and each changed configuration file's
keys (registry, offices, lexicons), with their values before and after, not only `config_hash` before and after."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from narrative_pipeline import changes
from narrative_pipeline.cli import main
from narrative_pipeline.configchanges import KEPT, changed_keys, config_files, diff_config, snapshot
from report_fixtures import make_results

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = {"code_version": "1.0", "code_digest": "abc", "config_hash": "c1", "components": {"claims": "v1"}}


@pytest.fixture()
def results(tmp_path) -> Path:
    out = make_results(tmp_path / "results")
    (out / "manifest.json").write_text(json.dumps(MANIFEST), encoding="utf-8")
    return out


@pytest.fixture()
def config(tmp_path) -> Path:
    """A copy of the project's registry (with its included files) and lexicons, to edit."""
    folder = tmp_path / "config"
    folder.mkdir()
    for name in ("actors.yaml", "actors_states.yaml", "actors_offices.yaml", "actors_lexicon.yaml",
                 "claims_lexicon.yaml", "plover_lexicon.yaml"):  # fmt: skip
        shutil.copy(ROOT / "config" / name, folder / name)
    return folder


def _settings(config: Path, **values) -> str:
    names = {"actor_registry": "actors.yaml", "actors_lexicon": "actors_lexicon.yaml"}
    names |= {"claims_lexicon": "claims_lexicon.yaml", "plover_lexicon": "plover_lexicon.yaml"}
    return json.dumps({key: str(config / name) for key, name in names.items()} | values)


def _changes(results: Path, settings: str | None) -> dict:
    out = results / "changes.json"
    args = ["changes", "--results", str(results), "--out", str(out)]
    assert main(args + (["--settings", settings] if settings else [])) == 0
    return json.loads(out.read_text(encoding="utf-8"))


# --- the keys of two values ---


def test_changed_keys_name_each_key_with_its_values_before_and_after():
    old = {"a": 1, "b": {"c": "x", "gone": 2}, "same": [1, 2]}
    new = {"a": 2, "b": {"c": "y", "new": 3}, "same": [1, 2]}
    assert changed_keys(old, new) == [
        {"key": "a", "before": 1, "after": 2},
        {"key": "b.c", "before": "x", "after": "y"},
        {"key": "b.gone", "before": 2},
        {"key": "b.new", "after": 3},
    ]


def test_records_with_ids_are_matched_by_id_and_plain_lists_give_what_was_added_and_removed():
    old = {"actors": [{"id": "un", "aliases": ["UN", "U.N."]}, {"id": "eu", "name": "EU"}]}
    new = {"actors": [{"id": "eu", "name": "EU"}, {"id": "un", "aliases": ["UN", "UNO"]}, {"id": "nato"}]}
    assert changed_keys(old, new) == [
        {"key": "actors[nato]", "after": {"id": "nato"}},
        {"key": "actors[un].aliases", "added": ["UNO"], "removed": ["U.N."]},
    ]
    # near cases: the same records in another order; a plain list whose order alone changed; the same values
    assert changed_keys(old, {"actors": old["actors"][::-1]}) == [
        {"key": "actors (order of ids)", "before": ["un", "eu"], "after": ["eu", "un"]}
    ]
    assert changed_keys({"x": [1, 2]}, {"x": [2, 1]}) == [{"key": "x", "before": [1, 2], "after": [2, 1]}]
    assert changed_keys(old, json.loads(json.dumps(old))) == []


# --- changes.json between two runs ---


def test_a_changed_setting_is_named_with_its_values(results, config):
    """review57 5's case: fuzzy_threshold=90 gave only `config_hash` before and after."""
    assert "config" not in _changes(results, _settings(config))  # a first run
    (results / "manifest.json").write_text(json.dumps({**MANIFEST, "config_hash": "c2"}), encoding="utf-8")
    found = _changes(results, _settings(config, fuzzy_threshold=90))
    assert found["provenance"] == {"config_hash": {"before": "c1", "after": "c2"}}
    assert found["config"] == {
        "settings": {"n": 1, "items": [{"key": "fuzzy_threshold", "before": 92.0, "after": 90.0}], "truncated": False},
        "files": [],
    }
    # near case: nothing changed
    again = _changes(results, _settings(config, fuzzy_threshold=90))
    assert again["config"] == {"settings": {"n": 0, "items": [], "truncated": False}, "files": []}


def test_an_edited_office_and_lexicon_are_named_by_file_and_key(results, config):
    _changes(results, _settings(config))
    offices = config / "actors_offices.yaml"
    text = offices.read_text(encoding="utf-8")
    assert "{holder: keir_starmer, since: 2024-07-05}" in text
    offices.write_text(text.replace("{holder: keir_starmer, since: 2024-07-05}", "{holder: keir_starmer}"))
    lexicon = config / "claims_lexicon.yaml"
    text = lexicon.read_text(encoding="utf-8")
    assert text.count("\nreporting_verbs: [say,") == 1
    lexicon.write_text(text.replace("\nreporting_verbs: [say,", "\nreporting_verbs: [say, opine,"))
    found = _changes(results, _settings(config))
    assert [f["file"] for f in found["config"]["files"]] == ["actor_registry (included actors_offices.yaml)",
                                                             "claims_lexicon"]  # fmt: skip
    office, words = found["config"]["files"]
    terms = office["keys"]["items"]
    assert [e["key"] for e in terms] == ["offices[gbr_prime_minister].terms"]
    assert terms[0]["before"][-1] == {"holder": "keir_starmer", "since": "2024-07-05"}  # dates as text
    assert terms[0]["after"][-1] == {"holder": "keir_starmer"}
    assert words["keys"]["items"] == [{"key": "reporting_verbs", "added": ["opine"], "removed": []}]
    assert words["before"] != words["after"] and len(words["after"]) == 64
    assert found["config"]["settings"]["n"] == 0
    # only the copies the kept state names are left
    assert sorted(p.name for p in (results / KEPT).iterdir()) == sorted(
        d for d in json.loads((results / changes.STATE).read_text())["settings"]["files"].values() if d
    )


def test_a_state_without_the_configuration_names_no_keys(results, config):
    """A state kept before this (or changes compared without --settings): `config` null, as the earlier
    changes.json said only the hashes; and a file whose earlier copy is damaged gives its sha256s alone."""
    _changes(results, None)
    assert _changes(results, _settings(config))["config"] is None
    assert _changes(results, None)["config"] is None
    _changes(results, _settings(config))
    kept = json.loads((results / changes.STATE).read_text())["settings"]["files"]
    (results / KEPT / kept["plover_lexicon"]).write_text("damaged")
    lexicon = config / "plover_lexicon.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# an edit\n")
    [entry] = _changes(results, _settings(config))["config"]["files"]
    assert entry["file"] == "plover_lexicon" and entry["keys"] is None and entry["before"] == kept["plover_lexicon"]


def test_staged_changes_name_the_same_keys_as_compared_ones(results, config, tmp_path):
    """publish's staged path (`changes --staged`, then `staged_changes` with the run's configuration) gives the
    bytes `compare` gives, the configuration in the kept state included."""
    settings = json.loads(_settings(config))
    files = config_files(
        settings, [config / "actors.yaml", config / "actors_states.yaml", config / "actors_offices.yaml"]
    )
    changes.run(results, tmp_path / "first.json", snapshot(settings, files, results))
    changes.stage(results, tmp_path / "staged")
    moved = snapshot({**settings, "n_shards": 4}, files, results)
    made, state = changes.publish_changes(results, tmp_path / "a.json", tmp_path / "staged", config=moved)
    _, current = changes.compare(results, tmp_path / "b.json", config=moved)
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert state == changes.state_bytes(current)
    assert made["config"]["settings"]["items"] == [{"key": "n_shards", "after": 4}]


def test_diff_config_of_a_file_added_or_gone_gives_its_sha256s(tmp_path):
    before = {"values": {}, "files": {"a": "1" * 64}}
    after = {"values": {}, "files": {"b": "2" * 64}}
    assert diff_config(before, after, tmp_path)["files"] == [
        {"file": "a", "before": "1" * 64, "after": None, "keys": None},
        {"file": "b", "before": None, "after": "2" * 64, "keys": None},
    ]
