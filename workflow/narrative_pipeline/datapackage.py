"""The Frictionless Data Package of a results folder (`datapackage.json`), made from the catalogue.

One resource per public table of the catalogue that exists in the results folder: its path, a
description, and a Table Schema generated from the table's pydantic record (field types, descriptions,
required fields, enumerations), with the table's key as primary key and its references as foreign
keys. A new table or column appears here without code changes.
"""

from __future__ import annotations

import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .catalogue import Table, public
from .hashing import code_version
from .records import SCHEMA_VERSION

_TYPES: dict[type, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}


def field_type(annotation: Any) -> tuple[str, bool, list[str] | None]:
    """Table Schema type of a pydantic annotation, whether it may be null, and its enumeration."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"unsupported union {annotation!r}")
        kind, _, enum = field_type(args[0])
        return kind, True, enum
    if origin is typing.Literal:
        return "string", False, [str(v) for v in typing.get_args(annotation)]
    if origin is list:
        # Parquet lists reach Table Schema readers as arrays of the reading library (not JSON text):
        # typed `any` so they validate, described as lists below.
        return "any", False, None
    if annotation in _TYPES:
        return _TYPES[annotation], False, None
    raise TypeError(f"no Table Schema type for {annotation!r}")


def table_schema(model: type[BaseModel], key: tuple[str, ...] = ()) -> dict[str, Any]:
    fields = []
    for name, info in model.model_fields.items():
        kind, nullable, enum = field_type(info.annotation)
        entry: dict[str, Any] = {"name": name, "type": kind}
        description = info.description or ""
        if typing.get_origin(info.annotation) is list:
            description = f"{description} (a list)".strip()
        if description:
            entry["description"] = description
        constraints: dict[str, Any] = {}
        if not nullable:
            constraints["required"] = True
        if enum:
            constraints["enum"] = enum
        if constraints:
            entry["constraints"] = constraints
        if nullable and kind in ("integer", "number"):
            entry["missingValues"] = ["nan"]  # a null integer reaches readers through pandas as NaN
        fields.append(entry)
    schema: dict[str, Any] = {"fields": fields, "missingValues": []}
    if key:
        schema["primaryKey"] = list(key)
    return schema


def resource(spec: Table, names: set[str]) -> dict[str, Any]:
    schema = table_schema(spec.model, spec.key)
    foreign = [
        {"fields": ref.column, "reference": {"resource": ref.table, "fields": ref.target}}
        for ref in spec.references
        if ref.table in names
    ]
    if foreign:
        schema["foreignKeys"] = foreign
    return {
        "name": spec.name,
        "path": spec.path,
        "format": "parquet",
        "mediatype": "application/vnd.apache.parquet",
        "profile": "tabular-data-resource",
        "description": spec.description,
        "schema": schema,
    }


def datapackage(results: Path, name: str = "narrative-pipeline-results") -> dict[str, Any]:
    """The Data Package descriptor of the public tables present in `results`."""
    specs = [t for t in public() if (Path(results) / t.path).is_file()]
    names = {t.name for t in specs}
    return {
        "profile": "tabular-data-package",
        "name": name,
        "title": "Narrative pipeline results",
        "description": (
            "Claims (typed, attributed, hedged) and actors (linked to canonical entities) of archived articles, "
            "with exact character offsets into the archived text. Spans are [start, end) code-point offsets."
        ),
        "version": f"{code_version()}+schema.{SCHEMA_VERSION}",
        "licenses": [{"name": "MIT", "title": "MIT License (code); article texts keep their own terms"}],
        "resources": [resource(t, names) for t in specs],
    }
