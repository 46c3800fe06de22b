"""The records every artifact is made of: one pydantic model per row or document.

These models are the single definition of each record. The Arrow schemas of the Parquet
tables and the JSON Schemas of the JSON artifacts are generated from them
(`narrative_pipeline.tables`, `narrative_pipeline.schemas`). This module imports nothing
else of the package.
"""

from __future__ import annotations

import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

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

# The closed sets of rule names recorded in the outputs (rules: narrative_pipeline.actors, .claims).
LinkMethod = Literal[
    "alias",
    "acronym",
    "demonym",
    "metonym",
    "alignment",
    "national-team",
    "surname",
    "short-form",
    "descriptor",
    "fuzzy",
    "ner-discovered",
]
# What decided a mention's actor_type: the registry, a rule of actors.typing.TYPE_RULES (or the
# article's agreement, or spaCy's label) for a discovered name, the person or organisation a
# surname or short form repeats, the country of a national team, or the descriptor rule that
# found the referent (actors.descriptors.DESCRIPTOR_RULES).
ActorTypeRule = Literal[
    "registry",
    "title",
    "initial",
    "determiner-before-name",
    "person-noun",
    "person-conjunct",
    "name-word",
    "company-cue",
    "media-cue",
    "band-cue",
    "team-cue",
    "article-agreement",
    "business-article",
    "ner-label",
    "surname",
    "short-form",
    "national-team",
    "registry-descriptor",
    "role-title",
    "state-descriptor",
    "named-group-head",
    "group-of-named",
    "group-continuation",
]
TypeRule = Literal[
    "modal-prescription",
    "phrase-prescription",
    "first-person-desire",
    "verb-prescription",
    "speech-act-prescription",
    "list-action-item",
    "modal-future",
    "modal-conditional",
    "modal-possibility",
    "phrase-future",
    "verb-future",
    "reporting-future",
    "copula-adjective",
    "explanation",
    "quoted-complement",
    "modal-ability",
    "verb-assessment",
    "speech-act-assessment",
    "evaluative-word",
    "phrase-assessment",
    "reported-state",
    "reported-present",
    "present-copula",
    "default-event",
]
# claimers inherited from the discourse (a quotation's speaker, a list's introducer)
InheritedRule = Literal["quote-continuation", "quote-of-last-speaker", "list-continuation"]
CertaintyRule = Literal["hedge-phrase", "hedge-word", "hedge-verb", "attributed", "author-default", InheritedRule]
ClaimerRule = Literal[
    "according-to-reports",
    "according-to",
    "stance-adjective",
    "quote-frame",
    "passive-agent",
    "inverted-reporting",
    "relative-reporting",
    "reporting-verb",
    "unnamed-attribution",
    "shared-reporting-verb",
    "colon-quote",
    "author-default",
    InheritedRule,
]


class Record(BaseModel):
    """Base of every row: no extra fields, immutable once made."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ArticleRecord(Record):
    """One file seen under `input_dir`, or one record or row inside an archive or export file
    (`ingest/articles.parquet`)."""

    article_id: str = Field(
        description="Content-derived id: the first 16 hex digits of the sha256 of the file or export row; "
        "for a WARC record, of its payload digest."
    )
    source_path: str = Field(description="Path of the file relative to input_dir (POSIX form).")
    sha256: str = Field(
        description="Hex sha256 of the raw bytes: of the file, the WARC record's payload, or the export row "
        "(of the link text for a symlink)."
    )
    n_bytes: int = Field(description="Size of the raw bytes (a WARC record: its length in the file).")
    media_type: str = Field(description="Media type guessed from the file name and content.")
    encoding: str | None = Field(description="Text encoding the bytes were decoded with.")
    language: str | None = Field(description="ISO 639-1 code of the detected language.")
    language_score: float | None = Field(description="Confidence of the language detection (0-1).")
    title: str | None = Field(
        description="The headline: a page's title, an export's title column, else the first non-blank line."
    )
    url: str | None = Field(description="URL of the page: WARC-Target-URI, export or sidecar url, a page's own URL.")
    published_at: str | None = Field(description="Publication time, ISO 8601 in UTC, when the source gives it.")
    archived_at: str | None = Field(description="Capture time (WARC-Date, sidecar, saved page), ISO 8601 in UTC.")
    status: Status = Field(description="`ok` when the file is an article, `rejected` otherwise.")
    error: str | None = Field(description="Why the file was rejected (or, for an archive record, skipped).")
    duplicate_of: str | None = Field(
        description="For a later source of identical content or identical text: the source (path, and "
        "#locator inside a container) that sorts first."
    )
    analysed: bool = Field(description="Whether the downstream steps analyse this file's text.")
    skip_reason: str | None = Field(description="Why an `ok` file is not analysed (duplicate, language).")
    n_chars: int | None = Field(description="Length of the decoded text in code points.")
    shard: int = Field(description="Shard the article belongs to (from its URL or article_id).")
    locator: str = Field(
        "",
        description="Position inside the file: '' for a whole file, 'warc:<offset>' for a WARC/ARC record, "
        "'line:<n>' for an export row.",
    )
    text_sha256: str | None = Field(None, description="Hex sha256 of the text every span indexes (UTF-8).")
    extractor: str | None = Field(None, description="What produced the text: plain, trafilatura, export.")
    extractor_version: str | None = Field(None, description="Version of the extractor.")
    outlet: str | None = Field(None, description="Outlet or site name, when the source gives it.")
    authors: list[str] = Field(default_factory=list, description="Author names, when the source gives them.")
    canonical_url: str | None = Field(None, description="The page's own canonical URL (link rel=canonical, og:url).")
    source_id: str | None = Field(None, description="An export row's own id.")
    line_number: int | None = Field(None, description="Export rows: 1-based line where the row starts.")
    warc_record_id: str | None = Field(None, description="WARC-Record-ID of the record.")
    warc_type: str | None = Field(None, description="WARC-Type of the record.")
    warc_offset: int | None = Field(None, description="Byte offset of the record in the WARC file.")
    warc_length: int | None = Field(None, description="Bytes the record occupies in the WARC file.")
    payload_digest: str | None = Field(None, description="Payload digest (sha1:<base32>) of a WARC record.")
    http_status: int | None = Field(None, description="HTTP status of a WARC response.")
    content_type: str | None = Field(None, description="Media type of a WARC payload.")
    warnings: list[str] = Field(
        default_factory=list, description="Problems that did not stop the article (bad date, wrong charset)."
    )
    candidate: bool = Field(
        True,
        description="Whether the entry can be an article (a file, a WARC response or resource record, an export "
        "row); every candidate has an article document, other WARC records are listed here only.",
    )


class ArticleText(Record):
    """The text of an analysed article: exactly the text every span indexes (`ingest/texts.parquet`)."""

    article_id: str
    source_path: str
    sha256: str = Field(description="Hex sha256 of the raw bytes the text came from.")
    text: str = Field(description="The text: the decoded file, or the text extracted from a page or row.")
    text_sha256: str = Field("", description="Hex sha256 of the text (UTF-8); computed from the text when not given.")
    extractor: str = Field("plain", description="What produced the text: plain, trafilatura, export.")
    extractor_version: str = Field("", description="Version of the extractor.")

    @model_validator(mode="after")
    def _text_digest(self) -> ArticleText:
        digest = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
        if not self.text_sha256:
            object.__setattr__(self, "text_sha256", digest)
        elif self.text_sha256 != digest:
            raise ValueError(f"text_sha256 {self.text_sha256} is not the sha256 of the text ({digest})")
        return self


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
    link_method: LinkMethod = Field(description="How the mention was found and linked (alias, demonym, ...).")
    link_score: float = Field(description="1.0 for exact links, the similarity for fuzzy ones.")
    matched_alias: str | None = Field(description="The registry alias, demonym or metonym that matched.")
    head_i: int = Field(description="Article-level index of the mention's last token.")
    type_rule: ActorTypeRule = Field(
        "registry", description="The rule that decided actor_type (and, for a descriptor, the referent)."
    )
    type_cue: str | None = Field(None, description="Text of the cue behind type_rule (a title, 'firm', 'Mr').")
    type_cue_start: int | None = Field(None, description="Start offset of the cue.")
    type_cue_end: int | None = Field(None, description="End offset (exclusive) of the cue.")


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
    type_rule: TypeRule = Field(description="Name of the rule that set claim_type.")
    type_cue: str | None = Field(description="Text of the cue that set claim_type.")
    type_cue_start: int | None
    type_cue_end: int | None
    certainty_rule: CertaintyRule
    certainty_cue: str | None
    certainty_cue_start: int | None
    certainty_cue_end: int | None
    claimer_rule: ClaimerRule
    claimer_cue: str | None = Field(description="The reporting verb or phrase that attributes the claim.")
    claimer_cue_start: int | None
    claimer_cue_end: int | None


class ClaimActorRecord(Record):
    """One actor's role in a claim (`claims/claim_actors.parquet`)."""

    claim_id: str
    actor_id: str
    role: Role
    mention_id: str | None


class ArticleDocument(Record):
    """Everything about one article (`articles/<article_id>.json`)."""

    schema_version: str
    article: ArticleRecord
    sentences: list[SentenceRecord]
    mentions: list[MentionRecord]
    claims: list[ClaimRecord]
    claim_actors: list[ClaimActorRecord]


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
    warnings: list[str] = Field(description="Things a reader should know that do not fail the run.")
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
