"""The records every artifact is made of: one pydantic model per row or document.

These models are the single definition of each record. The Arrow schemas of the Parquet
tables and the JSON Schemas of the JSON artifacts are generated from them
(`narrative_pipeline.tables`, `narrative_pipeline.schemas`). This module imports nothing
else of the package.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0.0"

Status = Literal["ok", "rejected"]
SentenceRole = Literal["headline", "body", "boilerplate"]
ActorType = Literal[
    "state",
    "government",
    "armed_group",
    "organisation",
    "party",
    "person",
    "media",
    "company",
    "group",
]
ActorSource = Literal["registry", "discovered"]
ClaimType = Literal["event", "assessment", "prediction", "prescription"]
Certainty = Literal["asserted", "reported", "hedged"]
ClaimerKind = Literal["author", "actor", "unnamed"]
Role = Literal["agent", "patient", "claimer", "mentioned"]


class Record(BaseModel):
    """Base of every row: no extra fields, immutable once made."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ArticleRecord(Record):
    """One file seen under `input_dir` (`ingest/articles.parquet`)."""

    article_id: str = Field(description="Content-derived id: the first 16 hex digits of sha256.")
    source_path: str = Field(description="Path of the file relative to input_dir (POSIX form).")
    sha256: str = Field(description="Hex sha256 of the file's raw bytes (of the link text for a symlink).")
    n_bytes: int = Field(description="Size of the raw bytes.")
    media_type: str = Field(description="Media type guessed from the file name and content.")
    encoding: str | None = Field(description="Text encoding the bytes were decoded with.")
    language: str | None = Field(description="ISO 639-1 code of the detected language.")
    language_score: float | None = Field(description="Confidence of the language detection (0-1).")
    title: str | None = Field(description="The headline: first non-blank line of a plain-text article.")
    url: str | None = Field(description="Original URL when the archive records it.")
    published_at: str | None = Field(description="Publication time when the archive records it.")
    archived_at: str | None = Field(description="Archiving time when the archive records it.")
    status: Status = Field(description="`ok` when the file is an article, `rejected` otherwise.")
    error: str | None = Field(description="Why the file was rejected.")
    duplicate_of: str | None = Field(
        description="For a later file with identical content: the source_path that sorts first."
    )
    analysed: bool = Field(description="Whether the downstream steps analyse this file's text.")
    skip_reason: str | None = Field(description="Why an `ok` file is not analysed (duplicate, language).")
    n_chars: int | None = Field(description="Length of the decoded text in code points.")
    shard: int = Field(description="Shard the article belongs to (from article_id).")


class ArticleText(Record):
    """Decoded text of an analysed article, passed from ingest to normalize (shard files)."""

    article_id: str
    source_path: str
    sha256: str
    text: str


class SentenceRecord(Record):
    """One sentence (`normalize/sentences.parquet`)."""

    article_id: str
    sentence_id: str = Field(description="`<article_id>:s<index>`, stable for the same text.")
    paragraph_index: int = Field(description="Index of the paragraph (the headline is paragraph 0).")
    sentence_index: int = Field(description="Index of the sentence within the article.")
    start: int = Field(description="Start offset (code points) in the decoded archived text.")
    end: int = Field(description="End offset (exclusive) in the decoded archived text.")
    text: str = Field(description="The normalized text of raw_text[start:end].")
    role: SentenceRole = Field(description="headline, body, or boilerplate (kept out of analysis).")


class TokenRecord(Record):
    """One token of the single spaCy parse, shared by the actor and claim steps."""

    article_id: str
    sentence_id: str
    i: int = Field(description="Token index within the article.")
    start: int = Field(description="Start offset in the decoded archived text.")
    end: int = Field(description="End offset in the decoded archived text.")
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int = Field(description="Article-level index of the syntactic head (itself for roots).")
    ent_type: str
    ent_iob: str
    space_after: bool = Field(description="Whether whitespace follows the token in the normalized text.")


class MentionRecord(Record):
    """One actor mention (`actors/mentions.parquet`)."""

    mention_id: str
    article_id: str
    sentence_id: str
    start: int
    end: int
    text: str
    actor_id: str | None = Field(description="Registry or discovered actor id; null when no referent is known.")
    actor_type: ActorType
    link_method: str = Field(description="How the mention was found and linked (alias, demonym, ...).")
    link_score: float = Field(description="1.0 for exact links, the similarity for fuzzy ones.")
    matched_alias: str | None = Field(description="The registry alias, demonym or metonym that matched.")
    head_i: int = Field(description="Article-level index of the mention's last token.")


class ActorRecord(Record):
    """One actor seen in the corpus (`actors/actors.parquet`)."""

    actor_id: str
    name: str
    actor_type: ActorType
    aliases: list[str]
    country_iso3: str | None
    wikidata_id: str | None
    source: ActorSource
    n_mentions: int = Field(description="Mentions of this actor in the analysed corpus.")


class ClaimRecord(Record):
    """One claim (`claims/claims.parquet`), with the cue behind each decision."""

    claim_id: str
    article_id: str
    sentence_id: str
    start: int
    end: int
    text: str
    claim_type: ClaimType
    certainty: Certainty
    claimer_kind: ClaimerKind
    claimer_text: str | None
    claimer_start: int | None
    claimer_end: int | None
    claimer_actor_id: str | None
    type_rule: str = Field(description="Name of the rule that set claim_type.")
    type_cue: str | None = Field(description="Text of the cue that set claim_type.")
    type_cue_start: int | None
    type_cue_end: int | None
    certainty_rule: str
    certainty_cue: str | None
    certainty_cue_start: int | None
    certainty_cue_end: int | None
    claimer_rule: str
    claimer_cue: str | None = Field(description="The reporting verb or phrase that attributes the claim.")
    claimer_cue_start: int | None
    claimer_cue_end: int | None


class ClaimActorRecord(Record):
    """One actor's role in a claim (`claims/claim_actors.parquet`)."""

    claim_id: str
    actor_id: str
    role: Role
    mention_id: str | None


PloverCategory = Literal[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
]
QuadClass = Literal["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
FramingKind = Literal["descriptor", "premodifier", "apposition", "predicate", "alignment"]


class StatementRecord(Record):
    """One agent-action-patient statement inside a claim (`narratives/statements.parquet`)."""

    statement_id: str = Field(description="`<article_id>:t<index>`, stable for the same text and rules.")
    claim_id: str = Field(description="The claim the action stands in (its claimer and certainty stay there).")
    article_id: str
    sentence_id: str
    agent_actor_id: str | None = Field(description="Actor who acts; null when the text names none.")
    agent_mention_id: str | None = Field(description="The mention the agent was read from.")
    agent_rule: str | None = Field(description="How the agent was found (subject, passive-agent, inherited, ...).")
    action_lemma: str = Field(description="Lemma of the action, with its particle or object noun when they decide it.")
    action_text: str = Field(description="Normalized text of raw_text[action_start:action_end].")
    action_start: int = Field(description="Start offset of the action word (verb or event noun).")
    action_end: int
    action_class: PloverCategory | None = Field(description="PLOVER event category; null when the action is none.")
    quad_class: QuadClass | None = Field(description="Verbal/material cooperation/conflict of the category.")
    patient_actor_id: str | None = Field(description="Actor acted on; null when the text names none.")
    patient_mention_id: str | None
    patient_rule: str | None
    negated: bool = Field(description="Whether the text says the action did not happen.")
    class_rule: str = Field(description="Name of the rule that set action_class (`none` when no rule did).")
    class_cue: str | None = Field(description="Normalized text of the cue that set action_class.")
    class_cue_start: int | None
    class_cue_end: int | None


class FramingRecord(Record):
    """One label a text attaches to an actor (`narratives/framing.parquet`)."""

    framing_id: str = Field(description="`<article_id>:f<index>`.")
    actor_id: str = Field(description="The labelled actor.")
    article_id: str
    sentence_id: str
    mention_id: str | None = Field(description="The mention of the actor the label attaches to.")
    label: str = Field(description="Normalized text of raw_text[start:end].")
    label_lemma: str = Field(description="Lower-case lemmas of the label's words.")
    kind: FramingKind
    start: int
    end: int
    rule: str = Field(description="Name of the framing rule that found the label.")
    claim_id: str | None = Field(description="The claim the label stands in; null outside claims (headlines).")
    claimer_kind: ClaimerKind = Field(description="Who applies the label: the claim's claimer (author outside claims).")
    claimer_actor_id: str | None
    claimer_text: str | None


class NarrativeRecord(Record):
    """Statements grouped by (agent, class, patient, negated) across the corpus (`narratives/narratives.parquet`)."""

    narrative_id: str = Field(description="Stable id from the key: `n` + 16 hex digits of its sha256.")
    rank: int = Field(description="1 for the narrative told in most articles.")
    agent_actor_id: str | None
    action_class: PloverCategory | None
    quad_class: QuadClass | None
    patient_actor_id: str | None
    negated: bool
    n_statements: int
    n_articles: int
    n_outlets: int = Field(description="Distinct outlets (articles without an outlet are not counted).")
    n_claimers: int
    claimers: list[str] = Field(
        description="Claimers, most frequent first: actor id, `author`, `unnamed` or `source:<text>`."
    )
    claimer_counts: list[int] = Field(description="Statements per claimer, parallel to `claimers`.")
    share_reported: float = Field(description="Share of statements in claims whose certainty is `reported`.")
    share_hedged: float = Field(description="Share of statements in claims whose certainty is `hedged`.")
    first_date: str | None = Field(description="Earliest date (published_at, else archived_at), YYYY-MM-DD.")
    last_date: str | None
    n_undated: int = Field(description="Statements in articles without a date.")
    example_statement_ids: list[str] = Field(description="Up to five statements, earliest first.")


class ActorEdgeRecord(Record):
    """Agent -> patient per quad class and month (`narratives/actor_edges.parquet`)."""

    agent_actor_id: str
    patient_actor_id: str
    quad_class: QuadClass
    period: str | None = Field(description="Month YYYY-MM; null for undated articles.")
    n_statements: int
    n_articles: int


class TimelineRecord(Record):
    """A narrative in one month (`narratives/timeline.parquet`)."""

    narrative_id: str
    period: str = Field(description="Month YYYY-MM.")
    n_statements: int
    n_articles: int


class RelationRecord(Record):
    """A relation of the actor registry (`actors/relations.parquet`)."""

    actor_id: str
    relation: str = Field(description="backed_by, allied_with, part_of, leader_of, led_by, government_of, member_of.")
    other_actor_id: str
    since: str | None
    until: str | None


class ArticleDocument(Record):
    """Everything about one article (`articles/<article_id>.json`)."""

    schema_version: str
    article: ArticleRecord
    sentences: list[SentenceRecord]
    mentions: list[MentionRecord]
    claims: list[ClaimRecord]
    claim_actors: list[ClaimActorRecord]
    statements: list[StatementRecord] = Field(default_factory=list, description="Statements of the narratives step.")
    framing: list[FramingRecord] = Field(default_factory=list, description="Framing rows of the narratives step.")


class Violation(Record):
    check: str
    file: str
    row: int | None
    field: str | None
    message: str


class CheckResult(Record):
    check: str
    scope: str
    passed: bool
    n_checked: int
    violations: list[Violation]


class ValidationReport(Record):
    """Outcome of validation (`validation/report.json` and the per-shard reports)."""

    schema_version: str
    scope: str
    passed: bool
    n_violations: int
    articles_not_analysed: list[dict[str, str]] = Field(
        description="Articles kept out of analysis with the reason (rejected, duplicate, language)."
    )
    checks: list[CheckResult]


class ArtifactEntry(Record):
    path: str
    sha256: str
    n_rows: int | None
    schema_version: str


class Manifest(Record):
    """What a run produced and what produced it (`manifest.json`)."""

    schema_version: str
    code_version: str
    code_digest: str
    config_hash: str
    registry_hash: str
    spacy_model: str
    spacy_model_version: str
    components: dict[str, str] = Field(description="Versioned names of the rule sets that ran.")
    artifacts: list[ArtifactEntry]


class RunInfo(Record):
    """What differs from run to run (`run.json`)."""

    started_at: str
    finished_at: str
    host: str
    python: str
    snakemake: str | None
    code_version: str
    jobs: list[dict[str, str | float]]
