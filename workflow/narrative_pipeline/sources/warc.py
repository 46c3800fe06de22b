"""WARC and ARC files, streamed record by record with warcio.

warcio was chosen over fastwarc (measured in BENCHMARKS.md): fastwarc indexes about three times
faster, but warcio also reads ARC, is the reference implementation of the Webrecorder tools that
write most WARCs researchers hold, and writes the WARCs the tests build; both need the same
truncation check, and extraction (trafilatura), not parsing, bounds the speed of a full read.

Every record yields one item. `response`/`resource` records with HTTP 200 (or no HTTP layer, for
`resource`) and an HTML or plain-text payload are articles; every other record is `skipped` with
the reason; a truncated record, an unreadable one or a file that is not a WARC is `rejected`, and
reading stops there (nothing after a broken record can be trusted). Nothing is held but the
current record, and its payload only up to `max_page_bytes`.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from .charset import charset_from_content_type
from .dates import to_utc_iso
from .model import SourceItem, SourceSettings, WarcIndexEntry
from .payload import CHUNK, HTML_TYPES, TEXT_TYPES, extract_payload, read_payload

_SITE_FILES = frozenset({"robots.txt", "ads.txt", "app-ads.txt", "humans.txt", "security.txt", "llms.txt"})
_OTHER_TYPES = {
    "request": "request record: what the crawler sent, not a page",
    "metadata": "metadata record: crawl information about another record",
    "revisit": "revisit record: the same content as an earlier capture, payload not repeated",
    "warcinfo": "warcinfo record: information about the WARC file itself",
    "conversion": "conversion record: a transformed copy of another record",
    "continuation": "continuation record: a segment of a record split across files",
    "arc_header": "ARC file header (filedesc), not a page",
}


class WarcReadError(ValueError):
    """A record cannot be read again at the given offset."""


def _iterator(handle: BinaryIO, path: Path) -> Any:
    from warcio.archiveiterator import ARCIterator, WARCIterator

    name = path.name.lower()
    return ARCIterator(handle) if name.endswith((".arc", ".arc.gz")) else WARCIterator(handle)


def media_type(content_type: str | None) -> str | None:
    """The media type of a Content-Type value, lower case, without parameters."""
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def _site_file(url: str | None) -> bool:
    """robots.txt, ads.txt and other files a site keeps for machines, which crawls capture as text."""
    path = urlsplit(url or "").path.lower()
    return path.rsplit("/", 1)[-1] in _SITE_FILES or path.startswith("/.well-known/")


def skip_reason(
    warc_type: str | None, http_status: int | None, has_http: bool, mime: str | None, url: str | None = None
) -> str | None:
    """Why a record is not an article, or None when it is one (before its payload is looked at)."""
    if warc_type not in {"response", "resource"}:
        return _OTHER_TYPES.get(str(warc_type), f"{warc_type} record: not a page capture")
    if has_http:
        if http_status is None:
            return "response without an HTTP status line"
        if 300 <= http_status < 400:
            return f"redirect (HTTP {http_status})"
        if http_status != 200:
            return f"HTTP status {http_status}: not a page that was served"
    elif warc_type == "response":
        return "response without HTTP headers (dns: or another non-HTTP capture)"
    if mime is not None and mime not in HTML_TYPES | TEXT_TYPES:
        return f"media type {mime} is neither HTML nor plain text"
    if _site_file(url):
        return "site file for machines (robots.txt, ads.txt, .well-known/...), not an article"
    return None


def _headers(record: Any) -> dict[str, Any]:
    """The item fields every record has, from its WARC (or ARC) and HTTP headers."""
    rec, http = record.rec_headers, record.http_headers
    is_arc = record.format == "arc"
    url = rec.get_header("uri") if is_arc else rec.get_header("WARC-Target-URI")
    date = rec.get_header("archive-date") if is_arc else rec.get_header("WARC-Date")
    content_type = http.get_header("Content-Type") if http is not None else record.content_type
    status = None
    if http is not None and getattr(http, "protocol", "").upper().startswith("HTTP"):
        try:
            status = int(http.get_statuscode())
        except (TypeError, ValueError):
            status = None
    archived_at, warning = to_utc_iso(date, "WARC-Date")
    return {
        "url": url,
        "archived_at": archived_at,
        "warnings": [warning] if warning else [],
        "warc_record_id": None if is_arc else rec.get_header("WARC-Record-ID"),
        "warc_type": record.rec_type,
        "http_status": status,
        "content_type": media_type(content_type),
        "_content_type": content_type,
        "_charset": charset_from_content_type(content_type),
        "_has_http": http is not None,
        "_digest_header": None if is_arc else rec.get_header("WARC-Payload-Digest"),
    }


def _record_item(record: Any, settings: SourceSettings, path: Path) -> tuple[dict[str, Any], bool]:
    """The item fields of one record (offset and length added by the caller); True when truncated."""
    fields = _headers(record)
    payload = read_payload(record, settings.max_page_bytes, fields["_digest_header"])
    header_digest = fields["_digest_header"]
    if fields["warc_type"] == "revisit":  # its digest names the earlier capture's payload, not its own
        fields.update(raw_sha256=payload.sha256, payload_digest=header_digest or payload.digest)
    else:
        if header_digest and header_digest != payload.digest and not payload.truncated:
            fields["warnings"].append(
                f"WARC-Payload-Digest {header_digest} does not match the payload ({payload.digest})"
            )
        fields.update(raw_sha256=payload.sha256, payload_digest=payload.digest)
    fields["raw_bytes"] = payload.n_bytes  # the bytes raw_sha256 is of (review57 4)
    if payload.truncated:
        fields.update(status="rejected", reason=_truncated_reason(payload.n_bytes, path))
        return fields, True
    reason = skip_reason(
        fields["warc_type"], fields["http_status"], fields["_has_http"], fields["content_type"], fields["url"]
    )
    if reason is not None and fields["http_status"] is not None and 300 <= fields["http_status"] < 400:
        location = record.http_headers.get_header("Location")
        reason += f" to {location}" if location else ""
    if reason is not None:
        fields.update(status="skipped", reason=reason)
        return fields, False
    extracted = extract_payload(payload, record, fields, settings)
    extracted["warnings"] = fields["warnings"] + extracted.get("warnings", [])
    fields.update(extracted)
    return fields, False


def _item(fields: dict[str, Any], offset: int, length: int | None) -> SourceItem:
    public = {k: v for k, v in fields.items() if not k.startswith("_")}
    return SourceItem(locator=f"warc:{offset}", warc_offset=offset, warc_length=length, **public)


def _truncated_reason(n_bytes: int, path: Path) -> str:
    """Why a record whose payload the file cuts off is rejected: where the file ends (its size) and how much of the
    payload was read before, or that none of it could be read (a record cut inside its gzip member: review45). In a
    gzipped WARC the payload's bytes are decompressed ones, more than the file holds (review57 3)."""
    ends = f"the file ends at byte {path.stat().st_size}"
    if not n_bytes:
        return f"truncated record: {ends} before any of its payload could be read"
    if path.name.lower().endswith(".gz"):
        return (
            f"truncated record: {ends}, inside the record's gzip member, after {n_bytes} decompressed bytes of its"
            " payload"
        )
    return f"truncated record: {ends}, {n_bytes} bytes into its payload"


def _truncated_gzip_member(path: Path, offset: int) -> bool:
    """Whether a gzip member starts at `offset` and the file ends before the member does."""
    if offset < 0:
        return False
    with open(path, "rb") as handle:
        handle.seek(offset)
        if handle.read(2) != b"\x1f\x8b":
            return False
        handle.seek(offset)
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            while not inflater.eof and (block := handle.read(CHUNK)):
                inflater.decompress(block, 0)
        except zlib.error:
            return False
        return not inflater.eof


ONE_BLOCK = (
    "gzip file compressed as one block instead of one member per record: its records cannot be found"
    " again by offset; recompress it with `warcio recompress IN OUT`"
)


def _one_block(exc: Exception | None = None, length: int | None = None) -> bool:
    """Whether a WARC read shows a .warc.gz compressed as one gzip block: warcio says so when it
    moves past the first record, and gives that record a negative length before."""
    return (exc is not None and "non-chunked gzip" in str(exc)) or (length is not None and length < 0)


def _one_block_item(offset: int = 0) -> SourceItem:
    return SourceItem(
        locator=f"warc:{offset}", status="rejected", reason=ONE_BLOCK, raw_sha256=hashlib.sha256(b"").hexdigest()
    )


_QUOTED_LINE = re.compile(r"(?P<what>.*?), first line: (?P<line>.*)", re.S)


def _is_text(line: str) -> bool:
    return all(" " <= ch <= "~" or ch == "\t" for ch in line)


def error_detail(exc: Exception) -> str:
    """What a reading error says, for a person (trial32's finding 8): warcio quotes the first line of what it
    could not read, which for a damaged record is binary noise; that line is quoted only when it is text (an HTML
    page named .warc), else said to be binary, and any other message that is not text is not quoted."""
    message = str(exc).strip()
    if _cut_headers(exc):
        return "the file ends inside the record's headers"
    if (quoted := _QUOTED_LINE.fullmatch(message)) is not None:
        line = quoted["line"].strip()
        if _is_text(line):
            return f"{quoted['what']}; its first line is {line[:80]!r}"
        return f"{quoted['what']}: binary bytes where a record's header line should be, so the file is damaged there"
    if not _is_text(message):
        return f"{type(exc).__name__} on bytes that are not a WARC record's: the file is damaged there"
    return f"{type(exc).__name__}: {message[:200]}"


def _cut_headers(exc: Exception) -> bool:
    """warcio's error when the file ends inside a record's header lines: it reads None for the next line and fails on
    it (an AttributeError quoting `NoneType`, which says nothing to a person: review45)."""
    return isinstance(exc, AttributeError) and "'NoneType'" in str(exc)


def _unreadable(path: Path, offset: int, exc: Exception, first: bool) -> SourceItem:
    if _one_block(exc):
        return _one_block_item(offset)
    if _truncated_gzip_member(path, offset):
        what = "truncated gzip member: the file ends inside the record"
    elif _cut_headers(exc) and not first:
        what = "truncated record"
    elif first:
        what = "not a WARC file"
    else:
        what = "unreadable record"
    detail = error_detail(exc)
    return SourceItem(
        locator="" if first else f"warc:{offset}",
        status="rejected",
        reason=f"{what} (at byte {offset}; {detail}); nothing after it is read",
        raw_sha256=hashlib.sha256(b"").hexdigest(),
        warc_offset=None if first else offset,
    )


def _tail_reason(path: Path, end: int) -> str | None:
    """Why the bytes after `end`, where warcio stopped without an error, are no record: a file cut
    inside a record's headers or gzip member ends the iteration quietly. None when only whitespace
    (or nothing) follows."""
    size = path.stat().st_size
    if end < 0 or end >= size:
        return None
    with open(path, "rb") as handle:
        handle.seek(end)
        rest = handle.read(CHUNK)
    if size - end <= CHUNK and not rest.strip(b"\r\n\t \x00"):
        return None
    if _truncated_gzip_member(path, end):
        what = "truncated gzip member: the file ends inside the record"
    else:
        what = "truncated or unreadable record: no complete WARC record"
    return f"{what} (at byte {end}, the last {size - end} bytes of the file); nothing after it is read"


def _headless(record: Any) -> bool:
    """A record warcio returns without a WARC-Type: a file cut inside the record's headers."""
    return record.rec_type is None


HEADLESS = "truncated record: its headers end before the WARC-Type (the file is cut off)"
NO_WARC_TYPE = "not a WARC record: its headers end and name no WARC-Type"
NOT_A_HEADER = "not a WARC record: a line of its headers is not a 'Name: value' header"


def _record_start(path: Path, offset: int) -> bytes:
    """The first bytes of the record at `offset`, decompressed when a gzip member starts there."""
    with open(path, "rb") as handle:
        handle.seek(offset)
        raw = handle.read(CHUNK)
    if raw[:2] != b"\x1f\x8b":
        return raw
    try:
        return zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(raw)
    except zlib.error:
        return b""


def headless_reason(path: Path, offset: int) -> str:
    """Why a record warcio reads without a WARC-Type is rejected (review57 3): a header line that is not `Name: value`
    (the last line of a block the file cuts off aside), or a header block that ends without a WARC-Type, is not a
    WARC record; headers the file ends inside are a truncated record (`HEADLESS`)."""
    head, ended, _ = _record_start(Path(path), offset).replace(b"\r\n", b"\n").partition(b"\n\n")
    lines = head.split(b"\n")[1:]  # (after the version line warcio read)
    complete = lines if ended else lines[:-1]  # a last line the file cuts off may be a header's start
    bad = next((line for line in complete if line and not line[:1].isspace() and b":" not in line), None)
    if bad is not None:
        text = bad.decode("latin-1")
        quoted = f": {text[:80]!r}" if _is_text(text) else " (binary bytes)"
        return f"{NOT_A_HEADER}{quoted}"
    return NO_WARC_TYPE if ended else HEADLESS


def _broken_item(offset: int, reason: str) -> SourceItem:
    return SourceItem(
        locator=f"warc:{offset}",
        status="rejected",
        reason=reason,
        raw_sha256=hashlib.sha256(b"").hexdigest(),
        warc_offset=offset,
    )


def read_warc(path: Path, settings: SourceSettings) -> Iterator[SourceItem]:
    """One item per record of a WARC/ARC file (see the module docstring); never raises for bad input."""
    path = Path(path)
    n_items = 0
    with open(path, "rb") as handle:
        records = _iterator(handle, path)
        offset = records.offset
        try:
            for record in records:
                offset = records.offset
                n_items += 1
                if _headless(record):
                    yield _broken_item(
                        offset, f"{headless_reason(path, offset)} (at byte {offset}); nothing after it is read"
                    )
                    return
                fields, truncated = _record_item(record, settings, path)
                length = None if truncated else records.get_record_length()
                if _one_block(length=length):
                    yield _one_block_item(offset)
                    return
                yield _item(fields, offset, length)
                if truncated:
                    return
                offset = records.offset
        except Exception as exc:  # noqa: BLE001 - warcio raises ArchiveLoadFailed, zlib.error, EOFError, ...
            n_items += 1
            yield _unreadable(path, offset, exc, first=n_items == 1)
            return
    if n_items and (tail := _tail_reason(path, offset)) is not None:
        yield _broken_item(offset, tail)
    if n_items == 0:
        yield SourceItem(
            locator="",
            status="rejected",
            reason="no records: the file is not a WARC",
            raw_sha256=hashlib.sha256(b"").hexdigest(),
        )


def read_warc_item(path: Path, offset: int, settings: SourceSettings) -> SourceItem:
    """The item of the one record at `offset` (as `read_warc` gives it), for a shard that holds only
    some records of a file; never raises for bad input."""
    path = Path(path)
    if offset < 0:
        return SourceItem(
            locator=f"warc:{offset}",
            status="rejected",
            reason=f"no record at byte {offset}",
            raw_sha256=hashlib.sha256(b"").hexdigest(),
        )
    with open(path, "rb") as handle:
        handle.seek(offset)
        records = _iterator(handle, path)
        try:
            record = next(iter(records))
            if _headless(record):
                return _broken_item(
                    offset, f"{headless_reason(path, offset)} (at byte {offset}); nothing after it is read"
                )
            fields, truncated = _record_item(record, settings, path)
            length = None if truncated else records.get_record_length()
            if _one_block(length=length):
                return _one_block_item(offset)
        except StopIteration:
            tail = _tail_reason(path, offset) if offset > 0 else None
            if tail is not None:
                return _broken_item(offset, tail)
            reason = "no records: the file is not a WARC" if offset == 0 else f"no record at byte {offset}"
            return SourceItem(
                locator=f"warc:{offset}", status="rejected", reason=reason, raw_sha256=hashlib.sha256(b"").hexdigest()
            )
        except Exception as exc:  # noqa: BLE001 - as in read_warc: a broken record is a row, never a crash
            item = _unreadable(path, offset, exc, first=offset == 0)
            return item.model_copy(update={"locator": f"warc:{offset}"})
    return _item(fields, offset, length)


def index_records(path: Path) -> Iterator[WarcIndexEntry]:
    """Headers of every record, without reading payloads: for planning shards. Stops at a broken record."""
    path = Path(path)
    with open(path, "rb") as handle:
        records = _iterator(handle, path)
        offset = records.offset
        try:
            for record in records:
                offset = records.offset
                if _headless(record):
                    yield WarcIndexEntry(offset=offset, candidate=False, reason=headless_reason(path, offset))
                    return
                fields = _headers(record)
                length = records.get_record_length()
                if _one_block(length=length):
                    yield WarcIndexEntry(offset=offset, candidate=False, reason=ONE_BLOCK)
                    return
                reason = skip_reason(
                    fields["warc_type"],
                    fields["http_status"],
                    fields["_has_http"],
                    fields["content_type"],
                    fields["url"],
                )
                truncated = getattr(record.raw_stream, "limit", 0) > 0
                yield WarcIndexEntry(
                    offset=offset,
                    length=length,
                    record_id=fields["warc_record_id"],
                    warc_type=fields["warc_type"],
                    url=fields["url"],
                    archived_at=fields["archived_at"],
                    http_status=fields["http_status"],
                    content_type=fields["content_type"],
                    payload_digest=fields["_digest_header"],
                    candidate=reason is None and not truncated,
                    reason="truncated record" if truncated else reason,
                )
                offset = records.offset
        except Exception as exc:  # noqa: BLE001 - as in read_warc: a broken record ends the index, never the run
            reason = ONE_BLOCK if _one_block(exc) else f"unreadable: {type(exc).__name__}: {exc}"
            yield WarcIndexEntry(offset=max(offset, 0), candidate=False, reason=reason)
            return
    if offset > 0 and (tail := _tail_reason(path, offset)) is not None:
        yield WarcIndexEntry(offset=offset, candidate=False, reason=tail)


def read_record(path: Path, offset: int) -> bytes:
    """The raw payload of the record at `offset` (what WARC-Payload-Digest covers). Raises WarcReadError."""
    path = Path(path)
    with open(path, "rb") as handle:
        handle.seek(offset)
        try:
            record = next(iter(_iterator(handle, path)))
            data = record.raw_stream.read()
        except Exception as exc:
            raise WarcReadError(f"{path.name}: no record can be read at byte {offset}: {exc}") from exc
        if getattr(record.raw_stream, "limit", 0) > 0:
            raise WarcReadError(f"{path.name}: the record at byte {offset} is truncated")
    return data
