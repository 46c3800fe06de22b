"""Validation checks of the narratives tables: pure functions over rows and texts.

Each returns `(check name, rows checked, violations)` triples for `validate` to record. The catalogue's generic
checks (`validate.checks`: keys, references, spans re-derived from the archived text, rows inside their sentence and
claim) cover what every table has; these add what only the narratives' rows mean: consistency (a statement's actor
comes with its mention and agrees with it, a category has its quad class, a label's claimer is its claim's) and, for
the corpus, that narratives, actor edges and the timeline equal their recomputation from the statements.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..records import (
    ActorEdgeRecord,
    ClaimRecord,
    FramingRecord,
    MentionRecord,
    NarrativeRecord,
    StatementRecord,
    TimelineRecord,
    Violation,
)

# The opening of a sentence that puts a question to the speaker named after it: "Asked about ...", "When questioned
# on ...", "In answer to a question from a student about ..." (trial33), "Responding to questions about ...".
QUESTION_OPENING = re.compile(
    r"(?i)^[\s(\[]*(?:(?:(?:when|after being|on being|if|once)\s+)?(?:asked|questioned)\b"
    r"|(?:in\s+(?:answer|reply|response)\s+to|answering|responding\s+to|replying\s+to)\s+(?:an?\s+|the\s+)?"
    r"questions?\b)[^\"“”]*$"
)


def names_the_speaker(claim: ClaimRecord, start: int) -> bool:
    """Whether a label at `start` lies in the claim's claimer phrase ("The prime minister said ...")."""
    return (
        claim.claimer_start is not None
        and claim.claimer_end is not None
        and (claim.claimer_start <= start < claim.claimer_end)
    )


def in_the_question(claim: ClaimRecord, text: str, start: int) -> bool:
    """Whether a label at `start` lies in the question the claim's speaker answers ("Asked about the
    prime minister's plans, Mr Brown said ..."): the author's words, before the speaker is named."""
    if claim.claimer_start is None or not (claim.start <= start < claim.claimer_start):
        return False
    return QUESTION_OPENING.match(text[claim.start : start]) is not None


def authors_label(claim: ClaimRecord, text: str, start: int) -> bool:
    """A label inside a claim that is the author's, not the claimer's: in the claimer phrase or in
    the question put to the claimer."""
    return names_the_speaker(claim, start) or in_the_question(claim, text, start)


AUTHOR = ("author", None, None)


def _claimer_fits(claim: ClaimRecord, row: FramingRecord, text: str) -> bool:
    """Whether a label's claimer is its claim's: the author where `authors_label` says so; elsewhere the claim's
    claimer, or the author where the parse shows the label in the speaker's own phrase (framing's
    `in_the_speakers_phrase`: "said Bosworth, who attended the premiere with British boyfriend Orlando Bloom"),
    which a check of the text alone cannot see."""
    found = (row.claimer_kind, row.claimer_actor_id, row.claimer_text)
    if authors_label(claim, text, row.start):
        return found == AUTHOR
    return found in (AUTHOR, (claim.claimer_kind, claim.claimer_actor_id, claim.claimer_text))


Result = tuple[str, int, list[Violation]]
STATEMENTS = "narratives/statements"
FRAMING = "narratives/framing"


def _v(check: str, file: str, row: int | None, field: str | None, message: str) -> Violation:
    return Violation(check=check, file=file, row=row, field=field, message=message)


def _mention_ok(
    v: list[Violation],
    label: str,
    k: int,
    field: str,
    mention_id: str | None,
    actor_id: str | None,
    mentions: dict[str, MentionRecord],
    article_id: str,
) -> None:
    if mention_id is None:
        return
    m = mentions.get(mention_id)
    if m is None:
        v.append(_v("reference", label, k, field, f"{mention_id} is not a mention"))
    elif m.actor_id != actor_id or m.article_id != article_id:
        v.append(_v("reference", label, k, field, f"{mention_id} links to {m.actor_id} in {m.article_id}"))


def statement_consistency(statements: list[Any], mentions: list[Any]) -> Result:
    """What the catalogue's references and spans cannot say of a statement: an actor comes with its mention and the
    mention links to that actor in the statement's article; a category has its quad class and only a category has
    one; a statement names an agent or a patient. Rows read untyped (those of an article whose checks `validate`
    keeps: checked when they were typed, with the same bytes and code) are passed over."""
    mention_by_id = {m.mention_id: m for m in mentions}
    v: list[Violation] = []
    for k, s in enumerate(statements):
        if not isinstance(s, StatementRecord):
            continue
        for role in ("agent", "patient"):
            actor, mention_id = getattr(s, f"{role}_actor_id"), getattr(s, f"{role}_mention_id")
            if (actor is None) != (mention_id is None):
                v.append(_v("consistency", STATEMENTS, k, f"{role}_mention_id", "an actor comes with its mention"))
            _mention_ok(v, STATEMENTS, k, f"{role}_mention_id", mention_id, actor, mention_by_id, s.article_id)
        if (s.action_class is None) != (s.quad_class is None):
            message = "a category has a quad class and only a category has one"
            v.append(_v("consistency", STATEMENTS, k, "quad_class", message))
        if s.agent_actor_id is None and s.patient_actor_id is None:
            v.append(_v("consistency", STATEMENTS, k, "agent_actor_id", "a statement names an agent or a patient"))
    return "consistency:" + STATEMENTS, len(statements), v


def framing_consistency(framing: list[Any], claims: list[Any], mentions: list[Any], texts: Mapping[str, str]) -> Result:
    """What the catalogue's references and spans cannot say of a label: its mention links to its actor in its
    article; a label outside claims is the author's; a label inside a claim stands in it and its claimer is the
    claim's (or the author's: `_claimer_fits`). Rows read untyped count as checked (`statement_consistency`)."""
    claim_by_id = {c.claim_id: c for c in claims}
    mention_by_id = {m.mention_id: m for m in mentions}
    v: list[Violation] = []
    for k, f in enumerate(framing):
        if not isinstance(f, FramingRecord):
            continue
        _mention_ok(v, FRAMING, k, "mention_id", f.mention_id, f.actor_id, mention_by_id, f.article_id)
        if f.claim_id is None:
            if f.claimer_kind != "author" or f.claimer_actor_id is not None:
                v.append(_v("consistency", FRAMING, k, "claimer_kind", "a label outside claims is the author's"))
            continue
        claim = claim_by_id.get(f.claim_id)
        if not isinstance(claim, ClaimRecord):
            continue  # no claim: the reference check says so; an untyped one: checked when it was typed
        if not (claim.start <= f.start < claim.end):
            v.append(_v("consistency", FRAMING, k, "claim_id", "the label does not stand in its claim"))
        elif f.article_id in texts and not _claimer_fits(claim, f, texts[f.article_id]):
            v.append(_v("consistency", FRAMING, k, "claimer_kind", "differs from the claimer of its claim"))
    return "consistency:" + FRAMING, len(framing), v


def corpus_checks(
    narratives: list[NarrativeRecord],
    edges: list[ActorEdgeRecord],
    timeline: list[TimelineRecord],
    statements: list[StatementRecord],
    claims: list[dict[str, Any]],
    articles: list[dict[str, Any]],
    actor_ids: set[str],
    story_of: Mapping[str, str] | None = None,
) -> list[Result]:
    """The corpus tables equal their recomputation from the statements (and the articles' stories); their actors
    exist."""
    from .aggregate import aggregate

    expected = aggregate(statements, claims, articles, story_of)
    out: list[Result] = []
    for label, got, want in (
        ("narratives/narratives", narratives, expected[0]),
        ("narratives/actor_edges", edges, expected[1]),
        ("narratives/timeline", timeline, expected[2]),
    ):
        ok = list(got) == list(want)  # records of one model: equal when their fields are (no dumps needed)
        out.append(
            (
                f"recomputed:{label}",
                len(got),
                []
                if ok
                else [_v("recomputed", label, None, None, "differs from its recomputation from narratives/statements")],
            )
        )
    v: list[Violation] = []
    for label, rows in (("narratives/narratives", narratives), ("narratives/actor_edges", edges)):
        for k, row in enumerate(rows):
            for field in ("agent_actor_id", "patient_actor_id"):
                actor = getattr(row, field)
                if actor is not None and actor not in actor_ids:
                    v.append(_v("reference", label, k, field, f"{actor} is not in actors"))
    out.append(("reference:narratives/corpus", len(narratives) + len(edges), v))
    return out
