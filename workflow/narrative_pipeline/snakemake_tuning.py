"""Six costs of Snakemake's own bookkeeping, taken off every run (a no-op rerun on BBC: 2.15 -> 1.56 s;
any run that executes jobs: about 1 s less at its end; a run with jobs waiting for a core: most of
Snakemake's own CPU time), without changing anything Snakemake decides or records. The Snakefile applies
the first five once per process (`tune()` in workflow/rules/common.smk) and the last when a run
succeeded (`onsuccess`); each returns whether it applied, and leaves Snakemake as it is when the pinned
version's internals are not there (tests/test_snakemake_tuning.py fails then, so an upgrade is noticed).
None of them applies to a Snakemake of another version than `TUNED_FOR` (the version pyproject.toml pins,
which a test checks): a conda or cluster install of another version runs as Snakemake made it, since the
same attribute names may mean something else there.

- **Metadata reads.** Snakemake keeps one JSON record per output file (.snakemake/metadata) and reads them
  through a cache of 128 records. Each of its six checks of a job (metadata present, outdated, params,
  input, code, software stack) walks all of the job's outputs, and an export job declares one document per
  article of its shard (about 130 on BBC): with more outputs than the cache holds, every check reads every
  record again (9,107 reads of 2,297 records in a BBC no-op). The cache is made unbounded: a record is a
  few hundred bytes, and Snakemake still clears the cache before every write.
- **pandas at the params check.** To compare a rule's params with the recorded ones, Snakemake serializes
  each param through pandas' hashing whenever pandas is installed, so it imports pandas (about 0.25 s)
  though no param of the pipeline is a pandas object. Here the pandas path is taken only once pandas is
  imported: a pandas object cannot exist before that, so every param is serialized to the same string as
  before and the recorded params still match.
- **Input checksums once per job.** When a job ends, Snakemake writes one metadata record per output, and
  for each output it computes the sha256 of every input file under 1 MB again: an export job (about 130
  documents, 7 shard tables) hashed its inputs 130 times, 0.4-0.5 s between the export and the shard's
  validation in every add-one. While a job's records are written, each file's checksum is now computed
  once and reused for the job's other outputs (the files cannot change meanwhile): the same records.
- **Wake-ups that multiply.** After each round in which some job is ready but not started (no core
  free), the scheduler starts a timer that wakes it for another round a second later (its job rate
  limit, 100 jobs a second); that round starts another timer, and so on, and a job that ends starts a
  round of its own, with its own timer: the timers add up, one more with each job that ends while
  others wait. Late in a full run on BBC dozens of them wake the scheduler dozens of times a second,
  and each round checks the size of every input file of every ready job (thousands of files) and
  starts a thread: on a 385-article corpus 8,381 rounds for 121 jobs, 35 s of Snakemake's CPU (under
  cProfile) beside the jobs on two cores. One pending wake-up is enough (a round that finds the rate
  limit reached starts the next), so a new one is started only when none is pending.
- **Which rule makes a file.** To build the DAG Snakemake asks each candidate rule whether it makes each
  file a job needs, and a rule answers by matching the file against a regular expression of each of its
  products in turn, compiled once per product: an export rule declares one document per article of its
  shard (about 130 on BBC), so a BBC DAG compiled 2,452 expressions and matched 143,276 times (0.11 CPU s
  of every run's start, the no-op rerun's included). A product without wildcards matches exactly its own
  path (`re.match` of the escaped path and `$`, which also takes the path with one newline after it), so
  those are now looked up in a set, and only the products with wildcards go through Snakemake's own
  matching (0.045 CPU s).
- **The wait at the end.** Each round of Snakemake's scheduler starts a one-second timer that wakes the
  next round (its job rate limit, `--max-jobs-per-timespan`, 100/1s by default); the timer thread is not
  a daemon, so after the last job Python waits for the last timer before it exits: up to 1 s at the end
  of every run. Once the run is over nothing is left to wake, so `onsuccess` cancels those timers.

Beside them, and for any Snakemake version, `collect_less` (also from common.smk) makes Python's cyclic
garbage collector run less often in Snakemake's process (its full collections took 0.2-0.3 s of a run).
"""

from __future__ import annotations

import functools
import inspect
import sys
import threading
from contextvars import ContextVar
from functools import lru_cache
from typing import Any


def unbounded_metadata_cache(persistence_class: type) -> bool:
    """Let the file persistence's record cache hold every record (its `lru_cache` without a bound)."""
    cached = persistence_class.__dict__.get("_read_record_cached")
    read = getattr(cached, "__wrapped__", None)
    if read is None or not hasattr(cached, "cache_info"):
        return False
    if cached.cache_info().maxsize is not None:
        persistence_class._read_record_cached = lru_cache(maxsize=None)(read)
    return True


def _serialize_param(self: Any) -> Any:
    return self._serialize_param_pandas if "pandas" in sys.modules else self._serialize_param_builtin


def params_without_pandas_import(persistence_class: type) -> bool:
    """Serialize params through pandas only once pandas is imported (the same strings either way)."""
    if not isinstance(persistence_class.__dict__.get("_serialize_param"), property):
        return False
    if not all(hasattr(persistence_class, f"_serialize_param_{kind}") for kind in ("builtin", "pandas")):
        return False
    persistence_class._serialize_param = property(_serialize_param)
    return True


_CHECKSUMS: ContextVar[dict | None] = ContextVar("narrative_pipeline_job_checksums", default=None)


def checksums_once_per_job(persistence_class: type, file_class: type) -> bool:
    """While the persistence records a finished job, compute each input file's checksum once."""
    finished = persistence_class.__dict__.get("finished")
    checksum = file_class.__dict__.get("checksum")
    if getattr(finished, "checksums_once", False):
        return True
    if not (inspect.iscoroutinefunction(finished) and inspect.iscoroutinefunction(checksum)):
        return False

    @functools.wraps(checksum)
    async def checksum_of_this_job(self: Any, *args: Any, **kwargs: Any) -> Any:
        memo = _CHECKSUMS.get()
        if memo is None:  # not inside `finished`: as Snakemake does it
            return await checksum(self, *args, **kwargs)
        key = (str(self), args, tuple(sorted(kwargs.items())))
        if key not in memo:
            memo[key] = await checksum(self, *args, **kwargs)
        return memo[key]

    @functools.wraps(finished)
    async def finished_with_checksums_once(self: Any, job: Any) -> Any:
        token = _CHECKSUMS.set({})
        try:
            return await finished(self, job)
        finally:
            _CHECKSUMS.reset(token)

    finished_with_checksums_once.checksums_once = True  # type: ignore[attr-defined]
    file_class.checksum = checksum_of_this_job
    persistence_class.finished = finished_with_checksums_once
    return True


_PRODUCTS = "_narrative_pipeline_products"  # a rule's (number of products, constant paths, patterns)


def producer_by_path(rule_class: type, wildcard_regex: Any) -> bool:
    """Let a rule tell whether it makes a path by looking it up among its products without wildcards,
    and match a regular expression only against those with wildcards."""
    original = rule_class.__dict__.get("is_producer")
    if getattr(original, "by_path", False):
        return True
    if not callable(original) or not callable(rule_class.__dict__.get("products")):
        return False

    @functools.wraps(original)
    def is_producer(self: Any, requested_output: Any) -> bool:
        products = list(self.products())
        known = self.__dict__.get(_PRODUCTS)
        if known is None or known[0] != len(products):  # products are fixed once the Snakefile is read
            constant = frozenset(str.__str__(p.file) for p in products if not wildcard_regex.search(p.file))
            patterns = [p for p in products if wildcard_regex.search(p.file)]
            known = self.__dict__[_PRODUCTS] = (len(products), constant, patterns)
        target = str.__str__(requested_output)
        # `re.match(escaped path + "$")`, what Snakemake matches, also takes the path with a newline after it
        if target in known[1] or (target.endswith("\n") and target[:-1] in known[1]):
            return True
        if not known[2]:
            return False
        return original(_Patterns(self, known[2]), requested_output)

    is_producer.by_path = True  # type: ignore[attr-defined]
    rule_class.is_producer = is_producer
    return True


class _Patterns:
    """A rule seen by Snakemake's own `is_producer` with only its products that have wildcards."""

    def __init__(self, rule: Any, patterns: list[Any]) -> None:
        self._rule = rule
        self._patterns = patterns

    def products(self) -> list[Any]:
        return self._patterns

    def __getattr__(self, name: str) -> Any:  # snakefile and lineno, for its error messages
        return getattr(self._rule, name)


SCHEDULER_WAKE_UP = "JobScheduler._schedule_reevalutation."  # the timers' function is a lambda defined there


def _wake_up(scheduler: Any) -> None:
    scheduler.__dict__.pop("_pending_wake_up", None)  # first: the round it starts may start the next one
    scheduler._open_jobs.release()


_wake_up.__qualname__ = f"{SCHEDULER_WAKE_UP}<wake-up>"  # found by cancel_scheduler_timers like Snakemake's own


def _schedule_reevaluation_once(self: Any, delay: int) -> None:
    if self.__dict__.get("_pending_wake_up") is not None:
        return  # a round comes within `delay` anyway
    timer = threading.Timer(delay, _wake_up, args=(self,))
    self.__dict__["_pending_wake_up"] = timer
    timer.start()


def single_wake_up(scheduler_class: type) -> bool:
    """Let the scheduler keep one pending wake-up timer instead of one more after every round."""
    if not callable(scheduler_class.__dict__.get("_schedule_reevalutation")):
        return False
    scheduler_class._schedule_reevalutation = _schedule_reevaluation_once
    return True


TUNED_FOR = "9.27.1"


def tuned_version() -> bool:
    """Whether the running Snakemake is the version these adjustments were written and tested for."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("snakemake") == TUNED_FOR
    except PackageNotFoundError:
        return False


def tune() -> dict[str, bool]:
    """Apply the first five to the installed Snakemake, if it is `TUNED_FOR`; which of them applied (by
    the name of each adjustment)."""
    adjustments = (
        unbounded_metadata_cache,
        params_without_pandas_import,
        checksums_once_per_job,
        single_wake_up,
        producer_by_path,
    )
    if not tuned_version():
        return dict.fromkeys((f.__name__ for f in adjustments), False)
    from snakemake import io, persistence, rules
    from snakemake.persistence import file
    from snakemake.scheduling import job_scheduler

    targets = (
        (file.FilePersistence,),
        (persistence.PersistenceBase,),
        (persistence.PersistenceBase, io._IOFile),
        (job_scheduler.JobScheduler,),
        (rules.Rule, io.WILDCARD_REGEX),
    )
    return {f.__name__: f(*args) for f, args in zip(adjustments, targets, strict=True)}


# The cyclic garbage collector in Snakemake's process (not one of Snakemake's internals: any version).
GC_THRESHOLD = 50_000


def collect_less() -> tuple[int, ...]:
    """Fewer runs of the cyclic garbage collector in Snakemake's process, which builds tens of thousands of
    objects (jobs, files, metadata records) that live until the run ends: everything made so far (the
    imports, the Snakefile's plan) is frozen out of its scans, and its first threshold raised from Python's
    700 allocations to `GC_THRESHOLD`. Nothing Snakemake decides or records changes. Returns the thresholds
    it replaced."""
    import gc

    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *before[1:])
    return before


def cancel_scheduler_timers() -> int:
    """Cancel the scheduler's pending wake-up timers (only those: by where their function was defined);
    how many. For the end of a run, when the scheduler has returned."""
    cancelled = 0
    for thread in threading.enumerate():
        function = getattr(thread, "function", None)
        if isinstance(thread, threading.Timer) and getattr(function, "__qualname__", "").startswith(SCHEDULER_WAKE_UP):
            thread.cancel()
            cancelled += 1
    return cancelled
