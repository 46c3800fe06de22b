"""The manifest (what a run produced and what produced it) and run.json (what varies per run)."""

from __future__ import annotations

import platform
import socket
from datetime import datetime, timezone
from pathlib import Path

import pyarrow.parquet as pq

from .hashing import code_digest, code_version, sha256_file
from .records import SCHEMA_VERSION, ArtifactEntry, Manifest, RunInfo, ValidationReport
from .tables import read_json, write_json

PUBLIC_TABLES = [
    "ingest/articles.parquet",
    "normalize/sentences.parquet",
    "actors/mentions.parquet",
    "actors/actors.parquet",
    "claims/claims.parquet",
    "claims/claim_actors.parquet",
    "narratives/statements.parquet",
    "narratives/framing.parquet",
    "narratives/narratives.parquet",
    "narratives/actor_edges.parquet",
    "narratives/timeline.parquet",
    "actors/relations.parquet",
]


class ValidationFailed(RuntimeError):
    pass


def artifact_entries(results: Path) -> list[ArtifactEntry]:
    """Every public artifact with its sha256 and row count, in path order."""
    entries = []
    for rel in PUBLIC_TABLES:
        path = results / rel
        entries.append(ArtifactEntry(path=rel, sha256=sha256_file(path), n_rows=pq.ParquetFile(path).metadata.num_rows, schema_version=SCHEMA_VERSION))
    for path in sorted((results / "articles").glob("*.json")):
        entries.append(ArtifactEntry(path=f"articles/{path.name}", sha256=sha256_file(path), n_rows=None, schema_version=SCHEMA_VERSION))
    report = results / "validation/report.json"
    entries.append(ArtifactEntry(path="validation/report.json", sha256=sha256_file(report), n_rows=None, schema_version=SCHEMA_VERSION))
    return sorted(entries, key=lambda e: e.path)


def build_manifest(results: Path, config_hash: str, registry_hash: str, spacy_model: str, spacy_model_version: str, components: dict[str, str]) -> Manifest:
    report = ValidationReport.model_validate(read_json(results / "validation/report.json"))
    if not report.passed:
        raise ValidationFailed(
            f"validation failed with {report.n_violations} violation(s); see {results / 'validation/report.json'}"
        )
    return Manifest(
        schema_version=SCHEMA_VERSION,
        code_version=code_version(),
        code_digest=code_digest(),
        config_hash=config_hash,
        registry_hash=registry_hash,
        spacy_model=spacy_model,
        spacy_model_version=spacy_model_version,
        components=components,
        artifacts=artifact_entries(results),
    )


def run_info(started_at: str, benchmarks: Path) -> RunInfo:
    """Times, host and per-job durations (from Snakemake's benchmark files) of this run."""
    import sys

    jobs: list[dict[str, str | float]] = []
    for path in sorted(Path(benchmarks).rglob("*.tsv")) if Path(benchmarks).exists() else []:
        lines = path.read_text().splitlines()
        if len(lines) >= 2:
            header, values = lines[0].split("\t"), lines[1].split("\t")
            row = dict(zip(header, values))
            jobs.append({"job": path.relative_to(benchmarks).with_suffix("").as_posix(), "seconds": float(row.get("s", "nan")), "max_rss_mb": float(row.get("max_rss", "nan") if row.get("max_rss", "-") != "-" else "nan")})
    try:
        from importlib import metadata

        snakemake_version = metadata.version("snakemake")
    except Exception:
        snakemake_version = None
    return RunInfo(
        started_at=started_at,
        finished_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        host=socket.gethostname(),
        python=f"{platform.python_implementation()} {sys.version.split()[0]}",
        snakemake=snakemake_version,
        code_version=code_version(),
        jobs=jobs,
    )


def write_manifest(out: Path, manifest: Manifest) -> None:
    write_json(out, manifest)
