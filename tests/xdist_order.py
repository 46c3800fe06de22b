"""The order the test modules go to xdist's workers in (`--dist loadscope`; tests/conftest.py applies it)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

SECONDS_KEY = "narrative_pipeline/test_seconds"
"""pytest's cache key of each test's seconds in the last session that ran it (`recorded_seconds`)."""


def heavy_modules_first(modules: list[tuple[str, int, int]], seconds: Mapping[str, float] | None = None) -> list[str]:
    """The order xdist's `--dist loadscope` hands modules to its workers in, given each module as (name, tests, slow
    tests) in collection order: modules with slow tests first, then the rest; in each group the longest first by
    `seconds` (each module's seconds in earlier sessions, `module_seconds`), then most slow tests, then most tests
    (xdist's own order, `--loadscope-reorder`). A worker takes the next module when it finishes one, so the long
    modules (end-to-end runs of tens of seconds a test, all of few tests) go out while many short ones are left to
    even the workers out at the end; xdist's order alone put them last, and one worker ran them alone while the
    other had finished (tests39). Without seconds (a fresh checkout, CI) the fast subset, which has no slow test,
    keeps xdist's order; with them its few long modules of one or two tests (a Snakemake plan in a process of its
    own, the report built four times) no longer come last (tests41)."""
    seconds = seconds or {}
    rank = {name: (0 if slow else 1, -seconds.get(name, 0.0), -slow, -tests) for name, tests, slow in modules}
    return sorted(rank, key=rank.__getitem__)


def module_seconds(tests: Iterable[str], seconds: Mapping[str, float]) -> dict[str, float]:
    """Each module's seconds: the sum of the recorded seconds of its tests among `tests` (node ids), those of this
    selection only (a module's slow tests count only in a session that runs them). Nothing (`{}`: tests39's order)
    unless every test selected has its seconds recorded: a module whose tests never ran in the sessions recorded (the
    slow ones, after fast subsets only, or a new file) would look shorter than it is beside the others."""
    total: dict[str, float] = {}
    for nodeid in tests:
        if nodeid not in seconds:
            return {}
        module = nodeid.split("::")[0]
        total[module] = total.get(module, 0.0) + seconds[nodeid]
    return total


def recorded_seconds(earlier: Mapping[str, float], this_session: Mapping[str, float]) -> dict[str, float]:
    """The seconds to keep for the next session: this session's tests at what they took now (setup, call and
    teardown, rounded to 10 ms), every other test as recorded before (a session of one file keeps the others')."""
    return {**earlier, **{nodeid: round(value, 2) for nodeid, value in this_session.items()}}
