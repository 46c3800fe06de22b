"""Ingest: every file of a shard becomes one row, processed or rejected with its reason.

The shard's entries come from `discovery` (content-derived ids, stable shards); their bytes are
decoded with `decoding`, the same code validation uses to re-read them.
"""

from __future__ import annotations

import mimetypes
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from .decoding import DecodeError, decode_bytes
from .discovery import Entry, discover, plan_shards
from .hashing import sha256_bytes
from .records import ArticleRecord, ArticleText
from .settings import PipelineConfig
from .textnorm import normalize_text


def media_type_of(rel_path: str) -> str:
    suffix = Path(rel_path).suffix.lower()
    if suffix in {".txt", ".text", ""}:
        return "text/plain"
    guessed, _ = mimetypes.guess_type(rel_path, strict=False)
    return guessed or "application/octet-stream"


@lru_cache(maxsize=1)
def _language_identifier():  # pragma: no cover - exercised through detect_language
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, min_letters: int) -> tuple[str | None, float | None]:
    """ISO 639-1 code and probability, offline (py3langid); None below `min_letters` letters."""
    sample = text[:20000]
    if sum(ch.isalpha() for ch in sample) < min_letters:
        return None, None
    language, probability = _language_identifier().classify(sample)
    return str(language), round(float(probability), 4)


def title_of(text: str) -> str | None:
    """First non-blank line, normalized."""
    for line in text.splitlines():
        if line.strip():
            return normalize_text(line)
    return None


def _has_text(text: str) -> bool:
    return any(not (ch.isspace() or unicodedata.category(ch) in {"Cf", "Cc"}) for ch in text)


_SUFFIX_RE = re.compile(r"^\.[a-z0-9]+$")


def _rejection(entry: Entry, cfg: PipelineConfig) -> str | None:
    """Reason to reject the entry before reading it, or None."""
    if entry.kind == "badname":
        return "file name is not valid UTF-8; rename the file"
    if entry.kind == "symlink":
        return "symbolic link: not followed (links may point outside input_dir)"
    if entry.kind == "other":
        return "not a regular file or not readable"
    suffix = Path(entry.rel_path).suffix.lower()
    if suffix not in cfg.include_suffixes:
        shown = suffix if _SUFFIX_RE.match(suffix) else "(none)"
        return f"unsupported file type {shown}: readable suffixes are {', '.join(cfg.include_suffixes)}"
    if entry.n_bytes == 0:
        return "empty file"
    if entry.n_bytes > cfg.max_file_bytes:
        return f"file of {entry.n_bytes} bytes is larger than max_file_bytes ({cfg.max_file_bytes})"
    return None


def ingest_entry(entry: Entry, data: bytes | None, cfg: PipelineConfig, shard: int) -> tuple[ArticleRecord, str | None]:
    """The article row for one entry and, when it is an article, its decoded text."""
    fields = dict(
        article_id=entry.article_id,
        source_path=entry.rel_path,
        sha256=entry.sha256,
        n_bytes=entry.n_bytes,
        media_type="inode/symlink" if entry.kind == "symlink" else media_type_of(entry.rel_path),
        encoding=None,
        language=None,
        language_score=None,
        title=None,
        url=None,
        published_at=None,
        archived_at=None,
        duplicate_of=None,
        n_chars=None,
        shard=shard,
    )
    reason = _rejection(entry, cfg)
    text = None
    if reason is None and data is not None:
        try:
            text, fields["encoding"] = decode_bytes(data)
        except DecodeError as exc:
            reason = str(exc)
        else:
            fields["n_chars"] = len(text)
            if not _has_text(text):
                reason = "no text: the file holds only whitespace"
            else:
                fields["title"] = title_of(text)
                fields["language"], fields["language_score"] = detect_language(text, cfg.min_language_chars)
    if reason is not None:
        return ArticleRecord(**fields, status="rejected", error=reason, analysed=False, skip_reason=None), None
    skip = None
    if fields["language"] is not None and fields["language"] not in cfg.languages:
        skip = f"language {fields['language']!r} is not handled by the model (configured: {', '.join(cfg.languages)})"
    record = ArticleRecord(**fields, status="ok", error=None, analysed=skip is None, skip_reason=skip)
    return record, text


def mark_duplicates(records: list[ArticleRecord]) -> list[ArticleRecord]:
    """Set duplicate_of on the second and later files with identical content (analysed once)."""
    first: dict[str, str] = {}
    out = []
    for record in sorted(records, key=lambda r: r.source_path):
        original = first.setdefault(record.article_id, record.source_path)
        if original != record.source_path:
            updates: dict[str, object] = {"duplicate_of": original}
            if record.analysed:
                updates.update(analysed=False, skip_reason=f"duplicate of {original}")
            record = record.model_copy(update=updates)
        out.append(record)
    return out


def ingest_shard(input_dir: Path, shard: int, cfg: PipelineConfig) -> tuple[list[ArticleRecord], list[ArticleText]]:
    """Rows for every entry of one shard, and the texts of those to analyse."""
    entries = plan_shards(discover(input_dir), cfg.n_shards)[shard]
    records: list[ArticleRecord] = []
    texts: dict[str, str] = {}
    for entry in entries:
        data = None
        if entry.kind == "file" and _rejection(entry, cfg) is None:
            data = (Path(input_dir) / entry.rel_path).read_bytes()
            if sha256_bytes(data) != entry.sha256:
                raise RuntimeError(f"{entry.rel_path} changed while it was being read; rerun")
        record, text = ingest_entry(entry, data, cfg, shard)
        records.append(record)
        if text is not None:
            texts.setdefault(record.source_path, text)
    records = mark_duplicates(records)
    article_texts = [
        ArticleText(article_id=r.article_id, source_path=r.source_path, sha256=r.sha256, text=texts[r.source_path])
        for r in records
        if r.analysed
    ]
    return records, sorted(article_texts, key=lambda t: t.article_id)


# --- I/O edge: the step as the command line and Snakemake run it -------------------------------


def run(input_dir: Path, shard: int, cfg: PipelineConfig, out_articles: Path, out_texts: Path) -> tuple[int, int]:
    """Write one shard's article rows and texts; returns (files seen, articles to analyse)."""
    from .tables import write_records

    records, texts = ingest_shard(Path(input_dir), shard, cfg)
    write_records(Path(out_articles), records, ArticleRecord)
    write_records(Path(out_texts), texts, ArticleText)
    return len(records), len(texts)
