"""A seventh cost of Snakemake's own bookkeeping (see snakemake_tuning), in a module of its own: the
Snakefile alone imports it, so it is in no step's code fingerprint (snakemake_tuning is, through the warm
worker), and a change here makes no step's cache again.

- **A solver for every round.** Snakemake's default scheduler (`ilp`) chooses the jobs to start in each round
  by solving an integer program with pulp, which writes it to a file and runs the CBC binary as a process of its
  own, whatever the round holds: adding one article to the BBC corpus took 12 rounds, and in each of them every
  ready job fitted in the free cores (1 or 2 jobs, 1 or 2 cores), so there was nothing to choose. Each solve
  cost 0.03-0.1 s of wall between a job's end and the next job's start, on the path that sets the run's wall.
  When every ready job fits in the free resources together (and none has a negative priority), the program's
  one optimum is to start them all: every job adds a positive amount to its objective (its cores, at least 1)
  and nothing it adds is negative (priorities, temporary files), so they are started without solving. A round
  with more ready jobs than free cores is solved by Snakemake as before (a full run's shard jobs).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from .snakemake_tuning import tuned_version


def fits_together(jobs: Sequence[Any], available: Mapping[str, Any]) -> bool:
    """Whether all `jobs` can run at once within the `available` resources (Snakemake's global resources
    left free), each of a priority of zero or more: then the scheduler's program has one optimum, all of them."""
    if any(job.priority < 0 for job in jobs):
        return False
    return all(
        not isinstance(capacity, str) and sum(job.scheduler_resources.get(name, 0) for job in jobs) <= capacity
        for name, capacity in available.items()
    )


def solver_only_to_choose(scheduler_class: type) -> bool:
    """Let the ILP scheduler start every ready job without solving when they all fit together (`fits_together`);
    whether it applied."""
    original = scheduler_class.__dict__.get("select_jobs")
    if getattr(original, "only_to_choose", False):
        return True
    if not callable(original):
        return False

    @functools.wraps(original)
    def select_jobs(self: Any, selectable: Any, remaining: Any, available: Any, input_sizes: Any) -> Any:
        jobs = list(selectable)
        if jobs and fits_together(jobs, available):
            return jobs  # what the solver would select, in the order it lists them
        return original(self, selectable, remaining, available, input_sizes)

    select_jobs.only_to_choose = True  # type: ignore[attr-defined]
    scheduler_class.select_jobs = select_jobs
    return True


def tune_scheduler() -> bool:
    """Apply `solver_only_to_choose` to the installed Snakemake's ILP scheduler if it is the version
    snakemake_tuning was written for; whether it applied."""
    if not tuned_version():
        return False
    from snakemake.scheduling import milp

    return solver_only_to_choose(milp.Scheduler)
