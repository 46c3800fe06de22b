"""run.json: what varies from run to run (start and end time, host and its CPU, each job's duration and memory).

Imports neither pyarrow nor pandas: the Snakefile's `onsuccess` writes it in Snakemake's own process
(a `narrative-pipeline runinfo` process at the end of every run cost about 0.45 s of wall time).
"""

from __future__ import annotations

import platform
import socket
from datetime import UTC, datetime
from pathlib import Path

from .hashing import code_version
from .jsonio import write_json
from .records import RunInfo


def cpu_model(cpuinfo: Path = Path("/proc/cpuinfo")) -> str:
    """The CPU's model name as /proc/cpuinfo gives it, with its family and model numbers where it gives them ("AMD
    EPYC (family 0x19, model 0x1)"; "" where there is no name). blis picks its kernels by vendor, family and model: a
    virtual machine may name a Zen 2 (blis's "zen2" kernels) and a Zen 3 (`blis_kernels`: "haswell") alike "AMD EPYC"
    (review31)."""
    try:
        lines = cpuinfo.read_text(encoding="utf-8", errors="replace").split("\n\n")[0].splitlines()
    except OSError:
        return ""
    fields = {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in lines)}
    name = fields.get("model name", "")
    family, model = fields.get("cpu family", ""), fields.get("model", "")
    if name and family.isdigit() and model.isdigit():
        return f"{name} (family {int(family):#x}, model {int(model):#x})"
    return name


def run_info(started_at: str, benchmarks: Path) -> RunInfo:
    """Times, host and per-job durations (from Snakemake's benchmark files) of this run."""
    import sys

    jobs: list[dict[str, str | float]] = []
    for path in sorted(Path(benchmarks).rglob("*.tsv")) if Path(benchmarks).exists() else []:
        lines = path.read_text().splitlines()
        if len(lines) >= 2:
            header, values = lines[0].split("\t"), lines[1].split("\t")
            row = dict(zip(header, values, strict=False))
            jobs.append(
                {
                    "job": path.relative_to(benchmarks).with_suffix("").as_posix(),
                    "seconds": float(row.get("s", "nan")),
                    "max_rss_mb": float(row.get("max_rss", "nan") if row.get("max_rss", "-") != "-" else "nan"),
                }
            )
    try:
        from importlib import metadata

        snakemake_version = metadata.version("snakemake")
    except Exception:
        snakemake_version = None
    return RunInfo(
        started_at=started_at,
        finished_at=datetime.now(UTC).isoformat(timespec="seconds"),
        host=socket.gethostname(),
        python=f"{platform.python_implementation()} {sys.version.split()[0]}",
        snakemake=snakemake_version,
        code_version=code_version(),
        cpu=cpu_model(),
        jobs=jobs,
    )


def write_run_info(started_at: str, benchmarks: Path | str, out: Path | str) -> None:
    """Write run.json (what `narrative-pipeline runinfo` writes)."""
    write_json(Path(out), run_info(started_at, Path(benchmarks)))
