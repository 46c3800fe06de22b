"""The order the test modules go to xdist's workers in (`--dist loadscope`; tests/conftest.py applies it)."""

from __future__ import annotations


def heavy_modules_first(modules: list[tuple[str, int, int]]) -> list[str]:
    """The order xdist's `--dist loadscope` hands modules to its workers in, given each module as (name, tests, slow
    tests) in collection order: modules with slow tests first, most slow tests first, then the rest, most tests
    first (xdist's own order, `--loadscope-reorder`). A worker takes the next module when it finishes one, so the
    long modules (end-to-end runs of tens of seconds a test, all of few tests) go out while many short ones are left
    to even the workers out at the end; xdist's order alone put them last, and one worker ran them alone while the
    other had finished (tests39)."""
    rank = {name: (0, -slow) if slow else (1, -tests) for name, tests, slow in modules}
    return sorted(rank, key=rank.__getitem__)
