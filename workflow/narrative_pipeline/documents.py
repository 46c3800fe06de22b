"""Article documents: everything about one article in one record, built from the table rows.

Export writes them; validation builds them again from the tables and compares bytes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .discovery import position
from .records import (
    SCHEMA_VERSION,
    ArticleDocument,
    ArticleRecord,
    ClaimActorRecord,
    ClaimRecord,
    FramingRecord,
    MentionRecord,
    SentenceRecord,
    StatementRecord,
)


def documents(
    articles: list[ArticleRecord],
    sentences: list[SentenceRecord],
    mentions: list[MentionRecord],
    claims: list[ClaimRecord],
    roles: list[ClaimActorRecord],
    statements: Sequence[StatementRecord] = (),
    framing: Sequence[FramingRecord] = (),
) -> list[ArticleDocument]:
    """One document per distinct article id of the candidate rows (the copy whose source sorts first)."""
    by_id: dict[str, ArticleRecord] = {}
    for record in sorted(articles, key=lambda r: (r.source_path, position(r.locator))):
        if record.candidate:
            by_id.setdefault(record.article_id, record)
    groups: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for s in sentences:
        groups[s.article_id]["sentences"].append(s)
    for m in mentions:
        groups[m.article_id]["mentions"].append(m)
    for c in claims:
        groups[c.article_id]["claims"].append(c)
    for r in roles:
        groups[r.claim_id.split(":", 1)[0]]["claim_actors"].append(r)  # claim ids start with the article id
    for st in statements:
        groups[st.article_id]["statements"].append(st)
    for fr in framing:
        groups[fr.article_id]["framing"].append(fr)
    docs = []
    for article_id in sorted(by_id):
        g = groups[article_id]
        docs.append(
            ArticleDocument(
                schema_version=SCHEMA_VERSION,
                article=by_id[article_id],
                sentences=sorted(g["sentences"], key=lambda s: s.sentence_index),
                mentions=sorted(g["mentions"], key=lambda m: m.mention_id),
                claims=sorted(g["claims"], key=lambda c: c.claim_id),
                claim_actors=sorted(
                    g["claim_actors"], key=lambda r: (r.claim_id, r.role, r.actor_id, r.mention_id or "")
                ),
                statements=sorted(g["statements"], key=lambda st: st.statement_id),
                framing=sorted(g["framing"], key=lambda fr: fr.framing_id),
            )
        )
    return docs
