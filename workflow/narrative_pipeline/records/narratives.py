"""Records of the narratives step: statements, framing, narratives, actor edges, timeline, relations."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import ClaimerKind, FramingKind, PloverCategory, QuadClass, Record


class StatementRecord(Record):
    """One agent-action-patient statement inside a claim (`narratives/statements.parquet`)."""

    statement_id: str = Field(description="`<article_id>:t<index>`, stable for the same text and rules.")
    claim_id: str = Field(description="The claim the action stands in (its claimer and certainty stay there).")
    article_id: str = Field(description="The article the statement is in.")
    sentence_id: str = Field(description="The sentence the action is in.")
    agent_actor_id: str | None = Field(description="Actor who acts; null when the text names none.")
    agent_mention_id: str | None = Field(description="The mention the agent was read from.")
    agent_rule: str | None = Field(description="How the agent was found (subject, passive-agent, inherited, ...).")
    action_lemma: str = Field(description="Lemma of the action, with its particle or object noun when they decide it.")
    action_text: str = Field(description="Normalized text of raw_text[action_start:action_end].")
    action_start: int = Field(description="Start offset of the action word (verb or event noun).")
    action_end: int = Field(description="End offset (exclusive) of the action word.")
    action_class: PloverCategory | None = Field(description="PLOVER event category; null when the action is none.")
    quad_class: QuadClass | None = Field(description="Verbal/material cooperation/conflict of the category.")
    patient_actor_id: str | None = Field(description="Actor acted on; null when the text names none.")
    patient_mention_id: str | None = Field(description="The mention the patient was read from.")
    patient_rule: str | None = Field(description="How the patient was found (object, passive-subject, prep-with, ...).")
    negated: bool = Field(description="Whether the text says the action did not happen.")
    class_rule: str = Field(description="Name of the rule that set action_class (`none` when no rule did).")
    class_cue: str | None = Field(description="Normalized text of the cue that set action_class.")
    class_cue_start: int | None = Field(description="Start offset of class_cue; null when none.")
    class_cue_end: int | None = Field(description="End offset (exclusive) of class_cue; null when none.")
    agent_as: Literal["government", "military"] | None = Field(
        None,
        description="What the agent's mention names of its actor: `government` where it names a state by its "
        'government ("the government", "the Russian government", "the Kremlin", "the authorities"), `military` by '
        'its armed forces ("British troops", "the military"); the actor stays the state, as ANNOTATION.md links '
        "it; null where it names the actor itself.",
    )
    patient_as: Literal["government", "military"] | None = Field(
        None, description="The same for the patient's mention."
    )


class FramingRecord(Record):
    """One label a text attaches to an actor (`narratives/framing.parquet`)."""

    framing_id: str = Field(description="`<article_id>:f<index>`.")
    actor_id: str = Field(description="The labelled actor.")
    article_id: str = Field(description="The article the label is in.")
    sentence_id: str = Field(description="The sentence the label is in.")
    mention_id: str | None = Field(description="The mention of the actor the label attaches to.")
    label: str = Field(description="Normalized text of raw_text[start:end].")
    label_lemma: str = Field(description="Lower-case lemmas of the label's words.")
    kind: FramingKind = Field(
        description="How the label attaches: descriptor, premodifier, apposition, predicate, alignment."
    )
    start: int = Field(description="Start offset (code points) of the label in the article's text.")
    end: int = Field(description="End offset (exclusive) of the label.")
    rule: str = Field(description="Name of the framing rule that found the label.")
    negated: bool = Field(
        description="Whether the sentence denies the label (a predicate under a negated copula or naming verb: "
        '"X is not a burden", "no longer an employee", "no threat"); the report lists such labels apart.'
    )
    claim_id: str | None = Field(description="The claim the label stands in; null outside claims (headlines).")
    claimer_kind: ClaimerKind = Field(description="Who applies the label: the claim's claimer (author outside claims).")
    claimer_actor_id: str | None = Field(
        description="The claimer's actor, when the claimer is one (null for the author)."
    )
    claimer_text: str | None = Field(description="Text of the claimer phrase; null for the author.")
    actor_as: Literal["government", "military"] | None = Field(
        None,
        description="What the labelled mention names of its actor, as statements.agent_as: `government` for a "
        'state named by its government ("the government" labelled "Labour"), `military` by its armed forces; null '
        "where it names the actor itself.",
    )


class NarrativeRecord(Record):
    """Statements grouped by (agent, class, patient, negated) across the corpus (`narratives/narratives.parquet`)."""

    narrative_id: str = Field(description="Stable id from the key: `n` + 16 hex digits of its sha256.")
    rank: int = Field(description="1 for the narrative told in most articles.")
    agent_actor_id: str | None = Field(description="Actor who acts; null (— in the report) when the text names none.")
    action_class: PloverCategory | None = Field(
        description="PLOVER event category of the statements; never null here (a statement without a category "
        "tells no narrative: it stays in statements.parquet)."
    )
    quad_class: QuadClass | None = Field(description="Verbal/material cooperation/conflict of the category.")
    patient_actor_id: str | None = Field(description="Actor acted on; null when the text names none.")
    negated: bool = Field(description="Whether the statements say the action did not happen.")
    agent_as: Literal["government", "military"] | None = Field(
        None,
        description="`government` when the statements name the agent, a state, by its government, `military` by "
        'its armed forces (statements.agent_as): part of the key, so the Conservatives against "the government" '
        "and against the United Kingdom are two narratives; null otherwise.",
    )
    patient_as: Literal["government", "military"] | None = Field(
        None, description="The same for the patient (statements.patient_as)."
    )
    n_statements: int = Field(description="Statements of the narrative across the corpus.")
    n_articles: int = Field(description="Distinct articles that tell it (what `rank` orders by).")
    n_stories: int = Field(
        description="Its articles counted once per story: articles that share at least 3 claim texts, and at least "
        "half of the smaller one's, are one story filed twice (a report and its copy under another headline)."
    )
    n_distinct_texts: int = Field(
        description="Distinct claim texts of its statements (case and spacing folded): a sentence repeated in "
        "several articles, or one claim that gives two of its statements, counts once."
    )
    n_outlets: int = Field(description="Distinct outlets (articles without an outlet are not counted).")
    n_claimers: int = Field(description="Distinct claimers of its statements (see `claimers`).")
    claimers: list[str] = Field(
        description=(
            "Claimers, most frequent first: actor id, `author`, `unnamed` or `source:<text>` (the claim's source "
            "phrase, lower-cased, where it links to no actor: a pronoun whose antecedent the actors step did not "
            "find stays as `source:he`; the claims' `claimer_start` locates it)."
        )
    )
    claimer_counts: list[int] = Field(description="Statements per claimer, parallel to `claimers`.")
    share_reported: float = Field(description="Share of statements in claims whose certainty is `reported`.")
    share_hedged: float = Field(description="Share of statements in claims whose certainty is `hedged`.")
    first_date: str | None = Field(
        description="Earliest date of its articles (published_at, else archived_at), YYYY-MM-DD: when it was told, "
        "not when the act happened."
    )
    last_date: str | None = Field(description="Latest date of its articles (as first_date), YYYY-MM-DD.")
    n_undated: int = Field(description="Statements in articles without a date.")
    example_statement_ids: list[str] = Field(description="Up to five statements, earliest first.")


class ActorEdgeRecord(Record):
    """Agent -> patient per quad class and month (`narratives/actor_edges.parquet`): classified statements that are
    not negated and name both actors."""

    agent_actor_id: str = Field(description="Actor who acts.")
    patient_actor_id: str = Field(description="Actor acted on.")
    quad_class: QuadClass = Field(description="Verbal/material cooperation/conflict of the statements.")
    agent_as: Literal["government", "military"] | None = Field(
        None,
        description="`government` when the statements name the agent, a state, by its government, `military` by "
        "its armed forces (part of the key).",
    )
    patient_as: Literal["government", "military"] | None = Field(
        None, description="The same for the patient (part of the key)."
    )
    period: str | None = Field(
        description="Month YYYY-MM the articles were published (else archived), not when the act happened; null for "
        "undated articles."
    )
    n_statements: int = Field(
        description="Statements from agent to patient of this quad class in the period (classified, not negated)."
    )
    n_articles: int = Field(description="Distinct articles of those statements.")
    n_stories: int = Field(description="Those articles counted once per story (as in narratives.n_stories).")
    n_distinct_texts: int = Field(description="Distinct claim texts of those statements (as in narratives).")


class TimelineRecord(Record):
    """A narrative in one month (`narratives/timeline.parquet`)."""

    narrative_id: str = Field(description="The narrative (narratives.narrative_id).")
    period: str = Field(description="Month YYYY-MM the articles were published (else archived), not of the act.")
    n_statements: int = Field(description="Statements of the narrative in the month.")
    n_articles: int = Field(description="Distinct articles of those statements.")


class RelationRecord(Record):
    """A relation of the actor registry (`actors/relations.parquet`)."""

    actor_id: str = Field(description="The actor the relation is of.")
    relation: str = Field(description="backed_by, allied_with, part_of, leader_of, led_by, government_of, member_of.")
    other_actor_id: str = Field(description="The actor it relates to.")
    since: str | None = Field(description="Start date (ISO 8601), when the registry gives one.")
    until: str | None = Field(description="End date (ISO 8601), when the registry gives one.")
