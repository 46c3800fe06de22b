"""The ILP scheduler starts every ready job without solving when they all fit in the free resources
(narrative_pipeline.snakemake_scheduler): the jobs its solver would select, and the solver as before otherwise."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from narrative_pipeline import snakemake_scheduler, snakemake_tuning

# Snakemake 9.27's own ILP code builds its program the way PuLP 3 deprecates for PuLP 4 (LpVariable(name, ...),
# PULP_CBC_CMD): the solver these tests run is Snakemake's, so its warnings are not this project's to act on.
pytestmark = pytest.mark.filterwarnings(r"ignore:.*PuLP 4\.0:DeprecationWarning")


@dataclass(eq=False)
class Job:
    """What the ILP scheduler reads of a job: its priority, resources and input files."""

    name: str
    priority: float = 0.0
    cores: int = 1
    input: list = field(default_factory=list)

    @property
    def scheduler_resources(self) -> dict[str, int]:
        return {"_cores": self.cores, "_nodes": 1}

    def __hash__(self) -> int:
        return hash(self.name)


def free(cores: int) -> dict[str, int]:
    return {"_cores": cores, "_nodes": 9, "_job_count": 100}


class Logger:
    def warning(self, message: str) -> None:
        raise AssertionError(message)


def plain_scheduler_class() -> type:
    """Snakemake's ILP scheduler as it is installed, whether or not a test has tuned it already."""
    import inspect

    from snakemake.scheduling import milp

    class Plain(milp.Scheduler):
        select_jobs = inspect.unwrap(milp.Scheduler.select_jobs)

    return Plain


def ilp_scheduler():
    from snakemake.scheduling import milp

    return plain_scheduler_class()(None, milp.SchedulerSettings(), Logger())


def test_it_applies_to_the_pinned_snakemake():
    from snakemake.scheduling import milp

    assert snakemake_scheduler.tune_scheduler()
    assert milp.Scheduler.select_jobs.only_to_choose


def test_it_applies_to_no_other_snakemake_version(monkeypatch):
    monkeypatch.setattr(snakemake_tuning, "TUNED_FOR", "0.0.0")
    assert not snakemake_scheduler.tune_scheduler()


def test_jobs_fit_together_only_within_every_resource_and_without_a_negative_priority():
    jobs = [Job("a", priority=0.5), Job("b")]
    assert snakemake_scheduler.fits_together(jobs, free(2))
    assert not snakemake_scheduler.fits_together(jobs, free(1))  # near case: one core for two jobs
    assert not snakemake_scheduler.fits_together([Job("a", cores=2), Job("b")], free(2))
    assert not snakemake_scheduler.fits_together([Job("a", priority=-1)], free(2))
    assert not snakemake_scheduler.fits_together([Job("a")], {**free(2), "disk": "1 GB"})


@pytest.mark.parametrize(
    "jobs",
    [
        [Job("ingest", priority=2)],
        [Job("report", priority=0.5), Job("export", priority=0.25)],
        [Job("narratives", priority=0.5), Job("gather")],
    ],
)
def test_what_fits_is_what_the_solver_selects_and_it_is_not_run(jobs):
    solver = ilp_scheduler()
    solved = solver.select_jobs(jobs, jobs, free(2), {})
    assert set(solved) == set(jobs)

    plain = plain_scheduler_class()

    class Tuned(plain):
        select_jobs = plain.select_jobs

        def _solve_ilp(self, *args, **kwargs):
            raise AssertionError("solved")

    assert snakemake_scheduler.solver_only_to_choose(Tuned)
    assert Tuned(None, solver.settings, None).select_jobs(jobs, jobs, free(2), {}) == jobs


def test_more_jobs_than_cores_are_chosen_by_the_solver_as_before():
    jobs = [Job("export", priority=0.25), Job("report", priority=0.5), Job("validate")]
    solved = ilp_scheduler().select_jobs(jobs, jobs, free(1), {})
    assert [j.name for j in solved] == ["report"]

    calls = []

    plain = plain_scheduler_class()

    class Tuned(plain):
        select_jobs = plain.select_jobs

        def _solve_ilp(self, *args, **kwargs):
            calls.append(1)
            return super()._solve_ilp(*args, **kwargs)

    snakemake_scheduler.solver_only_to_choose(Tuned)
    tuned = Tuned(None, ilp_scheduler().settings, Logger())
    assert [j.name for j in tuned.select_jobs(jobs, jobs, free(1), {})] == ["report"]
    assert calls == [1]
