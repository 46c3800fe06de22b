"""Helpers for tests that run the whole Snakemake workflow in a scratch copy of the project."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def copy_project(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "Snakefile", dest / "Snakefile")
    for folder in ("config", "workflow", "seeds"):
        shutil.copytree(ROOT / folder, dest / folder, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    return dest


def small_inputs(dest: Path) -> Path:
    """The small corpus of the end-to-end tests: the test articles and the seed."""
    shutil.copytree(ROOT / "tests/data/articles", dest)
    shutil.copy2(ROOT / "seeds/000_0040ac31edc6a7e1.txt", dest / "seed.txt")
    return dest


def snakemake_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for a workflow run: this interpreter's bin folder first on PATH, so the
    rules find this installation's `narrative-pipeline` even in a virtualenv that is not active."""
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""), **(extra or {})}


def snakemake_cmd(*args: str) -> list[str]:
    """Snakemake through the running interpreter (not whatever `snakemake` is on PATH)."""
    return [sys.executable, "-m", "snakemake", *args]


def snakemake(
    project: Path, *args: str, env: dict[str, str] | None = None, check: bool = True
) -> subprocess.CompletedProcess:
    cmd = snakemake_cmd("--cores", "2", *args)
    run_env = snakemake_env(env)
    result = subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=run_env)
    if check and result.returncode != 0:
        raise AssertionError(
            f"snakemake failed ({result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-5000:]}"
        )
    return result


def artifact_bytes(results: Path) -> dict[str, bytes]:
    """Every file under results/ that must be reproducible (all but run.json, logs, benchmarks, the start cache,
    which records the paths and file times of the checkout it was made in: `narrative_pipeline.startcache`, the plan's
    file table, which records each input file's size, time and inode to skip hashing it again, and the
    report cache's trash, the old files the last jobs put aside for the next report job to delete, in folders named
    by their process: `narrative_pipeline.report.trash`, never read)."""
    out = {}
    skipped = (
        "logs/",
        "benchmarks/",
        ".cache/start/",
        ".cache/plan/files.json",
        ".cache/report/trash/",
        ".cache/report/.trash.",
    )
    for path in sorted(results.rglob("*")):
        rel = path.relative_to(results).as_posix()
        if path.is_file() and rel != "run.json" and not rel.startswith(skipped):
            out[rel] = path.read_bytes()
    return out


def wait_for_child(parent_pid: int, needle: str, timeout: float = 120) -> int:
    """Pid of a descendant of `parent_pid` whose command line contains `needle` (never a process
    of anyone else on the machine)."""
    import psutil

    deadline = time.time() + timeout
    parent = psutil.Process(parent_pid)
    while time.time() < deadline:
        for child in parent.children(recursive=True):
            try:
                if needle in " ".join(child.cmdline()):
                    return child.pid
            except psutil.Error:
                continue
        time.sleep(0.05)
    raise AssertionError(f"no child of {parent_pid} running {needle!r}")
