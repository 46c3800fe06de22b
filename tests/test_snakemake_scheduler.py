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
    resources: dict = field(default_factory=dict)

    @property
    def scheduler_resources(self) -> dict[str, int]:
        """As Snakemake's jobs give them: every job counts 1 against the job rate limit (`_job_count`)."""
        return {"_cores": self.cores, "_nodes": 1, "_job_count": 1, **self.resources}

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


def test_a_resource_other_than_cores_and_the_job_rate_limit_are_honoured():
    """review32: a `--resources mem_mb=1000` (or a cluster profile's limit) and the job rate limiter's free jobs
    (`_job_count`, which the scheduler lowers per round) bound what fits as the cores do."""
    heavy = [Job("a", resources={"mem_mb": 600}), Job("b", resources={"mem_mb": 600})]
    assert not snakemake_scheduler.fits_together(heavy, {**free(4), "mem_mb": 1000})
    assert snakemake_scheduler.fits_together(heavy, {**free(4), "mem_mb": 1200})  # near case: room for both
    assert not snakemake_scheduler.fits_together([Job("a"), Job("b")], {**free(4), "_job_count": 1})
    assert not snakemake_scheduler.fits_together([Job("a"), Job("b")], {**free(4), "_nodes": 1})  # a cluster's --jobs

    solved = ilp_scheduler().select_jobs(heavy, heavy, {**free(4), "mem_mb": 1000}, {})
    assert len(solved) == 1  # the solver's own choice, one of the two


def test_the_class_tuned_is_the_one_snakemake_schedules_with():
    """review32: Snakemake builds its `ilp` scheduler from its plugin registry; the tuning reaches a run only if that is
    the class it patches (a registry that wrapped or copied it would leave every round solved, silently)."""
    from snakemake.scheduling import milp
    from snakemake_interface_scheduler_plugins.registry import SchedulerPluginRegistry

    assert SchedulerPluginRegistry().get_plugin("ilp").scheduler is milp.Scheduler


TOY = """
from snakemake.scheduling import milp
from narrative_pipeline.snakemake_scheduler import tune_scheduler

assert tune_scheduler()
solve = milp.Scheduler._solve_ilp


def counted(self, *args, **kwargs):
    with open("solves.log", "a") as fh:
        fh.write("solve\\n")
    return solve(self, *args, **kwargs)


milp.Scheduler._solve_ilp = counted

rule all:
    input: expand("out/{k}.txt", k=range(3))

rule heavy:
    output: "out/{k}.txt"
    resources: mem_mb=600
    shell: "date +%s.%N > {output}; sleep 1; date +%s.%N >> {output}"
"""


def _toy_run(path, *args: str) -> tuple[int, list[tuple[float, float]]]:
    """(solver calls, [(start, end)] of each job) of the toy workflow run by the installed Snakemake."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    (path / "Snakefile").write_text(TOY, encoding="utf-8")
    workflow = Path(__file__).resolve().parents[1] / "workflow"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(workflow), os.environ.get("PYTHONPATH")]))}
    snakemake = [sys.executable, "-m", "snakemake", "--quiet", "rules", *args]
    subprocess.run(snakemake, cwd=path, env=env, check=True, capture_output=True, timeout=300)
    solves = path / "solves.log"
    n = len(solves.read_text().splitlines()) if solves.exists() else 0
    spans = [tuple(map(float, f.read_text().split())) for f in sorted((path / "out").glob("*.txt"))]
    return n, spans


@pytest.mark.slow
def test_a_real_run_never_starts_more_jobs_than_fit(tmp_path):
    """review32: the tuned scheduler in a real Snakemake run. With `--resources mem_mb=1000` two jobs of 600 MB never
    run at once (every round with two ready jobs is solved, as before); with room for all, the three start together,
    no round solved. (A dry run never asks this scheduler: Snakemake selects its jobs with the greedy one.)"""
    tight, roomy = tmp_path / "tight", tmp_path / "roomy"
    tight.mkdir()
    roomy.mkdir()
    solves, spans = _toy_run(tight, "--cores", "4", "--resources", "mem_mb=1000")
    spans.sort()
    assert len(spans) == 3 and all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)) and solves >= 1
    solves, spans = _toy_run(roomy, "--cores", "4", "--resources", "mem_mb=2000")
    assert solves == 0 and max(s for s, _ in spans) < min(e for _, e in spans)
