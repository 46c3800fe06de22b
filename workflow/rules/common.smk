"""Configuration validation, input discovery and input functions shared by every rule.

The config is validated against workflow/schemas/config.schema.json (generated from
narrative_pipeline.settings.PipelineConfig). Input files are discovered once, here: each file's
shard comes from its content-derived article_id, so a shard's jobs re-run only when one of its
own files changes.
"""

import json
from datetime import datetime, timezone
from pathlib import Path

from snakemake.utils import validate

from narrative_pipeline.hashing import canonical_json_hash, step_fingerprint
from narrative_pipeline.ingest import discover, plan_shards
from narrative_pipeline.nlp import model_version
from narrative_pipeline.registry import registry_files
from narrative_pipeline.settings import PipelineConfig

validate(config, "../schemas/config.schema.json")

SETTINGS = PipelineConfig.model_validate(config)
STARTED = datetime.now(timezone.utc).isoformat(timespec="seconds")
INPUT_DIR = Path(SETTINGS.input_dir)
if not INPUT_DIR.is_dir():
    raise WorkflowError(
        f"input_dir {str(INPUT_DIR)!r} is not a folder (set it with --config input_dir=DIR)"
    )
SHARDS = list(range(SETTINGS.n_shards))
PLAN = plan_shards(discover(INPUT_DIR), SETTINGS.n_shards)
REGISTRY_FILES = [str(p) for p in registry_files(Path(SETTINGS.actor_registry))]


wildcard_constraints:
    shard=r"\d+",


def settings_json(*keys):
    """The named config values as JSON: a rule re-runs exactly when one of them changes.

    Returned as a function so that braces in values are not read as wildcards.
    """
    data = SETTINGS.model_dump(mode="json")
    text = json.dumps({k: data[k] for k in keys}, sort_keys=True)
    return lambda wildcards: text


def get_shard_files(wildcards):
    """Regular files of one shard (links and special files are listed but never read)."""
    return [
        str(INPUT_DIR / e.rel_path)
        for e in PLAN[int(wildcards.shard)]
        if e.kind == "file"
    ]


def get_shard_membership(wildcards):
    """Digest of every entry of a shard, so adding a link or special file re-runs it too."""
    entries = [(e.rel_path, e.kind, e.sha256) for e in PLAN[int(wildcards.shard)]]
    return canonical_json_hash(entries)


def shard_paths(pattern):
    return expand(pattern, shard=SHARDS)


CODE = {
    step: step_fingerprint(step)
    for step in (
        "ingest",
        "normalize",
        "actors",
        "claims",
        "narratives",
        "export",
        "validate",
        "gather",
        "manifest",
    )
}
