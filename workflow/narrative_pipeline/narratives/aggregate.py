"""Corpus tables: narratives, actor edges and the timeline, from the gathered statements.

- A narrative is a recurring classified statement: statements grouped by (agent, category,
  patient, negated, and what part of a state the agent and the patient name: `agent_as`,
  `patient_as`, "government" for "the government", "the Kremlin"; `stateparts`). Unclassified
  statements stay in `statements.parquet` but tell no narrative. Each narrative counts its
  statements, articles, outlets and claimers (who tells it: the claim's
  claimer actor, else `author`, `unnamed` or `source:<claimer text>`), the share of statements in
  reported and in hedged claims, and its first and last date (an article's `published_at`, else
  its `archived_at`); statements of undated articles are counted apart. Ranked by articles, then
  statements, then id. Beside the articles: the stories (`stories`: an article filed twice under two
  headlines is one story) and the distinct claim texts (a sentence copied into several articles is one
  text), so a researcher can tell a narrative told often from one text repeated.
- Actor edges: agent -> patient per quad class and month (and `agent_as`, `patient_as`), from
  classified, non-negated statements that name both actors (with their stories and distinct texts too).
- Timeline: statements and articles of each narrative per month (dated articles only).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from ..hashing import sha256_bytes
from ..records import ActorEdgeRecord, NarrativeRecord, StatementRecord, TimelineRecord
from .stories import folded

EXAMPLES = 5


def narrative_id(
    agent: str | None,
    category: str | None,
    patient: str | None,
    negated: bool,
    agent_as: str | None = None,
    patient_as: str | None = None,
) -> str:
    """`n` + 16 hex digits of the key's sha256; a key whose agent and patient name no part of a state (`agent_as`,
    `patient_as` null: nearly all) has the id it had before they were part of it."""
    parts = [agent or "", category or "", patient or "", "1" if negated else "0"]
    if agent_as or patient_as:
        parts += [agent_as or "", patient_as or ""]
    return "n" + sha256_bytes("\x1f".join(parts).encode("utf-8"))[:16]


def article_date(row: dict[str, Any]) -> str | None:
    """YYYY-MM-DD of published_at, else archived_at (ISO 8601 strings), else None."""
    for key in ("published_at", "archived_at"):
        value = row.get(key)
        if value and len(value) >= 10 and value[4] == "-" and value[7] == "-":
            return value[:10]
    return None


def claimer_of(claim: dict[str, Any] | None) -> str:
    if claim is None:
        return "author"
    if claim.get("claimer_actor_id"):
        return claim["claimer_actor_id"]
    if claim.get("claimer_kind") == "actor" and claim.get("claimer_text"):
        return "source:" + " ".join(claim["claimer_text"].lower().split())
    return claim.get("claimer_kind") or "author"


def _article_info(articles: list[dict[str, Any]]) -> dict[str, tuple[str | None, str | None]]:
    """article_id -> (date, outlet), from the copy whose path sorts first."""
    info: dict[str, tuple[str | None, str | None]] = {}
    for row in sorted(articles, key=lambda r: r.get("source_path") or ""):
        if row.get("status", "ok") == "ok":
            info.setdefault(row["article_id"], (article_date(row), row.get("outlet")))
    return info


def repeats(
    rows: Sequence[StatementRecord], claim_by_id: Mapping[str, dict[str, Any]], story_of: Mapping[str, str]
) -> tuple[int, int]:
    """(stories, distinct claim texts) of a group's statements: its articles counted once per story
    (`stories.stories`; an article outside `story_of` its own), its claims' texts folded and counted once."""
    n_stories = len({story_of.get(s.article_id, s.article_id) for s in rows})
    texts = set()
    for s in rows:
        text = (claim_by_id.get(s.claim_id) or {}).get("text")
        texts.add(folded(text) if text else s.statement_id)
    return n_stories, len(texts)


def aggregate(
    statements: list[StatementRecord],
    claims: list[dict[str, Any]],
    articles: list[dict[str, Any]],
    story_of: Mapping[str, str] | None = None,
) -> tuple[list[NarrativeRecord], list[ActorEdgeRecord], list[TimelineRecord]]:
    """The corpus tables from the statements, the claims they name (with the columns `inputs` reads) and the
    articles; `story_of`: each article's story (`stories.stories` of every claim's text)."""
    story_of = story_of or {}
    claim_by_id = {c["claim_id"]: c for c in claims}
    info = _article_info(articles)
    groups: dict[tuple, list[StatementRecord]] = defaultdict(list)
    edges: dict[tuple, list[StatementRecord]] = defaultdict(list)
    for s in statements:
        if s.action_class is None:
            continue
        groups[(s.agent_actor_id, s.action_class, s.patient_actor_id, s.negated, s.agent_as, s.patient_as)].append(s)
        if not s.negated and s.agent_actor_id and s.patient_actor_id:
            date = info.get(s.article_id, (None, None))[0]
            month = date[:7] if date else None
            edges[(s.agent_actor_id, s.patient_actor_id, s.quad_class, month, s.agent_as, s.patient_as)].append(s)
    narratives, timeline = [], []
    for key, rows in groups.items():
        agent, category, patient, negated, agent_as, patient_as = key
        nid = narrative_id(agent, category, patient, negated, agent_as, patient_as)
        dated = [(info.get(s.article_id, (None, None))[0], s) for s in rows]
        dates = sorted(d for d, _ in dated if d)
        claimers = Counter(claimer_of(claim_by_id.get(s.claim_id)) for s in rows)
        ranked_claimers = sorted(claimers.items(), key=lambda kv: (-kv[1], kv[0]))
        certainty = Counter((claim_by_id.get(s.claim_id) or {}).get("certainty") for s in rows)
        outlets = {info.get(s.article_id, (None, None))[1] for s in rows} - {None}
        examples = sorted(dated, key=lambda ds: (ds[0] or "9999", ds[1].statement_id))[:EXAMPLES]
        n_stories, n_texts = repeats(rows, claim_by_id, story_of)
        narratives.append(
            {
                "narrative_id": nid,
                "agent_actor_id": agent,
                "action_class": category,
                "quad_class": rows[0].quad_class,
                "patient_actor_id": patient,
                "negated": negated,
                "agent_as": agent_as,
                "patient_as": patient_as,
                "n_statements": len(rows),
                "n_articles": len({s.article_id for s in rows}),
                "n_stories": n_stories,
                "n_distinct_texts": n_texts,
                "n_outlets": len(outlets),
                "n_claimers": len(claimers),
                "claimers": [c for c, _ in ranked_claimers],
                "claimer_counts": [n for _, n in ranked_claimers],
                "share_reported": round(certainty.get("reported", 0) / len(rows), 4),
                "share_hedged": round(certainty.get("hedged", 0) / len(rows), 4),
                "first_date": dates[0] if dates else None,
                "last_date": dates[-1] if dates else None,
                "n_undated": sum(1 for d, _ in dated if not d),
                "example_statement_ids": [s.statement_id for _, s in examples],
            }
        )
        months: dict[str, list[StatementRecord]] = defaultdict(list)
        for d, s in dated:
            if d:
                months[d[:7]].append(s)
        for month, ms in months.items():
            timeline.append(
                TimelineRecord(
                    narrative_id=nid, period=month, n_statements=len(ms), n_articles=len({s.article_id for s in ms})
                )
            )
    narratives.sort(key=lambda n: (-n["n_articles"], -n["n_statements"], n["narrative_id"]))
    ranked = [NarrativeRecord(rank=k, **n) for k, n in enumerate(narratives, 1)]
    edge_rows = [
        ActorEdgeRecord(
            agent_actor_id=a,
            patient_actor_id=p,
            quad_class=q,
            agent_as=agent_as,
            patient_as=patient_as,
            period=m,
            n_statements=len(rows),
            n_articles=len({s.article_id for s in rows}),
            n_stories=(counted := repeats(rows, claim_by_id, story_of))[0],
            n_distinct_texts=counted[1],
        )
        for (a, p, q, m, agent_as, patient_as), rows in edges.items()
    ]
    edge_rows.sort(
        key=lambda e: (
            e.agent_actor_id,
            e.patient_actor_id,
            e.quad_class,
            e.agent_as or "",
            e.patient_as or "",
            e.period or "",
        )
    )
    timeline.sort(key=lambda t: (t.narrative_id, t.period))
    return ranked, edge_rows, timeline
