"""The catalogue of result tables: one place that names every table the pipeline writes.

Each entry says where the table lives (corpus-level path and, for tables made per shard, the shard
path), which record model its rows are, its key and row order, the step that writes it, whether
researchers read it (public) and how its rows point at text and at other tables. Gathering,
validation, the manifest, the command line, the Data Package and the tests all read this list; a
new table is one entry here. Imports only the records.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel

from .records import (
    ActorEdgeRecord,
    ActorRecord,
    ArticleRecord,
    ArticleText,
    ClaimActorRecord,
    ClaimRecord,
    FramingRecord,
    MentionRecord,
    NarrativeRecord,
    RelationRecord,
    SentenceRecord,
    StatementRecord,
    TimelineRecord,
    TokenRecord,
)

Gather = Literal["concat", "merge_actors", "none"]
Made = Literal["shards", "corpus"]


@dataclass(frozen=True)
class Span:
    """Three columns of a row that point at the archived text: `normalize(raw[start:end]) == text`."""

    start: str
    end: str
    text: str


@dataclass(frozen=True)
class Reference:
    """A column whose values must be keys of another table (`nullable` values may be null)."""

    column: str
    table: str
    target: str
    nullable: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    step: str
    model: type[BaseModel]
    key: tuple[str, ...]
    order: tuple[str, ...]
    description: str
    public: bool = True
    sharded: bool = True
    gather: Gather = "concat"
    spans: tuple[Span, ...] = ()
    references: tuple[Reference, ...] = field(default_factory=tuple)
    folder: str | None = None

    @property
    def path(self) -> str:
        """Corpus-level path, relative to the results folder."""
        return f"{self.folder or self.step}/{self.name}.parquet"

    def shard_path(self, shard: int | str) -> str:
        """Path of one shard's table, relative to the results folder (`{shard}` for a pattern)."""
        return f"{self.folder or self.step}/shards/{shard}.{self.name}.parquet"


TABLES: tuple[Table, ...] = (
    Table(
        "articles",
        "ingest",
        ArticleRecord,
        key=("source_path", "locator"),
        order=("source_path", "locator"),
        description="Every file seen under input_dir, and every record or row of an archive or export file, "
        "processed or rejected with its reason.",
    ),
    Table(
        "texts",
        "ingest",
        ArticleText,
        key=("article_id",),
        order=("article_id",),
        description="The text of each analysed article, exactly the text every span indexes, and how it was "
        "obtained (extractor and version).",
        references=(Reference("article_id", "articles", "article_id"),),
    ),
    Table(
        "sentences",
        "normalize",
        SentenceRecord,
        key=("sentence_id",),
        order=("article_id", "sentence_index"),
        description="Sentences with their offsets, normalized text and role (headline, body, post, boilerplate).",
        spans=(Span("start", "end", "text"),),
        references=(Reference("article_id", "articles", "article_id"),),
    ),
    Table(
        "tokens",
        "normalize",
        TokenRecord,
        key=("article_id", "i"),
        order=("article_id", "i"),
        description="The one spaCy parse of each article, read by the actor and claim steps.",
        public=False,
        gather="none",
    ),
    Table(
        "mentions",
        "actors",
        MentionRecord,
        key=("mention_id",),
        order=("article_id", "mention_id"),
        description="Actor mentions with their span, linked actor and how they were linked.",
        spans=(
            Span("start", "end", "text"),
            Span("type_cue_start", "type_cue_end", "type_cue"),
            Span("type_cue2_start", "type_cue2_end", "type_cue2"),
        ),
        references=(
            Reference("sentence_id", "sentences", "sentence_id"),
            Reference("actor_id", "actors", "actor_id", nullable=True),
        ),
    ),
    Table(
        "actors",
        "actors",
        ActorRecord,
        key=("actor_id",),
        order=("actor_id",),
        description="Every actor mentioned in the corpus, from the registry or discovered.",
        gather="merge_actors",
    ),
    Table(
        "claims",
        "claims",
        ClaimRecord,
        key=("claim_id",),
        order=("article_id", "claim_id"),
        description="Claims: typed, hedged and attributed, with the rule and cue behind each decision.",
        spans=(
            Span("start", "end", "text"),
            Span("claimer_start", "claimer_end", "claimer_text"),
            Span("type_cue_start", "type_cue_end", "type_cue"),
            Span("certainty_cue_start", "certainty_cue_end", "certainty_cue"),
            Span("claimer_cue_start", "claimer_cue_end", "claimer_cue"),
        ),
        references=(
            Reference("sentence_id", "sentences", "sentence_id"),
            Reference("claimer_actor_id", "actors", "actor_id", nullable=True),
        ),
    ),
    Table(
        "claim_actors",
        "claims",
        ClaimActorRecord,
        key=("claim_id", "role", "actor_id", "mention_id"),
        order=("claim_id", "role", "actor_id", "mention_id"),
        description="Each actor's role in a claim (agent, patient, claimer, mentioned).",
        references=(
            Reference("claim_id", "claims", "claim_id"),
            Reference("actor_id", "actors", "actor_id"),
            Reference("mention_id", "mentions", "mention_id", nullable=True),
        ),
    ),
)

NARRATIVE_TABLES: tuple[Table, ...] = (
    Table(
        "statements",
        "narratives",
        StatementRecord,
        key=("statement_id",),
        order=("article_id", "statement_id"),
        description="Agent-action-patient statements inside claims, with the PLOVER class of the action.",
        spans=(
            Span("action_start", "action_end", "action_text"),
            Span("class_cue_start", "class_cue_end", "class_cue"),
        ),
        references=(
            Reference("claim_id", "claims", "claim_id"),
            Reference("sentence_id", "sentences", "sentence_id"),
            Reference("agent_actor_id", "actors", "actor_id", nullable=True),
            Reference("patient_actor_id", "actors", "actor_id", nullable=True),
            Reference("agent_mention_id", "mentions", "mention_id", nullable=True),
            Reference("patient_mention_id", "mentions", "mention_id", nullable=True),
        ),
    ),
    Table(
        "framing",
        "narratives",
        FramingRecord,
        key=("framing_id",),
        order=("article_id", "framing_id"),
        description="Every label a text attaches to an actor, and who applies it.",
        spans=(Span("start", "end", "label"),),
        references=(
            Reference("actor_id", "actors", "actor_id"),
            Reference("sentence_id", "sentences", "sentence_id"),
            Reference("mention_id", "mentions", "mention_id", nullable=True),
            Reference("claim_id", "claims", "claim_id", nullable=True),
            Reference("claimer_actor_id", "actors", "actor_id", nullable=True),
        ),
    ),
    Table(
        "narratives",
        "narratives",
        NarrativeRecord,
        key=("narrative_id",),
        order=("rank", "narrative_id"),
        description="Statements grouped by agent, class, patient and negation across the corpus, ranked by articles.",
        sharded=False,
        gather="none",
    ),
    Table(
        "actor_edges",
        "narratives",
        ActorEdgeRecord,
        key=("agent_actor_id", "patient_actor_id", "quad_class", "agent_as", "patient_as", "period"),
        order=("agent_actor_id", "patient_actor_id", "quad_class", "agent_as", "patient_as", "period"),
        description="The actor network: agent to patient, per quad class and month (a state's government apart).",
        sharded=False,
        gather="none",
    ),
    Table(
        "timeline",
        "narratives",
        TimelineRecord,
        key=("narrative_id", "period"),
        order=("narrative_id", "period"),
        description="Each narrative per month: statements and articles.",
        sharded=False,
        gather="none",
    ),
    Table(
        "relations",
        "narratives",
        RelationRecord,
        key=("actor_id", "relation", "other_actor_id", "since", "until"),
        order=("actor_id", "relation", "other_actor_id"),
        description="The actor registry's relations (backed_by, allied_with, part_of, leader_of, ...), with dates.",
        sharded=False,
        gather="none",
        folder="actors",
    ),
)
TABLES = TABLES + NARRATIVE_TABLES

BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
STEPS: tuple[str, ...] = tuple(dict.fromkeys(t.step for t in TABLES))


def document_path(article_id: str) -> str:
    """Path of an article's JSON document, relative to the results folder."""
    return f"articles/{article_id}.json"


def table(name: str) -> Table:
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"no table {name!r} in the catalogue (known: {', '.join(BY_NAME)})") from None


def of_step(step: str) -> tuple[Table, ...]:
    return tuple(t for t in TABLES if t.step == step)


def gathered() -> tuple[Table, ...]:
    """Tables with a corpus-level file made from their shards."""
    return tuple(t for t in TABLES if t.gather != "none")


def corpus_only() -> tuple[Table, ...]:
    """Tables made for the corpus as a whole, with no shard files."""
    return tuple(t for t in TABLES if not t.sharded)


def public() -> tuple[Table, ...]:
    return tuple(t for t in TABLES if t.public)
