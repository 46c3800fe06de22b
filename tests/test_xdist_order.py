"""The order of the modules handed to xdist's workers: the long end-to-end modules first (tests39)."""

from __future__ import annotations

from xdist_order import heavy_modules_first


def test_modules_with_slow_tests_go_first_most_slow_tests_first():
    modules = [("a.py", 300, 0), ("b.py", 3, 1), ("c.py", 10, 0), ("d.py", 8, 8), ("e.py", 20, 2)]
    assert heavy_modules_first(modules) == ["d.py", "e.py", "b.py", "a.py", "c.py"]


def test_without_slow_tests_the_order_is_xdists_own_most_tests_first_ties_as_collected():
    modules = [("a.py", 2, 0), ("b.py", 30, 0), ("c.py", 2, 0), ("d.py", 30, 0)]
    assert heavy_modules_first(modules) == ["b.py", "d.py", "a.py", "c.py"]


def test_the_workers_collect_the_long_modules_first(request):
    """In an xdist worker the collection puts every module with slow tests before any module without; with `-n 0`
    the files' order is kept (this session's order is checked only for what it is)."""
    import os

    names = [item.nodeid.split("::")[0] for item in request.session.items]
    slow = {n for item, n in zip(request.session.items, names, strict=True) if item.get_closest_marker("slow")}
    firsts = list(dict.fromkeys(names))
    if os.environ.get("PYTEST_XDIST_WORKER") and slow:
        assert firsts[: len(slow)] == [n for n in firsts if n in slow]
    assert len(firsts) == len(set(firsts))  # each module's tests together, in either case


def test_every_module_that_uses_the_small_run_is_in_its_scope_but_test_robustness(request):
    from conftest import SHARED_PROJECT_MODULES

    users = {item.nodeid.split("::")[0] for item in request.session.items if "small_run" in item.fixturenames}
    assert users - {"tests/test_robustness.py"} <= SHARED_PROJECT_MODULES


def test_recorded_seconds_put_the_longest_modules_first_within_each_group():
    """tests41: a module of one long test (a Snakemake plan in a process of its own) goes out before modules of many
    short tests; the modules with slow tests still go first, and a module never recorded goes after the recorded
    ones, most tests first."""
    modules = [("many.py", 300, 0), ("plan.py", 1, 0), ("new.py", 40, 0), ("e2e.py", 3, 3), ("mixed.py", 20, 1)]
    seconds = {"many.py": 3.0, "plan.py": 6.5, "e2e.py": 40.0, "mixed.py": 90.0}
    assert heavy_modules_first(modules, seconds) == ["mixed.py", "e2e.py", "plan.py", "many.py", "new.py"]
    # the near case: without recorded seconds, the order is the one before (tests39's)
    assert (
        heavy_modules_first(modules)
        == heavy_modules_first(modules, {})
        == [
            "e2e.py",
            "mixed.py",
            "many.py",
            "new.py",
            "plan.py",
        ]
    )


def test_a_modules_seconds_are_those_of_its_selected_tests_and_a_session_updates_the_ones_it_ran():
    from xdist_order import module_seconds, recorded_seconds

    earlier = {"a.py::t1": 1.0, "a.py::slow": 30.0, "b.py::t": 2.0}
    assert module_seconds(["a.py::t1", "b.py::t"], earlier) == {"a.py": 1.0, "b.py": 2.0}
    # the near case: a test selected that no session recorded (a new file, a slow test after fast subsets only)
    assert module_seconds(["a.py::t1", "b.py::t", "c.py::t"], earlier) == {}
    assert recorded_seconds(earlier, {"a.py::t1": 1.234, "c.py::t": 0.5}) == {
        "a.py::t1": 1.23,
        "a.py::slow": 30.0,
        "b.py::t": 2.0,
        "c.py::t": 0.5,
    }
