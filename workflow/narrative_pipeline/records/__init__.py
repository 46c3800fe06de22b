"""The records every artifact is made of: one pydantic model per row or document.

These models are the single definition of each record. The Arrow schemas of the Parquet tables and
the JSON Schemas of the JSON artifacts are generated from them (`narrative_pipeline.tables`,
`narrative_pipeline.schemas`). The package imports nothing else of narrative_pipeline. Modules:
`base` (the base record and the closed vocabularies: types, kinds, rule names), `articles`
(ingest and normalize), `analysis` (actors and claims), `narratives`, `run` (documents, validation,
manifest).
"""

from __future__ import annotations

from .analysis import (
    ActorRecord,
    ClaimActorRecord,
    ClaimRecord,
    MentionRecord,
)
from .articles import (
    ArticleRecord,
    ArticleText,
    SentenceRecord,
    TokenRecord,
)
from .base import (
    SCHEMA_VERSION,
    ActorSource,
    ActorType,
    ActorTypeRule,
    Certainty,
    CertaintyRule,
    ClaimerKind,
    ClaimerRule,
    ClaimType,
    DecisionSource,
    FramingKind,
    InheritedRule,
    LinkMethod,
    PloverCategory,
    QuadClass,
    Record,
    Rejection,
    Role,
    SentenceRole,
    Status,
    TypeRule,
)
from .narratives import (
    ActorEdgeRecord,
    FramingRecord,
    NarrativeRecord,
    RelationRecord,
    StatementRecord,
    TimelineRecord,
)
from .run import (
    ArticleDocument,
    ArticleFailure,
    ArtifactEntry,
    CheckResult,
    GitCheckout,
    Manifest,
    RunInfo,
    ValidationReport,
    Violation,
)

__all__ = [
    "ActorEdgeRecord",
    "ActorRecord",
    "ActorSource",
    "ActorType",
    "ActorTypeRule",
    "ArticleDocument",
    "ArticleFailure",
    "ArticleRecord",
    "ArticleText",
    "ArtifactEntry",
    "Certainty",
    "CertaintyRule",
    "CheckResult",
    "ClaimActorRecord",
    "ClaimRecord",
    "ClaimType",
    "ClaimerKind",
    "ClaimerRule",
    "DecisionSource",
    "FramingKind",
    "FramingRecord",
    "GitCheckout",
    "InheritedRule",
    "LinkMethod",
    "Manifest",
    "MentionRecord",
    "NarrativeRecord",
    "PloverCategory",
    "QuadClass",
    "Record",
    "Rejection",
    "RelationRecord",
    "Role",
    "RunInfo",
    "SCHEMA_VERSION",
    "SentenceRecord",
    "SentenceRole",
    "StatementRecord",
    "Status",
    "TimelineRecord",
    "TokenRecord",
    "TypeRule",
    "ValidationReport",
    "Violation",
]
