"""review20a: 7bb522e's `cpu_since` (benchmark.py) gives what the two inline copies gave: the commands' CPU seconds
since the readings, and the rest of the machine's busy seconds meanwhile less those, never below zero."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "workflow/scripts/benchmark.py"


@pytest.fixture(scope="module")
def benchmark():
    spec = importlib.util.spec_from_file_location("benchmark_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "busy_now,own_now,expected",
    [
        (130.0, 52.0, {"cpu_seconds": 12.0, "other_processes_cpu_seconds": 18.0}),  # 30 s busy, 12 of them ours
        (105.0, 52.0, {"cpu_seconds": 12.0, "other_processes_cpu_seconds": 0.0}),  # the counters' skew: not negative
        (100.04, 40.04, {"cpu_seconds": 0.0, "other_processes_cpu_seconds": 0.0}),  # rounded to a tenth
    ],
)
def test_cpu_since_splits_the_machines_time_into_ours_and_the_rest(benchmark, monkeypatch, busy_now, own_now, expected):
    monkeypatch.setattr(benchmark, "machine_busy_seconds", lambda: busy_now)
    monkeypatch.setattr(benchmark, "children_cpu_seconds", lambda: own_now)
    assert benchmark.cpu_since(100.0, 40.0) == expected
