"""The records of the source readers: one item per candidate article, sidecars, and reader settings.

`SourceItem` is what every reader yields, whatever the input format; `Sidecar` is the metadata file
beside a plain-text article (its JSON Schema, `workflow/schemas/sidecar.schema.json`, is generated
from it); `ExportColumns` and `SourceSettings` configure the readers. Imports nothing else of the
package.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ItemStatus = Literal["ok", "rejected", "skipped"]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceItem(_Frozen):
    """One candidate article found in an input file: a whole page, a WARC record or an export row."""

    locator: str = Field(
        description="Stable position in the file: '' for a whole file, 'warc:<offset>' for a WARC/ARC record, "
        "'line:<n>' for an export row (1-based physical line where the row starts)."
    )
    status: ItemStatus = Field(
        description="'ok': an article with text; 'rejected': meant to be an article but unusable; "
        "'skipped': not an article (request, redirect, image, ...)."
    )
    reason: str | None = Field(None, description="Why the item is rejected or skipped; null when ok.")
    raw_sha256: str = Field(
        description="Hex sha256 of the item's raw bytes: the file, the WARC record's HTTP payload as stored "
        "(the block for records without HTTP headers), or the export row's bytes."
    )
    raw_bytes: int | None = Field(
        None,
        description="Size of the bytes `raw_sha256` is of, for an export row and a WARC record whose payload was read "
        "(a broken record's is null: `raw_sha256` is then of no bytes); null for a whole file.",
    )
    text: str | None = Field(
        None,
        description="The text to analyse (null unless ok). HTML: the title, a blank line, then each body "
        "paragraph on its own line separated by blank lines; plain text: the decoded text as is.",
    )
    extractor: str | None = Field(
        None, description="What produced the text: 'trafilatura' for HTML, 'plain' for text, 'export' for a row."
    )
    extractor_version: str | None = Field(None, description="Version of the extractor (library or package).")
    encoding: str | None = Field(None, description="Character encoding the bytes were decoded with.")
    title: str | None = Field(None, description="The headline: page title, export title column or sidecar title.")
    authors: list[str] = Field(default_factory=list, description="Author names, in the order the source gives them.")
    published_at: str | None = Field(
        None, description="Publication time, ISO 8601 in UTC ('2024-05-01T12:00:00Z', or '2024-05-01' for a day)."
    )
    url: str | None = Field(
        None,
        description="Where the text was captured: WARC-Target-URI, export url column, sidecar url, "
        "or for a saved page its canonical URL.",
    )
    canonical_url: str | None = Field(None, description="The page's own canonical URL (link rel=canonical, og:url).")
    outlet: str | None = Field(None, description="Site or outlet name (og:site_name, export or sidecar outlet).")
    language: str | None = Field(None, description="Language the source declares (html lang), not a detected one.")
    archived_at: str | None = Field(None, description="Capture time (WARC-Date, sidecar), ISO 8601 in UTC.")
    source_id: str | None = Field(None, description="The source's own id of the item (export id column).")
    warc_record_id: str | None = Field(None, description="WARC-Record-ID of the record (null for ARC).")
    warc_type: str | None = Field(None, description="WARC-Type of the record (response, resource, request, ...).")
    warc_offset: int | None = Field(
        None, description="Byte offset of the record in the file (of its gzip member when compressed)."
    )
    warc_length: int | None = Field(None, description="Bytes the record occupies in the file (compressed if gzip).")
    payload_digest: str | None = Field(
        None,
        description="Digest of the raw payload, in the WARC-Payload-Digest form ('sha1:<base32>'); "
        "computed by the reader, equal to the header when the header is right. For a revisit record: "
        "the header's digest of the earlier capture it points to.",
    )
    http_status: int | None = Field(None, description="HTTP status code of a WARC response.")
    content_type: str | None = Field(None, description="Media type of the payload (HTTP or WARC Content-Type).")
    line_number: int | None = Field(None, description="Export rows: 1-based physical line where the row starts.")
    warnings: list[str] = Field(
        default_factory=list, description="Problems that did not stop the item (unparseable date, wrong charset, ...)."
    )


class WarcIndexEntry(_Frozen):
    """One record of a WARC/ARC file as its headers describe it (`index_records`), payload unread."""

    offset: int = Field(description="Byte offset of the record (of its gzip member when compressed).")
    length: int | None = Field(None, description="Bytes the record occupies in the file.")
    record_id: str | None = Field(None, description="WARC-Record-ID (null for ARC).")
    warc_type: str | None = Field(None, description="WARC-Type.")
    url: str | None = Field(None, description="WARC-Target-URI (ARC: the record URL).")
    archived_at: str | None = Field(None, description="WARC-Date as ISO 8601 UTC.")
    http_status: int | None = Field(None, description="HTTP status of a response.")
    content_type: str | None = Field(None, description="Media type of the payload.")
    payload_digest: str | None = Field(None, description="WARC-Payload-Digest header as written in the file.")
    candidate: bool = Field(
        description="Whether the headers make it an article candidate (the payload may still fail)."
    )
    reason: str | None = Field(None, description="Why it is not a candidate (or why reading stopped here).")


class Sidecar(BaseModel):
    """Metadata of a plain-text article, in `<name>.meta.json` beside `<name>.txt`. Every key is optional."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        title="Sidecar metadata of a plain-text article",
        json_schema_extra={"examples": [{"url": "https://example.org/news/1", "published_at": "2024-05-01"}]},
    )

    url: str | None = Field(None, description="URL the article was published at.")
    title: str | None = Field(None, description="Headline of the article (the text's first line stays the headline).")
    published_at: str | None = Field(
        None, description="Publication date or time, ISO 8601 ('2024-05-01', '2024-05-01T12:00:00+02:00')."
    )
    outlet: str | None = Field(None, description="Name of the outlet or site that published it.")
    author: str | list[str] | None = Field(None, description="Author name, or a list of author names.")
    archived_at: str | None = Field(None, description="When the article was captured, ISO 8601.")


class ExportColumns(_Frozen):
    """Which column of a scraper export holds each field: the first listed name a row has is used.

    Names match exactly first, then case-insensitively.
    """

    text: list[str] = Field(["text", "body", "content", "article"], description="Columns holding the article text.")
    title: list[str] = Field(["title", "headline"], description="Columns holding the headline.")
    url: list[str] = Field(["url", "link"], description="Columns holding the article URL.")
    date: list[str] = Field(
        ["date", "published", "published_at", "pubdate"], description="Columns holding the publication date."
    )
    outlet: list[str] = Field(["outlet", "source", "site", "domain"], description="Columns holding the outlet name.")
    author: list[str] = Field(["author", "authors", "byline"], description="Columns holding the author(s).")
    id: list[str] = Field(["id"], description="Columns holding the export's own id of the article.")


class SourceSettings(_Frozen):
    """Settings of the source readers (HTML, WARC, exports)."""

    max_page_bytes: int = Field(
        10_000_000,
        ge=1,
        description="An HTML page, WARC payload or export row larger than this many bytes is rejected unread.",
    )
    min_body_chars: int = Field(
        100,
        ge=1,
        description="An HTML page whose extracted body (title aside) is shorter than this is rejected as "
        "having no main text (navigation or boilerplate only).",
    )
    export_columns: ExportColumns = Field(
        ExportColumns(), description="Column names of scraper exports (.jsonl, .csv)."
    )
