"""speed44: the client of the warm worker (what every served job's `narrative-pipeline` command runs before the
worker's child takes over) imports the standard library's small modules only."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from narrative_pipeline import cli, warm, warmclient

# what the console script's served path imported before (about 0.02 CPU s of every served job's client): none of
# them is needed to hand a command to the worker
HEAVY = ("typing", "pathlib", "inspect", "threading", "narrative_pipeline.warm", "narrative_pipeline.snakemake_tuning")


def imported_by(code: str) -> list[str]:
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return out.split()


def test_the_client_imports_none_of_the_heavy_modules():
    # as the console script does, up to the request (run_served's own imports included)
    code = (
        "import re, sys\nfrom narrative_pipeline.cli import console\n"
        "from narrative_pipeline.warmclient import VARIABLE, run_served\n"
        "import contextlib, json, signal, socket\nrun_served(['narrative-pipeline', 'gather'])"
    )
    assert imported_by(code) == []
    # near case: the worker's module still imports what it uses
    assert set(imported_by("import narrative_pipeline.warm")) >= {"typing", "pathlib", "narrative_pipeline.warm"}


def test_the_worker_and_its_client_name_the_same_package_and_share_their_names():
    assert warmclient.package_dir() == str(Path(warm.__file__).parent)
    for name in ("VARIABLE", "OFF", "WAIT_FOR", "WAIT_SECONDS", "MAX_MESSAGE", "REPORT_STATE", "run_served"):
        assert getattr(warm, name) is getattr(warmclient, name)


def test_the_gc_threshold_is_still_named_by_the_command_line():
    from narrative_pipeline.snakemake_tuning import GC_THRESHOLD

    assert cli.GC_THRESHOLD == GC_THRESHOLD
    try:
        cli.NOT_A_NAME  # noqa: B018
    except AttributeError:
        pass
    else:  # pragma: no cover
        raise AssertionError("an unknown name of cli was found")


def test_a_worker_that_ended_is_not_waited_for(tmp_path):
    (tmp_path / "pid").write_text("999999999")
    assert not warmclient._alive(tmp_path)
    (tmp_path / "pid").write_text(str(os.getpid()))
    assert warmclient._alive(tmp_path) and warmclient._alive(str(tmp_path))
    assert not warmclient._alive(tmp_path / "none")


def test_the_parse_alone_waits_for_a_starting_worker(tmp_path, monkeypatch):
    """The parse waits for the worker's model; ingest does not (measured: waiting for the worker's start made the
    parse start later under load, speed44), nor does any other step."""
    waited: list[str] = []
    monkeypatch.setattr(warmclient, "_wait_until_ready", waited.append)
    socket_path = str(tmp_path / "warm-x" / "socket")  # no worker there: each command then runs itself
    monkeypatch.setenv(warmclient.VARIABLE, socket_path)
    for command in ("ingest", "normalize", "gather", "actors", "claims", "validate", "publish"):
        assert warmclient.run_served(["narrative-pipeline", command]) is None
    assert waited == [socket_path]
    assert frozenset({"normalize"}) == warmclient.WAIT_FOR


def test_a_waiting_step_starts_soon_after_the_socket_appears_and_not_for_an_ended_worker(tmp_path):
    import threading
    import time

    folder = tmp_path / "warm-x"
    folder.mkdir()
    (folder / "pid").write_text(str(os.getpid()))  # a live process: a worker still starting
    path = str(folder / "socket")
    appeared: list[float] = []

    def ready() -> None:
        time.sleep(0.3)
        (folder / "socket").write_text("")
        appeared.append(time.monotonic())

    thread = threading.Thread(target=ready)
    thread.start()
    warmclient._wait_until_ready(path)
    returned = time.monotonic()
    thread.join()
    assert appeared and returned >= appeared[0]
    assert returned - appeared[0] < 0.2  # polled every WAIT_POLL (0.01 s; 0.05 before speed44)
    assert warmclient.WAIT_POLL <= 0.01
    # a worker that ended while starting is not waited for
    (folder / "socket").unlink()
    (folder / "pid").write_text("999999999")
    t = time.monotonic()
    warmclient._wait_until_ready(path)
    assert time.monotonic() - t < 0.5


def _stop_delay(tmp_path, monkeypatch) -> float:
    """How long `warm.stop` returns after its worker ended (a stand-in that ends 70 ms after SIGTERM)."""
    import time

    folder = tmp_path / "warm-stand-in"
    folder.mkdir(exist_ok=True)
    ended = tmp_path / "ended"
    code = (
        "import signal, time, sys\n"
        "def end(*a):\n"
        "    time.sleep(0.07)\n"
        f"    open({str(ended)!r}, 'w').write(repr(time.time()))\n"
        "    sys.exit(0)\n"
        "signal.signal(signal.SIGTERM, end)\nprint('ready', flush=True)\ntime.sleep(30)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    monkeypatch.setattr(warm, "_running", (proc, folder))
    warm.stop()
    returned = time.time()
    assert proc.returncode == 0 and not folder.exists()
    return returned - float(ended.read_text())


def test_stop_is_told_the_moment_its_worker_ended(tmp_path, monkeypatch):
    """`stop` (every run's `onsuccess`) watches its worker through a descriptor of the process (`_ended_within`)
    instead of `Popen.wait`'s polls (0.5 ms doubling up to 50 ms: 46-68 ms late for a worker ending 70 ms after
    SIGTERM, at load 12-14). The delay itself is timed loosely (a loaded host delays any wake-up); that the watch is
    used, and what it tells, exactly."""
    watched: list[float] = []
    real = warm._ended_within

    def watch(proc, timeout):
        watched.append(timeout)
        return real(proc, timeout)

    monkeypatch.setattr(warm, "_ended_within", watch)
    delays = [_stop_delay(tmp_path, monkeypatch) for _ in range(3)]
    assert watched == [10.0, 10.0, 10.0]
    assert min(delays) < 0.5, delays
    # what the watch tells: a process still running (within a short timeout), one that ended, one without a pid
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert not real(proc, 0.05)
    finally:
        proc.kill()
    assert real(proc, 5.0)  # ended (not yet reaped)
    proc.wait()
    assert real(object(), 0.0)


def test_stop_still_kills_a_worker_that_does_not_end(tmp_path, monkeypatch):
    folder = tmp_path / "warm-stuck"
    folder.mkdir()
    code = (
        "import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\nprint('ready', flush=True)\ntime.sleep(30)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    monkeypatch.setattr(warm, "_running", (proc, folder))
    warm.stop(timeout=0.3)
    assert proc.returncode == -9 and not folder.exists()
