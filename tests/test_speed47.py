"""speed47: the worker's early server. While the worker loads the spaCy model, a process forked from it once `PRELOAD`
is in serves the steps that do not parse (an add-one's first ingest job, which ran in its own process before) on its
own socket (`warmclient.EARLY`); the parse still waits for the worker's socket. A step served there writes the bytes
of its own process; the early server hands over to the worker once it is ready (what reached it is served to the
end), ends with the worker, and a step waits for it only while the worker is starting."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest
from narrative_pipeline import warm, warmclient
from narrative_pipeline.cli import ARROW_POOL, PYDANTIC_PLUGINS
from test_warm import _ingest_args  # the seed's ingest job, as test_warm runs it

SCRIPT = str(Path(sys.executable).parent / "narrative-pipeline")
PYTHON = (
    Path(SCRIPT).read_text().splitlines()[0][2:].strip()
)  # the console script's interpreter, as its clients name it


def _starting(tmp_path: Path) -> tuple[Path, str]:
    """A worker's folder naming a live process (this one) and its socket's path: a worker still starting."""
    folder = tmp_path / "warm-x"
    folder.mkdir()
    (folder / "pid").write_text(str(os.getpid()))
    return folder, str(folder / "socket")


def test_a_step_that_does_not_parse_takes_the_early_socket_while_the_worker_loads(tmp_path):
    folder, path = _starting(tmp_path)
    (folder / ("socket" + warmclient.EARLY)).write_text("")
    assert warmclient._serving(path) == [path + warmclient.EARLY, path]  # then the worker's, once handed over
    (folder / "socket").write_text("")
    assert warmclient._serving(path) == [path]  # ready: its own socket alone


def test_a_step_waits_for_the_early_socket_while_the_worker_starts_and_not_after_it_ended(tmp_path, monkeypatch):
    folder, path = _starting(tmp_path)
    appeared: list[float] = []

    def early() -> None:
        time.sleep(0.3)
        appeared.append(time.monotonic())  # (before the file: the step may see it before this thread runs again)
        (folder / ("socket" + warmclient.EARLY)).write_text("")

    # the waits are measured against a deadline far longer than a loaded host's pauses (prov58: a bound of 0.2 s
    # after the socket appeared, and 0.5 s for a worker that ended, could fail at a load of 12 without a fault)
    monkeypatch.setattr(warmclient, "EARLY_WAIT_SECONDS", 60.0)
    thread = threading.Thread(target=early)
    started = time.monotonic()
    thread.start()
    assert warmclient._serving(path) == [path + warmclient.EARLY, path]  # the early socket, before the deadline
    returned = time.monotonic()
    thread.join()
    assert appeared and appeared[0] <= returned < started + 30
    # near cases: a worker that ended is not waited for, nor one that never gets there
    (folder / ("socket" + warmclient.EARLY)).unlink()
    (folder / "pid").write_text("999999999")
    t = time.monotonic()
    assert warmclient._serving(path) == [path] and time.monotonic() - t < 30  # (not the 60 s deadline)
    (folder / "pid").write_text(str(os.getpid()))
    monkeypatch.setattr(warmclient, "EARLY_WAIT_SECONDS", 0.3)
    t = time.monotonic()
    assert warmclient._serving(path) == [path] and 0.3 <= time.monotonic() - t < 30


def test_the_parse_never_takes_the_early_socket(tmp_path, monkeypatch):
    folder, path = _starting(tmp_path)
    (folder / ("socket" + warmclient.EARLY)).write_text("")
    tried: list[list[str]] = []
    monkeypatch.setattr(warmclient, "_wait_until_ready", lambda p: None)
    monkeypatch.setattr(warmclient, "_connected", lambda paths: tried.append(paths))
    monkeypatch.setenv(warmclient.VARIABLE, path)
    for command in ("normalize", "ingest", "gather"):
        assert warmclient.run_served(["narrative-pipeline", command]) is None
    assert tried == [[path], [path + warmclient.EARLY, path], [path + warmclient.EARLY, path]]


def test_a_socket_that_refuses_is_passed_over(tmp_path):
    import socket

    live = tmp_path / "live"
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    listener.bind(str(live))
    listener.listen(1)
    try:
        sock = warmclient._connected([str(tmp_path / "gone"), str(live)])
        assert sock is not None
        sock.close()
        assert warmclient._connected([str(tmp_path / "gone")]) is None
    finally:
        listener.close()


# --- a worker whose model takes a while to load (a stand-in for the spaCy load), the early server serving meanwhile ---

STAND_IN = """
import os, sys, time
from narrative_pipeline import nlp, warm
def load_pipeline(model, disable):
    open(sys.argv[4], "w").close()  # the worker is past PRELOAD, loading its model: done once the test says so
    while not os.path.exists(sys.argv[3]) and os.getppid() == int(sys.argv[2]):  # (or the test process is gone)
        time.sleep(0.02)
nlp.load_pipeline = load_pipeline
sys.exit(warm.serve(sys.argv[1], int(sys.argv[2]), "stand-in", (), sys.argv[5]))
"""


class _Worker:
    def __init__(self, tmp_path: Path) -> None:
        self.folder = tmp_path / "warm-t"
        self.folder.mkdir()
        self.path = str(self.folder / "socket")
        self.early = self.path + warmclient.EARLY
        self.loading = tmp_path / "loading"
        self.loaded = tmp_path / "loaded"  # made by the test: the stand-in's model load ends
        self.record = tmp_path / "warm.jsonl"
        self.env = {**os.environ, **{name: "1" for name in warm.ONE_THREAD}, warmclient.VARIABLE: self.path}
        self.env.setdefault(*ARROW_POOL)
        self.env.setdefault(*PYDANTIC_PLUGINS)
        self.log = (self.folder / "log").open("wb")
        args = [PYTHON, "-c", STAND_IN, self.path, str(os.getpid()), str(self.loaded), str(self.loading),
                str(self.record)]  # fmt: skip
        self.proc = subprocess.Popen(args, env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=self.log)  # fmt: skip
        (self.folder / "pid").write_text(str(self.proc.pid))

    def ready(self) -> None:
        self.loaded.write_text("")
        _wait(lambda: os.path.exists(self.path))

    def lines(self) -> list[str]:
        return (self.folder / "log").read_text().splitlines()

    def end(self) -> None:
        """The worker stopped, its model's load let end first (a worker that is loading ends only after it: a test
        that failed before `ready` left the stand-in loading, and the worker on); killed after a minute (a cleanup,
        not a check)."""
        self.loaded.write_text("")
        with contextlib.suppress(OSError):
            self.proc.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(60)
        self.proc.kill()
        self.proc.wait()
        self.log.close()


GUARD = 900.0
"""Seconds after which a wait for an event gives up: a last guard, never the measure (prov58). Each wait here is for
something the test sees happen (a socket made or gone, a line logged, a process ended); on a loaded host of two cores
(load 12-20, eight agents) a step's process took tens of seconds to start, and a wait of 30 s failed a run that would
have passed (test_speed47's early-server test, sessions 44-51)."""


def _wait(predicate, timeout: float = GUARD) -> None:
    deadline = time.time() + timeout
    while not predicate():
        assert time.time() < deadline, "timed out"
        time.sleep(0.02)


def _run(args: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([SCRIPT, *args], env=env, capture_output=True, text=True, timeout=GUARD)


def _fifo_gather(tmp_path: Path, env: dict) -> tuple[subprocess.Popen, Path]:
    """A step that waits until its input (a named pipe) is written."""
    fifo = tmp_path / "shard.parquet"
    os.mkfifo(fifo)
    args = ["gather", "--table", f"sentences={tmp_path}/out.parquet", "--shards-of", "sentences", str(fifo)]
    return subprocess.Popen([SCRIPT, *args], env=env, stderr=subprocess.PIPE, text=True), fifo


@pytest.mark.slow
def test_ingest_is_served_by_the_early_server_while_the_model_loads_and_writes_its_own_bytes(tmp_path):
    worker = _Worker(tmp_path)
    try:
        # the early server is forked after PRELOAD, right before the model's load begins (the stand-in's `loading`): the
        # two are waited for together (prov58: at a load of 13 the test saw the socket before `loading` and failed)
        _wait(lambda: os.path.exists(worker.early) and worker.loading.exists())
        assert not os.path.exists(worker.path)  # the worker is not ready: it is loading its model
        (tmp_path / "own").mkdir()
        (tmp_path / "served").mkdir()
        own = _run(_ingest_args(tmp_path / "own"), {k: v for k, v in worker.env.items() if k != warmclient.VARIABLE})
        served = _run(_ingest_args(tmp_path / "served"), worker.env)
        assert not os.path.exists(worker.path)  # served before the worker was ready
        assert own.returncode == served.returncode == 0, (own.stderr, served.stderr)
        assert worker.lines() == ["served ingest"]
        for name in ("a.parquet", "t.parquet"):
            assert (tmp_path / "own" / name).read_bytes() == (tmp_path / "served" / name).read_bytes()
        assert own.stderr.split(":")[0] == served.stderr.split(":")[0] == "[ingest] shard 0"
        record = json.loads(worker.record.read_text().splitlines()[-1])
        assert record["argv"][0] == "ingest" and record["cpu_s"] > 0
        # the parse waits for the worker's own socket: a step with bad arguments shows where it was served
        parse = subprocess.Popen([SCRIPT, "normalize", "--no-such-option"], env=worker.env, stderr=subprocess.DEVNULL)
        time.sleep(0.5)
        assert parse.poll() is None and worker.lines() == ["served ingest"]  # waiting for the model
        worker.ready()
        assert parse.wait(GUARD) == 2
        # ready: the early server removed its socket and ended (it is no child of the worker any more)
        _wait(lambda: not os.path.exists(worker.early) and not psutil.Process(worker.proc.pid).children())
        assert worker.lines()[1:] == ["served normalize"]
    finally:
        worker.end()
    assert worker.proc.returncode == 0


@pytest.mark.slow
def test_a_step_the_early_server_took_runs_to_its_end_after_the_worker_is_ready(tmp_path):
    """The handover loses nothing: a step served by the early server when the worker becomes ready goes on there,
    and its client gets its status; the steps after it are the worker's."""
    worker = _Worker(tmp_path)
    try:
        _wait(lambda: os.path.exists(worker.early))
        client, fifo = _fifo_gather(tmp_path, worker.env)
        _wait(lambda: "served gather" in worker.lines())
        worker.ready()
        _wait(lambda: not os.path.exists(worker.early))
        early = psutil.Process(worker.proc.pid).children()
        assert len(early) == 1 and early[0].children()  # the early server, still serving the gather
        # the step may close the pipe after its first read (CI saw a broken pipe once): what it read is no Parquet
        # either way, and its own failure below is what the handover must not lose
        with contextlib.suppress(BrokenPipeError), open(fifo, "wb") as pipe:
            pipe.write(b"not parquet")
        assert client.wait(GUARD) == 1 and "Parquet" in client.stderr.read()  # the step's own failure, not the worker's
        _wait(lambda: not psutil.Process(worker.proc.pid).children())
        own = _run(["gather", "--no-such-option"], worker.env)
        assert own.returncode == 2 and worker.lines()[-1] == "served gather"
        assert len(json.loads("[" + ",".join(worker.record.read_text().splitlines()) + "]")) == 2
    finally:
        worker.end()


@pytest.mark.slow
def test_the_early_server_and_its_steps_end_with_the_worker(tmp_path):
    """Stopped (SIGTERM) while the early server still serves a step: the step gets SIGTERM, as a worker's child does;
    killed while loading (SIGKILL: the out-of-memory killer), the early server and its step go too, and the client
    reports the step failed."""
    for how in (signal.SIGTERM, signal.SIGKILL):
        case = tmp_path / how.name
        case.mkdir()
        worker = _Worker(case)
        try:
            _wait(lambda worker=worker: os.path.exists(worker.early))
            client, _fifo = _fifo_gather(case, worker.env)
            _wait(lambda worker=worker: "served gather" in worker.lines())
            early = psutil.Process(worker.proc.pid).children()[0]
            _wait(lambda early=early: early.children())
            step = early.children()[0]
            if how == signal.SIGTERM:  # the worker's loop stops: ready, the early server still serving the step
                worker.ready()
            worker.proc.send_signal(how)
            code = client.wait(GUARD)
            assert code == (-signal.SIGTERM if how == signal.SIGTERM else 1)
            _wait(lambda step=step: not step.is_running() or step.status() == psutil.STATUS_ZOMBIE)
            _wait(lambda early=early: not early.is_running() or early.status() == psutil.STATUS_ZOMBIE)
            worker.proc.wait(GUARD)
        finally:
            worker.end()
