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
