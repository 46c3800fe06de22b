"""A warm worker for a local Snakemake run: one process imports what the steps import and loads the spaCy model
once; each step's `narrative-pipeline` command hands it its command line and its standard streams, and the
worker forks a child that runs the same `cli.main()` there. Measured on BBC (BENCHMARKS.md, speed24): a job's
start (the interpreter, pyarrow, the record models, the rules' modules) is about 0.45 CPU s, and the spaCy
import and model load 1.1 CPU s more in every parse job that parses; a forked child pays neither.

What it trades: the steps run in children of a process that outlives them, not in processes of their own, so
everything a fresh process would decide at its start is held fixed for the run (the interpreter, the package's
code, the environment's values read at import). A request is therefore served only when it could not tell the
difference: the same interpreter and package folder, no module of the package changed since the worker
imported it, the same environment apart from the shell's own variables and the temporary folder, and a command
of `cli.QUICK_EXIT` (steps that end without the interpreter's teardown, which a child also does). Anything else
is refused, and the command runs in its own process exactly as without the worker; so does a command that
finds no worker (tests, direct use, cluster jobs: no variable, or a socket it cannot reach). Children are forked
from the worker's clean state only (nothing a child does returns to the worker), with the client's working
directory, environment, arguments and file descriptors 0-2; the client exits with the child's status (or its
signal) and passes on SIGINT, SIGTERM and SIGHUP to it; a child whose client is gone is killed, and so is a
child whose worker is gone (the client then exits with status 1). The worker ends when the run ends (`stop`, from
the Snakefile's onsuccess and onerror), when Snakemake is gone (its parent changes), or after `IDLE_SECONDS`
without a request. While the worker loads the spaCy model, an early server forked from it once `PRELOAD` is in
serves the steps that do not parse on a socket of its own (`_fork_early`: an add-one's first ingest job, which
came before the worker was ready and ran in its own process; speed47). Memory: the worker's pages (about 160 MB
with the model) are shared with every child until a child writes them.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

# The client's half (a step's command handing itself to the worker) is `warmclient`, which the console script imports
# instead of this module: its standard-library imports alone (speed44).
from .warmclient import (  # noqa: F401  (the names the worker shares with its clients, and tests use)
    EARLY,
    MAX_MESSAGE,
    OFF,
    REPORT_STATE,
    VARIABLE,
    WAIT_FOR,
    WAIT_SECONDS,
    _alive,
    _at,
    _wait_until_ready,
    package_dir,
    run_served,
    worth_serving,
)

IDLE_SECONDS = 900.0
# Variables that may differ between a job's environment and the worker's: the shell's own, and the temporary
# folder Snakemake gives each job (read when used; the child forgets the folder `tempfile` may have cached).
PER_JOB = frozenset({"_", "SHLVL", "PWD", "OLDPWD", "PS1", "PS2", "TMPDIR", "TMP", "TEMP", "TEMPDIR"})
# What Snakemake sets for a job of one thread (snakemake.shell); the worker runs with the same values.
ONE_THREAD = ("OMP_NUM_THREADS", "GOTO_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
              "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")  # fmt: skip
# Modules the served steps import (a missing one is skipped), in two parts. `PRELOAD`, with the spaCy model: what the
# first steps of a run import (ingest, gather, the parse, which waits for the worker: `WAIT_FOR`); the worker is ready
# (its socket there) once they are in. `LATER`: the later steps' modules and the validations' JSON Schemas, taken in one
# at a time by `serve` between requests while the parse runs (`later_steps`), not before the parse can start: about
# 0.35 of the worker's 1.3-1.5 CPU s before it is ready (speed43). A child forked before one of them is in imports it
# itself when it needs it, as a process of its own would.
PRELOAD = (
    "pyarrow", "pyarrow.parquet", "pyarrow.compute", "pydantic", "py3langid",
    "narrative_pipeline.cli.steps", "narrative_pipeline.ingest", "narrative_pipeline.normalize",
    "narrative_pipeline.nlp", "narrative_pipeline.failures", "narrative_pipeline.tables",
    "narrative_pipeline.cache", "narrative_pipeline.articlecache", "narrative_pipeline.parsed",
)  # fmt: skip
LATER = (
    "jsonschema", "rapidfuzz", "narrative_pipeline.actors", "narrative_pipeline.claims",
    "narrative_pipeline.classify", "narrative_pipeline.narratives.steps", "narrative_pipeline.narratives.framing",
    "narrative_pipeline.narratives.checks", "narrative_pipeline.narratives.aggregate",
    "narrative_pipeline.narratives.relations", "narrative_pipeline.export", "narrative_pipeline.validate",
    "narrative_pipeline.schemas",
    # publish, without the report's pages (pandas: made by the report job, which is not served)
    "narrative_pipeline.cli.publish", "narrative_pipeline.manifest", "narrative_pipeline.datapackage",
    "narrative_pipeline.changes", "narrative_pipeline.rocrate", "narrative_pipeline.registry",
    "narrative_pipeline.report.staged", "narrative_pipeline.report.incremental",
)  # fmt: skip

# A spare child for the report's pages (speed45): pandas and the report's modules are about 0.35-0.4 CPU s of an
# add-one's served report job, the branch that ends last, and the worker may not import pandas itself (the steps of
# `cli.ARROW_ONLY`, forked from it, must not find it there). When the worker serves the request of `SPARE_AFTER`
# (the narratives corpus job, the report's last input), it also forks a child that imports `SPARE_MODULES` and
# waits; the report's request, once accepted as any request is, is handed to that child (its descriptors passed
# on as they came) instead of a child forked then, and runs there as in any child (`_child`). The spare imports
# what the report's child imports first thing, under the worker's environment, which an accepted request shares
# (`refusal`); nothing the step computes changes. An unused spare is killed when the worker stops (a run whose
# report is built cold in its own process), and ends with the worker as every child does.
SPARE_AFTER = ("narratives", "corpus")
SPARE_FOR = "report"
SPARE_MODULES = ("narrative_pipeline.report.builder", "narrative_pipeline.cli.publish")

_running: Any = None  # the worker this process started (`start`), for `stop`


# --- the worker -------------------------------------------------------------------------------------


def _same(env: dict[str, str], own: dict[str, str]) -> bool:
    """Whether a process started with `env` would import the steps' modules as the worker did (`own`: the
    worker's environment once `cli.main` set its defaults, which are applied to `env` too)."""
    from .cli import ARROW_POOL, PYDANTIC_PLUGINS

    env = dict(env)
    env.setdefault(*ARROW_POOL)
    env.setdefault(*PYDANTIC_PLUGINS)
    keys = (set(env) | set(own)) - PER_JOB
    return all(env.get(k) == own.get(k) for k in keys)


def refusal(request: dict, own_env: dict[str, str], state: str, served: frozenset[str]) -> str | None:
    """Why a request cannot be served by this worker (None: it can)."""
    from .hashing import module_state

    argv = request.get("argv") or []
    if len(argv) < 2 or argv[1] not in served:
        return "not a served command"
    if request.get("executable") != sys.executable or request.get("package") != package_dir():
        return "another interpreter or package"
    if not _same(request.get("env") or {}, own_env):
        return "another environment"
    if module_state() != state:
        return "the package's modules changed"
    return None


def preload(
    spacy_model: str | None,
    spacy_disable: tuple[str, ...],
    later: bool = True,
    before_model: Callable[[], None] | None = None,
) -> None:
    """Import `PRELOAD` and load the spaCy model as a step's own process would (`cli.main`'s settings); with `later`,
    `later_steps` too (`serve` takes them in itself, between requests, once it is ready). `before_model` is called
    between the two (`serve` forks its early server there)."""
    import gc
    import importlib

    from . import cli
    from .snakemake_tuning import GC_THRESHOLD

    os.environ.setdefault(*cli.ARROW_POOL)
    os.environ.setdefault(*cli.PYDANTIC_PLUGINS)
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    cli.parser()
    for name in PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    if before_model is not None:
        before_model()
    if spacy_model:
        from .nlp import load_pipeline

        finder = cli.NoSpacyCli()
        sys.meta_path.insert(0, finder)
        try:
            with entry_points_by_group(), stored_tokenizer_only():
                load_pipeline(spacy_model, spacy_disable)
        except Exception as exc:  # the parse jobs load it themselves, and report the error there
            print(f"warm: the spaCy model was not loaded: {exc}", file=sys.stderr)
        finally:
            sys.meta_path.remove(finder)
    if not later:  # collected once the later steps are in too (`serve`): 0.07 CPU s less before the worker is ready
        gc.freeze()
        return
    for step in later_steps():
        step()
    gc.collect()
    gc.freeze()  # the children never scan (and so never copy) the worker's objects


class _Grouped:
    """Installed entry points (`importlib.metadata`'s selectable groups) whose `select` answers each query once."""

    def __init__(self, found: Any) -> None:
        self._found = found
        self._selected: dict[tuple, Any] = {}

    def select(self, **params: str) -> Any:
        key = tuple(sorted(params.items()))
        if key not in self._selected:
            self._selected[key] = self._found.select(**params)
        return self._selected[key]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._found, name)


@contextlib.contextmanager
def _when_imported(name: str, patch: Callable[[Any], Callable[[], None] | None]) -> Any:
    """Within the block: `patch(module)` once the module `name` is imported (at once when it already is, else right
    after its import, through a finder placed first), so that entering the block imports nothing (a worker whose model
    load is a stand-in, or fails, has spaCy's modules as before); the undo `patch` returns is called at the block's end,
    and the finder removed."""
    import importlib.abc
    import importlib.machinery

    undo: list[Callable[[], None] | None] = []
    hook = None
    if name in sys.modules:
        undo.append(patch(sys.modules[name]))
    else:

        class Patching(importlib.abc.MetaPathFinder):
            def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
                if fullname != name:
                    return None
                spec = importlib.machinery.PathFinder.find_spec(fullname, path)
                if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
                    return spec
                execute = spec.loader.exec_module

                def exec_module(module: Any) -> None:
                    execute(module)
                    undo.append(patch(module))

                spec.loader.exec_module = exec_module  # type: ignore[method-assign]
                return spec

        hook = Patching()
        sys.meta_path.insert(0, hook)
    try:
        yield
    finally:
        if hook is not None:
            with contextlib.suppress(ValueError):
                sys.meta_path.remove(hook)
        for step in reversed(undo):
            if step is not None:
                step()


def entry_points_by_group() -> Any:
    """While the worker loads the spaCy model: catalogue (the registries of spaCy, thinc and confection) looks its
    entry points up by group about 250 times, and each lookup rebuilds the list of every installed entry point (about
    1,200) to filter it: about 0.035 of the load's 0.3 CPU s (speed50). Here each group is looked up once and the
    answer given again: the same entry points, from the same snapshot catalogue took at its import. The snapshot is
    put back afterwards, so a child forked from the worker finds catalogue as a process of its own would."""

    def patch(catalogue: Any) -> Callable[[], None] | None:
        found = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
        if found is None or not hasattr(found, "select"):  # another version's dict of lists
            return None
        catalogue.AVAILABLE_ENTRY_POINTS = _Grouped(found)

        def undo() -> None:
            catalogue.AVAILABLE_ENTRY_POINTS = found

        return undo

    return _when_imported("catalogue", patch)


STORED_TOKENIZER = "narrative_pipeline.stored_tokenizer.v1"
# the config of spaCy's own tokenizer, whose every setting its `tokenizer` file holds: only that one is started without
# rules (a model's tokenizer of another kind, a subclass of spaCy's registered under a name of its own included, makes
# its own: review46)
DEFAULT_TOKENIZER = {"@tokenizers": "spacy.Tokenizer.v1"}


def _blank_tokenizer() -> Callable[[Any], Any]:
    """A tokenizer without rules: its every setting is then read from the model's own `tokenizer` file."""
    from spacy.tokenizer import Tokenizer

    return lambda nlp: Tokenizer(nlp.vocab)


def stored_tokenizer_only() -> Any:
    """While the worker loads the spaCy model: spaCy makes the language's default tokenizer (its 2,700 special cases and
    regular expressions) when it makes the pipeline from the model's config, then replaces every setting of it with
    the model's stored tokenizer (`Language.from_disk`): the first is made for nothing, about 0.05 of the load's 0.3
    CPU s (speed50). Here a model folder that has a `tokenizer` file, loaded without excluding it, starts from a
    tokenizer without rules instead, through a config override of the pipeline's making only (`load_model_from_config`;
    `from_disk` reads the config file again as it is, so the model's `config` is the one on disk). The tokenizer read
    is the same bytes (test_speed50 compares it, the model's config and its parses with a plain load's). Only for a
    model whose config makes spaCy's own tokenizer (`DEFAULT_TOKENIZER`): a tokenizer of its own, one that subclasses
    spaCy's too, is made as the plain load makes it (review46). spaCy's functions are put back afterwards."""

    def patch(util: Any) -> Callable[[], None]:
        if STORED_TOKENIZER not in util.registry.tokenizers:
            util.registry.tokenizers.register(STORED_TOKENIZER, func=_blank_tokenizer)
        from_path, from_config = util.load_model_from_path, util.load_model_from_config
        stored: list[bool] = []

        def load_model_from_path(model_path: Any, **kwargs: Any) -> Any:
            stored.append(
                Path(model_path, "tokenizer").is_file() and "tokenizer" not in list(kwargs.get("exclude", ()))
            )
            try:
                return from_path(model_path, **kwargs)
            finally:
                stored.pop()

        def load_model_from_config(config: Any, *args: Any, **kwargs: Any) -> Any:
            if stored and stored[-1] and config.get("nlp", {}).get("tokenizer") == DEFAULT_TOKENIZER:
                config = config.copy()
                config["nlp"]["tokenizer"] = {"@tokenizers": STORED_TOKENIZER}
            return from_config(config, *args, **kwargs)

        util.load_model_from_path, util.load_model_from_config = load_model_from_path, load_model_from_config

        def undo() -> None:
            util.load_model_from_path, util.load_model_from_config = from_path, from_config

        return undo

    return _when_imported("spacy.util", patch)


def later_steps(configs: Mapping[str, str] | None = None) -> list[Callable[[], None]]:
    """What the worker takes in after `PRELOAD` and the model, a step at a time: each module of `LATER`, then the
    JSON Schemas the validations check against, generated from the record models once (`functools.cache`) instead
    of in every shard validation's child (0.25 s under cProfile there; speed29), then the run's configuration files
    parsed as the steps parse them (`configs`: `config_steps`; after the schemas: before them, a shard validation
    forked before the schemas were in made them itself, 0.06 CPU s in every add-one at load 16-23, speed56)."""
    import importlib

    def module(name: str) -> Callable[[], None]:
        def step() -> None:
            with contextlib.suppress(ImportError):
                importlib.import_module(name)

        return step

    def validators() -> None:
        with contextlib.suppress(ImportError):
            from .schemas import article_validator, report_validator

            article_validator()
            report_validator()

    return [*map(module, LATER), validators, *config_steps(configs or {})]


# The run's configuration files the worker parses for its children (`config_steps`), by the name the Snakefile gives
# each (`start`'s `configs`): the actor registry, the actors, claims and PLOVER lexicons.
CONFIGS = ("registry", "actors_lexicon", "claims_lexicon", "plover_lexicon")


def config_steps(configs: Mapping[str, str]) -> list[Callable[[], None]]:
    """The loaders of the actors, claims and narratives steps, called on the run's files (`configs`: `CONFIGS` ->
    path) with their parses kept for the children (`lexicon.keeping_parses`, speed56: a child's loader takes the kept
    parse only while each file holds the same bytes). One step a loader; a file that fails to load is left to the
    steps, which report it as before."""
    registry, actors, claims, plover = (configs.get(name) for name in CONFIGS)

    def kept(load: Callable[[], object]) -> Callable[[], None]:
        def step() -> None:
            from .lexicon import keeping_parses

            with keeping_parses():
                load()

        return step

    def load_registry() -> object:
        from .registry import load_registry_hashed

        return load_registry_hashed(Path(registry or ""))

    def load_actors() -> object:
        from .actors.lexicon import load_actors_lexicon

        return load_actors_lexicon(Path(actors or ""), Path(claims or ""))

    def load_claims() -> object:
        from .claims.lexicon import load_lexicon

        return load_lexicon(Path(claims or ""))

    def load_plover() -> object:
        from .narratives.lexicon import load_lexicon

        return load_lexicon(Path(plover or ""), Path(claims or ""))

    wanted = [(registry, load_registry), (actors and claims, load_actors), (claims, load_claims),
              (plover and claims, load_plover)]  # fmt: skip
    return [kept(load) for given, load in wanted if given]


def take_next(later: list[Callable[[], None]]) -> None:
    """Take the first of the `later` steps in (and out of the list); after the last, the garbage of every import
    is collected and the worker's objects frozen again (`preload` froze them uncollected). A step that fails is
    named on stderr and the worker goes on serving: a child that needs what it failed to import fails as a
    process of its own would."""
    import gc

    try:
        later.pop(0)()
    except Exception as exc:  # noqa: BLE001
        print(f"warm: a later step failed: {exc!r}", file=sys.stderr, flush=True)
    if not later:
        gc.unfreeze()
        gc.collect()
        gc.freeze()


# The signals a client passes on to its step (`warmclient.run_served`), and Ctrl-C reaches a step's process group with:
# blocked in the server from before the fork until the child has its own handlers (`_child`), so that one sent then
# waits for them instead of meeting the server's own (SIGINT ignored, SIGTERM the server's stop; review43: a Ctrl-C that
# reached a step in its first instants was lost, and the step ran on with its client waiting for it)
STEP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM, signal.SIGHUP})


def _fork_child(request: dict, fds: list[int], worker: int) -> int:
    """In a serving loop: fork a child that runs the step of `request` (`_child`); its pid."""
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, STEP_SIGNALS)
    try:
        pid = os.fork()
        if pid == 0:
            _child(request, fds, worker)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    return pid


def _child(request: dict, fds: list[int], worker: int) -> None:
    """In the forked child: become the step's process and run it; never returns. It ends with the worker
    (`_end_with_worker`)."""
    import atexit
    import io
    import signal
    import tempfile
    import threading

    code = 1
    try:
        _end_with_worker(worker)
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        os.closerange(3, 1 << 16)  # the worker's sockets, the received descriptors
        signal.signal(signal.SIGINT, signal.default_int_handler)
        for signum in (signal.SIGTERM, signal.SIGHUP, signal.SIGCHLD):
            signal.signal(signum, signal.SIG_DFL)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        tempfile.tempdir = None
        sys.argv = list(request["argv"])
        encoding, errors = sys.stdout.encoding, sys.stdout.errors
        # the standard streams made again for the client's descriptors, as Python makes them at a process's start
        sys.stdin = sys.__stdin__ = io.TextIOWrapper(open(0, "rb", closefd=False), encoding, errors)  # noqa: SIM115
        out = open(1, "wb", closefd=False)  # noqa: SIM115
        sys.stdout = sys.__stdout__ = io.TextIOWrapper(out, encoding, errors, line_buffering=out.isatty())
        err = open(2, "wb", closefd=False)  # noqa: SIM115
        sys.stderr = sys.__stderr__ = io.TextIOWrapper(err, encoding, "backslashreplace", line_buffering=True)
        from .cli import main

        try:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, STEP_SIGNALS)  # one sent since the fork is delivered here
            code = main()
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
            if exc.code is not None and not isinstance(exc.code, int):
                print(exc.code, file=sys.stderr)
        except KeyboardInterrupt as exc:
            _print_exception(exc)
            sys.stderr.flush()
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGINT)
        except BaseException as exc:
            _print_exception(exc)
            code = 1
        threading._shutdown()  # type: ignore[attr-defined]  # non-daemon threads, as the interpreter's exit
        atexit._run_exitfuncs()
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):
                stream.flush()
        os._exit(code & 0xFF if isinstance(code, int) else 1)


def _spare(conn: Any, worker: int) -> None:
    """In a spare child (`SPARE_MODULES`): import the report's modules, wait for a request and its descriptors
    from the worker on `conn`, then run it as `_child` does; never returns. Ends with the worker, and at once
    when the worker closes `conn` without a request."""
    import importlib
    import json
    import signal
    import socket

    try:
        _end_with_worker(worker)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # (the worker's handler wakes the worker only)
        keep = conn.fileno()
        os.closerange(3, keep)  # the worker's listener, clients, pipes: held by the worker alone
        os.closerange(keep + 1, 1 << 16)
        for name in SPARE_MODULES:
            with contextlib.suppress(Exception):  # a child that needs it then fails as its own process would
                importlib.import_module(name)
        msg, fds, _flags, _addr = socket.recv_fds(conn, MAX_MESSAGE, 3)
        if not msg or len(fds) != 3:
            os._exit(0)
        conn.close()
        request = json.loads(msg)
    except BaseException:  # noqa: BLE001  (the worker took no request from it, or gave it none)
        os._exit(1)
    _child(request, fds, worker)


def _fork_spare(worker: int) -> tuple[int, Any] | None:
    """In the worker: a spare child (`_spare`) and the worker's end of its socket; None when it cannot be made."""
    import signal
    import socket

    try:
        mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    except OSError:
        return None
    sys.stdout.flush()
    sys.stderr.flush()
    # blocked in the spare until `_child` runs its step
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, STEP_SIGNALS)
    try:
        pid = os.fork()
        if pid == 0:
            mine.close()
            _spare(theirs, worker)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    theirs.close()
    return pid, mine


def _hand_to_spare(spare: tuple[int, Any], msg: bytes, fds: list[int]) -> bool:
    """Give the spare child a request and its descriptors; false when it is gone (the worker forks a child)."""
    import socket

    try:
        socket.send_fds(spare[1], [msg], fds)
        return True
    except OSError:
        return False
    finally:
        spare[1].close()


def _drop_spare(spare: tuple[int, Any]) -> None:
    """An unused spare child ended and reaped."""
    import signal

    spare[1].close()
    with contextlib.suppress(OSError):
        os.kill(spare[0], signal.SIGKILL)
    with contextlib.suppress(OSError):
        os.waitpid(spare[0], 0)


def _end_with_worker(worker: int) -> None:
    """In the forked child: have the kernel kill it when the worker (`worker`, its parent) ends (Linux's
    `PR_SET_PDEATHSIG`), and end at once if the worker ended before that was set. A worker gone (killed, or out of
    memory) leaves its client nothing to wait for: the client reports the step failed and Snakemake removes the
    job's outputs; a child that went on would write them after that, a run's outputs made by a process no run
    waits for (review39: two parse jobs' shards written 0.6-1.1 s after Snakemake had failed them, and taken as
    done by the next run)."""
    import ctypes
    import signal

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != worker:
        os._exit(1)


def _print_exception(exc: BaseException) -> None:
    """The traceback Python prints for an uncaught exception, from `main` down (this module's frame left out:
    the step's own process shows the console script's two frames there instead)."""
    import traceback

    traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next if exc.__traceback__ else None)


def served_record(argv: list[str], started: float, ended: float, usage: Any) -> dict:
    """What a served child cost, as a line of the run's `benchmarks/warm.jsonl`: Snakemake's benchmark file of a
    served job measures the job's own processes (the client), not the worker's child that did the work."""
    return {
        "argv": [str(a) for a in argv[1:]],
        "wall_s": round(ended - started, 4),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 4),
        "max_rss_mb": round(usage.ru_maxrss / 1024, 2),  # Linux: kilobytes
        "end": round(ended, 3),
    }


class _Stopping:
    """A serving loop's SIGTERM (`stop`, at the run's end): a flag, and a pipe whose end `wake` the loop's `select`
    watches, so that the signal wakes it at once: Python retries a `select` a signal interrupted (PEP 475), so a flag
    alone was seen only at the next timeout, up to a second of every run's end (speed32)."""

    def __init__(self) -> None:
        import signal

        self.set = False
        self.wake, self._woken = os.pipe()
        os.set_blocking(self.wake, False)
        os.set_blocking(self._woken, False)
        signal.signal(signal.SIGTERM, self._signalled)

    def _signalled(self, signum: int, frame: object) -> None:
        self.set = True
        with contextlib.suppress(OSError):
            os.write(self._woken, b"\0")

    def close(self) -> None:
        """The pipe closed (in a process forked from the one that made it, which makes its own)."""
        for fd in (self.wake, self._woken):
            with contextlib.suppress(OSError):
                os.close(fd)


def serve(
    path: str,
    parent: int,
    spacy_model: str | None,
    spacy_disable: tuple[str, ...],
    record: str | None = None,
    configs: Mapping[str, str] | None = None,
) -> int:
    """The worker: preload, listen on `path`, fork a child per request, send back its status; with `record`, append
    what each child cost to that file (`served_record`). While it loads the spaCy model, an early server forked from
    it serves the steps that do not parse on `path + EARLY` (`_fork_early`)."""
    import signal
    import socket

    from .cli import QUICK_EXIT
    from .hashing import module_state

    if not pidfd_supported():  # the loop watches each child by its descriptor: no worker rather than a failed step
        print("warm: no worker: os.pidfd_open is not available here (Linux 5.3+, and allowed by a container's "
              "seccomp profile); every step runs in its own process", file=sys.stderr, flush=True)  # fmt: skip
        return 0
    own_env = dict(os.environ)  # as `cli.main` left it, before the preloaded modules could change it
    stopping = _Stopping()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the children and the clients themselves
    state = module_state()
    served = frozenset(QUICK_EXIT)
    early: list[tuple[int, int]] = []

    def fork_early() -> None:
        forked = _fork_early(path + EARLY, state, own_env, served - WAIT_FOR, record, stopping)
        if forked is not None:
            early.append(forked)

    # ready sooner: the later steps' modules are taken in between requests
    preload(spacy_model, spacy_disable, later=False, before_model=fork_early)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    _at(path + ".tmp", listener.bind)
    os.rename(path + ".tmp", path)  # clients find it only once it is ready
    listener.listen(16)
    listener.setblocking(False)
    return _loop(listener, path, stopping, parent, state, own_env, served, record, later_steps(configs),
                 early=early[0] if early else None)  # fmt: skip


def _fork_early(
    path: str, state: str, own_env: dict[str, str], served: frozenset[str], record: str | None, stopping: _Stopping
) -> tuple[int, int] | None:
    """In the worker, once `PRELOAD` is in and before the spaCy model (about half of its time to ready: the spaCy
    import and the model, 0.55-0.8 s of wall): fork an early server that serves the steps which do not parse on `path`
    (`served`, without `WAIT_FOR`: the parse waits for the worker's own socket) while the worker loads the model.
    Ingest's first job comes about then: in its own process it imported what `PRELOAD` holds itself (0.3-0.45 CPU s,
    beside the worker's load on two cores, ending after the worker was ready at load 6; speed47). The early server
    is the worker's loop on its own socket, forking its children from the worker's state at that point (a child
    imports what it needs beyond it, as a process of its own would); it ends with the worker (`_end_with_worker`),
    and once the worker is ready and closes the pipe whose read end it watches, it removes its socket, serves what
    had reached it, waits for its children and exits. Returns its pid and the pipe's write end; None when it
    cannot be made (the steps that come then wait for the worker's own socket)."""
    import gc
    import socket

    worker = os.getpid()
    try:
        handover, handing = os.pipe()
    except OSError:
        return None
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        pid = os.fork()
    except OSError:
        os.close(handover)
        os.close(handing)
        return None
    if pid == 0:
        code = 1
        try:
            _end_with_worker(worker)
            os.close(handing)
            stopping.close()
            own = _Stopping()
            listener = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
            _at(path + ".tmp", listener.bind)
            os.rename(path + ".tmp", path)
            listener.listen(16)
            listener.setblocking(False)
            gc.freeze()
            code = _loop(listener, path, own, worker, state, own_env, served, record, [], handover=handover)
        except BaseException as exc:  # noqa: BLE001
            print(f"warm: the early server failed: {exc!r}", file=sys.stderr, flush=True)
        finally:
            os._exit(code)
    os.close(handover)
    return pid, handing


def _loop(
    listener: Any,
    path: str,
    stopping: _Stopping,
    parent: int,
    state: str,
    own_env: dict[str, str],
    served: frozenset[str],
    record: str | None,
    later: list[Callable[[], None]],
    early: tuple[int, int] | None = None,
    handover: int | None = None,
) -> int:
    """A serving loop on `listener` (bound to `path`): a child forked per request, its status sent back; `later`
    taken in between requests. It ends on SIGTERM (`stopping`: its children get SIGTERM), when its parent is no
    longer `parent` (Snakemake's process; the worker's, for the early server), or idle; each time once its children
    have ended. The worker's loop closes the write end of `early`'s pipe at once (it is ready: the early server ends
    once its children have) and reaps it; the early server's loop stops taking requests when `handover` (that
    pipe's read end) ends, after serving those that had reached it."""
    import json
    import selectors
    import signal
    import socket
    import time

    worker = os.getpid()  # the parent its children end with (`_end_with_worker`)
    sel = selectors.DefaultSelector()
    sel.register(listener, selectors.EVENT_READ, ("listen", None))
    sel.register(stopping.wake, selectors.EVENT_READ, ("wake", None))
    if handover is not None:
        sel.register(handover, selectors.EVENT_READ, ("handover", None))
    early_pid = 0
    if early is not None:
        early_pid, handing = early
        os.close(handing)  # ready: the early server takes no more requests
        early_fd = os.pidfd_open(early_pid)
        sel.register(early_fd, selectors.EVENT_READ, ("early", early_fd))
    closing = False  # (the early server, handed over) no new requests; those that reached it served first
    children: dict[int, tuple[socket.socket, int]] = {}  # pidfd -> (connection, pid)
    begun: dict[int, tuple[list[str], float]] = {}  # pid -> (argv, start time)
    last = time.monotonic()
    spare: tuple[int, Any] | None = None  # (pid, the worker's end of its socket): `_spare`
    while True:
        ending = os.getppid() != parent or stopping.set
        if listener is not None and (ending or (closing and not _waiting(listener))):
            sel.unregister(listener)
            listener.close()
            listener = None
            if path:
                os.unlink(path)
                path = ""
        if ending or closing:
            if spare is not None:
                _drop_spare(spare)
                spare = None
            if ending:
                for _conn, pid in children.values():
                    with contextlib.suppress(OSError):
                        os.kill(pid, signal.SIGTERM if stopping.set else 0)
                if early_pid and stopping.set:
                    with contextlib.suppress(OSError):
                        os.kill(early_pid, signal.SIGTERM)
            if listener is None and not children and not early_pid:
                return 0
        elif not children and time.monotonic() - last > IDLE_SECONDS:
            stopping.set = True
            continue
        events = sel.select(timeout=0.0 if later else 1.0)
        if later and not events:  # nothing to answer: the next of the later modules
            take_next(later)
            continue
        for key, _ in events:
            kind, data = key.data
            if kind == "wake":
                with contextlib.suppress(OSError):
                    os.read(stopping.wake, 64)
            elif kind == "handover":  # the worker is ready: its clients find its socket, no longer this one
                sel.unregister(handover)
                if path:
                    os.unlink(path)
                    path = ""
                closing = True
            elif kind == "early":  # the early server ended
                sel.unregister(data)
                os.close(data)
                with contextlib.suppress(OSError):
                    os.waitpid(early_pid, 0)
                early_pid = 0
            elif kind == "listen":
                if listener is None:
                    continue
                try:
                    conn, _addr = listener.accept()
                except OSError:
                    continue
                conn.setblocking(True)
                conn.settimeout(5.0)
                try:
                    msg, fds, _flags, _addr = socket.recv_fds(conn, MAX_MESSAGE, 3)
                    request = json.loads(msg)
                except (OSError, ValueError):
                    conn.close()
                    continue
                last = time.monotonic()
                why = refusal(request, own_env, state, served) if len(fds) == 3 else "no descriptors"
                command = " ".join(str(a) for a in (request.get("argv") or [])[1:2])
                print(f"refused {command}: {why}" if why else f"served {command}", file=sys.stderr, flush=True)
                if why is not None:
                    _send(conn, {"refused": why})
                    conn.close()
                    for fd in fds:
                        os.close(fd)
                    continue
                sys.stdout.flush()
                sys.stderr.flush()
                words = tuple(str(a) for a in (request.get("argv") or [])[1:3])
                if spare is not None and words[:1] == (SPARE_FOR,):
                    pid = spare[0]
                    if not _hand_to_spare(spare, msg, fds):
                        _drop_spare(spare)
                        pid = 0
                    spare = None
                else:
                    pid = 0
                if not pid:
                    pid = _fork_child(request, fds, worker)
                for fd in fds:
                    os.close(fd)
                if spare is None and words == SPARE_AFTER and not stopping.set and handover is None:
                    spare = _fork_spare(worker)
                pidfd = os.pidfd_open(pid)
                children[pidfd] = (conn, pid)
                begun[pid] = (list(request.get("argv") or []), time.time())
                sel.register(pidfd, selectors.EVENT_READ, ("child", pidfd))
                sel.register(conn, selectors.EVENT_READ, ("client", pidfd))
                _send(conn, {"pid": pid})
            elif kind == "client":  # the client went away (or wrote, which it never does): its child goes too
                if data not in children:
                    continue
                conn, pid = children[data]
                sel.unregister(conn)
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
            else:
                conn, pid = children.pop(data)
                sel.unregister(data)
                os.close(data)
                _, status, usage = os.wait4(pid, 0)
                argv, started = begun.pop(pid)
                if record:
                    with contextlib.suppress(OSError), open(record, "a", encoding="utf-8") as out:
                        out.write(json.dumps(served_record(argv, started, time.time(), usage)) + "\n")
                sig = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
                _send(conn, {"signal": sig} if sig else {"exit": os.WEXITSTATUS(status)})
                with contextlib.suppress(KeyError, ValueError):
                    sel.unregister(conn)
                conn.close()
                last = time.monotonic()


def _waiting(listener: Any) -> bool:
    """Whether a connection waits on `listener` to be accepted."""
    import select

    return bool(select.select([listener], [], [], 0)[0])


def pidfd_supported() -> bool:
    """Whether this process can hold a descriptor of a process (`os.pidfd_open`: Linux 5.3+, and not refused by a
    container's seccomp profile, as Docker's before 20.10 did with EPERM). The worker's loop waits on one per child;
    without them it died of the error at the first served step, after forking its child (killed with it; the client
    then ran the step itself, review40), so it does not start and every step runs in its own process."""
    try:
        fd = os.pidfd_open(os.getpid())
    except (AttributeError, OSError):
        return False
    os.close(fd)
    return True


def _send(conn: Any, message: dict) -> None:
    import json

    with contextlib.suppress(OSError):
        conn.send(json.dumps(message).encode())


# --- the run: the Snakefile's hooks ---------------------------------------------------------------


def start(
    cache_dir: str | Path,
    spacy_model: str | None,
    spacy_disable: tuple[str, ...] = (),
    record: str | Path | None = None,
    defer_record: bool = False,
    configs: Mapping[str, str | Path] | None = None,
) -> str | None:
    """Start a worker for this run (a private folder under `cache_dir`) and name its socket in `VARIABLE`
    for the jobs Snakemake starts from now on; returns the socket's path, or None when no worker could be
    started (the steps then run in their own processes). Folders of workers no longer running are removed.
    `record` (the run's `benchmarks/warm.jsonl`) is emptied and gets a line per served step (`served_record`);
    with `defer_record`, it is emptied only when the run takes the worker over (`take_over`, in `onstart`, once
    Snakemake holds the results folder's lock): a worker started before that and abandoned leaves it as it was."""
    import shutil
    import subprocess
    import tempfile

    global _running, _record
    if os.environ.get(VARIABLE) == OFF:
        return None
    os.environ.pop(VARIABLE, None)  # a worker of another run is never this run's
    cache = Path(cache_dir)
    for old in cache.glob("warm-*"):
        if not _alive(old) and not _being_started(old):
            shutil.rmtree(old, ignore_errors=True)
    script = shutil.which("narrative-pipeline")
    if script is None:
        return None
    try:
        cache.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix="warm-", dir=cache))  # 0700
    except OSError:
        return None
    path = str(folder.absolute() / "socket")
    env = dict(os.environ)
    env.update({name: "1" for name in ONE_THREAD})
    env[VARIABLE] = path
    os.environ[VARIABLE] = path
    argv = [script, "warm-worker", "--socket", path, "--parent", str(os.getpid())]
    if record is not None:
        if defer_record:
            _record = Path(record)
        else:
            _empty(Path(record))
        argv += ["--record", str(Path(record).absolute())]
    if spacy_model:
        argv += ["--spacy-model", spacy_model, *[f"--spacy-disable={d}" for d in spacy_disable]]
    argv += [f"--keep-config={name}={Path(p).absolute()}" for name, p in sorted((configs or {}).items())]
    with open(folder / "log", "wb") as log:
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log, env=env)
    (folder / "pid").write_text(str(proc.pid))
    _running = (proc, folder)
    return path


def _empty(record: Path) -> None:
    """The run's record of served steps made empty (the worker appends a line per step)."""
    record.parent.mkdir(parents=True, exist_ok=True)
    record.write_text("", encoding="utf-8")


STARTING_SECONDS = 60.0


def _being_started(folder: Path) -> bool:
    """Whether `folder` is a worker's that another run's `start` is making now: no "pid" file yet, made less than
    `STARTING_SECONDS` ago (review43: two runs sharing a cache folder, one starting while the other removed the folders
    of ended workers, removed the new folder before its pid was written, and the starting run's `start` failed)."""
    import time

    try:
        return not (folder / "pid").exists() and time.time() - folder.stat().st_mtime < STARTING_SECONDS
    except OSError:
        return False


def stop(timeout: float = 10.0) -> str:
    """End the worker `start` started (its running children get SIGTERM) and remove its folder; returns the
    worker's log (a line per request: served, or refused and why; its errors)."""
    import shutil
    import subprocess

    global _running, _record
    _record = None
    if os.environ.get(VARIABLE) != OFF:
        os.environ.pop(VARIABLE, None)
    if _running is None:
        return ""
    proc, folder = _running
    _running = None
    proc.terminate()
    if not _ended_within(proc, timeout):
        proc.kill()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    try:
        text = (folder / "log").read_text(errors="replace")
    except OSError:
        text = ""
    shutil.rmtree(folder, ignore_errors=True)
    return text


def _ended_within(proc: Any, timeout: float) -> bool:
    """Whether the process `proc` (a `Popen` of this one, not yet reaped) ends within `timeout` seconds, told the moment
    it does by a descriptor of it (`pidfd_open`): `Popen.wait` with a timeout polls at growing intervals of up to 50 ms,
    about 25 ms late on average at every run's end (speed44). True when it cannot be watched (no pid, not Linux 5.3+,
    already reaped): the caller's `wait` then waits as before."""
    import select

    pid = getattr(proc, "pid", None)
    if not isinstance(pid, int):
        return True
    try:
        fd = os.pidfd_open(pid)
    except (AttributeError, OSError):
        return True
    try:
        return bool(select.select([fd], [], [], timeout)[0])
    finally:
        os.close(fd)


def running() -> bool:
    """Whether this process has a worker it started (`start`) and has not stopped."""
    return _running is not None


def abandon() -> None:
    """End the worker `start` started without waiting for it to finish loading (SIGKILL: it has served nothing),
    and remove its folder: a worker started ahead for a run that then had nothing to do (`start_ahead`)."""
    import shutil

    global _running, _record
    _record = None
    if os.environ.get(VARIABLE) != OFF:
        os.environ.pop(VARIABLE, None)
    if _running is None:
        return
    proc, folder = _running
    _running = None
    with contextlib.suppress(OSError):
        proc.kill()
    proc.wait()
    shutil.rmtree(folder, ignore_errors=True)


def local_run(plugin: Any, workflow: Any) -> bool:
    """Whether `workflow.execute(plugin, ...)` runs jobs here, with the Snakefile's hooks (its `onstart` starts
    the worker): a local executor, no dry run or `--touch`, the default execution mode, hooks on."""
    settings = getattr(plugin, "common_settings", None)
    execution = getattr(workflow, "execution_settings", None)
    mode = getattr(getattr(workflow, "workflow_settings", None), "exec_mode", None)
    return (
        settings is not None
        and not getattr(settings, "non_local_exec", True)
        and not getattr(settings, "dryrun_exec", True)
        and not getattr(settings, "touch_exec", True)
        and getattr(mode, "name", None) == "DEFAULT"
        and execution is not None
        and not getattr(execution, "no_hooks", True)
    )


def _wrap_execute(workflow: Any) -> bool:
    """`workflow.execute` wrapped: for a run that is not local (`local_run`), a worker started before (`start_ahead`)
    abandoned; after it, a worker `onstart` did not take over abandoned, one it took over stopped. False when the
    workflow has no `execute`."""
    execute = getattr(workflow, "execute", None)
    if execute is None:
        return False

    def execute_early(*args: Any, **kwargs: Any) -> Any:
        plugin = kwargs.get("executor_plugin", args[0] if args else None)
        if not local_run(plugin, workflow) and running():
            abandon()  # a dry run, a cluster's, --touch, no hooks: a worker started ahead serves nothing
        try:
            return execute(*args, **kwargs)
        finally:
            if running() and _handed_over:  # Snakemake failed without `onerror`: not left for its exit to end
                stop()
            elif running():  # nothing to do, or failed before `onstart`: it has served nothing
                abandon()

    workflow.execute = execute_early
    return True


def start_ahead(workflow: Any, begin: Callable[[], object]) -> bool:
    """Start the run's worker now (`begin()`, which calls `start` with `defer_record`), while Snakemake still reads the
    Snakefile, rather than when it begins to execute (speed32's `start_early`, which this replaced): the add-one's
    chain waits for the worker, whose load (the steps' modules, the spaCy import and model: about 0.8 CPU s) starts
    the reading of the rest of the Snakefile earlier (the corpus's discovery, the rules' files: 0.1-0.35 s of wall;
    speed50). The Snakefile calls it once the worker's settings and environment are final, before it knows whether
    the run has jobs or runs them here;
    a worker that turns out to serve nothing is abandoned (`abandon`: SIGKILL, its folder removed, the run's record
    left as it was): by the Snakefile when the inputs are the last successful run's (a no-op: `onstart` starts one if
    the run has jobs after all), at `execute` for a run that is not local (a dry run, a cluster's, --touch, no hooks;
    `local_run`), after `execute` when `onstart` did not take it over (nothing to do, a failure before it, a locked
    results folder), and at the process's exit for a Snakemake that never executes (--lint, --list, an error in the
    Snakefile). False, and no worker, when the workflow has no `execute` to wrap (it then starts in `onstart`)."""
    import atexit

    if not _wrap_execute(workflow):
        return False
    begin()
    atexit.register(_abandon_unclaimed)
    return running()


def _abandon_unclaimed() -> None:
    """At the process's exit: a worker no run took over (`take_over`) abandoned."""
    if running() and not _handed_over:
        abandon()


_handed_over = False  # the early worker was taken over by the run's `onstart` (`take_over`)
_record: Path | None = None  # the record of a worker started with `defer_record`, emptied by `take_over`


def take_over() -> bool:
    """In `onstart`: whether a worker started ahead (`start_ahead`) serves this run (then `onstart`
    starts none); its record, when `start` deferred it, is emptied now (Snakemake holds the results folder's lock)."""
    global _handed_over, _record
    _handed_over = running()
    if _handed_over and _record is not None:
        _empty(_record)
    _record = None
    return _handed_over


def add_parser(sub: Any) -> None:
    p = sub.add_parser("warm-worker", help="the warm worker of a run (started by the Snakefile; see warm.py)")
    p.add_argument("--socket", required=True)
    p.add_argument("--parent", type=int, required=True)
    p.add_argument("--spacy-model")
    p.add_argument("--spacy-disable", action="append", default=[])
    p.add_argument("--record", help="a file that gets a JSON line per served step: command, wall, CPU, peak RSS")
    p.add_argument("--keep-config", action="append", default=[], metavar="NAME=PATH",
                   help=f"a configuration file the worker parses for its steps ({', '.join(CONFIGS)})")  # fmt: skip
    p.set_defaults(func=_serve_args)


def _serve_args(a: Any) -> int:
    """`serve` with the `warm-worker` command's arguments."""
    configs = dict(item.split("=", 1) for item in a.keep_config)
    return serve(a.socket, a.parent, a.spacy_model, tuple(a.spacy_disable), a.record, configs)
