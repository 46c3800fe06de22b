"""Records of actor linking and claim extraction."""

from __future__ import annotations

from pydantic import Field

from .base import (
    ActorSource,
    ActorType,
    ActorTypeRule,
    Certainty,
    CertaintyRule,
    ClaimerKind,
    ClaimerRule,
    ClaimType,
    DecisionSource,
    LinkMethod,
    Record,
    Role,
    TypeRule,
)


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
    type_cue: str | None = Field(
        None,
        description="Text of the cue behind type_rule (a title, 'firm', 'Mr'); when the cue's words lie apart, of its"
        " first part in the text ('rugby' of 'rugby' ... 'Zealand'), the second in type_cue2.",
    )
    type_cue_start: int | None = Field(None, description="Start offset of the cue (of its first part).")
    type_cue_end: int | None = Field(None, description="End offset (exclusive) of the cue (of its first part).")
    type_cue2: str | None = Field(
        None,
        description="The cue's second part when its words lie apart (a national team's name after the sport's word"
        " early in the article; a kin's 'his' after 'son'); null for a cue of one phrase.",
    )
    type_cue2_start: int | None = Field(None, description="Start offset of the cue's second part.")
    type_cue2_end: int | None = Field(None, description="End offset (exclusive) of the cue's second part.")


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
    type_source: DecisionSource = Field(
        "rules", description="What set claim_type: the rules alone, or the claim classifier weighing them."
    )
    type_prob: float | None = Field(
        None, description="The classifier's probability for claim_type (null when the rules decided)."
    )
    type_evidence: list[str] = Field(
        [], description="Features that weighed most for claim_type (rule decisions and cues among them)."
    )
    certainty_source: DecisionSource = Field("rules", description="What set certainty.")
    certainty_prob: float | None = Field(None, description="The classifier's probability for certainty.")
    certainty_evidence: list[str] = Field([], description="Features that weighed most for certainty.")
    claimer_source: DecisionSource = Field("rules", description="What set claimer_kind.")
    claimer_prob: float | None = Field(None, description="The classifier's probability for claimer_kind.")
    claimer_evidence: list[str] = Field([], description="Features that weighed most for claimer_kind.")
    claimer_phrase_rule: str | None = Field(
        None,
        description="How the claimer phrase was found when the classifier ran: rules, sentence-speaker, last-speaker.",
    )


class ClaimActorRecord(Record):
    """One actor's role in a claim (`claims/claim_actors.parquet`)."""

    claim_id: str
    actor_id: str
    role: Role = Field(
        description="agent, patient or mentioned in the claim's text; claimer: every actor linked in the claimer "
        "phrase ('Tory spokesman Michael Ancram': Michael Ancram and the Conservative Party), where "
        "`claims.claimer_actor_id` names the one the claim is attributed to (the report's 'claims made')."
    )
    mention_id: str | None
