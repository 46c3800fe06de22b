"""Export: one JSON document per article of a shard (`articles/<article_id>.json`).

Every distinct article id of the shard gets a document, rejected and skipped files included (their
document holds the article row with the reason and no analysis), so every input can be looked up
by its id. Documents are valid against `workflow/schemas/article.schema.json` (generated from
`ArticleDocument`) and are built by `documents.documents`, which validation uses too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

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
from .tables import atomic_write_bytes, json_bytes, write_json

if TYPE_CHECKING:
    import pyarrow as pa


def document_path(out_dir: Path, article_id: str) -> Path:
    return Path(out_dir) / f"{article_id}.json"


def write_documents(docs: list[ArticleDocument], out_dir: Path) -> int:
    """Write each document unless the same bytes are already there; returns the number written."""
    return write_document_bytes({doc.article.article_id: json_bytes(doc) for doc in docs}, out_dir)


def write_document_bytes(blobs: dict[str, bytes], out_dir: Path) -> int:
    """Write each article's document bytes unless the same bytes are already there."""
    written = 0
    for article_id, data in blobs.items():
        path = document_path(out_dir, article_id)
        if not path.exists() or path.read_bytes() != data:
            atomic_write_bytes(path, data)
            written += 1
    return written


def bare_documents(
    tables: dict[str, pa.Table], failed: set[str], compute: Callable[[dict[str, pa.Table]], dict[str, pa.Table]]
) -> dict[str, bytes]:
    """The documents of failed articles: their article rows alone (no rows of any later step)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if not failed:
        return {}
    articles = tables["articles"]
    rows = articles.filter(pc.is_in(articles.column("article_id"), pa.array(sorted(failed), type=pa.string())))
    docs = compute({n: rows if n == "articles" else t.schema.empty_table() for n, t in tables.items()})["documents"]
    return dict(zip(docs.column("article_id").to_pylist(), docs.column("document").to_pylist(), strict=True))


# --- I/O edge ----------------------------------------------------------------------------------


def run(
    paths: dict[str, Path],
    out_dir: Path,
    out_index: Path | None = None,
    cache_dir: Path | None = None,
    failures_in: Path | None = None,
    out_failures: Path | None = None,
) -> int:
    """Write one shard's article documents (documents of articles no longer in input_dir are removed by
    the manifest step, which sees the whole corpus). With a cache folder, a document whose article's
    rows in every input table (and the export code) are unchanged is taken from it as bytes. An article
    of `failures_in` (failed in an earlier step) or whose document raises gets a document of its
    article row alone; every failure, with its source path, is written to `out_failures`."""
    import pyarrow as pa

    from .articlecache import by_article_id, by_claim_id, run_by_article
    from .cache import cache_key
    from .failures import failed_ids, read_failures, write_failures
    from .hashing import step_fingerprint
    from .tables import arrow_schema, read_parquet, validate_rows

    models = {
        "articles": ArticleRecord,
        "sentences": SentenceRecord,
        "mentions": MentionRecord,
        "claims": ClaimRecord,
        "claim_actors": ClaimActorRecord,
        "statements": StatementRecord,
        "framing": FramingRecord,
    }
    tables = {
        name: read_parquet(paths[name], schema=arrow_schema(model)) for name, model in models.items() if name in paths
    }
    candidates = tables["articles"].filter(tables["articles"].column("candidate"))
    order = sorted(set(candidates.column("article_id").to_pylist()))
    doc_schema = pa.schema([("article_id", pa.string()), ("document", pa.binary())])

    def compute(subset: dict[str, pa.Table]) -> dict[str, pa.Table]:
        records = {name: validate_rows(models[name], t.to_pylist()) for name, t in subset.items()}
        docs = documents(
            records["articles"],
            records["sentences"],
            records["mentions"],
            records["claims"],
            records["claim_actors"],
            records.get("statements", []),
            records.get("framing", []),
        )
        rows = [{"article_id": d.article.article_id, "document": json_bytes(d)} for d in docs]
        return {"documents": pa.Table.from_pylist(rows, schema=doc_schema)}

    inputs = {name: (t, by_claim_id if name == "claim_actors" else by_article_id) for name, t in tables.items()}
    base = cache_key("export", step_fingerprint("export"), sorted(tables))
    earlier = read_failures(failures_in)
    docs_out = {"documents": (doc_schema, by_article_id)}
    pack = Path(paths["articles"]).name  # the shard's articles table: one pack a shard
    out, _, failures = run_by_article(
        cache_dir, base, order, inputs, compute, docs_out, "export", failed_ids(earlier), pack
    )
    ids = out["documents"].column("article_id").to_pylist()
    blobs = dict(zip(ids, out["documents"].column("document").to_pylist(), strict=True))
    failed = earlier + failures
    if failed:
        bare = bare_documents(tables, failed_ids(failed) & set(order), compute)
        blobs = {a: blobs.get(a) or bare[a] for a in order}
        sources = dict(zip(tables["articles"].column("article_id").to_pylist(),
                           tables["articles"].column("source_path").to_pylist(), strict=True))  # fmt: skip
        failed = [f.model_copy(update={"source_path": f.source_path or sources.get(f.article_id)}) for f in failed]
    if out_failures is not None:
        write_failures(out_failures, failed)
    out_dir.mkdir(parents=True, exist_ok=True)
    write_document_bytes(blobs, out_dir)
    if out_index is not None:
        write_json(out_index, {"articles": {a: hashlib.sha256(b).hexdigest() for a, b in blobs.items()}})
    return len(blobs)
