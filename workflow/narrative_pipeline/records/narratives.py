"""Records of the narratives step: statements, framing, narratives, actor edges, timeline, relations."""

from __future__ import annotations

from pydantic import Field

from .base import ClaimerKind, FramingKind, PloverCategory, QuadClass, Record


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
