"""A WARC record's payload: read in chunks (hashes, size limit), decoded, and turned into item fields.

The payload is the HTTP body as stored (chunked transfer and Content-Encoding still applied): its
digest is what WARC-Payload-Digest covers. Extraction sees it decoded.
"""

from __future__ import annotations

import base64
import hashlib
import io
from dataclasses import dataclass
from typing import Any

from ..decoding import guess_check
from .charset import decode_page
from .html import EXTRACTOR as HTML_EXTRACTOR
from .html import extract_html, extractor_version
from .model import SourceSettings

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
CHUNK = 1 << 20


def _algorithm(reference: str | None) -> str:
    name = (reference or "sha1:").partition(":")[0].lower()
    return name if name in hashlib.algorithms_guaranteed else "sha1"


def _digest_text(algorithm: str, digest: bytes, reference: str | None) -> str:
    """'<algorithm>:<value>', the value in hex when the reference is hex, else base32 (the WARC custom)."""
    value = (reference or "").partition(":")[2]
    shown = digest.hex() if value and len(value) == 2 * len(digest) else base64.b32encode(digest).decode("ascii")
    return f"{algorithm}:{shown}"


def digest_like(data: bytes, reference: str | None) -> str:
    """Digest of `data` in the form of `reference` ('sha1:<base32>' when there is none)."""
    algorithm = _algorithm(reference)
    return _digest_text(algorithm, hashlib.new(algorithm, data).digest(), reference)


@dataclass
class Payload:
    """A record's raw payload read in chunks: hashes, size, and the bytes while under the limit."""

    data: bytes | None
    n_bytes: int
    sha256: str
    digest: str
    truncated: bool


def read_payload(record: Any, limit: int, reference: str | None) -> Payload:
    algorithm = _algorithm(reference)
    sha256, other = hashlib.sha256(), hashlib.new(algorithm)
    kept: list[bytes] = []
    n_bytes = 0
    while block := record.raw_stream.read(CHUNK):
        sha256.update(block)
        other.update(block)
        n_bytes += len(block)
        if n_bytes <= limit:
            kept.append(block)
        else:
            kept.clear()
    truncated = getattr(record.raw_stream, "limit", 0) > 0
    data = b"".join(kept) if n_bytes <= limit else None
    return Payload(data, n_bytes, sha256.hexdigest(), _digest_text(algorithm, other.digest(), reference), truncated)


def _decoded_content(raw: bytes, http_headers: Any, limit: int) -> bytes:
    """The payload with chunked transfer and Content-Encoding undone (at most limit + 1 bytes)."""
    if http_headers is None:
        return raw
    from warcio.bufferedreaders import BufferedReader, ChunkedDataReader

    encoding = (http_headers.get_header("content-encoding") or "").lower() or None
    if encoding not in BufferedReader.get_supported_decompressors():
        encoding = None
    if (http_headers.get_header("transfer-encoding") or "").lower() == "chunked":
        reader: Any = ChunkedDataReader(io.BytesIO(raw), decomp_type=encoding)
    elif encoding:
        reader = BufferedReader(io.BytesIO(raw), decomp_type=encoding)
    else:
        return raw
    return reader.read(limit + 1)


def _sniff(data: bytes) -> str | None:
    head = data[:512].lstrip().lower()
    return "text/html" if head.startswith((b"<!doctype html", b"<html")) else None


def extract_payload(payload: Payload, record: Any, fields: dict[str, Any], settings: SourceSettings) -> dict[str, Any]:
    """Status, reason and text fields of an article candidate, from its payload."""
    limit = settings.max_page_bytes
    if payload.data is None:
        return {
            "status": "rejected",
            "reason": f"payload of {payload.n_bytes} bytes is larger than max_page_bytes ({limit})",
        }
    try:
        content = _decoded_content(payload.data, record.http_headers, limit)
    except Exception as exc:  # noqa: BLE001 - corrupt gzip/brotli body or chunk header, any decoder error
        return {"status": "rejected", "reason": f"payload cannot be decoded: {type(exc).__name__}: {exc}"}
    if len(content) > limit:
        return {"status": "rejected", "reason": f"decoded payload is larger than max_page_bytes ({limit})"}
    mime = fields["content_type"] or _sniff(content)
    if mime is None:
        return {"status": "skipped", "reason": "no media type given and the payload does not look like HTML"}
    if mime in HTML_TYPES:
        page = extract_html(
            content,
            settings,
            content_type=fields["_content_type"],
            url=fields["url"],
            captured_at=fields["archived_at"],
        )
        if not page.ok:
            return {"status": "rejected", "reason": page.reason, "encoding": page.encoding, "warnings": page.warnings}
        return {
            "status": "ok",
            "text": page.text,
            "extractor": HTML_EXTRACTOR,
            "extractor_version": extractor_version(),
            "encoding": page.encoding,
            "title": page.title,
            "authors": page.authors,
            "published_at": page.published_at,
            "canonical_url": page.canonical_url,
            "outlet": page.outlet,
            "language": page.language,
            "warnings": page.warnings,
        }
    decoded = decode_page(content, fields["_charset"])
    if not decoded.text.strip():
        return {"status": "rejected", "reason": "empty text: the payload holds only whitespace"}
    unreadable, odd = guess_check(decoded.text, decoded.encoding) if decoded.guessed else (None, None)
    if unreadable is not None:
        warnings = list(decoded.warnings)
        return {"status": "rejected", "reason": unreadable, "encoding": decoded.encoding, "warnings": warnings}
    from .. import __version__

    return {
        "status": "ok",
        "text": decoded.text,
        "extractor": "plain",
        "extractor_version": __version__,
        "encoding": decoded.encoding,
        "warnings": [*decoded.warnings, *([odd] if odd else [])],
    }
