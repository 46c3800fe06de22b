"""speed46: the warm worker's spare child for the report's pages (`warm.SPARE_AFTER`; speed45's f9e6ecf, not kept
then: with the validation branch as long as the report's, the add-one ended no sooner; kept now that the corpus
validation is shorter, speed46). The report's modules imported before its request, the request handed to the spare,
the same bytes as a child forked then; an unused spare ends with the worker; a spare gone leaves the report to a
child forked then."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from narrative_pipeline.catalogue import table
from report_fixtures import make_results


def _files(folder: Path) -> dict[str, bytes]:
    # (the report cache's trash: the files a build put aside, in a folder named by its process, compared without
    # that name: `report.trash`)
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            rel = p.relative_to(folder).parts
            out[str(Path(rel[0], *rel[2:]) if rel[:1] == ("trash",) and len(rel) > 2 else Path(*rel))] = p.read_bytes()
    return out


def _start_worker(tmp_path: Path):
    import os
    import time

    from narrative_pipeline import warm

    path = warm.start(tmp_path / "cache", None)
    assert path is not None
    os.environ.pop(warm.VARIABLE)
    deadline = time.time() + 120
    while not os.path.exists(path):
        assert time.time() < deadline, "no worker"
        time.sleep(0.05)
    env = {**os.environ, **{name: "1" for name in warm.ONE_THREAD}, warm.VARIABLE: path}
    return warm._running, env


def _pandas_in(pid: int) -> bool:
    return "/pandas/" in Path(f"/proc/{pid}/maps").read_text()


def _run(args: list[str], env: dict, cwd: Path | None = None):
    import subprocess
    import sys

    script = str(Path(sys.executable).parent / "narrative-pipeline")
    return subprocess.run([script, *args], env=env, capture_output=True, text=True, cwd=cwd)


def _wait_for(predicate, timeout: float = 60.0) -> None:
    import time

    deadline = time.time() + timeout
    while not predicate():
        assert time.time() < deadline, "timed out"
        time.sleep(0.05)


@pytest.mark.slow
def test_the_report_after_the_narratives_corpus_runs_in_a_spare_child_and_writes_the_same_bytes(tmp_path):
    import os
    import shutil

    import psutil
    from narrative_pipeline import warm

    results = make_results(tmp_path / "data" / "results")

    def args(root: Path) -> list[str]:
        return ["report", "--results", str(root / "results"), "--out", str(root / "report"),
                "--cache-dir", str(root / "cache")]  # fmt: skip

    (proc, folder), env = _start_worker(tmp_path)
    try:
        assert _run(args(tmp_path / "data"), env).returncode == 0  # cold: its own process
        claims = results / table("claims").path
        t = pq.read_table(claims)
        texts = t.column("text").to_pylist()
        column = pa.array([texts[0] + " (changed)", *texts[1:]])
        pq.write_table(t.set_column(t.schema.get_field_index("text"), "text", column), claims)
        shutil.copytree(tmp_path / "data", tmp_path / "own")
        worker = psutil.Process(proc.pid)
        assert worker.children() == []
        assert _run(["gather", "--bad"], env).returncode == 2
        assert worker.children() == []  # near case: no spare after another step
        assert (
            _run(["narratives", "corpus", "--bad"], env).returncode == 2
        )  # (its arguments refused: served all the same)
        _wait_for(lambda: len(worker.children()) == 1 and _pandas_in(worker.children()[0].pid))
        spare = worker.children()[0].pid
        assert not _pandas_in(proc.pid)  # the worker itself still without pandas
        served = _run(args(tmp_path / "data"), env)
        own = _run(args(tmp_path / "own"), {k: v for k, v in env.items() if k != warm.VARIABLE})
        assert served.returncode == own.returncode == 0, (served.stderr, own.stderr)
        assert "from the cache" in served.stderr and served.stderr.split("(")[0] == own.stderr.split("(")[0]
        assert not psutil.pid_exists(spare) or psutil.Process(spare).status() == psutil.STATUS_ZOMBIE
        assert worker.children() == []  # the spare took the request (no other child was forked for it)
        for name in ("report", "cache"):
            mine, theirs = tmp_path / "data" / name, tmp_path / "own" / name
            assert _files(mine) == _files(theirs) and _files(mine)
    finally:
        log = warm.stop()
    assert log.splitlines() == ["served gather", "served narratives", "served report"]
    assert not folder.exists() and proc.poll() is not None
    assert not os.path.exists(f"/proc/{spare}")


@pytest.mark.slow
def test_an_unused_spare_ends_when_the_worker_stops(tmp_path):
    import psutil
    from narrative_pipeline import warm

    (proc, folder), env = _start_worker(tmp_path)
    spare = None
    try:
        assert _run(["narratives", "corpus", "--bad"], env).returncode == 2
        _wait_for(lambda: len(psutil.Process(proc.pid).children()) == 1)
        spare = psutil.Process(proc.pid).children()[0]
        assert _run(["narratives", "corpus", "--bad"], env).returncode == 2
        assert psutil.Process(proc.pid).children() == [spare]  # one spare at a time
    finally:
        warm.stop()
    assert proc.poll() is not None and spare is not None and not spare.is_running()


@pytest.mark.slow
def test_a_spare_gone_before_the_report_leaves_it_to_a_child_forked_then(tmp_path):
    import signal

    import psutil
    from narrative_pipeline import warm

    (proc, folder), env = _start_worker(tmp_path)
    try:
        assert _run(["narratives", "corpus", "--bad"], env).returncode == 2
        _wait_for(lambda: len(psutil.Process(proc.pid).children()) == 1)
        spare = psutil.Process(proc.pid).children()[0]
        spare.send_signal(signal.SIGKILL)
        _wait_for(lambda: spare.status() == psutil.STATUS_ZOMBIE)
        (tmp_path / "pages").mkdir()
        (tmp_path / "pages" / warm.REPORT_STATE).write_text("{}")  # (an update: worth serving)
        got = _run(["report", "--results", str(tmp_path / "none"), "--cache-dir", str(tmp_path / "pages")], env)
        assert got.returncode == 2 and "does not exist" in got.stderr  # served by a child forked for it
        assert psutil.Process(proc.pid).children() == [], (spare.pid, psutil.Process(proc.pid).children())  # (reaped)
    finally:
        log = warm.stop()
    assert log.splitlines() == ["served narratives", "served report"]
