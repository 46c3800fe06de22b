"""review40: the warm worker where a process's descriptor cannot be had (`os.pidfd_open`: a kernel before Linux 5.3,
or a container whose seccomp profile refuses it, as Docker's did before 20.10). The worker's loop waits on one
descriptor per child, and had no fallback: the first served step's child was forked, then the worker died of the
OSError (a traceback in its log), the child went with it (PR_SET_PDEATHSIG), and the client, with no answer, ran the
step itself (measured here: status 0), as every later step did. A run still passed, but by a child forked and killed
beside the step's own process. Now such a worker does not start (`warm.pidfd_supported`) and says why."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from narrative_pipeline import warm
from test_warm import SCRIPT, _ingest_args, _run

NO_PIDFD = """
import errno, os, sys
def refused(*args):
    raise OSError(errno.ENOSYS, "Function not implemented")
os.pidfd_open = refused
from narrative_pipeline.cli import main
sys.argv = ["narrative-pipeline", "warm-worker", "--socket", sys.argv[1], "--parent", sys.argv[2]]
sys.exit(main())
"""


def test_pidfd_supported_says_whether_a_process_descriptor_can_be_had(monkeypatch):
    assert warm.pidfd_supported() is hasattr(os, "pidfd_open")

    def refused(pid: int) -> int:
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(os, "pidfd_open", refused)
    assert warm.pidfd_supported() is False
    monkeypatch.delattr(os, "pidfd_open")
    assert warm.pidfd_supported() is False


@pytest.mark.slow
def test_without_process_descriptors_a_step_runs_in_its_own_process(tmp_path):
    path = str(tmp_path / "socket")
    env = {**os.environ, **{name: "1" for name in warm.ONE_THREAD}, warm.VARIABLE: path}
    interpreter = Path(SCRIPT).read_text(encoding="utf-8").splitlines()[0][2:].strip()  # a served step's
    worker = subprocess.Popen(
        [interpreter, "-c", NO_PIDFD, path, str(os.getpid())], env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        deadline = time.time() + 120
        while worker.poll() is None and not os.path.exists(path) and time.time() < deadline:
            time.sleep(0.05)
        (tmp_path / "out").mkdir()
        step = _run(_ingest_args(tmp_path / "out"), env)
        assert step.returncode == 0, step.stderr
        assert (tmp_path / "out" / "a.parquet").exists()
    finally:
        worker.terminate()
        _, err = worker.communicate(timeout=30)
    assert "os.pidfd_open is not available" in err
