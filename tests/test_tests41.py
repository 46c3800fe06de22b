"""tests41: the command line's parser built once a process, each parse with list defaults of its own; an xdist worker
ended by `os._exit` once its session is over (tests/conftest.py::end_worker)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from narrative_pipeline.cli import own_defaults, parser

GUARD = 900
"""Seconds the inner pytest sessions may take: a last guard, not the measure (prov58). Each imports the project's
conftest (spaCy's modules) in its controller and worker, 3-4 CPU s a process; at a load of 8-17 on two cores the `-n 1`
session took over 120 s, the guard before, and failed a run that would have passed (sessions 45-49)."""
VALIDATE = ["validate", "--input-dir", "in", "--docs-dir", "docs", "--out", "report.json"]


def test_the_parser_is_built_once_and_a_parse_leaves_its_defaults_as_they_were():
    assert parser() is parser()
    first = own_defaults(parser().parse_args(VALIDATE))
    assert first.table == [] and first.shard_reports == []
    first.table.append("claims=x.parquet")  # a step that adds to a list it was given
    first.shard_reports.extend(["0.json", "1.json"])
    second = own_defaults(parser().parse_args(VALIDATE))
    assert second.table == [] and second.shard_reports == []


def test_a_parse_without_own_defaults_shares_the_parsers_list():
    """The near case: argparse itself gives every parse the parser's one default object, which is why `main`
    copies it."""
    first = parser().parse_args(VALIDATE)
    second = parser().parse_args(VALIDATE)
    assert first.table is second.table


def test_given_values_are_kept_by_own_defaults():
    args = own_defaults(parser().parse_args([*VALIDATE, "--table", "claims=c.parquet", "--shard-reports", "0.json"]))
    assert args.table == ["claims=c.parquet"] and args.shard_reports == ["0.json"]
    assert args.command == "validate" and callable(args.func)


@pytest.mark.slow
def test_a_worker_ended_by_end_worker_reports_every_outcome_and_runs_its_atexit_handlers(tmp_path):
    """An xdist session whose conftest is the project's (`end_worker` ends each worker with `os._exit` after its
    session): the controller still gets every report and the worker's exit status, and an atexit handler of the
    worker runs, but the worker's objects are not freed one by one. The near case: the same session with `-n 0` (no
    worker) ends as pytest ends it, its objects freed."""
    tests = Path(__file__).resolve().parent
    (tmp_path / "conftest.py").write_text(
        "import importlib.util, sys\n"
        f"sys.path.insert(0, {str(tests)!r})\n"
        f"spec = importlib.util.spec_from_file_location('project_conftest', {str(tests / 'conftest.py')!r})\n"
        "project = importlib.util.module_from_spec(spec)\n"
        "spec.loader.exec_module(project)\n"
        "pytest_configure = project.pytest_configure\n"
    )
    (tmp_path / "test_x.py").write_text(
        "import atexit, os\n"
        "atexit.register(lambda: open(os.environ['MARK'] + 'atexit-' + os.environ.get('PYTEST_XDIST_WORKER', 'main'), 'w').close())\n"
        "class Late:\n"
        "    def __del__(self, open=open, name=os.environ['MARK'] + 'freed-' + os.environ.get('PYTEST_XDIST_WORKER', 'main')):\n"
        "        open(name, 'w').close()\n"
        "kept = Late()\n"
        "def test_passes():\n    assert True\n"
        "def test_fails():\n    assert 1 == 2\n"
    )
    # this test may itself run in an xdist worker: its PYTEST_XDIST_* variables would name the `-n 0` process a worker
    outside_xdist = {name: value for name, value in os.environ.items() if not name.startswith("PYTEST_XDIST_")}
    for workers in ("1", "0"):
        run = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", workers, "test_x.py"],
            cwd=tmp_path,
            env={**outside_xdist, "MARK": f"{tmp_path}/"},
            capture_output=True,
            text=True,
            timeout=GUARD,
        )
        assert run.returncode == 1, run.stdout + run.stderr
        assert "1 failed, 1 passed" in run.stdout
    assert (tmp_path / "atexit-gw0").exists() and (tmp_path / "atexit-main").exists()
    # the worker's heap was not freed object by object at its end; the process of `-n 0` freed its module's object
    assert not (tmp_path / "freed-gw0").exists() and (tmp_path / "freed-main").exists()
