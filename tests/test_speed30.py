"""speed30: the order Snakemake starts ready jobs in (issue 10: idle cores at the end of a run).

The report's pages are the longest job after the parses; every job it waits for has a higher priority
than export and the validations, which only the corpus validation and publish wait for, so the report
starts while those are left to run beside it. The rule graph comes from a real dry run, so a rule
added on the report's path without the priority fails here."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from workflow_helpers import ROOT, copy_project, snakemake_cmd, snakemake_env

RULES = ROOT / "workflow/rules"


def priorities() -> dict[str, float]:
    """Each rule's `priority:` (0 when it has none), the named ones (`REPORT_PATH`) read from common.smk."""
    common = (RULES / "common.smk").read_text(encoding="utf-8")
    named = {name: float(value) for name, value in re.findall(r"^([A-Z_]+) = ([0-9.]+)$", common, re.M)}
    found: dict[str, float] = {}
    for path in sorted(RULES.glob("*.smk")) + [ROOT / "Snakefile"]:
        text = path.read_text(encoding="utf-8")
        for block in re.split(r"^(?=rule )", text, flags=re.M)[1:]:
            name = re.match(r"rule (\w+):", block).group(1)
            value = re.search(r"^    priority: ([\w.]+)", block, re.M)
            found[name] = 0.0 if value is None else named.get(value.group(1)) or float(value.group(1))
    return found


def rule_graph(project: Path, inputs: Path) -> dict[str, set[str]]:
    """rule -> the rules whose outputs it reads, from `snakemake --rulegraph` (a dry run)."""
    cmd = snakemake_cmd("-n", "--rulegraph", "--config", f"input_dir={inputs}", f"results={inputs.parent}/r")
    result = subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=snakemake_env(), check=True)
    labels = dict(re.findall(r"^\s*(\d+)\[label = \"(\w+)\"", result.stdout, re.M))
    needs: dict[str, set[str]] = {name: set() for name in labels.values()}
    for source, target in re.findall(r"^\s*(\d+) -> (\d+)", result.stdout, re.M):
        needs[labels[target]].add(labels[source])
    return needs


def upstream(needs: dict[str, set[str]], rule: str) -> set[str]:
    seen: set[str] = set()
    todo = [rule]
    while todo:
        for before in needs[todo.pop()] - seen:
            seen.add(before)
            todo.append(before)
    return seen


def test_priorities_are_read_from_every_rule():
    found = priorities()
    assert found["ingest"] == 2 and found["normalize"] == 1
    assert found["report"] == found["claims"] == 0.5
    assert found["validate_shard"] == found["validate"] == found["publish"] == 0
    assert 0 < found["export"] < found["report"]


def test_the_parses_come_first():
    """Between a few ready shard jobs, a parse still starts before anything after the parses."""
    found = priorities()
    assert found["normalize"] > max(v for k, v in found.items() if k not in {"ingest", "normalize"})


@pytest.mark.slow  # a dry run: about 3-12 s; a rule without the priority costs time, not bytes
def test_every_job_the_report_waits_for_starts_before_export_and_validation(tmp_path):
    project = copy_project(tmp_path / "project")
    needs = rule_graph(project, project / "seeds")
    before_report = upstream(needs, "report") | {"report"}
    found = priorities()
    assert {"actors", "claims", "narratives", "narratives_corpus", "ingest_gather"} <= before_report
    others = set(needs) - before_report - {"all"}
    assert {"export", "validate_shard", "validate", "publish"} <= others
    lowest_on_path = min(found[r] for r in before_report)
    assert lowest_on_path > max(found[r] for r in others), (
        {r: found[r] for r in sorted(before_report)},
        {r: found[r] for r in sorted(others)},
    )


def test_the_exports_come_before_the_shard_validations():
    """The validations left at the end of a run are independent of each other (two run at a time)."""
    found = priorities()
    assert found["export"] > found["validate_shard"] >= found["validate"]
