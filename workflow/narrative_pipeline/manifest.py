"""The manifest: what a run produced and what produced it (run.json, what varies per run: `runinfo`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow.parquet as pq

from .catalogue import document_path, public, table
from .hashing import code_digest, code_version, git_checkout, sha256_file
from .records import SCHEMA_VERSION, ArtifactEntry, GitCheckout, Manifest, ValidationReport
from .tables import read_json, read_parquet

if TYPE_CHECKING:
    from .synced import SyncedWrites


class ValidationFailed(RuntimeError):
    pass


def document_ids(results: Path) -> list[str]:
    """Ids of the articles that have a document: the candidate rows of the articles table."""
    rows = read_parquet(results / table("articles").path, columns=["article_id", "candidate"]).to_pylist()
    return sorted({r["article_id"] for r in rows if r["candidate"]})


def document_names(docs_dir: Path) -> list[str]:
    """The names of the `*.json` files in the documents' folder, as `sorted(docs_dir.glob("*.json"))` gives them
    (without a `Path` per document: 2,085 on BBC, about 0.1 CPU s of sorting them)."""
    try:
        with os.scandir(docs_dir) as entries:
            names = [e.name for e in entries if e.name.endswith(".json")]  # (dot files too, as `glob`)
    except (FileNotFoundError, NotADirectoryError):
        return []
    return sorted(names)


def remove_leftover_documents(results: Path) -> list[str]:
    """Delete documents of articles that are no longer in input_dir (validation warned about them). The folder's
    names listed without a `Path` each (`document_names`): the publish job at every run's end lists 2,085 on BBC."""
    keep = set(document_ids(results))
    docs = results / "articles"
    removed = []
    for name in document_names(docs):
        if name[: -len(".json")] not in keep:
            (docs / name).unlink()
            removed.append(name)
    return removed


def artifact_entries(results: Path, document_shas: dict[str, str] | None = None) -> list[ArtifactEntry]:
    """Every public table, every article document of the articles table, and the validation report,
    with its sha256 and row count, in path order. Documents take their sha256 from the export indexes
    (`document_shas`, checked against the files by validation) when given."""
    entries = []
    for spec in public():
        path = results / spec.path
        n_rows = pq.ParquetFile(path).metadata.num_rows
        entries.append(
            ArtifactEntry(path=spec.path, sha256=sha256_file(path), n_rows=n_rows, schema_version=SCHEMA_VERSION)
        )
    for article_id in document_ids(results):
        rel = document_path(article_id)
        sha = document_shas[article_id] if document_shas is not None else sha256_file(results / rel)
        entries.append(ArtifactEntry(path=rel, sha256=sha, n_rows=None, schema_version=SCHEMA_VERSION))
    report = "validation/report.json"
    entries.append(
        ArtifactEntry(path=report, sha256=sha256_file(results / report), n_rows=None, schema_version=SCHEMA_VERSION)
    )
    return sorted(entries, key=lambda e: e.path)


def build_manifest(
    results: Path,
    config_hash: str,
    registry_hash: str,
    spacy_model: str,
    spacy_model_version: str,
    components: dict[str, str],
    document_shas: dict[str, str] | None = None,
) -> Manifest:
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
        # what made the shard tables as they record it (review57 1), over what the checkout names now
        components=dict(sorted({**components, **report.provenance}.items())),
        artifacts=artifact_entries(results, document_shas),
        git=_git(),
    )


def _git() -> GitCheckout | None:
    found = git_checkout()
    return None if found is None else GitCheckout(commit=found[0], dirty=found[1])


def write_manifest(out: Path, manifest: Manifest, later: SyncedWrites | None = None) -> None:
    """`later`: flushed and put in place by `later.settle` (`synced.SyncedWrites`)."""
    from . import synced

    synced.write_json(out, manifest, later)
