"""The archived sources read again: plain texts decoded again, WARC records found again at their
offset with the same digest, export rows found again, pages by sha256, one extracted text per
shard extracted again."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..records import ArticleRecord
from .checks import Checker, violation


def reread_source(input_dir: Path, article: ArticleRecord, sample: bool) -> tuple[str | None, str | None]:
    """The archived source of an analysed row read again: for plain text, its decoded text; for a page,
    record or row, the text when `sample` asks to extract it again, else None. Second value: the problem."""
    import hashlib

    from ..decoding import reread
    from ..sources import SourceSettings, digest_like, read_record, read_source, read_warc_item

    if article.extractor in (None, "plain") and not article.locator:
        return reread(input_dir, article.source_path, article.sha256)
    path = Path(input_dir) / article.source_path
    if path.is_symlink() or not path.is_file():
        return None, "archived file is missing"
    if article.locator.startswith("warc:"):
        try:
            payload = read_record(path, article.warc_offset or 0)
        except Exception as exc:  # a WarcReadError, or a file that changed under us
            return None, f"record at byte {article.warc_offset} cannot be read again: {exc}"
        if hashlib.sha256(payload).hexdigest() != article.sha256:
            return None, f"record at byte {article.warc_offset}: its payload sha256 no longer matches"
        if article.payload_digest and digest_like(payload, article.payload_digest) != article.payload_digest:
            return None, f"record at byte {article.warc_offset}: its payload digest no longer matches"
        item = read_warc_item(path, article.warc_offset or 0, SourceSettings()) if sample else None
        return (item.text if item else None), None
    if article.locator:
        item = next(
            (i for i in read_source(path, article.source_path, SourceSettings()) if i.locator == article.locator), None
        )
        if item is None or item.raw_sha256 != article.sha256:
            return None, f"row {article.locator} is no longer in the file as it was"
        return item.text, None
    if hashlib.sha256(path.read_bytes()).hexdigest() != article.sha256:
        return None, "archived file changed: its sha256 no longer matches"
    item = next(read_source(path, article.source_path, SourceSettings())) if sample else None
    return (item.text if item else None), None


def archived_texts(
    input_dir: Path, articles: list[ArticleRecord], stored: Mapping[str, str], checker: Checker
) -> dict[str, str]:
    """Every analysed article's source is read again (sha256, WARC digest at its offset); plain texts are
    decoded again and one extracted text per shard is extracted again; each must equal the stored text,
    whose sha256 must be the row's text_sha256. Returns the texts spans are checked against."""
    import hashlib

    texts: dict[str, str] = {}
    violations = []
    analysed = [(k, a) for k, a in enumerate(articles) if a.analysed]
    sampled = False
    for k, article in analysed:
        extracted = article.extractor not in (None, "plain") or bool(article.locator)
        text, problem = reread_source(input_dir, article, sample=extracted and not sampled)
        sampled = sampled or (extracted and text is not None)
        label = f"{article.source_path}{'#' + article.locator if article.locator else ''}"
        if problem:
            violations.append(violation("archive", "ingest/articles", k, "sha256", f"{label}: {problem}"))
            continue
        have = stored.get(article.article_id)
        if text is not None and have != text:
            message = f"stored text of {article.article_id} differs from the archived source"
            violations.append(violation("archive", "ingest/texts", None, "text", message))
        if have is None or hashlib.sha256(have.encode("utf-8")).hexdigest() != article.text_sha256:
            message = f"text of {article.article_id} does not have the row's text_sha256"
            violations.append(violation("archive", "ingest/texts", None, "text_sha256", message))
            continue
        texts[article.article_id] = have
    checker.record("archive:sha256", len(analysed), violations)
    return texts
