"""Source readers: turn one input file into the candidate articles it holds.

`read_source(path, rel_path, settings)` dispatches on the file name's suffix and yields one
`SourceItem` per candidate: one for a plain-text file or an HTML page, one per record of a WARC/ARC
file, one per row of a JSON Lines or CSV export, one for a sidecar file. Bad input never raises:
it becomes a `rejected` item with the reason; what is not an article (a request record, an image,
a sidecar) is a `skipped` item with the reason. The readers are pure apart from reading the file.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from ..decoding import MIXED_UTF8, MIXED_UTF8_WARNING, guess_check, utf8_characters_in
from ..hashing import sha256_file
from .exports import read_csv, read_jsonl
from .html import EXTRACTOR as HTML_EXTRACTOR
from .html import extract_html, extractor_version
from .model import ExportColumns, Sidecar, SourceItem, SourceSettings, WarcIndexEntry
from .payload import digest_like
from .sidecar import SIDECAR_SUFFIX, metadata_for_text, sidecar_item
from .warc import index_records, read_record, read_warc, read_warc_item

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ExportColumns",
    "Sidecar",
    "SourceItem",
    "SourceSettings",
    "WarcIndexEntry",
    "digest_like",
    "index_records",
    "kind_of",
    "read_record",
    "read_source",
    "read_warc_item",
]

Decoder = Callable[[bytes], tuple[str, str]]

_KINDS: tuple[tuple[str, str], ...] = (
    (SIDECAR_SUFFIX, "sidecar"),
    (".warc.gz", "warc"),
    (".arc.gz", "warc"),
    (".html.gz", "html.gz"),
    (".htm.gz", "html.gz"),
    (".warc", "warc"),
    (".arc", "warc"),
    (".html", "html"),
    (".htm", "html"),
    (".jsonl", "jsonl"),
    (".csv", "csv"),
    (".txt", "text"),
    (".text", "text"),
)
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(suffix for suffix, _ in _KINDS)


def kind_of(name: str) -> str | None:
    """The reader for a file name (by its lower-case ending), or None when no reader takes it."""
    lowered = name.lower()
    return next((kind for suffix, kind in _KINDS if lowered.endswith(suffix)), None)


def _gunzip(data: bytes, limit: int) -> tuple[bytes | None, str | None]:
    """Decompressed bytes (at most limit + 1) or the reason they cannot be had."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            return handle.read(limit + 1), None
    except EOFError:
        return None, "truncated gzip file: it ends before its last member does"
    except (OSError, zlib.error) as exc:
        return None, f"not a readable gzip file: {exc}"


def _html_item(path: Path, compressed: bool, settings: SourceSettings) -> SourceItem:
    limit = settings.max_page_bytes
    size = path.stat().st_size
    if size > limit:
        reason = f"page of {size} bytes is larger than max_page_bytes ({limit})"
        return SourceItem(locator="", status="rejected", reason=reason, raw_sha256=sha256_file(path))
    data = path.read_bytes()
    raw_sha256 = hashlib.sha256(data).hexdigest()
    if compressed:
        content, problem = _gunzip(data, limit)
        if content is None:
            return SourceItem(locator="", status="rejected", reason=problem, raw_sha256=raw_sha256)
        data = content
    page = extract_html(data, settings)
    if not page.ok:
        return SourceItem(
            locator="",
            status="rejected",
            reason=page.reason,
            raw_sha256=raw_sha256,
            encoding=page.encoding,
            warnings=page.warnings,
        )
    return SourceItem(
        locator="",
        status="ok",
        raw_sha256=raw_sha256,
        text=page.text,
        extractor=HTML_EXTRACTOR,
        extractor_version=extractor_version(),
        encoding=page.encoding,
        title=page.title,
        authors=page.authors,
        published_at=page.published_at,
        url=page.saved_from_url or page.canonical_url,
        canonical_url=page.canonical_url,
        outlet=page.outlet,
        language=page.language,
        archived_at=page.saved_at,
        content_type="text/html",
        warnings=page.warnings,
    )


def _text_item(path: Path, rel_path: str, decode_text: Decoder | None) -> SourceItem:
    if decode_text is None:
        from ..decoding import decode_bytes as decode_text
    from .. import __version__

    data = path.read_bytes()
    raw_sha256 = hashlib.sha256(data).hexdigest()
    try:
        text, encoding = decode_text(data)
    except ValueError as exc:  # ingest.DecodeError is a ValueError
        return SourceItem(locator="", status="rejected", reason=str(exc), raw_sha256=raw_sha256)
    if not text.strip():
        return SourceItem(locator="", status="rejected", reason="no text: only whitespace", raw_sha256=raw_sha256)
    unreadable, odd = guess_check(text, encoding) if encoding not in _DECLARED | {MIXED_UTF8} else (None, None)
    if unreadable is not None:
        return SourceItem(locator="", status="rejected", reason=unreadable, raw_sha256=raw_sha256, encoding=encoding)
    fields = _with_warning(_with_warning(metadata_for_text(path, rel_path), _decoding_warning(data, encoding)), odd)
    return SourceItem(
        locator="",
        status="ok",
        raw_sha256=raw_sha256,
        text=text,
        extractor="plain",
        extractor_version=__version__,
        encoding=encoding,
        content_type="text/plain",
        **fields,
    )


_DECLARED = frozenset({"utf-8", "utf-8-sig", "utf-16", "utf-32"})  # UTF-8, or named by the file's byte-order mark


def _decoding_warning(data: bytes, encoding: str) -> str | None:
    """The warning a text file's decoding earns: stray bytes read as cp1252 among UTF-8, a single-byte reading
    of a file that also holds valid UTF-8 characters (more stray bytes than those: each became two or three
    characters of mojibake), or any other reading that is not UTF-8 (a plain text declares no charset: the one it
    was read in is a guess, as an export's is; fix81, review71 13)."""
    if encoding == MIXED_UTF8:
        return MIXED_UTF8_WARNING
    if encoding in {"cp1252", "iso-8859-1"} and (found := utf8_characters_in(data)):
        return (
            f"read as {encoding}: more stray bytes than UTF-8 characters, so its {found} valid UTF-8 "
            "character(s) read as two or three characters each"
        )
    if encoding not in _DECLARED:
        return f"the file is not UTF-8 and names no charset: read as {encoding}, a guess (check its accented letters)"
    return None


def _with_warning(fields: dict, warning: str | None) -> dict:
    return {**fields, "warnings": [*fields.get("warnings", []), warning]} if warning else fields


def _read(path: Path, rel_path: str, settings: SourceSettings, decode_text: Decoder | None) -> Iterator[SourceItem]:
    kind = kind_of(path.name)
    if kind == "text":
        yield _text_item(path, rel_path, decode_text)
    elif kind in {"html", "html.gz"}:
        yield _html_item(path, kind == "html.gz", settings)
    elif kind == "warc":
        yield from read_warc(path, settings)
    elif kind == "jsonl":
        yield from read_jsonl(path, settings)
    elif kind == "csv":
        yield from read_csv(path, settings)
    elif kind == "sidecar":
        yield sidecar_item(path, rel_path)
    else:
        reason = f"unsupported file type: readable endings are {', '.join(SUPPORTED_SUFFIXES)}"
        yield SourceItem(locator="", status="rejected", reason=reason, raw_sha256=sha256_file(path))


def read_source(
    path: Path, rel_path: str, settings: SourceSettings, *, decode_text: Decoder | None = None
) -> Iterator[SourceItem]:
    """The candidate articles of one file, by its suffix (see `SUPPORTED_SUFFIXES`); at least one item.

    `decode_text(bytes) -> (text, encoding)` decodes plain-text files and raises ValueError for bytes
    that are not text; it defaults to `narrative_pipeline.ingest.decode_bytes`. A file no reader
    takes, or an export without a single row, yields one rejected item.
    """
    path = Path(path)
    empty = True
    for item in _read(path, rel_path, settings, decode_text):
        empty = False
        yield item
    if empty:
        reason = "no rows: the export is empty or holds only a header and blank lines"
        yield SourceItem(locator="", status="rejected", reason=reason, raw_sha256=sha256_file(path))
