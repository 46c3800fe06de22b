"""Nothing lost, nothing silent: awkward inputs, determinism, interruption, security (end to end)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from awkward_corpus import EXPECTED, build
from workflow_helpers import artifact_bytes, copy_project, snakemake, snakemake_cmd, snakemake_env, wait_for_child

pytestmark = pytest.mark.slow


def tree_digest(folder: Path) -> dict[str, str]:
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_symlink():
            out[path.relative_to(folder).as_posix()] = "link:" + os.readlink(path)
        elif path.is_file():
            out[path.relative_to(folder).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@pytest.fixture(scope="module")
def awkward(tmp_path_factory):
    base = tmp_path_factory.mktemp("awkward")
    inputs = build(base / "input")
    before = tree_digest(base)
    project = copy_project(base / "project")
    project_before = tree_digest(project)
    # the big article (600 kB, six times max_chunk_chars) is cut into chunks and parsed in full
    snakemake(project, "--config", f"input_dir={inputs}", "n_shards=2")
    return base, inputs, project, before, project_before


def test_every_awkward_file_is_accounted_for_and_the_run_validates(awkward):
    base, inputs, project, _, _ = awkward
    results = project / "results"
    articles = {a["source_path"]: a for a in pq.read_table(results / "ingest/articles.parquet").to_pylist()}
    for path, (status, reason) in EXPECTED.items():
        assert articles[path]["status"] == status, (path, articles[path]["error"])
        if reason:
            assert reason in articles[path]["error"]
    assert any(p.startswith("bad") for p in articles)
    report = json.loads((results / "validation/report.json").read_text())
    assert report["passed"], report
    not_analysed = {a["source_path"]: a["reason"] for a in report["articles_not_analysed"]}
    assert "german.txt" in not_analysed and "dup_b.txt" in not_analysed and "empty.txt" in not_analysed
    sentences = pq.read_table(results / "normalize/sentences.parquet").to_pylist()
    analysed = {a["article_id"] for a in articles.values() if a["analysed"]}
    assert analysed == {s["article_id"] for s in sentences}
    big = articles["big.txt"]
    assert big["n_bytes"] >= 600_000 and big["analysed"]
    big_sentences = [s for s in sentences if s["article_id"] == big["article_id"]]
    assert big_sentences[-1]["end"] > 590_000


def test_pipeline_writes_only_under_results(awkward):
    base, inputs, project, before, project_before = awkward
    after = tree_digest(base)
    assert {k: v for k, v in after.items() if not k.startswith("project/")} == {
        k: v for k, v in before.items() if not k.startswith("project/")
    }
    project_after = {k: v for k, v in tree_digest(project).items() if not k.startswith(("results/", ".snakemake/"))}
    assert project_after == project_before
    assert not list(base.rglob("pwned")) and not Path("pwned").exists()


@pytest.fixture(scope="module")
def small(small_run):
    inputs, _, expected = small_run
    return inputs.parent, inputs, expected


def config(inputs: Path) -> list[str]:
    return ["--config", f"input_dir={inputs}", "n_shards=2"]


def beside_inputs(base: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the small run's inputs and a project beside it, as `small_run` lays them out: the artifacts record
    input_dir relative to the project root ("../input", fix62), so the same bytes need the same layout."""
    inputs = tmp_path / "input"
    shutil.copytree(base / "input", inputs)
    return inputs, copy_project(tmp_path / "project")


def assert_same(expected: dict[str, bytes], results: Path) -> None:
    got = artifact_bytes(results)
    assert sorted(got) == sorted(expected)
    assert [k for k in expected if expected[k] != got[k]] == []


def test_one_core_and_another_hash_seed_give_the_same_bytes(small, tmp_path):
    base, _, expected = small
    inputs, project = beside_inputs(base, tmp_path)
    cmd = snakemake_cmd("--cores", "1", *config(inputs))
    subprocess.run(cmd, cwd=project, check=True, capture_output=True, env=snakemake_env({"PYTHONHASHSEED": "12345"}))
    assert_same(expected, project / "results")


def test_killed_step_is_redone_by_the_readme_command(small, tmp_path):
    base, _, expected = small
    inputs, project = beside_inputs(base, tmp_path)
    proc = subprocess.Popen(
        snakemake_cmd("--cores", "2", *config(inputs)),
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=snakemake_env(),
    )
    os.kill(wait_for_child(proc.pid, "narrative-pipeline normalize --texts"), signal.SIGKILL)
    assert proc.wait(timeout=600) != 0
    snakemake(project, *config(inputs))
    assert_same(expected, project / "results")


def test_killed_snakemake_recovers_with_unlock_and_rerun_incomplete(small, tmp_path):
    base, _, expected = small
    inputs, project = beside_inputs(base, tmp_path)
    cmd = snakemake_cmd("--cores", "2", *config(inputs))
    proc = subprocess.Popen(
        cmd,
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        env=snakemake_env(),
    )
    wait_for_child(proc.pid, "narrative-pipeline normalize --texts")
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    snakemake(project, "--unlock", *config(inputs))
    snakemake(project, "--rerun-incomplete", *config(inputs))
    assert_same(expected, project / "results")


def test_adding_an_article_reruns_only_its_shard(small, tmp_path):
    base, _, _ = small
    inputs = tmp_path / "input"
    shutil.copytree(base / "input", inputs)
    project = copy_project(tmp_path / "p")
    snakemake(project, *config(inputs))
    new = inputs / "added.txt"
    new.write_text("Added\n\nThe World Bank said growth would slow next year.\n")
    from narrative_pipeline.hashing import article_id_from_sha, sha256_bytes, shard_of

    shard = shard_of(article_id_from_sha(sha256_bytes(new.read_bytes())), 2)
    out = snakemake(project, "-n", *config(inputs)).stdout
    normalize_jobs = [line for line in out.splitlines() if line.strip().startswith("wildcards: shard=")]
    assert normalize_jobs and all(line.strip() == f"wildcards: shard={shard}" for line in normalize_jobs)


def test_a_run_with_one_article_added_equals_a_cold_run(small, tmp_path):
    """The per-article caches (parse, actors, claims, narratives, export, report pages): a shard redone
    with all but one article from the cache has the bytes of a run without any cache."""
    base, _, _ = small
    inputs = tmp_path / "input"
    shutil.copytree(base / "input", inputs)
    warm = copy_project(tmp_path / "warm")
    snakemake(warm, *config(inputs))
    (inputs / "added.txt").write_text("Added\n\nThe World Bank said growth would slow next year, Mr Brown said.\n")
    snakemake(warm, *config(inputs))
    cold = copy_project(tmp_path / "cold")
    snakemake(cold, *config(inputs))

    # the caches themselves and what changed since the previous run (none for the cold run) differ
    def kept(results: Path) -> dict[str, bytes]:
        skip = (".cache/", "changes", "ro-crate-metadata.json")
        return {k: v for k, v in artifact_bytes(results).items() if not k.startswith(skip)}

    got, want = kept(warm / "results"), kept(cold / "results")
    assert sorted(got) == sorted(want)
    assert [k for k in want if want[k] != got[k]] == []


def test_the_manifest_and_crate_name_the_codes_commit(small):
    """fix81 (review71 10): a run from a git checkout names its commit (and whether it had changes) in the manifest
    and the RO-Crate; the other tests here get the same bytes from reruns, so the commit keeps them byte-identical."""
    from narrative_pipeline.hashing import git_checkout

    _, _, expected = small
    manifest = json.loads(expected["manifest.json"])
    found = git_checkout()
    assert manifest["git"] == (None if found is None else {"commit": found[0], "dirty": found[1]})
    crate = json.loads(expected["ro-crate-metadata.json"])
    code = next(e for e in crate["@graph"] if e["@id"] == "#narrative-pipeline")
    assert (found is None) == ("description" not in code)
