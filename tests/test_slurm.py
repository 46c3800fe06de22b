"""Opt-in: the pipeline through a real SLURM cluster gives the same artifacts as a local run.

Start a one-node cluster first (root, Debian's slurm-wlm and munge):
    workflow/scripts/slurm_local_cluster.sh start
    python -m pytest -m slurm tests/test_slurm.py
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from workflow_helpers import artifact_bytes, copy_project, small_inputs, snakemake, snakemake_cmd, snakemake_env

pytestmark = pytest.mark.slurm


def cluster_up() -> bool:
    if shutil.which("sinfo") is None:
        return False
    out = subprocess.run(["sinfo", "-h", "-o", "%t"], capture_output=True, text=True)
    return out.returncode == 0 and any(s.strip().rstrip("*") in {"idle", "mix", "alloc"} for s in out.stdout.split())


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    if not cluster_up():
        pytest.skip("no SLURM cluster here: run workflow/scripts/slurm_local_cluster.sh start")
    base = tmp_path_factory.mktemp("slurm")
    inputs = small_inputs(base / "input")
    local = copy_project(base / "local")
    snakemake(local, "--config", f"input_dir={inputs}", "n_shards=2")
    return base, inputs, artifact_bytes(local / "results")


@pytest.mark.parametrize("profile", ["slurm", "cluster-generic"])
def test_cluster_run_equals_local_run(reference, tmp_path, profile):
    base, inputs, expected = reference
    project = copy_project(tmp_path / profile)
    (project / "results/logs/cluster").mkdir(parents=True)
    result = subprocess.run(
        snakemake_cmd("--profile", f"workflow/profiles/{profile}", "--config", f"input_dir={inputs}", "n_shards=2"),
        cwd=project,
        capture_output=True,
        text=True,
        timeout=1800,
        env=snakemake_env(),
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    got = artifact_bytes(project / "results")
    got = {k: v for k, v in got.items() if not k.startswith("logs/")}
    assert sorted(got) == sorted(expected)
    assert [k for k in expected if expected[k] != got[k]] == []
