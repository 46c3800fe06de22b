"""Records of ingest and normalize: the articles, their texts, sentences and tokens."""

from __future__ import annotations

import hashlib

from pydantic import Field, model_validator

from .base import Record, Rejection, SentenceRole, Status


class ArticleRecord(Record):
    """One file seen under `input_dir`, or one record or row inside an archive or export file
    (`ingest/articles.parquet`)."""

    article_id: str = Field(
        description="Content-derived id: the first 16 hex digits of the sha256 of the file or export row; "
        "for a WARC record, of its payload digest."
    )
    source_path: str = Field(description="Path of the file relative to input_dir (POSIX form).")
    sha256: str = Field(
        description="Hex sha256 of the raw bytes: of the file, the WARC record's payload, or the export row "
        "(of the link text for a symlink)."
    )
    n_bytes: int = Field(
        description="Size of the raw bytes `sha256` is of: the file, the WARC record's payload (0 for a record that "
        "cannot be read; the record's length in the file is `warc_length`), or the export row."
    )
    media_type: str = Field(description="Media type guessed from the file name and content.")
    encoding: str | None = Field(
        description="Text encoding the bytes were decoded with "
        "(`utf-8+cp1252`: UTF-8 with a few stray bytes read as cp1252)."
    )
    language: str | None = Field(description="ISO 639-1 code of the detected language.")
    language_score: float | None = Field(description="Confidence of the language detection (0-1).")
    title: str | None = Field(
        description="The headline: a page's title, an export's title column, else the first non-blank line."
    )
    url: str | None = Field(description="URL of the page: WARC-Target-URI, export or sidecar url, a page's own URL.")
    published_at: str | None = Field(description="Publication time, ISO 8601 in UTC, when the source gives it.")
    archived_at: str | None = Field(description="Capture time (WARC-Date, sidecar, saved page), ISO 8601 in UTC.")
    status: Status = Field(description="`ok` when the file is an article, `rejected` otherwise.")
    error: str | None = Field(description="Why the file was rejected (or, for an archive record, skipped).")
    rejection: Rejection | None = Field(
        None,
        description="What kind of rejected row: `not_article`, a file or record of a kind that never holds an "
        "article (a WARC request, warcinfo, metadata or revisit record, a redirect, an HTTP error, an image or "
        "other media type, a sidecar applied to its text); `unsupported`, a file whose ending the pipeline does "
        "not read (a corpus's readme.md or license; `include_suffixes`); `unreadable`, meant to be an article "
        "but not read (empty, binary, truncated, malformed; `error` says why). Null when `ok`.",
    )
    duplicate_of: str | None = Field(
        description="For a later source of identical content or identical text: the source (path, and "
        "#locator inside a container) that sorts first."
    )
    analysed: bool = Field(description="Whether the downstream steps analyse this file's text.")
    skip_reason: str | None = Field(description="Why an `ok` file is not analysed (duplicate, language).")
    n_chars: int | None = Field(description="Length of the decoded text in code points.")
    shard: int = Field(description="Shard the article belongs to (from its URL or article_id).")
    locator: str = Field(
        "",
        description="Position inside the file: '' for a whole file, 'warc:<offset>' for a WARC/ARC record, "
        "'line:<n>' for an export row, 'name:not-utf-8' for a file whose name is not UTF-8 (its path then spelled "
        "with each such byte as \\xNN and each back-slash doubled).",
    )
    text_sha256: str | None = Field(None, description="Hex sha256 of the text every span indexes (UTF-8).")
    extractor: str | None = Field(None, description="What produced the text: plain, trafilatura, export.")
    extractor_version: str | None = Field(None, description="Version of the extractor.")
    outlet: str | None = Field(None, description="Outlet or site name, when the source gives it.")
    authors: list[str] = Field(default_factory=list, description="Author names, when the source gives them.")
    canonical_url: str | None = Field(None, description="The page's own canonical URL (link rel=canonical, og:url).")
    source_id: str | None = Field(None, description="An export row's own id.")
    line_number: int | None = Field(None, description="Export rows: 1-based line where the row starts.")
    warc_record_id: str | None = Field(None, description="WARC-Record-ID of the record.")
    warc_type: str | None = Field(None, description="WARC-Type of the record.")
    warc_offset: int | None = Field(None, description="Byte offset of the record in the WARC file.")
    warc_length: int | None = Field(None, description="Bytes the record occupies in the WARC file.")
    payload_digest: str | None = Field(None, description="Payload digest (sha1:<base32>) of a WARC record.")
    http_status: int | None = Field(None, description="HTTP status of a WARC response.")
    content_type: str | None = Field(None, description="Media type of a WARC payload.")
    warnings: list[str] = Field(
        default_factory=list, description="Problems that did not stop the article (bad date, wrong charset)."
    )
    candidate: bool = Field(
        True,
        description="Whether the entry can be an article (a file, a WARC response or resource record, an export "
        "row); every candidate has an article document, other WARC records are listed here only.",
    )


class ArticleText(Record):
    """The text of an analysed article: exactly the text every span indexes (`ingest/texts.parquet`)."""

    article_id: str = Field(description="The article (ingest/articles.article_id).")
    source_path: str = Field(description="Path of the source file, relative to input_dir.")
    sha256: str = Field(description="Hex sha256 of the raw bytes the text came from.")
    text: str = Field(description="The text: the decoded file, or the text extracted from a page or row.")
    text_sha256: str = Field("", description="Hex sha256 of the text (UTF-8); computed from the text when not given.")
    extractor: str = Field("plain", description="What produced the text: plain, trafilatura, export.")
    extractor_version: str = Field("", description="Version of the extractor.")
    titled: bool = Field(
        True,
        description="Whether the text opens with a title, which the normalize step makes the headline: a plain text "
        "(its first line), an export row with a title, a page with one. False for an untitled row or page: its first "
        "paragraph is body.",
    )

    @model_validator(mode="after")
    def _text_digest(self) -> ArticleText:
        digest = hashlib.sha256(self.text.encode("utf-8")).hexdigest()
        if not self.text_sha256:
            object.__setattr__(self, "text_sha256", digest)
        elif self.text_sha256 != digest:
            raise ValueError(f"text_sha256 {self.text_sha256} is not the sha256 of the text ({digest})")
        return self


class SentenceRecord(Record):
    """One sentence (`normalize/sentences.parquet`)."""

    article_id: str = Field(description="The article the sentence is in.")
    sentence_id: str = Field(description="`<article_id>:s<index>`, stable for the same text.")
    paragraph_index: int = Field(description="Index of the paragraph (the headline is paragraph 0).")
    sentence_index: int = Field(description="Index of the sentence within the article.")
    start: int = Field(description="Start offset (code points) in the decoded archived text.")
    end: int = Field(description="End offset (exclusive) in the decoded archived text.")
    text: str = Field(description="The normalized text of raw_text[start:end].")
    role: SentenceRole = Field(
        description="headline, body, post (an embedded social-media post: its lines and its signature line), "
        "or boilerplate (kept out of analysis)."
    )
    post_author_start: int | None = Field(
        None,
        description="A post's sentence: start offset of the author's name in the post's signature line (a retweet's: "
        "of the retweeted @handle after its 'RT', which is then also the handle).",
    )
    post_author_end: int | None = Field(None, description="End offset (exclusive) of the post author's name.")
    post_handle_start: int | None = Field(None, description="Start offset of the post author's @handle.")
    post_handle_end: int | None = Field(None, description="End offset (exclusive) of the post author's @handle.")


class TokenRecord(Record):
    """One token of the single spaCy parse, shared by the actor and claim steps."""

    article_id: str
    sentence_id: str
    i: int = Field(description="Token index within the article.")
    start: int = Field(description="Start offset in the decoded archived text.")
    end: int = Field(description="End offset in the decoded archived text.")
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int = Field(description="Article-level index of the syntactic head (itself for roots).")
    ent_type: str
    ent_iob: str
    space_after: bool = Field(description="Whether whitespace follows the token in the normalized text.")
