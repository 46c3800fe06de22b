"""review43: trying to break speed47's early server (`warm._fork_early`): Ctrl-C on a step it serves in the step's
first instants, and an early server killed while the worker still loads its model (its socket file left behind). Each must end with the step's
true status, nothing served twice, and the worker serving once it is ready. The worker is test_speed47's stand-in
(a model load that ends when the test says so)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import time

import psutil
import pytest
from test_speed47 import GUARD, SCRIPT, _run, _wait, _Worker
from test_warm import _default_sigint, _ingest_args


def _early_server(worker: _Worker) -> psutil.Process:
    _wait(lambda: os.path.exists(worker.early))
    return psutil.Process(worker.proc.pid).children()[0]


@pytest.mark.slow
def test_an_early_server_killed_while_the_worker_loads_leaves_steps_to_their_own_process(tmp_path):
    """The early server killed (SIGKILL) while the worker loads: its socket file stays, refusing; a step then runs in its
    own process at once (no early server, no worker socket yet) and writes its own bytes; once ready, the worker reaps
    the dead server and serves."""
    worker = _Worker(tmp_path)
    try:
        early = _early_server(worker)
        early.kill()
        _wait(lambda: not early.is_running() or early.status() == psutil.STATUS_ZOMBIE)  # the worker's, unreaped
        assert os.path.exists(worker.early)  # left behind
        (tmp_path / "own").mkdir()
        own = _run(_ingest_args(tmp_path / "own"), worker.env)
        assert own.returncode == 0, own.stderr
        assert (tmp_path / "own" / "a.parquet").exists() and worker.lines() == []  # served by no one: its own process
        worker.ready()
        _wait(lambda: not psutil.Process(worker.proc.pid).children())  # the dead early server reaped
        done = _run(["gather", "--no-such-option"], worker.env)
        assert done.returncode == 2 and worker.lines() == ["served gather"]
    finally:
        worker.end()
    assert worker.proc.returncode == 0


SLOW_START = """
_child_now = warm._child
def _slow_child(request, fds, worker):  # a step's first instants, long (a loaded host): Ctrl-C comes then
    open(sys.argv[4] + ".child", "w").close()
    time.sleep(1.0)
    _child_now(request, fds, worker)
warm._child = _slow_child
"""


@pytest.mark.slow
def test_ctrl_c_in_a_steps_first_instants_is_not_lost(tmp_path, monkeypatch):
    """Ctrl-C reaches the step's process group, and its client passes it on, before the forked child has its own
    handlers (the server ignores SIGINT): the signal waits for them (`warm.STEP_SIGNALS` blocked over the fork) and
    ends the step, and its client, by SIGINT. Before, it was lost: the step ran on (here: waiting for its input for
    ever) and the client with it."""
    import test_speed47

    marker = "nlp.load_pipeline = load_pipeline\n"
    monkeypatch.setattr(test_speed47, "STAND_IN", test_speed47.STAND_IN.replace(marker, marker + SLOW_START))
    worker = _Worker(tmp_path)
    fifo = tmp_path / "shard.parquet"
    try:
        early = _early_server(worker)
        os.mkfifo(fifo)
        args = ["gather", "--table", f"sentences={tmp_path}/out.parquet", "--shards-of", "sentences", str(fifo)]
        client = subprocess.Popen(
            [SCRIPT, *args], env=worker.env, stderr=subprocess.PIPE, text=True, preexec_fn=_default_sigint
        )
        _wait(lambda: os.path.exists(str(worker.loading) + ".child"))
        step = early.children()[0]
        step.send_signal(signal.SIGINT)  # Ctrl-C: the step's process group
        with contextlib.suppress(psutil.Error):
            client.send_signal(signal.SIGINT)  # and its client, which passes it on
        try:
            code = client.wait(GUARD)  # (a lost signal: the step and its client wait for ever)
        except subprocess.TimeoutExpired:
            code = None
        assert code == -signal.SIGINT
        assert "KeyboardInterrupt" in client.stderr.read()
        _wait(lambda: not step.is_running() or step.status() == psutil.STATUS_ZOMBIE)
        assert early.is_running() and os.path.exists(worker.early)  # it goes on serving while the worker loads
        worker.ready()
        done = _run(["gather", "--no-such-option"], worker.env)
        assert done.returncode == 2 and worker.lines() == ["served gather", "served gather"]
    finally:
        if not (tmp_path / "out.parquet").exists():  # a step still waiting for its input: let it end
            with contextlib.suppress(OSError):
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
                os.close(fd)
        worker.end()


def test_a_worker_folder_another_run_is_starting_is_not_removed(tmp_path, monkeypatch):
    """Two runs sharing a cache folder: a worker's folder made a moment ago whose pid file is not written yet is
    another run's `start` at work, kept; one without a pid file for long, or naming an ended process, goes."""
    import shutil

    from narrative_pipeline import warm

    monkeypatch.setenv(warm.VARIABLE, "")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    fresh, old, ended = tmp_path / "warm-fresh", tmp_path / "warm-old", tmp_path / "warm-ended"
    for folder in (fresh, old, ended):
        folder.mkdir()
    (ended / "pid").write_text("999999999")
    os.utime(old, (time.time() - 600, time.time() - 600))
    assert warm.start(tmp_path, None) is None  # (no console script here: the cleanup alone)
    assert fresh.exists() and not old.exists() and not ended.exists()
