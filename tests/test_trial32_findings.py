"""trial32: what a researcher's first week with the pipeline found (docs/trial32.md), one test per fix."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from narrative_pipeline.cli import main
from narrative_pipeline.discovery import Entry, discover, plan_shards, shard_membership
from narrative_pipeline.hashing import canonical_json_hash
from narrative_pipeline.schemas import config_problems
from narrative_pipeline.settings import PipelineConfig
from report_fixtures import make_results
from workflow_helpers import artifact_bytes, copy_project, snakemake, snakemake_cmd, snakemake_env

STORY = "Port reopens\n\nThe river port of Velmora reopened on Tuesday after three weeks, the harbour authority said.\n"
OTHER = "Mill closes\n\nThe paper mill of Orsk closed on Friday after ninety years, the owners said on Friday.\n"


def entry(entries: list[Entry], rel_path: str) -> Entry:
    return next(e for e in entries if e.rel_path == rel_path)


def membership_of(entries: list[Entry], rel_path: str) -> str:
    """The membership digest of the shard `rel_path` falls in (as the Snakefile computes it)."""
    shards = plan_shards(entries, 8)
    shard = next(k for k, members in shards.items() if any(e.rel_path == rel_path for e in members))
    return canonical_json_hash(shard_membership(shards[shard]))


def test_a_sidecar_entry_names_the_text_it_describes(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"outlet": "One"}', encoding="utf-8")
    (tmp_path / "orphan.meta.json").write_text('{"outlet": "One"}', encoding="utf-8")
    (tmp_path / "page.html").write_text("<html><body><p>x</p></body></html>", encoding="utf-8")
    found = discover(tmp_path)
    assert entry(found, "a.meta.json").companions == (("a.txt", "present"),)
    assert entry(found, "orphan.meta.json").companions == ()  # the near case: no text beside it
    assert entry(found, "page.html").companions == ()


def test_removing_a_text_changes_its_sidecars_shard_membership(tmp_path):
    """The sidecar's row says "applied to that article" or "which does not exist": its shard must re-run when
    the text comes or goes, although the sidecar's bytes stay the same."""
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"outlet": "One"}', encoding="utf-8")
    before = membership_of(discover(tmp_path), "a.meta.json")
    (tmp_path / "a.txt").unlink()
    assert membership_of(discover(tmp_path), "a.meta.json") != before


def test_editing_a_sidecar_changes_its_texts_shard_membership(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text('{"outlet": "One"}', encoding="utf-8")
    before = membership_of(discover(tmp_path), "a.txt")
    (tmp_path / "a.meta.json").write_text('{"outlet": "Two"}', encoding="utf-8")
    assert membership_of(discover(tmp_path), "a.txt") != before
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")  # the near case: a text without a sidecar
    alone = membership_of(discover(tmp_path), "b.txt")
    (tmp_path / "b.txt").touch()
    assert membership_of(discover(tmp_path), "b.txt") == alone


def test_the_rocrate_is_the_same_whatever_the_folder_held_before(tmp_path):
    """changes.json depends on the folder's previous run: the crate names it without its digest, so that it
    does not differ from a run from scratch's crate (it listed changes.json's sha256 and size)."""
    results = make_results(tmp_path / "results")
    (results / "manifest.json").write_text(
        json.dumps({"code_version": "0", "code_digest": "d", "config_hash": "c", "registry_hash": "r"})
    )
    crates = []
    for changes in ('{"first_run": true}', '{"first_run": false, "files": {}}'):
        (results / "changes.json").write_text(changes)
        out = tmp_path / "crate.json"
        assert main(["rocrate", "--results", str(results), "--out", str(out), "changes.json", "manifest.json"]) == 0
        crates.append(out.read_bytes())
    assert crates[0] == crates[1]
    by_id = {e["@id"]: e for e in json.loads(crates[0])["@graph"]}
    assert "sha256" not in by_id["changes.json"] and "sha256" in by_id["manifest.json"]  # the near case


def test_a_config_problem_is_one_short_line_naming_the_key():
    assert config_problems(PipelineConfig().model_dump(mode="json")) == []  # the near case: the defaults
    problems = config_problems({"input_dri": "corpus", "n_shards": "abc"})
    assert problems == [
        "config keys: Additional properties are not allowed ('input_dri' was unexpected)",
        "config n_shards: 'abc' is not of type 'integer'",
    ]


@pytest.mark.slow
def test_a_mistyped_config_key_stops_the_workflow_with_a_short_message(tmp_path):
    """Snakemake's own check printed the problem and then the whole schema and config (833 lines), so the
    end of the output, what a terminal shows, was the config's last keys."""
    project = copy_project(tmp_path / "project")
    cmd = snakemake_cmd("-n", "--cores", "1", "--config", f"input_dri={tmp_path}")
    result = subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=snakemake_env())
    assert result.returncode != 0
    out = (result.stdout + result.stderr).strip().splitlines()
    assert len(out) < 20 and any("'input_dri' was unexpected" in line for line in out), "\n".join(out[-20:])


def _sidecar(url: str, outlet: str) -> str:
    return json.dumps({"url": url, "outlet": outlet})


def _apart(folder: Path) -> str:
    """A URL that puts `a.txt` in a shard of its own, away from its sidecar before and after the sidecar's
    edit and from `b.txt` and `b.meta.json`: then only the membership can re-run its shard."""
    for n in range(200):
        url = f"https://example.org/news/port-{n}"
        shards = []
        for outlet in ("One", "Two"):
            (folder / "a.meta.json").write_text(_sidecar(url, outlet), encoding="utf-8")
            plan = plan_shards(discover(folder), 8)
            shards.append({e.rel_path: k for k, members in plan.items() for e in members})
        text = shards[0]["a.txt"]
        others = {s[p] for s in shards for p in ("a.meta.json", "b.txt", "b.meta.json")}
        if text not in others and shards[0]["b.txt"] != shards[0]["b.meta.json"]:
            return url
    raise AssertionError("no URL keeps the shards apart")


@pytest.mark.slow
def test_an_edited_sidecar_and_a_removed_text_reach_the_rows_of_the_next_run(tmp_path):
    """A researcher edits a sidecar and removes a text from a finished run's folder: the next run must give the
    artifacts a run from scratch gives. Before trial32 the text's row kept the old sidecar's outlet and the
    removed text's sidecar still said "applied to that article", since neither shard's membership changed; and
    the validation report named the removed text's document as left over, so it, the manifest, the report and
    the RO-Crate differed from a run from scratch's."""
    inputs = tmp_path / "input"
    inputs.mkdir()
    (inputs / "a.txt").write_text(STORY, encoding="utf-8")
    (inputs / "b.txt").write_text(OTHER, encoding="utf-8")
    (inputs / "b.meta.json").write_text(_sidecar("https://example.org/news/mill", "Orsk Post"), encoding="utf-8")
    url = _apart(inputs)
    (inputs / "a.meta.json").write_text(_sidecar(url, "One"), encoding="utf-8")
    project = copy_project(tmp_path / "project")
    snakemake(project, "--config", f"input_dir={inputs}")
    (inputs / "a.meta.json").write_text(_sidecar(url, "Two"), encoding="utf-8")
    (inputs / "b.txt").unlink()
    snakemake(project, "--config", f"input_dir={inputs}")
    rows = {r["source_path"]: r for r in pq.read_table(project / "results/ingest/articles.parquet").to_pylist()}
    assert rows["a.txt"]["outlet"] == "Two"
    assert rows["b.meta.json"]["error"] == "sidecar of b.txt, which does not exist"
    fresh = copy_project(tmp_path / "fresh")
    snakemake(fresh, "--config", f"input_dir={inputs}")
    assert _reproducible(project / "results") == _reproducible(fresh / "results")


def _reproducible(results: Path) -> dict[str, bytes]:
    """What a run in an empty folder must reproduce: every artifact but what records the folder's history
    (`changes.json` and its state) and the caches."""
    return {rel: data for rel, data in artifact_bytes(results).items() if not rel.startswith(("changes", ".cache/"))}
