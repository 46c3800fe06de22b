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

    mention_id: str = Field(description="`<article_id>:m<index>`, stable for the same text and rules.")
    article_id: str = Field(description="The article the mention is in.")
    sentence_id: str = Field(description="The sentence the mention is in.")
    start: int = Field(description="Start offset (code points) in the article's text.")
    end: int = Field(description="End offset (exclusive).")
    text: str = Field(description="Normalized text of text[start:end].")
    actor_id: str | None = Field(description="Registry or discovered actor id; null when no referent is known.")
    actor_type: ActorType = Field(description="Type of the actor: the registry's, else the one the type rule decided.")
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

    actor_id: str = Field(
        description="Registry id, or `disc.<name>` for an actor the registry lacks (one id per name)."
    )
    name: str = Field(description="Canonical name (the registry's, else the name as the text gives it).")
    actor_type: ActorType = Field(
        description="The registry's type; for a discovered actor, the type most of its mentions across the corpus have."
    )
    aliases: list[str] = Field(description="Names the registry lists for the actor (empty for a discovered one).")
    country_iso3: str | None = Field(
        description="ISO 3166-1 alpha-3 code of the actor's country, when the registry gives one."
    )
    wikidata_id: str | None = Field(description="Wikidata QID, when the registry gives one.")
    source: ActorSource = Field(
        description="`registry` (in the actor registry) or `discovered` (a name found in the text)."
    )
    n_mentions: int = Field(description="Mentions of this actor in the analysed corpus.")


class ClaimRecord(Record):
    """One claim (`claims/claims.parquet`), with the cue behind each decision."""

    claim_id: str = Field(description="`<article_id>:c<index>`, stable for the same text and rules.")
    article_id: str = Field(description="The article the claim is in.")
    sentence_id: str = Field(description="The sentence the claim is in (or begins in).")
    start: int = Field(description="Start offset (code points) in the article's text.")
    end: int = Field(description="End offset (exclusive).")
    text: str = Field(description="Normalized text of text[start:end].")
    claim_type: ClaimType = Field(
        description="event (happened or is the case), assessment (evaluation, explanation), prediction (the future), "
        "prescription (what should be done)."
    )
    certainty: Certainty = Field(
        description="asserted (stated by the author), reported (passed on from a source), hedged (qualified)."
    )
    claimer_kind: ClaimerKind = Field(
        description="author (the article's own voice), actor (a source phrase), unnamed ('it is reported')."
    )
    claimer_text: str | None = Field(description="Normalized text of the claimer phrase; null for the author.")
    claimer_start: int | None = Field(
        description="Start offset of the claimer phrase; null when none (read into pandas as float unless Int64)."
    )
    claimer_end: int | None = Field(description="End offset (exclusive) of the claimer phrase; null when none.")
    claimer_actor_id: str | None = Field(
        description="The actor the claim is attributed to (the report's 'claims made'); null when the phrase "
        "links to none."
    )
    type_rule: TypeRule = Field(description="Name of the rule that set claim_type.")
    type_cue: str | None = Field(description="Text of the cue that set claim_type.")
    type_cue_start: int | None = Field(description="Start offset of type_cue; null when none.")
    type_cue_end: int | None = Field(description="End offset (exclusive) of type_cue; null when none.")
    certainty_rule: CertaintyRule = Field(description="Name of the rule that set certainty.")
    certainty_cue: str | None = Field(
        description="Text of the cue that set certainty (a hedge word, the reporting verb)."
    )
    certainty_cue_start: int | None = Field(description="Start offset of certainty_cue; null when none.")
    certainty_cue_end: int | None = Field(description="End offset (exclusive) of certainty_cue; null when none.")
    claimer_rule: ClaimerRule = Field(description="Name of the rule that set claimer_kind and the claimer phrase.")
    claimer_cue: str | None = Field(description="The reporting verb or phrase that attributes the claim.")
    claimer_cue_start: int | None = Field(description="Start offset of claimer_cue; null when none.")
    claimer_cue_end: int | None = Field(description="End offset (exclusive) of claimer_cue; null when none.")
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

    claim_id: str = Field(description="The claim.")
    actor_id: str = Field(description="The actor.")
    role: Role = Field(
        description="agent, patient or mentioned in the claim's text; claimer: every actor linked in the claimer "
        "phrase ('Tory spokesman Michael Ancram': Michael Ancram and the Conservative Party), where "
        "`claims.claimer_actor_id` names the one the claim is attributed to (the report's 'claims made')."
    )
    mention_id: str | None = Field(
        description="The mention the role was read from; null for the claimer row added from "
        "`claims.claimer_actor_id` when no mention of the claim gave that actor."
    )
