"""Export: one JSON document per article (`articles/<article_id>.json`) for a shard.

The document holds the article's metadata, sentences, mentions, claims, claim roles, statements
and framing rows, and is
valid against `workflow/schemas/article.schema.json` (generated from `ArticleDocument`).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .hashing import shard_of, sha256_bytes
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
from .tables import atomic_write_bytes, json_bytes, read_records, write_json


def documents(
    articles: list[ArticleRecord],
    sentences: list[SentenceRecord],
    mentions: list[MentionRecord],
    claims: list[ClaimRecord],
    roles: list[ClaimActorRecord],
    statements: list[StatementRecord] = (),  # type: ignore[assignment]
    framing: list[FramingRecord] = (),  # type: ignore[assignment]
) -> list[ArticleDocument]:
    """One document per distinct article id (the copy whose path sorts first)."""
    by_id: dict[str, ArticleRecord] = {}
    for record in sorted(articles, key=lambda r: r.source_path):
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
    for f in framing:
        groups[f.article_id]["framing"].append(f)
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
                claim_actors=sorted(g["claim_actors"], key=lambda r: (r.claim_id, r.role, r.actor_id, r.mention_id or "")),
                statements=sorted(g["statements"], key=lambda st: st.statement_id),
                framing=sorted(g["framing"], key=lambda f: f.framing_id),
            )
        )
    return docs


def run(articles_path, sentences_path, mentions_path, claims_path, roles_path, shard: int, n_shards: int, out_dir, out_index, statements_path=None, framing_path=None) -> int:
    """Write the shard's article documents and an index of them; remove this shard's stale ones."""
    docs = documents(
        read_records(Path(articles_path), ArticleRecord),
        read_records(Path(sentences_path), SentenceRecord),
        read_records(Path(mentions_path), MentionRecord),
        read_records(Path(claims_path), ClaimRecord),
        read_records(Path(roles_path), ClaimActorRecord),
        read_records(Path(statements_path), StatementRecord) if statements_path else [],
        read_records(Path(framing_path), FramingRecord) if framing_path else [],
    )
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    index = {}
    for doc in docs:
        data = json_bytes(doc)
        path = out_dir / f"{doc.article.article_id}.json"
        if not path.exists() or path.read_bytes() != data:
            atomic_write_bytes(path, data)
        index[doc.article.article_id] = sha256_bytes(data)
    for path in out_dir.glob("*.json"):
        article_id = path.stem
        if article_id not in index and len(article_id) == 16 and shard_of(article_id, n_shards) == shard:
            path.unlink()
    write_json(Path(out_index), {"shard": shard, "articles": index})
    return len(docs)
