"""Command line: one subcommand per step and per tool. It only parses arguments and calls the step;
nothing in the package imports it. Subcommands live by kind: `steps` (what the Snakemake rules
call), `quality` (evaluate, train), `maintenance` (generated files, fingerprints), `publish`
(report, Data Package, RO-Crate, changes, query, show); the narratives step registers its own.
"""

from __future__ import annotations

import sys
from functools import cache

# `typing` not imported (about 10 % of the console script's imports): this module is what every served job's client
# imports (`console`), and the client needs none of it (speed44)
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse


@cache
def parser() -> argparse.ArgumentParser:
    """The command line's parser, built once a process (about 10 ms: 28 subcommands): `main` is called many times in
    one process by the tests and in every child of a run's warm worker, which built it before forking. Parsing leaves
    it as it was; a list default is copied into each parse's namespace (`own_defaults`)."""
    import argparse

    from .. import warm
    from ..narratives.cli import add_parsers as add_narratives_parsers
    from . import maintenance, publish, quality, steps

    p = argparse.ArgumentParser(prog="narrative-pipeline", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    for group in (steps, quality, maintenance, publish):
        group.add_parsers(sub)
    add_narratives_parsers(sub)
    warm.add_parser(sub)
    return p


def own_defaults(args: argparse.Namespace) -> argparse.Namespace:
    """`args` with each list, set or dict value a copy: a default of the shared parser (`--table` of a command
    given none is the parser's own `[]`) is never the object a step appends to."""
    for name, value in vars(args).items():
        if isinstance(value, list | set | dict):
            setattr(args, name, type(value)(value))
    return args


# Commands that never use pandas: run as a process of their own, they refuse its import (pyarrow would
# otherwise import it at the first conversion, about 0.3 s a job).
ARROW_ONLY = {
    "ingest", "normalize", "actors", "claims", "narratives", "export", "gather", "validate-shard",
    "validate", "manifest", "runinfo", "datapackage", "changes", "rocrate",
}  # fmt: skip

# Commands that never use NumPy (the classifier of `claims`, the language identifier of `ingest`, spaCy in
# `normalize`, the report and `manifest`'s import of the classifier do): run as a process of their own,
# they refuse its import, which pyarrow otherwise makes at its own import (about 0.07 CPU s of every job's
# start, a third of pyarrow's import); pyarrow reads, converts and writes tables without it.
NUMPY_FREE = {"actors", "narratives", "export", "gather", "validate-shard", "validate"}


class NoNumpy:
    """An import finder that refuses NumPy (and only it): placed first, before anything imports pyarrow,
    so that code of the command that imports NumPy fails loudly."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "numpy" or name.startswith("numpy."):
            raise ModuleNotFoundError(f"{name} is not imported by this command (cli.NUMPY_FREE)", name=name)
        return None


# Commands that load spaCy but never use its command line (`spacy.cli`: typer, click, weasel and about 400
# modules, which `import spacy` imports for `spacy.info` alone): run as a process of their own, they get
# a stand-in for it (about 0.2 CPU s of each parse job's start, on the add-one's path too). Nothing spaCy
# loads or runs for a pipeline imports it; `spacy.info` fails loudly instead.
SPACY_CLI_FREE = {"normalize"}


class NoSpacyCli:
    """An import finder, placed first, that gives `spacy.cli` and `spacy.cli.info` as empty stand-ins
    (only they: anything else of `spacy.cli` is not found); `spacy.cli.info.info` raises."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> object:
        if name == "spacy.cli" or name.startswith("spacy.cli."):
            from importlib.machinery import ModuleSpec

            if name not in ("spacy.cli", "spacy.cli.info"):
                raise ModuleNotFoundError(f"{name} is not imported by this command (cli.SPACY_CLI_FREE)", name=name)
            return ModuleSpec(name, self, is_package=name == "spacy.cli")
        return None

    def create_module(self, spec: object) -> None:
        return None  # the default module

    def exec_module(self, module: object) -> None:
        def info(*args: object, **kwargs: object) -> None:
            raise RuntimeError("spaCy's command line is not imported by this command (cli.SPACY_CLI_FREE)")

        module.info = info  # type: ignore[attr-defined]


# The cyclic garbage collector's first threshold for a command run as a process of its own. Python's
# default (700 allocations) makes it scan the young objects again and again while a step builds the
# tens of thousands of tokens, sentences and records of a shard, which all stay alive (measured: a third
# of the time to build a shard's parsed articles). The objects are the same, and so is every output byte;
# cyclic garbage is collected less often, and the other two thresholds are Python's own. Python's imports
# (pydantic's models, pyarrow) make many objects too: a single-article job's imports are faster as well.
# (`snakemake_tuning.GC_THRESHOLD`, imported by `main` and by `cli.GC_THRESHOLD`, not by the client: its imports,
# inspect and threading for Snakemake's tuning, were a third of the console script's imports besides `re`; speed44)


def __getattr__(name: str) -> object:
    if name == "GC_THRESHOLD":
        from ..snakemake_tuning import GC_THRESHOLD

        return GC_THRESHOLD
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# the run's step fingerprints, set by the Snakefile for its jobs (`startcache.FINGERPRINTS_VARIABLE`; not imported here)
FINGERPRINTS = "NARRATIVE_PIPELINE_FINGERPRINTS"

# Arrow's buffers for a command run as a process of its own come from the C library's allocator, not
# from pyarrow's default (mimalloc), which keeps what a step freed: a table read whole, converted or
# compared and dropped stays in the process's RSS. Measured (GNU time's maximum RSS): the corpus
# validation 438-447 -> 309-315 MB on BBC, 535 -> 446 MB on the doubled corpus, the report's pages built
# cold 736 -> 681 MB there; the same CPU time within noise and the same bytes (BENCHMARKS.md, speed13).
# Read by pyarrow once, at its import; a value set by the user wins.
ARROW_POOL = ("ARROW_DEFAULT_MEMORY_POOL", "system")

# Pydantic looks for plugins of its own among the entry points of every installed distribution when the
# first model class of a process is made (about 5 ms of each job's start, 142 distributions in the project's
# environment); the pipeline uses none, and no plugin can change what a step writes. For a command run as a
# process of its own they are not looked for; a value set by the user wins.
PYDANTIC_PLUGINS = ("PYDANTIC_DISABLE_PLUGINS", "__all__")

# Steps that end, when the console script runs them, without the interpreter's teardown: once the step has
# returned (every output written and closed, its log line flushed), freeing the step's objects and modules one
# by one only costs time, 0.08-0.1 CPU s of each actors, claims or narratives job on a BBC shard (measured:
# BENCHMARKS.md, speed19). `quick_exit` runs the atexit handlers and flushes the standard streams first.
# They are also the commands a run's warm worker serves (`warm`): `publish` among them, the last job of every
# run, whose own process spent 0.4-0.7 CPU s importing its modules (speed26); and the report's pages when they
# update a report (`warm.worth_serving`: an add-one's few pages; served, 2.14 against 2.54 CPU s in its own
# process, BENCHMARKS.md speed29; the worker preloads no pandas: the child imports it, or the spare child made for
# it, `warm.SPARE_AFTER`); `changes`, whose staged half (`changes --staged`) ran beside the report's pages
# (speed42; the corpus validation stages it since speed46, `validate --stage-changes`).
QUICK_EXIT = {
    "ingest", "normalize", "actors", "claims", "narratives", "export", "gather", "validate-shard", "validate",
    "publish", "report", "changes",
}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    own_process = argv is None  # the console script, not a test or a notebook
    if own_process:
        import gc
        import os

        os.environ.setdefault(*ARROW_POOL)  # before anything imports pyarrow
        os.environ.setdefault(*PYDANTIC_PLUGINS)  # before the first record model is built

        from ..snakemake_tuning import GC_THRESHOLD

        gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])  # before the step's imports, which it speeds up too
    args = own_defaults(parser().parse_args(argv))
    if own_process and os.environ.get(FINGERPRINTS):
        from ..hashing import CODE_STATE_VARIABLE
        from ..startcache import give_fingerprints

        # the run's step fingerprints (the Snakefile's): not read from the modules again, while none changed
        give_fingerprints(os.environ[FINGERPRINTS], os.environ.get(CODE_STATE_VARIABLE, ""))
    if own_process and getattr(args, "code", None):
        from ..hashing import CODE_STATE_VARIABLE, give_fingerprint

        # the rule's `code` param: the step need not compute it, while no module changed since the run started
        give_fingerprint(args.command, args.code, os.environ.get(CODE_STATE_VARIABLE, ""))
    if own_process and args.command in NUMPY_FREE and "numpy" not in sys.modules:
        sys.meta_path.insert(0, NoNumpy())  # before the step imports pyarrow
    if own_process and args.command in SPACY_CLI_FREE and "spacy" not in sys.modules:
        sys.meta_path.insert(0, NoSpacyCli())
    if own_process and args.command in ARROW_ONLY:
        from ..tables import arrow_without_pandas

        arrow_without_pandas()
    return int(args.func(args) or 0)


def console() -> None:
    """The console script `narrative-pipeline`: `main`, then the process's end; a step of `QUICK_EXIT` (the
    subcommand is the first argument) ends without the interpreter's teardown (`quick_exit`). `main` called
    from Python (a test, a notebook, `python -c` with code after it) returns as before. During a local Snakemake
    run such a step is handed to the run's warm worker when there is one and it accepts (`warm`: the same
    `main` in a process forked from one that has the steps' modules and the spaCy model loaded)."""
    quick = bool(sys.argv[1:2]) and sys.argv[1] in QUICK_EXIT
    if sys.argv[1:2] == ["warm-worker"]:  # (not served: it is the worker) its heap holds the spaCy model, whose
        quick_exit(main())  # teardown kept every run's end waiting (`warm.stop` waits for it): about 0.2 s
    if quick:
        import os

        from ..warmclient import VARIABLE, run_served

        if os.environ.get(VARIABLE):
            served = run_served(sys.argv)
            if served is not None:
                quick_exit(served)
    code = main()
    if quick:
        quick_exit(code)
    raise SystemExit(code)


def quick_exit(code: int) -> None:
    """End the process now with `code`: the atexit handlers run and the standard streams are flushed, but the
    objects and modules are not freed one by one (`os._exit`). Only when no other thread runs (the
    interpreter would wait for it); otherwise the usual exit."""
    import atexit
    import os
    import threading

    if threading.active_count() > 1:
        raise SystemExit(code)
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    console()
