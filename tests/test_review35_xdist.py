"""review35: tests39's scheduler leans on a private method of pytest-xdist (`LoadScopeScheduling._split_scope`); if an
xdist release renames it, the override is silently never called and the three modules that read `small_run` are
scattered over the workers again (each worker makes the run: slower, no test lost). This makes that a clear failure."""

from __future__ import annotations

import pytest


class _Config:
    """The two config values the scheduler reads: `--dist` and the workers (`--tx`)."""

    def getvalue(self, name: str):
        return {"dist": "loadscope", "tx": ["2*popen"]}[name]


def test_the_shared_run_modules_are_one_scope_through_xdists_private_split_scope():
    pytest.importorskip("xdist")
    from conftest import SHARED_PROJECT_MODULES, pytest_xdist_make_scheduler
    from xdist.scheduler import LoadScopeScheduling

    assert callable(getattr(LoadScopeScheduling, "_split_scope", None)), (
        "xdist renamed LoadScopeScheduling._split_scope"
    )
    scheduler = pytest_xdist_make_scheduler(_Config(), None)
    scopes = {scheduler._split_scope(f"{module}::test_x") for module in SHARED_PROJECT_MODULES}
    assert scopes == {"small_run"}
    assert scheduler._split_scope("tests/test_validate.py::test_x") == "tests/test_validate.py"  # every other: its own
