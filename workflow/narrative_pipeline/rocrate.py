"""The Workflow Run RO-Crate of a run (`ro-crate-metadata.json`): the workflow (Snakefile), the code
version and digest, the configuration (one PropertyValue per key), the actor registry and lexicon
files, each archived input (by path and sha256) and each output, linked by one CreateAction.

Written by hand as JSON-LD (deterministic: no timestamps, entities in a fixed order); the `rocrate`
library reads it back (tests). Run times live in run.json, which the crate names but does not copy.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .catalogue import table
from .discovery import position
from .hashing import sha256_file
from .tables import read_parquet

PROFILES = [
    {"@id": "https://w3id.org/ro/wfrun/process/0.5"},
    {"@id": "https://w3id.org/ro/wfrun/workflow/0.5"},
    {"@id": "https://w3id.org/workflowhub/workflow-ro-crate/1.0"},
]


def _profiles() -> list[dict[str, Any]]:
    names = ["Process Run Crate", "Workflow Run Crate", "Workflow RO-Crate"]
    return [{"@id": p["@id"], "@type": "CreativeWork", "name": n, "version": p["@id"].rsplit("/", 1)[1]}
            for p, n in zip(PROFILES, names, strict=True)]  # fmt: skip


def input_entities(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One File per archived input (its path relative to input_dir is its id). A whole file has its
    sha256 and size; a container (WARC, export) has its records and rows as parts, each with the
    sha256 and size of its own bytes, as `ingest/articles.parquet` records them."""
    by_path: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_path.setdefault(row["source_path"], []).append(row)
    out: list[dict[str, Any]] = []
    for path in sorted(by_path):
        items = sorted(by_path[path], key=lambda r: position(r.get("locator") or ""))
        entity: dict[str, Any] = {"@id": f"#input/{path}", "@type": "File", "name": path}
        if len(items) == 1 and not items[0].get("locator"):
            entity.update(
                description="archived input file (path relative to input_dir)",
                sha256=items[0]["sha256"],
                contentSize=str(items[0]["n_bytes"]),
            )
            out.append(entity)
            continue
        parts = [
            {
                "@id": f"#input/{path}/{r['locator']}",
                "@type": "CreativeWork",
                "name": f"{path} {r['locator']}",
                "description": "record or row of an archived container file (sha256 and size of its bytes)",
                "sha256": r["sha256"],
                "contentSize": str(r["n_bytes"]),
            }
            for r in items
        ]
        entity.update(
            description="archived container file (path relative to input_dir): its WARC records or export rows",
            hasPart=[{"@id": p["@id"]} for p in parts],
        )
        out.extend([entity, *parts])
    return out


# Outputs that depend on the folder's previous run, not only on this run's inputs, code and configuration: named
# without their sha256 and size, so that the crate of a run in a folder an earlier run filled is the crate of the
# same inputs in an empty folder, as the README promises (trial32).
FOLDER_HISTORY = {
    "changes.json": "what changed since the previous run in this results folder: depends on that run, so not hashed",
}


def _git_description(git: dict[str, Any] | None) -> dict[str, str]:
    """The code's git commit as the manifest records it (none outside a git checkout): the crate names it beside the
    code digest, as the manifest does (fix81, review71 10)."""
    if not git:
        return {}
    changes = "; the checkout had changes to tracked files (the code digest says what ran)" if git["dirty"] else ""
    return {"description": f"git commit {git['commit']}{changes}"}


def crate(
    results: Path, settings: dict[str, Any], workflow_files: dict[str, str], outputs: list[str]
) -> dict[str, Any]:
    """The crate's JSON-LD. `workflow_files`: role -> path of the Snakefile, registry and lexicon files
    (relative to the project); `outputs`: paths relative to `results` (files or folders)."""
    results = Path(results)
    manifest = json.loads((results / "manifest.json").read_text(encoding="utf-8"))
    articles = read_parquet(results / table("articles").path)
    columns = [c for c in ("source_path", "locator", "sha256", "n_bytes") if c in articles.column_names]
    inputs = input_entities(articles.select(columns).to_pylist())
    params = [
        {
            "@id": f"#param/{key}",
            "@type": "PropertyValue",
            "name": key,
            "value": json.dumps(value, sort_keys=True) if not isinstance(value, str) else value,
            "exampleOfWork": {"@id": f"#formal/{key}"},
        }
        for key, value in sorted(settings.items())
    ]
    formal = [
        {"@id": f"#formal/{key}", "@type": "FormalParameter", "name": key, "additionalType": "Text",
         "conformsTo": {"@id": "https://bioschemas.org/profiles/FormalParameter/1.0-RELEASE"}}
        for key in sorted(settings)
    ]  # fmt: skip
    config_files = [
        {"@id": f"#config/{path}", "@type": "File", "name": path, "description": role,
         "sha256": sha256_file(Path(path)) if Path(path).is_file() else None}
        for role, path in sorted(workflow_files.items()) if role != "workflow"
    ]  # fmt: skip
    out_entities = []
    for rel in sorted(outputs):
        path = results / rel
        if path.is_dir():
            out_entities.append({"@id": rel.rstrip("/") + "/", "@type": "Dataset", "name": rel})
        elif rel in FOLDER_HISTORY:
            out_entities.append({"@id": rel, "@type": "File", "name": rel, "description": FOLDER_HISTORY[rel]})
        elif path.is_file():
            out_entities.append({"@id": rel, "@type": "File", "name": rel, "sha256": sha256_file(path),
                                 "contentSize": str(path.stat().st_size)})  # fmt: skip
    code = {
        "@id": "#narrative-pipeline",
        "@type": "SoftwareApplication",
        "name": "narrative-pipeline",
        "version": manifest["code_version"],
        "identifier": f"code digest {manifest['code_digest']}",
        **_git_description(manifest.get("git")),
    }
    workflow = {
        "@id": "#workflow",
        "@type": ["File", "SoftwareSourceCode", "ComputationalWorkflow"],
        "name": workflow_files.get("workflow", "Snakefile"),
        "programmingLanguage": {"@id": "#snakemake"},
        "version": manifest["code_version"],
        "softwareRequirements": {"@id": "#narrative-pipeline"},
        "input": [{"@id": f["@id"]} for f in formal],
    }
    action = {
        "@id": "#run",
        "@type": "CreateAction",
        "name": "narrative-pipeline run",
        "instrument": {"@id": "#workflow"},
        "object": [{"@id": e["@id"]} for e in inputs + config_files + params],
        "result": [{"@id": e["@id"]} for e in out_entities],
        "actionStatus": {"@id": "http://schema.org/CompletedActionStatus"},
        "description": f"configuration hash {manifest['config_hash']}, registry hash {manifest['registry_hash']}; "
        "run times in run.json",
    }
    root = {
        "@id": "./",
        "@type": "Dataset",
        "name": "Narrative pipeline results",
        "description": "Claims and actors of archived articles, with provenance.",
        "license": {"@id": "https://spdx.org/licenses/MIT"},
        "conformsTo": PROFILES,
        "hasPart": [{"@id": e["@id"]} for e in out_entities],
        "mainEntity": {"@id": "#workflow"},
        "mentions": [{"@id": "#run"}],
    }
    graph = [
        {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
         "conformsTo": {"@id": "https://w3id.org/ro/crate/1.1"}},
        root, workflow, action, code,
        {"@id": "#snakemake", "@type": "ComputerLanguage", "name": "Snakemake", "url": {"@id": "https://snakemake.github.io"}},
        {"@id": "https://spdx.org/licenses/MIT", "@type": "CreativeWork", "name": "MIT License"},
        *_profiles(), *formal, *params, *config_files, *inputs, *out_entities,
    ]  # fmt: skip
    return {"@context": "https://w3id.org/ro/crate/1.1/context", "@graph": graph}
