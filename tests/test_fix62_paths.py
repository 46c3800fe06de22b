"""fix62 (review59 finding 11): paths inside artifacts are never absolute (ARTIFACTS.md). A path setting given absolute
(`input_dir`, `results`, the registry, lexicons, classifier) is recorded relative to the project root, the folder the run
starts in: as the relative spelling would be when it lies under it, with `..` steps and a warning at start naming the
key when it does not. Recorded so in the RO-Crate, the manifest's configuration hash and the changes state (and so
in changes.json)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from narrative_pipeline.cli import main
from narrative_pipeline.configchanges import diff_config
from narrative_pipeline.settings import (
    PATH_SETTINGS,
    PipelineConfig,
    outside_root_warnings,
    recorded_path,
    recorded_settings,
)
from test_manifest import results_folder

ROOT = Path(__file__).resolve().parents[1]


# --- one path ---


def test_an_absolute_path_under_the_root_is_recorded_as_its_relative_spelling(tmp_path):
    assert recorded_path(str(tmp_path / "seeds"), tmp_path) == "seeds"
    assert recorded_path(str(tmp_path / "config" / "actors.yaml"), tmp_path) == "config/actors.yaml"
    assert recorded_path(str(tmp_path / "a" / ".." / "seeds"), tmp_path) == "seeds"  # spelt with steps
    assert recorded_path(str(tmp_path), tmp_path) == "."


def test_an_absolute_path_outside_the_root_is_recorded_with_steps_up(tmp_path):
    root = tmp_path / "work" / "main"
    assert recorded_path(str(tmp_path / "work" / "shared" / "corpora" / "bbc-news"), root) == (
        "../shared/corpora/bbc-news"
    )
    assert recorded_path(str(tmp_path / "runs" / "m62-bbc"), root) == "../../runs/m62-bbc"
    # near case: a sibling whose name begins with the root's is outside it, not under it
    assert recorded_path(str(tmp_path / "work" / "main2" / "x"), root) == "../main2/x"


def test_a_relative_path_is_recorded_as_given(tmp_path):
    for given in ("seeds", "results", "../shared/corpora/bbc-news", "./seeds", "config/actors.yaml"):
        assert recorded_path(given, tmp_path) == given


def test_a_path_through_a_symbolic_link_to_the_root_is_under_it(tmp_path):
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    link = tmp_path / "link"
    link.symlink_to(root, target_is_directory=True)
    assert recorded_path(str(link / "seeds"), root) == "seeds"
    # near case: a folder outside, reached through no link, keeps its steps up
    (tmp_path / "other").mkdir()
    assert recorded_path(str(tmp_path / "other"), root) == "../other"


# --- the configuration ---


def test_every_path_setting_is_recorded_and_no_other():
    fields = PipelineConfig.model_fields
    paths = {
        k
        for k, f in fields.items()
        if isinstance(f.default, str) and ("/" in f.default or k in {"input_dir", "results"})
    }
    assert set(PATH_SETTINGS) == paths
    settings = PipelineConfig(input_dir="/elsewhere/in", results="/elsewhere/out").model_dump(mode="json")
    recorded = recorded_settings(settings, Path("/project"))
    assert recorded["input_dir"] == "../elsewhere/in" and recorded["results"] == "../elsewhere/out"
    assert {k: v for k, v in recorded.items() if k not in {"input_dir", "results"}} == {
        k: v for k, v in settings.items() if k not in {"input_dir", "results"}
    }
    # the default configuration (every path relative) is recorded unchanged: a seed run's bytes stay the same
    defaults = PipelineConfig().model_dump(mode="json")
    assert recorded_settings(defaults, Path("/project")) == defaults


def test_a_warning_names_each_path_setting_outside_the_root_and_no_other(tmp_path):
    root = tmp_path / "project"
    settings = PipelineConfig(
        input_dir=str(tmp_path / "corpus"), results=str(root / "results"), claims_lexicon="../lexicons/claims.yaml"
    ).model_dump(mode="json")
    warnings = outside_root_warnings(settings, root)
    assert len(warnings) == 2
    assert warnings[0].startswith(f"warning: input_dir {str(tmp_path / 'corpus')!r} lies outside the project root")
    assert "'../corpus'" in warnings[0]
    assert warnings[1].startswith("warning: claims_lexicon '../lexicons/claims.yaml' lies outside")
    # near case: everything under the root, given absolute or relative: no warning
    inside = PipelineConfig(input_dir=str(root / "seeds"), results="results").model_dump(mode="json")
    assert outside_root_warnings(inside, root) == []


# --- the artifacts a publish writes ---


def _absolute(text: str, *folders: Path) -> list[str]:
    return [str(f) for f in folders if str(f) in text]


@pytest.mark.parametrize("where", ["inside", "outside"])
def test_the_crate_the_configuration_hash_and_the_changes_state_hold_no_absolute_path(tmp_path, monkeypatch, where):
    project = tmp_path / "project"
    shutil.copytree(ROOT / "config", project / "config")
    (project / "seeds").mkdir()
    corpus = project / "seeds" if where == "inside" else tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    results = results_folder(project / "results" if where == "inside" else tmp_path / "runs" / "r1")
    monkeypatch.chdir(project)
    absolute = {"input_dir": str(corpus), "results": str(results)}
    absolute |= {k: str(project / PipelineConfig.model_fields[k].default) for k in PATH_SETTINGS[2:]}
    relative = {k: recorded_path(v, project) for k, v in absolute.items()}
    expected = (
        {"input_dir": "seeds", "results": "results"}
        if where == "inside"
        else {"input_dir": "../corpus", "results": "../runs/r1"}
    )
    assert {k: relative[k] for k in expected} == expected

    def published(settings: dict) -> tuple[dict, dict, dict]:
        text = json.dumps(settings)
        assert (
            main(["manifest", "--results", str(results), "--settings", text, "--out", str(results / "manifest.json")])
            == 0
        )
        manifest = json.loads((results / "manifest.json").read_text(encoding="utf-8"))
        crate_path = results / "ro-crate-metadata.json"
        assert main(["rocrate", "--results", str(results), "--settings", text, "--out", str(crate_path)]) == 0
        assert (
            main(["changes", "--results", str(results), "--out", str(results / "changes.json"), "--settings", text])
            == 0
        )
        state = json.loads((results / "changes" / "state.json").read_text(encoding="utf-8"))
        return manifest, json.loads(crate_path.read_text(encoding="utf-8")), state

    manifest, crate, state = published(absolute)
    folders = (project, tmp_path)
    for name in ("manifest.json", "ro-crate-metadata.json", "changes.json", "changes/state.json"):
        assert _absolute((results / name).read_text(encoding="utf-8"), *folders) == [], name
    params = {e["name"]: e["value"] for e in crate["@graph"] if e["@id"].startswith("#param/")}
    assert {k: params[k] for k in absolute} == relative
    assert "#config/config/actors.yaml" in {e["@id"] for e in crate["@graph"]}
    assert {k: state["settings"]["values"][k] for k in absolute} == relative
    # the same configuration spelt relative: the same configuration hash, crate and state values, and no change named
    manifest2, crate2, state2 = published(relative)
    assert manifest2["config_hash"] == manifest["config_hash"]
    assert [e for e in crate2["@graph"] if e["@id"].startswith("#param/")] == [
        e for e in crate["@graph"] if e["@id"].startswith("#param/")
    ]
    assert state2["settings"]["values"] == state["settings"]["values"]
    changes = json.loads((results / "changes.json").read_text(encoding="utf-8"))
    assert changes["config"]["settings"]["n"] == 0 and "config_hash" not in changes.get("provenance", {})


def test_a_state_kept_with_absolute_paths_names_no_change_and_no_absolute_path(tmp_path, monkeypatch):
    """A results folder a run before fix62 filled keeps its paths as given: compared as recorded now."""
    monkeypatch.chdir(tmp_path)
    old = {
        "values": {"input_dir": str(tmp_path.parent / "corpus"), "results": str(tmp_path / "results"), "n_shards": 8}
    }
    new = {"values": {"input_dir": "../corpus", "results": "results", "n_shards": 8}}
    assert diff_config(old, new, tmp_path)["settings"]["n"] == 0
    # near case: a folder that did change is named, both values relative
    moved = {"values": {**new["values"], "input_dir": "../other"}}
    found = diff_config(old, moved, tmp_path)["settings"]
    assert found["items"] == [{"key": "input_dir", "before": "../corpus", "after": "../other"}]


def test_the_workflow_warns_at_start_of_an_input_dir_outside_the_project(tmp_path):
    """A dry run (`-n`) in a copy of the project: the warning names the key, once; none for a folder inside."""
    from workflow_helpers import copy_project, snakemake

    project = copy_project(tmp_path / "project")
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", corpus)
    outside = snakemake(project, "-n", "--config", f"input_dir={corpus}")
    assert outside.stderr.count("warning: input_dir") == 1, outside.stderr[-3000:]
    assert f"record it as {os.path.join('..', 'corpus')!r}" in outside.stderr
    inside = snakemake(project, "-n", "--config", f"input_dir={project / 'seeds'}")
    assert "lies outside the project root" not in inside.stderr
