"""Records of a run: article documents, the validation report, the manifest and run.json."""

from __future__ import annotations

from pydantic import Field

from .analysis import ClaimActorRecord, ClaimRecord, MentionRecord
from .articles import ArticleRecord, SentenceRecord
from .base import Record
from .narratives import FramingRecord, StatementRecord


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


class ArticleFailure(Record):
    """An article a shard step could not compute (`<step>/shards/<shard>.failures.json`): it has no rows
    in that step's tables nor in any later step's, and validation lists it with the reason."""

    article_id: str
    source_path: str | None = Field(default=None, description="The input file, where the step knows it.")
    step: str = Field(description="The step whose computation of the article raised.")
    error_type: str = Field(description="The exception's class name.")
    message: str = Field(description="The exception's message.")


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
        description="Articles kept out of analysis with the reason (rejected, duplicate, language; status "
        "'failed': a step raised on it, the reason '<step>: <exception type>: <message>'): source_path, locator "
        "(the WARC record or export row; '' for a whole file), article_id, status, reason."
    )
    warnings: list[str] = Field(description="Things a reader should know that do not fail the run.")
    checks: list[CheckResult]
    provenance: dict[str, str] = Field(
        default_factory=dict,
        description="What made the shard tables, as their Parquet metadata records it (the corpus report only; empty"
        " in a shard's): each step's code fingerprint (`code:<step>`), rule set (`actors`, `claims`, `narratives`) and"
        " lexicon sha256 (`lexicon:<name>`), the same in every shard (the `provenance` check). The manifest's"
        " components take these values.",
    )


class ArtifactEntry(Record):
    path: str
    sha256: str
    n_rows: int | None
    schema_version: str


class GitCheckout(Record):
    """The git commit of the checkout whose package code ran the publish job (fix81, review71 10)."""

    commit: str = Field(description="`git rev-parse HEAD` of the checkout that holds the package's code.")
    dirty: bool = Field(
        description="Whether tracked files of the checkout differed from that commit (`git status`, untracked files "
        "not counted): the code digest then says what ran, the commit only what it was based on."
    )


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
    git: GitCheckout | None = Field(
        None,
        description="The git commit (and whether the checkout had changes) of the code that made the manifest, when "
        "the package runs from a git checkout that tracks it; null otherwise (an installed archive, a copy). In no "
        "hash: the code digest, configuration and registry hashes, fingerprints and tables do not depend on it.",
    )


class RunInfo(Record):
    """What differs from run to run (`run.json`)."""

    started_at: str
    finished_at: str
    host: str
    python: str
    snakemake: str | None
    code_version: str
    cpu: str = Field(
        default="",
        description="The CPU's model name, with its family and model numbers where /proc/cpuinfo gives them (empty"
        " elsewhere). The parse's matrix kernels follow them (`blis_kernels`): hosts with other CPUs may round the last"
        " bits of the parse's products differently.",
    )
    jobs: list[dict[str, str | float]]
