"""Export: one JSON document per article of a shard (`articles/<article_id>.json`).

Every distinct article id of the shard gets a document, rejected and skipped files included (their
document holds the article row with the reason and no analysis), so every input can be looked up
by its id. Documents are valid against `workflow/schemas/article.schema.json` (generated from
`ArticleDocument`) and are built by `documents.documents`, which validation uses too.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .documents import documents
from .records import (
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


def document_path(out_dir: Path, article_id: str) -> Path:
    return Path(out_dir) / f"{article_id}.json"


def document_index(docs: list[ArticleDocument]) -> dict[str, str]:
    """article_id -> sha256 of its document's bytes: what the corpus steps read instead of every file."""
    return {doc.article.article_id: hashlib.sha256(json_bytes(doc)).hexdigest() for doc in docs}


def write_documents(docs: list[ArticleDocument], out_dir: Path) -> int:
    """Write each document unless the same bytes are already there; returns the number written."""
    written = 0
    for doc in docs:
        data = json_bytes(doc)
        path = document_path(out_dir, doc.article.article_id)
        if not path.exists() or path.read_bytes() != data:
            atomic_write_bytes(path, data)
            written += 1
    return written


# --- I/O edge ----------------------------------------------------------------------------------


def run(paths: dict[str, Path], out_dir: Path, out_index: Path | None = None) -> int:
    """Write one shard's article documents (documents of articles no longer in input_dir are removed by
    the manifest step, which sees the whole corpus)."""
    docs = documents(
        read_records(paths["articles"], ArticleRecord),
        read_records(paths["sentences"], SentenceRecord),
        read_records(paths["mentions"], MentionRecord),
        read_records(paths["claims"], ClaimRecord),
        read_records(paths["claim_actors"], ClaimActorRecord),
        read_records(paths["statements"], StatementRecord) if "statements" in paths else [],
        read_records(paths["framing"], FramingRecord) if "framing" in paths else [],
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    write_documents(docs, out_dir)
    if out_index is not None:
        write_json(out_index, {"articles": document_index(docs)})
    return len(docs)
