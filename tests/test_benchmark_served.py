"""benchmark.py counts the work a warm worker's children did (`benchmarks/warm.jsonl`) in each step's figures:
Snakemake's benchmark file of a served job measures the client process only."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "workflow/scripts/benchmark.py"


@pytest.fixture(scope="module")
def benchmark():
    spec = importlib.util.spec_from_file_location("benchmark_served_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "argv,step",
    [
        (["claims", "--shard", "3"], "claims"),
        (["validate-shard", "--shard", "0"], "validate"),
        (["gather", "--table", "mentions=r/a.parquet", "--shards-of", "mentions", "x"], "actors"),
        (["gather", "--table", "sentences=r/s.parquet"], "normalize"),
        (["gather", "--table", "unknown=r/s.parquet"], "gather"),
        (["narratives", "corpus"], "narratives"),
        (["publish", "--results", "r"], "report"),
        (["changes", "--results", "r", "--staged", "r/.changes-staged"], "report"),
        ([], ""),
    ],
)
def test_served_step(benchmark, argv, step):
    assert benchmark.served_step(argv) == step


def test_add_served_adds_the_children_to_the_clients_figures(benchmark, tmp_path):
    (tmp_path / "benchmarks").mkdir()
    rows = [
        {"argv": ["claims", "--shard", "0"], "wall_s": 2.0, "cpu_s": 1.5, "max_rss_mb": 300.0, "end": 100.0},
        {"argv": ["claims", "--shard", "1"], "wall_s": 2.0, "cpu_s": 1.25, "max_rss_mb": 310.0, "end": 200.0},
        {"argv": ["ingest"], "wall_s": 1.0, "cpu_s": 0.5, "max_rss_mb": 100.0, "end": 50.0},
    ]
    text = "".join(json.dumps(r) + "\n" for r in rows) + "not json\n"
    (tmp_path / "benchmarks" / "warm.jsonl").write_text(text)
    steps = {"claims": {"jobs": 2, "wall_s": 4.1, "cpu_s": 0.12, "max_rss_mb": 16.0}}
    benchmark.add_served(steps, tmp_path)
    assert steps["claims"] == {"jobs": 2, "wall_s": 4.1, "cpu_s": 2.87, "max_rss_mb": 310.0, "served_jobs": 2}
    assert steps["ingest"]["cpu_s"] == 0.5 and steps["ingest"]["served_jobs"] == 1
    later = {}
    benchmark.add_served(later, tmp_path, since=150.0)  # the add-one run's jobs only
    assert later == {"claims": {"jobs": 0, "wall_s": 0.0, "cpu_s": 1.25, "max_rss_mb": 310.0, "served_jobs": 1}}


def test_no_record_changes_nothing(benchmark, tmp_path):
    steps = {"claims": {"jobs": 1, "wall_s": 1.0, "cpu_s": 1.0, "max_rss_mb": 1.0}}
    benchmark.add_served(steps, tmp_path)
    assert steps == {"claims": {"jobs": 1, "wall_s": 1.0, "cpu_s": 1.0, "max_rss_mb": 1.0}}
