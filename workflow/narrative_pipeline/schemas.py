"""JSON Schemas of the JSON artifacts and the configuration, generated from the pydantic models.

`narrative-pipeline schemas` writes them to `workflow/schemas/`; a test fails when the committed
files drift from the models.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from pydantic import BaseModel

from .records import ArticleDocument, Manifest, RunInfo, ValidationReport
from .registry import RegistryEntry
from .settings import PipelineConfig
from .sources.model import Sidecar

DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"

MODELS: dict[str, type[BaseModel]] = {
    "config.schema.json": PipelineConfig,
    "article.schema.json": ArticleDocument,
    "report.schema.json": ValidationReport,
    "manifest.schema.json": Manifest,
    "run.schema.json": RunInfo,
    "actor.schema.json": RegistryEntry,
    "sidecar.schema.json": Sidecar,
}


def schema_for(model: type[BaseModel]) -> dict[str, Any]:
    schema = model.model_json_schema(mode="validation")
    schema = {"$schema": DIALECT, **schema}
    if model is PipelineConfig:
        schema["additionalProperties"] = False
    return schema


def schema_text(model: type[BaseModel]) -> str:
    return json.dumps(schema_for(model), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_all(directory: Path = SCHEMA_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in MODELS.items():
        path = directory / name
        path.write_text(schema_text(model), encoding="utf-8")
        written.append(path)
    return written


@cache
def validator_for(name: str) -> Draft202012Validator:
    return Draft202012Validator(schema_for(MODELS[name]))


def config_problems(config: dict[str, Any]) -> list[str]:
    """What is wrong with a configuration, a short line a problem (the key, then what is wrong), [] when it is
    valid: the message the workflow stops with. Snakemake's own check names the first problem and then prints the
    whole schema and configuration, some 800 lines that push the problem off the screen (trial32)."""
    errors = validator_for("config.schema.json").iter_errors(config)
    return [
        f"config {'.'.join(map(str, e.absolute_path)) or 'keys'}: {e.message}"
        for e in sorted(errors, key=lambda e: [str(p) for p in e.absolute_path])
    ]


def article_validator() -> Draft202012Validator:
    return validator_for("article.schema.json")


def report_validator() -> Draft202012Validator:
    return validator_for("report.schema.json")


def default_config_text() -> str:
    """The default `config/config.yaml`, every key commented with its description."""
    import yaml

    lines = [
        "# Configuration of the narrative pipeline. GENERATED from narrative_pipeline.settings",
        "# (`narrative-pipeline schemas`); a test fails when this file and the model drift.",
        "# Override any key on the command line: snakemake --cores 2 --config input_dir=DIR",
        "# (a nested key is merged into this file's: --config 'sources={export_columns: {text: [story]}}')",
        "",
    ]
    defaults = PipelineConfig().model_dump(mode="json")
    for name, info in PipelineConfig.model_fields.items():
        lines.append(f"# {info.description}")
        lines.append(yaml.safe_dump({name: defaults[name]}, allow_unicode=True, sort_keys=False, width=200).rstrip())
        lines.append("")
    return "\n".join(lines)


def write_default_config(path: Path) -> Path:
    path.write_text(default_config_text(), encoding="utf-8")
    return path
