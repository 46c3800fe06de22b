"""Ingest: every entry of a shard becomes one row, processed or rejected with its reason.

The shard's entries come from `discovery` (whole files, WARC records, export rows; content-derived
ids; stable shards); their text comes from the `sources` readers (plain text decoded with
`decoding`, pages extracted, rows mapped) with the metadata they find (URL, outlet, dates). Within
a shard, identical content and identical text are analysed once: the later source gets
`duplicate_of` (a rejected source never does).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from .discovery import Entry, discover, plan_shards, position
from .language_id import Remembered
from .normalize import MAX_RUN_CHARS, stretch_cuts
from .records import ArticleRecord, ArticleText, Rejection
from .settings import PipelineConfig
from .sources import SourceItem, SourceSettings, kind_of, read_source, read_warc_item
from .textnorm import normalize_text

MEDIA_TYPES = {
    "text": "text/plain",
    "html": "text/html",
    "html.gz": "text/html",
    "warc": "application/warc",
    "jsonl": "application/x-ndjson",
    "csv": "text/csv",
    "sidecar": "application/json",
}


def detect_language(
    text: str, min_letters: int, model_cache: Path | None = None, remembered: Remembered | None = None
) -> tuple[str | None, float | None]:
    """ISO 639-1 code and probability, offline (py3langid); None below `min_letters` letters.
    `model_cache`: where the identifier's model is kept unpacked; `remembered`: the results of an
    earlier run, taken instead of classifying the same sample again (both in `language_id`)."""
    from .language_id import classify

    sample = text[:20000]
    key = remembered.key(sample, min_letters) if remembered is not None else ""
    if remembered is not None and (known := remembered.get(key)) is not None:
        return known
    if sum(map(str.isalpha, sample)) < min_letters:  # the letters counted in C, not a generator step each
        found: tuple[str | None, float | None] = (None, None)
    else:
        language, probability = classify(sample, model_cache)
        found = (str(language), round(float(probability), 4))
    if remembered is not None:
        remembered.put(key, found)
    return found


def title_of(text: str) -> str | None:
    """First non-blank line, normalized."""
    for line in text.splitlines():
        if line.strip():
            return normalize_text(line)
    return None


def opens_with_title(item: SourceItem) -> bool:
    """Whether the item's text opens with a title: a plain text always (README: its first non-blank line is the
    headline), a page or an export row when its reader found one (fix79, review71 1)."""
    return item.extractor == "plain" or item.title is not None


def has_text(text: str) -> bool:
    return any(not (ch.isspace() or unicodedata.category(ch) in {"Cf", "Cc"}) for ch in text)


def media_type_of(rel_path: str) -> str:
    return MEDIA_TYPES.get(kind_of(rel_path) or "", "application/octet-stream")


def enabled(rel_path: str, cfg: PipelineConfig) -> bool:
    return rel_path.lower().endswith(tuple(cfg.include_suffixes))


def unsupported(entry: Entry, cfg: PipelineConfig) -> bool:
    """Whether `entry` is a regular file whose ending the pipeline does not read (not in `include_suffixes`,
    or no reader takes it): a corpus's readme.md or license, kept apart from the articles that failed
    (review59 5)."""
    return entry.kind == "file" and not (enabled(entry.rel_path, cfg) and kind_of(entry.rel_path) is not None)


def rejection(entry: Entry, cfg: PipelineConfig) -> str | None:
    """Reason to reject an entry before reading it, or None."""
    if entry.kind == "badname":
        return "file name is not valid UTF-8; rename the file"
    if entry.kind == "symlink":
        return "symbolic link: not followed (links may point outside input_dir)"
    if entry.kind == "other":
        return "not a regular file or not readable"
    if not enabled(entry.rel_path, cfg):
        name = Path(entry.rel_path).name
        shown = Path(name).suffix.lower() if Path(name).suffix[1:].isalnum() else "(none)"
        return f"unsupported file type {shown}: readable endings are {', '.join(cfg.include_suffixes)}"
    if entry.locator:
        return None
    if entry.n_bytes == 0:
        return "empty file"
    if entry.n_bytes > cfg.max_file_bytes and kind_of(entry.rel_path) != "warc":
        return f"file of {entry.n_bytes} bytes is larger than max_file_bytes ({cfg.max_file_bytes})"
    return None


def base_fields(entry: Entry, shard: int) -> dict:
    """The row fields every entry has, whatever became of it."""
    return dict(
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
        locator=entry.locator,
        text_sha256=None,
        extractor=None,
        extractor_version=None,
        outlet=None,
        authors=[],
        canonical_url=None,
        source_id=None,
        line_number=None,
        warc_record_id=None,
        warc_type=None,
        warc_offset=None,
        warc_length=None,
        payload_digest=None,
        http_status=None,
        content_type=None,
        warnings=[],
        candidate=entry.candidate,
    )


_ITEM_FIELDS = (
    "encoding",
    "url",
    "published_at",
    "archived_at",
    "extractor",
    "extractor_version",
    "outlet",
    "authors",
    "canonical_url",
    "source_id",
    "line_number",
    "warc_record_id",
    "warc_type",
    "warc_offset",
    "warc_length",
    "payload_digest",
    "http_status",
    "content_type",
    "warnings",
)


def row_of(
    entry: Entry,
    item: SourceItem | None,
    reason: str | None,
    shard: int,
    cfg: PipelineConfig,
    model_cache: Path | None = None,
    remembered: Remembered | None = None,
) -> ArticleRecord:
    """The article row of one entry and what its reader made of it (`model_cache`, `remembered`: see
    detect_language)."""
    fields = base_fields(entry, shard)
    kind: Rejection = "unsupported" if unsupported(entry, cfg) else "unreadable"
    if item is not None:
        fields.update({name: getattr(item, name) for name in _ITEM_FIELDS})
        fields["sha256"] = item.raw_sha256
        if entry.locator.startswith("warc:"):  # the size of the bytes `sha256` is of (review57 4): the payload's
            fields["n_bytes"] = item.raw_bytes or 0
        if item.content_type and entry.locator.startswith("warc:"):
            fields["media_type"] = item.content_type
        if item.status != "ok":
            reason = reason or item.reason or "not an article"
            kind = "not_article" if item.status == "skipped" else kind
        elif item.text is None or not has_text(item.text):
            reason = "no text: the file holds only whitespace"
    if reason is not None:
        return ArticleRecord(
            **fields, status="rejected", error=reason, rejection=kind, analysed=False, skip_reason=None
        )
    text = item.text
    fields.update(
        n_chars=len(text),
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=item.title or (title_of(text) if opens_with_title(item) else None),
    )
    fields["language"], fields["language_score"] = detect_language(
        text, cfg.min_language_chars, model_cache, remembered
    )
    cuts = stretch_cuts(text, opens_with_title(item))
    if cuts:
        fields["warnings"] = [
            *fields["warnings"],
            f"the text has stretches of more than {MAX_RUN_CHARS:,} characters with no sentence end: parsed in "
            f"pieces cut at spaces ({cuts} cut(s)), so sentence rows end there",
        ]
    skip = None
    if fields["language"] is not None and fields["language"] not in cfg.languages:
        skip = f"language {fields['language']!r} is not handled by the model (configured: {', '.join(cfg.languages)})"
    return ArticleRecord(**fields, status="ok", error=None, analysed=skip is None, skip_reason=skip)


def read_entries(
    input_dir: Path, entries: list[Entry], cfg: PipelineConfig
) -> Iterable[tuple[Entry, SourceItem | None, str | None]]:
    """Each entry with what its reader made of it, or the reason it was not read."""
    settings: SourceSettings = cfg.sources
    by_file: dict[str, list[Entry]] = {}
    for entry in entries:
        by_file.setdefault(entry.rel_path, []).append(entry)
    for rel_path, group in by_file.items():
        path = Path(input_dir) / rel_path
        reasons = [rejection(e, cfg) for e in group]
        todo = [e for e, r in zip(group, reasons, strict=True) if r is None]
        yield from ((e, None, r) for e, r in zip(group, reasons, strict=True) if r is not None)
        if not todo:
            continue
        if kind_of(rel_path) == "warc":
            for entry in todo:
                yield entry, read_warc_item(path, int(entry.locator.partition(":")[2] or 0), settings), None
            continue
        items = {item.locator: item for item in read_source(path, rel_path, settings)}
        for entry in todo:
            item = items.get(entry.locator)
            yield entry, item, None if item is not None else "the file changed while it was being read; rerun"


def mark_duplicates(records: list[ArticleRecord]) -> list[ArticleRecord]:
    """The second and later sources of identical content, or of identical text, are not analysed
    again: `duplicate_of` names the source that sorts first. A rejected source is no duplicate: nothing
    of it is analysed, and identical rejected sources (two empty files, a WARC's request records) can
    fall in different shards, where one shard could not see the other."""
    first_content: dict[str, str] = {}
    first_text: dict[str, str] = {}
    out = []
    for record in sorted(records, key=lambda r: (r.source_path, position(r.locator))):
        if record.status != "ok":
            out.append(record)
            continue
        label = f"{record.source_path}#{record.locator}" if record.locator else record.source_path
        original = first_content.setdefault(record.article_id, label)
        same_text = (
            first_text.setdefault(record.text_sha256, label) if record.analysed and record.text_sha256 else label
        )
        if original != label or same_text != label:
            source = original if original != label else same_text
            what = "duplicate of" if original != label else "same text as"
            updates: dict[str, object] = {"duplicate_of": source}
            if record.analysed:
                updates.update(analysed=False, skip_reason=f"{what} {source}")
            record = record.model_copy(update=updates)
        out.append(record)
    return out


def ingest_shard(
    input_dir: Path, shard: int, cfg: PipelineConfig, cache_dir: Path | None = None
) -> tuple[list[ArticleRecord], list[ArticleText]]:
    """Rows for every entry of one shard, and the texts of those to analyse."""
    entries = plan_shards(discover(input_dir, cache_dir), cfg.n_shards, cfg.max_articles_per_shard)[shard]
    records: list[ArticleRecord] = []
    texts: dict[tuple[str, str], SourceItem] = {}
    remembered = Remembered.for_shard(Path(cache_dir) if cache_dir else None, shard)
    for entry, item, reason in read_entries(Path(input_dir), entries, cfg):
        record = row_of(entry, item, reason, shard, cfg, Path(cache_dir) if cache_dir else None, remembered)
        records.append(record)
        if record.status == "ok" and item is not None:
            texts[(record.source_path, record.locator)] = item
    remembered.save()
    records = mark_duplicates(records)
    article_texts = [
        ArticleText(
            article_id=r.article_id,
            source_path=r.source_path,
            sha256=r.sha256,
            text=texts[(r.source_path, r.locator)].text,
            text_sha256=r.text_sha256,
            extractor=r.extractor or "plain",
            extractor_version=r.extractor_version or "",
            titled=opens_with_title(texts[(r.source_path, r.locator)]),
        )
        for r in records
        if r.analysed
    ]
    return records, sorted(article_texts, key=lambda t: t.article_id)


# --- I/O edge: the step as the command line and Snakemake run it -------------------------------


def run(
    input_dir: Path, shard: int, cfg: PipelineConfig, out_articles: Path, out_texts: Path, cache_dir: Path | None = None
) -> tuple[int, int]:
    """Write one shard's article rows and texts; returns (entries seen, articles to analyse)."""
    from .tables import write_records

    records, texts = ingest_shard(Path(input_dir), shard, cfg, cache_dir)
    write_records(Path(out_articles), records, ArticleRecord)
    write_records(Path(out_texts), texts, ArticleText)
    return len(records), len(texts)
