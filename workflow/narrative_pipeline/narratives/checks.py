"""Validation checks of the narratives tables: pure functions over rows and texts.

Each returns `(check name, rows checked, violations)` triples for `validate` to record:
references (claims, sentences, mentions and actors exist and agree), spans (normalizing the
archived text at a row's offsets gives its text: the action, the class cue, the framing label),
consistency (a class has its quad class) and, for the corpus, that narratives, actor edges and
the timeline equal their recomputation from the statements.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..records import (
    ActorEdgeRecord,
    ClaimRecord,
    FramingRecord,
    MentionRecord,
    NarrativeRecord,
    SentenceRecord,
    StatementRecord,
    TimelineRecord,
    Violation,
)
from ..textnorm import normalize_text

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


def span_violations(
    rows: Iterable[Any], label: str, texts: dict[str, str], fields: list[tuple[str, str, str]]
) -> Result:
    """normalize(raw[start:end]) == text for each (start, end, text) field triple; all or none set."""
    violations, n = [], 0
    for k, row in enumerate(rows):
        raw = texts.get(row.article_id)
        if raw is None:
            continue
        for start_f, end_f, text_f in fields:
            start, end, text = getattr(row, start_f), getattr(row, end_f), getattr(row, text_f)
            if start is None and end is None and text is None:
                continue
            n += 1
            if start is None or end is None or text is None:
                violations.append(_v("span", label, k, start_f, "offsets and text must be all set or all null"))
            elif not (0 <= start < end <= len(raw)):
                violations.append(
                    _v("span", label, k, start_f, f"[{start}, {end}) is outside the text (length {len(raw)})")
                )
            elif normalize_text(raw[start:end]) != text:
                violations.append(
                    _v(
                        "span",
                        label,
                        k,
                        text_f,
                        f"raw_text[{start}:{end}] normalizes to {normalize_text(raw[start:end])!r}, not {text!r}",
                    )
                )
    return f"span:{label}", n, violations


def _unique(rows: list[Any], key: str, label: str) -> Result:
    seen: dict[str, int] = {}
    violations = []
    for k, row in enumerate(rows):
        value = getattr(row, key)
        if value in seen:
            violations.append(_v("unique", label, k, key, f"{value!r} also in row {seen[value]}"))
        seen.setdefault(value, k)
    return f"unique:{label}:{key}", len(rows), violations


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


def statement_checks(
    statements: list[StatementRecord],
    claims: list[ClaimRecord],
    mentions: list[MentionRecord],
    sentences: list[SentenceRecord],
    actor_ids: set[str],
    texts: dict[str, str],
) -> list[Result]:
    claim_by_id = {c.claim_id: c for c in claims}
    mention_by_id = {m.mention_id: m for m in mentions}
    sentence_by_id = {s.sentence_id: s for s in sentences}
    v: list[Violation] = []
    for k, s in enumerate(statements):
        claim = claim_by_id.get(s.claim_id)
        if claim is None:
            v.append(_v("reference", STATEMENTS, k, "claim_id", f"{s.claim_id} is not a claim"))
        elif claim.article_id != s.article_id or claim.sentence_id != s.sentence_id:
            v.append(_v("reference", STATEMENTS, k, "claim_id", "differs from its claim's article or sentence"))
        sent = sentence_by_id.get(s.sentence_id)
        if sent is not None and not (sent.start <= s.action_start and s.action_end <= sent.end):
            v.append(_v("reference", STATEMENTS, k, "action_start", "the action is outside its sentence"))
        for role in ("agent", "patient"):
            actor = getattr(s, f"{role}_actor_id")
            if actor is not None and actor not in actor_ids:
                v.append(_v("reference", STATEMENTS, k, f"{role}_actor_id", f"{actor} is not in actors"))
            if (actor is None) != (getattr(s, f"{role}_mention_id") is None):
                v.append(_v("reference", STATEMENTS, k, f"{role}_mention_id", "an actor comes with its mention"))
            _mention_ok(
                v,
                STATEMENTS,
                k,
                f"{role}_mention_id",
                getattr(s, f"{role}_mention_id"),
                actor,
                mention_by_id,
                s.article_id,
            )
        if (s.action_class is None) != (s.quad_class is None):
            v.append(
                _v(
                    "consistency",
                    STATEMENTS,
                    k,
                    "quad_class",
                    "a category has a quad class and only a category has one",
                )
            )
        if s.agent_actor_id is None and s.patient_actor_id is None:
            v.append(_v("consistency", STATEMENTS, k, "agent_actor_id", "a statement names an agent or a patient"))
    spans = span_violations(
        statements,
        STATEMENTS,
        texts,
        [("action_start", "action_end", "action_text"), ("class_cue_start", "class_cue_end", "class_cue")],
    )
    return [_unique(statements, "statement_id", STATEMENTS), ("reference:" + STATEMENTS, len(statements), v), spans]


def framing_checks(
    framing: list[FramingRecord],
    claims: list[ClaimRecord],
    mentions: list[MentionRecord],
    sentences: list[SentenceRecord],
    actor_ids: set[str],
    texts: dict[str, str],
) -> list[Result]:
    claim_by_id = {c.claim_id: c for c in claims}
    mention_by_id = {m.mention_id: m for m in mentions}
    sentence_by_id = {s.sentence_id: s for s in sentences}
    v: list[Violation] = []
    for k, f in enumerate(framing):
        if f.actor_id not in actor_ids:
            v.append(_v("reference", FRAMING, k, "actor_id", f"{f.actor_id} is not in actors"))
        _mention_ok(v, FRAMING, k, "mention_id", f.mention_id, f.actor_id, mention_by_id, f.article_id)
        sent = sentence_by_id.get(f.sentence_id)
        if sent is None or sent.article_id != f.article_id:
            v.append(_v("reference", FRAMING, k, "sentence_id", f"{f.sentence_id} is not a sentence of {f.article_id}"))
        elif not (sent.start <= f.start and f.end <= sent.end):
            v.append(_v("reference", FRAMING, k, "start", "the label is outside its sentence"))
        if f.claim_id is None:
            if f.claimer_kind != "author" or f.claimer_actor_id is not None:
                v.append(_v("consistency", FRAMING, k, "claimer_kind", "a label outside claims is the author's"))
            continue
        claim = claim_by_id.get(f.claim_id)
        if claim is None:
            v.append(_v("reference", FRAMING, k, "claim_id", f"{f.claim_id} is not a claim"))
        elif not _claimer_fits(claim, f, texts.get(f.article_id, "")):
            v.append(_v("consistency", FRAMING, k, "claimer_kind", "differs from the claimer of its claim"))
        elif not (claim.start <= f.start < claim.end):
            v.append(_v("reference", FRAMING, k, "claim_id", "the label does not stand in its claim"))
    spans = span_violations(framing, FRAMING, texts, [("start", "end", "label")])
    return [_unique(framing, "framing_id", FRAMING), ("reference:" + FRAMING, len(framing), v), spans]


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
