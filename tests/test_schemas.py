"""The committed JSON Schemas and default config are generated from the models: no drift."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from narrative_pipeline.schemas import MODELS, SCHEMA_DIR, default_config_text, schema_text
from narrative_pipeline.settings import PipelineConfig

ROOT = Path(__file__).resolve().parents[1]


def test_committed_schemas_match_models():
    for name, model in MODELS.items():
        assert (SCHEMA_DIR / name).read_text(encoding="utf-8") == schema_text(model), (
            f"{name}: run narrative-pipeline schemas"
        )


def test_default_config_matches_model():
    assert (ROOT / "config/config.yaml").read_text(encoding="utf-8") == default_config_text()
    assert PipelineConfig.model_validate(yaml.safe_load((ROOT / "config/config.yaml").read_text())) == PipelineConfig()


def test_config_schema_has_description_and_default_everywhere():
    schema = json.loads((SCHEMA_DIR / "config.schema.json").read_text())
    assert schema["$schema"].endswith("2020-12/schema")
    for name, prop in schema["properties"].items():
        assert "description" in prop and "default" in prop, name


def test_config_schema_rejects_unknown_keys():
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(json.loads((SCHEMA_DIR / "config.schema.json").read_text()))
    assert not list(validator.iter_errors({"input_dir": "x"}))
    assert list(validator.iter_errors({"input_dri": "x"}))
    assert list(validator.iter_errors({"n_shards": 0}))
