"""Three fixed costs of Snakemake's own bookkeeping, taken off every run (a no-op rerun on BBC: 2.15 ->
1.56 s; any run that executes jobs: about 1 s less at its end), without changing anything Snakemake
decides. The Snakefile applies the first two once per process (`tune()` in workflow/rules/common.smk)
and the third when a run succeeded (`onsuccess`); each returns whether it applied, and leaves Snakemake
as it is when the pinned version's internals are not there (tests/test_snakemake_tuning.py fails then,
so an upgrade is noticed).

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
- **The wait at the end.** Each round of Snakemake's scheduler starts a one-second timer that wakes the
  next round (its job rate limit, `--max-jobs-per-timespan`, 100/1s by default); the timer thread is not
  a daemon, so after the last job Python waits for the last timer before it exits: up to 1 s at the end
  of every run. Once the run is over nothing is left to wake, so `onsuccess` cancels those timers.
"""

from __future__ import annotations

import sys
import threading
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


def tune() -> dict[str, bool]:
    """Apply both to the installed Snakemake; which of them applied."""
    from snakemake import persistence
    from snakemake.persistence import file

    return {
        "unbounded_metadata_cache": unbounded_metadata_cache(file.FilePersistence),
        "params_without_pandas_import": params_without_pandas_import(persistence.PersistenceBase),
    }


SCHEDULER_WAKE_UP = "JobScheduler._schedule_reevalutation."  # the timers' function is a lambda defined there


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
