"""The client's half of the warm worker (`warm`): what a step's `narrative-pipeline` command runs to hand itself to
the run's worker, and the names the two halves share. The console script imports this module, not `warm`, and
it imports the standard library's `os` and `sys` alone (json, signal and socket when a worker is named): every
served job of a run starts a client, and `warm`'s own imports (pathlib, typing) were about a third of the
client's CPU besides the interpreter's start (BENCHMARKS.md, speed44).
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

VARIABLE = "NARRATIVE_PIPELINE_WARM"  # the socket's path, set in Snakemake's process for its jobs
# Set by the user before a run (`NARRATIVE_PIPELINE_WARM=off snakemake ...`): no worker, every step in its own
# process. A served step's work is done in the worker's child, outside the job's process tree, so Snakemake's
# per-job benchmark file records the client only; the child's figures are in the run's `benchmarks/warm.jsonl`.
OFF = "off"
MAX_MESSAGE = 1 << 20
# Steps that wait for a worker still starting rather than run in their own process: the parse, which would load
# the same model itself (a seeds run's first parse job starts about when the worker is ready). Not ingest: waiting for
# the whole worker (its model too) made the parse start 1.3-4.0 s later at load 11-14 (speed44); the other steps wait
# for its early server instead, there once the worker's `PRELOAD` is in (`EARLY`, speed47).
WAIT_FOR = frozenset({"normalize"})
WAIT_SECONDS = 60.0
# The early server's socket (`path + EARLY`, `warm._fork_early`): it serves the steps that do not parse while the
# worker loads the spaCy model. Those steps wait for it (or the worker's own socket) while the worker is starting,
# at most `EARLY_WAIT_SECONDS`: it is there once the worker's `PRELOAD` is in, what such a step's own process would
# import first itself (speed47).
EARLY = ".early"
EARLY_WAIT_SECONDS = 5.0
WAIT_POLL = 0.01  # seconds between two looks for the socket: the parse starts at most this late (0.05 before speed44)
# The report's page cache state (`report.incremental.STATE`, not imported here: the client stays light).
REPORT_STATE = "state.json"


def package_dir() -> str:
    """The package's folder, as the client names it in its request and the worker compares it with its own."""
    return os.path.dirname(os.path.abspath(__file__))


def run_served(argv: list[str]) -> int | None:
    """Run the command `argv` (`sys.argv`) in a child of the worker named by `VARIABLE`: its exit status, or
    None when there is no worker or it refused (then the caller runs the command itself)."""
    import contextlib
    import json
    import signal
    import socket

    path = os.environ.get(VARIABLE)
    if not path or path == OFF or not worth_serving(argv):
        return None
    if len(argv) > 1 and argv[1] in WAIT_FOR:
        _wait_until_ready(path)
        sock = _connected([path])
    else:
        sock = _connected(_serving(path))
    if sock is None:
        return None
    try:
        request = {"argv": argv, "cwd": os.getcwd(), "env": dict(os.environ), "executable": sys.executable,
                   "package": package_dir()}  # fmt: skip
        socket.send_fds(sock, [json.dumps(request).encode()], [0, 1, 2])
        sock.settimeout(30.0)  # a worker that does not answer is treated as none
        reply = json.loads(sock.recv(MAX_MESSAGE) or b"{}")
        sock.settimeout(None)
    except (OSError, ValueError):
        sock.close()
        return None
    if "pid" not in reply:  # refused
        sock.close()
        return None
    child = int(reply["pid"])

    def forward(signum: int, frame: object) -> None:
        with contextlib.suppress(OSError):
            os.kill(child, signum)

    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, forward)
    while True:
        try:
            data = sock.recv(MAX_MESSAGE)
            break
        except InterruptedError:  # pragma: no cover  (retried by Python itself)
            continue
    end = json.loads(data) if data else {}
    if "signal" in end:  # die of the same signal, as the step's own process would have
        signal.signal(end["signal"], signal.SIG_DFL)
        os.kill(os.getpid(), end["signal"])
    if "exit" in end:
        return int(end["exit"])
    print(f"narrative-pipeline: the warm worker ({path}) ended while the step ran", file=sys.stderr)
    return 1


def worth_serving(argv: list[str]) -> bool:
    """Whether a command is handed to the worker at all: every one but the report's pages building a report from
    nothing. Those are served only when they update a report their page cache describes (a state file in
    `--cache-dir`: an add-one makes a few dozen pages; served, 2.14 against 2.54 CPU s in its own process, the
    interpreter's start, imports and teardown); a cold build (every page, 500-700 MB, 10-20 CPU s) keeps its own
    process, where the imports are a small part and its resident size does not also count the worker's pages a
    forked child shares (the spaCy model)."""
    if len(argv) < 2 or argv[1] != "report":
        return True
    cache = None
    for k, arg in enumerate(argv):
        if arg == "--cache-dir" and k + 1 < len(argv):
            cache = argv[k + 1]
        elif arg.startswith("--cache-dir="):
            cache = arg.split("=", 1)[1]
    return cache is not None and os.path.isfile(os.path.join(cache, REPORT_STATE))


def _connected(paths: list[str]) -> Any:
    """A socket connected to the first of `paths` that accepts; None when none does."""
    import socket

    for path in paths:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            _at(path, sock.connect)
            return sock
        except OSError:
            sock.close()
    return None


def _serving(path: str) -> list[str]:
    """The sockets a step that does not parse tries, in order, for the worker of `path`: its own socket once it is
    ready; while it loads the model, its early server's (`EARLY`) and then its own (the early server hands over to it,
    and is gone once it is ready); while it is starting, waited for (a step's own process would import what the
    worker is importing then), but not for a worker that ended, nor longer than `EARLY_WAIT_SECONDS`."""
    import time

    early = path + EARLY
    folder = os.path.dirname(path)
    deadline = time.monotonic() + EARLY_WAIT_SECONDS
    while True:
        if os.path.exists(path):
            return [path]
        if os.path.exists(early):
            return [early, path]
        if time.monotonic() >= deadline or not _alive(folder):
            return [path]
        time.sleep(WAIT_POLL)


def _at(path: str, action: Callable[[str], object]) -> object:
    """`action(path)` (a socket's bind or connect); a path longer than a Unix socket's 107 bytes is reached
    through a descriptor of its folder (`/proc/self/fd/N/socket`)."""
    if len(os.fsencode(path)) < 100:
        return action(path)
    fd = os.open(os.path.dirname(path), os.O_PATH)
    try:
        return action(f"/proc/self/fd/{fd}/{os.path.basename(path)}")
    finally:
        os.close(fd)


def _alive(folder: str | os.PathLike[str]) -> bool:
    """Whether the worker of `folder` (its "pid" file) still runs: not ended, nor a zombie not yet reaped."""
    try:
        with open(os.path.join(folder, "pid"), encoding="utf-8") as pid:
            number = int(pid.read())
        with open(f"/proc/{number}/stat", encoding="utf-8") as proc:
            stat = proc.read()
        return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except (OSError, ValueError, IndexError):
        return False


def _wait_until_ready(path: str) -> None:
    """Wait while the worker of `path` is starting (its folder names a live process, its socket is not there yet)."""
    import time

    folder = os.path.dirname(path)
    deadline = time.monotonic() + WAIT_SECONDS
    while not os.path.exists(path) and time.monotonic() < deadline:
        if not _alive(folder):  # a worker that ended is never ready
            return
        time.sleep(WAIT_POLL)
