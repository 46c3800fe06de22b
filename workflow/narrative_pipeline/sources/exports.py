"""Scraper exports: JSON Lines and CSV files where each row is an article.

A row's locator is `line:<n>`, the 1-based physical line where the row starts (a CSV row with
quoted line breaks spans several lines). The file is read in one encoding, chosen for the whole file
(`export_codec`): UTF-8 when every line is UTF-8; else the one that fits its non-UTF-8 lines (a
spreadsheet's cp1252 export, UTF-8 with a few stray cp1252 bytes), with a warning on every row, so
the rows with accented names are read like the others, not rejected (user16). A file no
line-by-line reading fits (UTF-16, binary) is rejected whole with the reason. A guessed reading is checked as a
text's is (`decoding.guess_check`, fix87): the whole export's (`export_check`: every row rejected with its count, or
warned) and each row's decoded one by one in a guess (`row_check`). Which column is the
text, title, url, date, outlet, author and id comes from `ExportColumns`. A row that is not a JSON
object, does not decode, lacks the text column or has an empty text is `rejected` with the reason;
blank lines are not rows. A text of HTML markup is read as its text (`plain_text`). The analysed
text is the title, a blank line and the text when there is a title that the text does not already
start with; otherwise the text, stripped of surrounding whitespace.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..decoding import (
    MIXED_UTF8,
    MIXED_UTF8_WARNING,
    DecodeError,
    decode_bytes,
    doubtful_utf8,
    guess_verdict,
    odd_characters,
    utf8_with_strays,
    visible_characters,
)
from ..hashing import sha256_file
from .authors import clean_authors
from .dates import to_utc_iso
from .html import markup_text
from .model import ExportColumns, SourceItem, SourceSettings

EXTRACTOR = "export"
_JSON_KINDS = {list: "array", str: "string", int: "number", float: "number", bool: "true/false", type(None): "null"}


def pick(row: dict[str, Any], names: list[str]) -> tuple[str | None, Any]:
    """(column, value) of the first listed column the row has: exact names first, then any case."""
    for name in names:
        if name in row:
            return name, row[name]
    lowered = {str(key).casefold(): key for key in row}
    for name in names:
        if (key := lowered.get(name.casefold())) is not None:
            return key, row[key]
    return None, None


def _text_value(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if value is None or isinstance(value, bool | int | float):
        return None if value is None else str(value)
    return None


def _field(row: dict[str, Any], names: list[str], what: str, warnings: list[str], scalars: bool) -> str | None:
    """A title's or URL's column as text; a value of another JSON kind is left out with a warning naming it, not
    dropped or kept silently (fix81, review71 11: a dict title, a number URL 123). `scalars`: a number or true/false
    is read as its text (a title "1984"); else only text is (a URL is never a number)."""
    column, value = pick(row, names)
    if value is None or isinstance(value, str) or (scalars and isinstance(value, bool | int | float)):
        return _text_value(value)
    kind = _JSON_KINDS.get(type(value), "object")
    warnings.append(f"{what} column {column!r} holds a JSON {kind}, not text: left out")
    return None


def _authors(value: Any) -> list[str]:
    if isinstance(value, list):
        return clean_authors(str(v) for v in value)
    if isinstance(value, str):
        return clean_authors(value.replace("|", ";").split(";"))
    return []


_BLOCK_MARKUP = re.compile(r"<(p|br|div|h[1-6]|li|blockquote)(\s[^<>]*)?/?>", re.IGNORECASE)


def plain_text(value: str) -> tuple[str, str | None]:
    """The text of a row and a warning: a text column that holds HTML (a CMS export's `content`: "<p>...</p><p>
    ...</p>", entities as "&amp;") becomes its text, one paragraph per block element, blank lines between (user16);
    other text is returned as it is."""
    if not _BLOCK_MARKUP.search(value):
        return value, None
    lines = [" ".join(line.split()) for line in markup_text(value).splitlines()]
    return "\n\n".join(line for line in lines if line), "the text column held HTML markup: read as its text"


def compose(title: str | None, body: str) -> str:
    """The analysed text of a row: 'title\\n\\nbody', or the body when it already starts with the title."""
    body = body.strip()
    if not title:
        return body
    first = next((line for line in body.splitlines() if line.strip()), "")
    if " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        return body
    return f"{' '.join(title.split())}\n\n{body}"


def row_item(
    row: dict[str, Any],
    line: int,
    raw: bytes,
    columns: ExportColumns,
    version: str,
    encoding: str = "utf-8",
    checked: tuple[str, ...] = (),
) -> SourceItem:
    """The item of one parsed row (see the module docstring), read from the file in `encoding`; `checked`: the
    warnings of the check of a guessed reading (`export_check`, `row_check`)."""
    base: dict[str, Any] = {
        "locator": f"line:{line}",
        "line_number": line,
        "raw_sha256": hashlib.sha256(raw).hexdigest(),
        "raw_bytes": len(raw),
    }
    text_column, value = pick(row, columns.text)
    if text_column is None:
        looked = ", ".join(columns.text)
        return SourceItem(**base, status="rejected", reason=f"no text column (looked for {looked})")
    if not isinstance(value, str):
        kind = "null" if value is None else type(value).__name__
        return SourceItem(**base, status="rejected", reason=f"text column {text_column!r} holds {kind}, not text")
    value, markup = plain_text(value)
    if not value.strip():
        return SourceItem(**base, status="rejected", reason=f"empty text in column {text_column!r}")
    warnings = [] if encoding == "utf-8" else [_not_utf8_warning(encoding)]
    warnings += [*checked, markup] if markup else list(checked)
    title = _field(row, columns.title, "title", warnings, scalars=True)
    title = " ".join(title.split()) or None if title else None
    date_column, date_value = pick(row, columns.date)
    published_at, warning = to_utc_iso(date_value, f"date column {date_column!r}")
    warnings += [warning] if warning else []
    source_id = _text_value(pick(row, columns.id)[1])
    return SourceItem(
        **base,
        status="ok",
        text=compose(title, value),
        extractor=EXTRACTOR,
        extractor_version=version,
        encoding=encoding,
        title=title,
        authors=_authors(pick(row, columns.author)[1]),
        published_at=published_at,
        url=_field(row, columns.url, "URL", warnings, scalars=False),
        outlet=_text_value(pick(row, columns.outlet)[1]),
        source_id=source_id,
        warnings=warnings,
    )


def _rejected(line: int, raw: bytes, reason: str) -> SourceItem:
    return SourceItem(
        locator=f"line:{line}",
        line_number=line,
        status="rejected",
        reason=reason,
        raw_sha256=hashlib.sha256(raw).hexdigest(),
        raw_bytes=len(raw),
    )


def _version() -> str:
    from .. import __version__

    return __version__


_SAMPLE_BYTES = 4_000_000
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def _not_utf8_warning(encoding: str) -> str:
    if encoding == MIXED_UTF8:
        return f"the export is {MIXED_UTF8_WARNING}"
    return f"the export is not UTF-8: read as {encoding}"


def export_codec(path: Path) -> tuple[str | None, str | None]:
    """(encoding, None) in which to read every line of an export, or (None, reason) when no line-by-line
    reading fits. UTF-8 when every line decodes as UTF-8 (a leading BOM aside); else what
    `decoding.decode_bytes` finds for the lines holding non-ASCII bytes (cp1252, ISO-8859-1,
    `utf-8+cp1252`, a detected code page); UTF-16/32 and binary files are rejected whole. A Western
    reading becomes `utf-8+cp1252` (each line UTF-8, its stray bytes cp1252) when some line is UTF-8
    with non-ASCII characters: exports of two scrapes run together, whose UTF-8 rows a cp1252 reading
    would turn into mojibake ("JosÃ©"). A file of at least as many UTF-8 lines with non-ASCII characters as other
    lines is otherwise UTF-8, its other lines rejected one by one: a few rows in another code page (a Cyrillic or
    Greek one) neither reject the whole file nor turn its UTF-8 rows into mojibake (review16b). A line that is
    valid UTF-8 only by chance (`decoding.doubtful_utf8`: cp1252 "CAFÉ’s" is "CAFɒs") counts as a line of the
    other encoding (user17)."""
    sample: list[bytes] = []
    size = 0
    utf8 = True
    utf8_lines = other_lines = 0
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle):
            if number == 0 and raw.startswith(_WIDE_BOMS):
                return None, "UTF-16 or UTF-32 text (byte-order mark), not readable line by line: save it as UTF-8"
            content = raw.removeprefix(codecs.BOM_UTF8) if number == 0 else raw
            if content.isascii():
                continue
            try:
                doubtful = doubtful_utf8(content.decode("utf-8"))
                valid = True
            except UnicodeDecodeError:
                doubtful, valid, utf8 = True, False, False
            # a line valid as UTF-8 by chance ("CAFÉ’s" in cp1252, "CAFɒs" as UTF-8) is no UTF-8 line (user17)
            utf8_lines += not doubtful
            other_lines += doubtful
            if size < _SAMPLE_BYTES or not valid:
                sample.append(content)
                size += len(content)
    if utf8:
        return "utf-8", None
    problem = None
    try:
        encoding = decode_bytes(b"".join(sample))[1]
    except DecodeError as exc:
        encoding, problem = None, f"not a text export: {exc}"
    if encoding == MIXED_UTF8 or (utf8_lines and encoding in {"cp1252", "iso-8859-1", "cp1250"}):
        return MIXED_UTF8, None
    if utf8_lines >= other_lines:
        return "utf-8", None  # mostly UTF-8 rows and a few of another code page: those rejected one by one (review16b)
    if encoding is None:
        return None, problem
    codec = codecs.lookup(encoding).name
    if codec.startswith(("utf-16", "utf-32")) or codec == "utf-8":
        return None, f"not valid UTF-8 and not readable line by line (it looks like {encoding}): save it as UTF-8"
    return encoding, None


def decode_line(raw: bytes, encoding: str) -> str | None:
    """One physical line of an export in the file's encoding (see `export_codec`), or None when it does not decode."""
    if encoding == MIXED_UTF8:
        return utf8_with_strays(raw)
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


_ASCII_TEXT = bytes(range(32, 127)) + b"\t\n\r\f\v\x1b"  # what `decoding.odd_characters` never counts


def export_check(path: Path, encoding: str) -> tuple[str | None, str | None]:
    """`decoding.guess_check` of an export read whole in a guessed charset (no UTF-8, no `utf-8+cp1252`: a code page
    `export_codec` chose for the file), over every line that decodes (fix87): (the reason every row is rejected, None)
    when more than `decoding.UNREADABLE_SHARE` of its characters are no text, (None, the warning every row gets) when
    some are, (None, None) when none is or the reading is no guess."""
    if encoding in {"utf-8", MIXED_UTF8}:
        return None, None
    odd = total = 0
    with open(path, "rb") as handle:
        for raw in handle:
            if raw.isascii():  # the same counts as `odd_characters` and `visible_characters` give, in C
                odd += len(raw.translate(None, _ASCII_TEXT))
                total += len(raw.translate(None, b" \t\n\r\f\v"))
                continue
            decoded = decode_line(raw, encoding)
            if decoded is not None:
                odd += odd_characters(decoded)
                total += visible_characters(decoded)
    return guess_verdict(odd, total, encoding, "export")


def row_check(content: bytes, text: str, encoding: str) -> tuple[str | None, str | None]:
    """`decoding.guess_check` of one row read in a guess (fix87): every row of an export read whole in a code page,
    and a row of a `utf-8+cp1252` export whose bytes are not UTF-8 (its stray bytes read as cp1252, Latin-1 where
    cp1252 has none) or are UTF-8 only by chance; (None, None) for a row read as UTF-8."""
    if encoding == "utf-8" or content.isascii():
        return None, None
    if encoding == MIXED_UTF8:
        try:
            if not doubtful_utf8(content.decode("utf-8")):
                return None, None
        except UnicodeDecodeError:
            pass
    return guess_verdict(odd_characters(text), visible_characters(text), encoding, "export", "the row's")


def _whole_file_rejected(path: Path, reason: str) -> SourceItem:
    return SourceItem(locator="", status="rejected", reason=reason, raw_sha256=sha256_file(path))


def read_jsonl(path: Path, settings: SourceSettings) -> Iterator[SourceItem]:
    """One item per non-blank line of a JSON Lines file."""
    version = _version()
    encoding, problem = export_codec(path)
    if encoding is None:
        yield _whole_file_rejected(path, str(problem))
        return
    unreadable, warning = export_check(path, encoding)
    with open(path, "rb") as handle:
        for line, raw in enumerate(handle, start=1):
            content = raw[3:] if line == 1 and raw.startswith(b"\xef\xbb\xbf") else raw
            if not content.strip():
                continue
            if unreadable is not None:  # every row keeps its own row, rejected with the export's count (fix87)
                yield _rejected(line, raw, unreadable)
                continue
            if len(raw) > settings.max_page_bytes:
                yield _rejected(
                    line, raw, f"row of {len(raw)} bytes is larger than max_page_bytes ({settings.max_page_bytes})"
                )
                continue
            decoded = decode_line(content, encoding)
            if decoded is None:
                yield _rejected(line, raw, f"not valid {encoding}, the encoding of the rest of the file")
                continue
            row_unreadable, row_warning = row_check(content, decoded, encoding)
            if row_unreadable is not None:
                yield _rejected(line, raw, row_unreadable)
                continue
            try:
                row = json.loads(decoded)
            except json.JSONDecodeError as exc:
                yield _rejected(line, raw, f"not JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}")
                continue
            if not isinstance(row, dict):
                yield _rejected(
                    line, raw, f"not a JSON object but a JSON {_JSON_KINDS.get(type(row), type(row).__name__)}"
                )
                continue
            checked = tuple(w for w in (warning, row_warning) if w)
            yield row_item(row, line, raw, settings.export_columns, version, encoding, checked)


def _cr_only(path: Path) -> bool:
    """Whether the file ends its lines with a carriage return alone (Excel's "CSV (Macintosh)"): the header's line
    ends in a CR without a line feed. Its cells may still hold line feeds (Excel's line breaks in a cell, review16b)."""
    with open(path, "rb") as handle:
        head = handle.read(1 << 16)
    end = re.search(rb"[\r\n]", head)
    return end is not None and end.group() == b"\r" and head[end.end() : end.end() + 1] != b"\n"


def _cr_lines(handle: Iterable[bytes]) -> Iterator[bytes]:
    """The lines of a file whose lines end in a carriage return alone, each with its ending (user16: such a CSV was
    rejected whole: "new-line character seen in unquoted field")."""
    rest = b""
    for block in handle:
        rest += block
        *lines, rest = rest.split(b"\r")
        yield from (line + b"\r" for line in lines)
    if rest:
        yield rest


class _LineFeed:
    """Feeds decoded physical lines to csv.reader and keeps the raw bytes of the row being read."""

    def __init__(self, handle: Iterable[bytes], encoding: str, cr_only: bool = False) -> None:
        self._handle = iter(handle)
        self.encoding = encoding
        self.cr_only = cr_only  # each line's CR is read as a line feed: a quoted line break too
        self.raw: list[bytes] = []
        self.lines: list[str] = []  # the same lines decoded, as the csv reader read them
        self.bad_line = False
        self.first = True

    def __iter__(self) -> _LineFeed:
        return self

    def __next__(self) -> str:
        raw = next(self._handle)
        self.raw.append(raw)
        if self.first and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        self.first = False
        decoded = decode_line(raw, self.encoding)
        if decoded is None:
            self.bad_line = True
            decoded = raw.decode("latin-1")  # the row is rejected; the text only keeps the csv reader going
        elif self.cr_only:
            decoded = decoded.replace("\r", "\n")
        self.lines.append(decoded)
        return decoded

    def take(self) -> tuple[bytes, bool, str]:
        """The raw bytes of the row just read, whether any of its lines did not decode, and its text as read;
        resets all three."""
        raw, bad, text = b"".join(self.raw), self.bad_line, "".join(self.lines)
        self.raw, self.bad_line, self.lines = [], False, []
        return raw, bad, text


def _quotes_whole(text: str) -> bool:
    """Whether the csv module reads `text` with strict quoting (every quoted field closed at a field's end): the
    fast test, in C, before `runaway_quote` looks for the line."""
    try:
        for _ in csv.reader(io.StringIO(text, newline=""), strict=True):
            pass
    except csv.Error:
        return False
    return True


# what may follow a field's closing quote: its end, after spaces the csv module keeps in the field ('"two\nlines" ,':
# a field read whole, no runaway quote; review34)
_FIELD_END = re.compile(r"[ \t]*(?:,|\r|\n|\Z)")


def runaway_quote(text: str) -> int | None:
    """The line (0-based, in `text`, a row as read) where a quoted field opens that runs past its line and does
    not end at a field's end: its closing quote is followed by more of the field, or never comes (trial32's
    finding 7: a row whose closing quote is missing swallows the rows after it, and the reader resynchronises
    lines later). None for a row whose quotes are whole, line breaks inside a quoted field included."""
    if '"' not in text or "\n" not in text.rstrip("\r\n") or _quotes_whole(text):
        return None
    quoted, field_start, line, opened = False, True, 0, 0
    i = 0
    while i < len(text):
        ch = text[i]
        if quoted and ch == '"' and text[i + 1 : i + 2] == '"':
            i += 2
            continue
        if quoted and ch == '"':
            quoted, field_start = False, False
            if line > opened and _FIELD_END.match(text, i + 1) is None:
                return opened
        elif not quoted and ch == '"' and field_start:
            quoted, opened = True, line
        elif not quoted:
            field_start = ch in ",\n\r"
        line += ch == "\n"
        i += 1
    return opened if quoted and line > opened else None


def unclosed_quote_reason(line: int, last_line: int) -> str:
    """Why a row whose quoted field opens on `line` and runs on to `last_line` is not read."""
    return (
        f"unterminated quote: the quoted field that opens on line {line} runs on to line {last_line}, so the"
        ' lines between were read as one row; close the quote (a quote inside a field is written twice: "")'
    )


def _other_separator(header: list[str]) -> str | None:
    """The separator of a one-field header that holds `;`, a tab or `|` (a spreadsheet's export in a
    locale that separates by semicolons), else None."""
    if len(header) != 1:
        return None
    return next((sep for sep in (";", "\t", "|") if sep in header[0]), None)


def read_csv(path: Path, settings: SourceSettings) -> Iterator[SourceItem]:
    """One item per data row of a CSV file with a header row (comma-separated, double-quoted)."""
    version = _version()
    # The csv module's field limit is process-wide; raise it to the configured row size (never lower it).
    csv.field_size_limit(max(csv.field_size_limit(), settings.max_page_bytes))
    encoding, problem = export_codec(path)
    if encoding is None:
        yield _whole_file_rejected(path, str(problem))
        return
    unreadable, warning = export_check(path, encoding)
    with open(path, "rb") as handle:
        cr_only = _cr_only(path)
        feed = _LineFeed(_cr_lines(handle) if cr_only else handle, encoding, cr_only)
        reader = csv.reader(feed)
        header: list[str] | None = None
        other: str | None = None
        left_open: int | None = None  # the line of the last quote left open, for the rows it shifted
        next_line = 1
        while True:
            start = next_line
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raw, _, _ = feed.take()
                yield _rejected(start, raw, f"not readable as CSV from here on: {exc}")
                return
            next_line = reader.line_num + 1
            raw, bad_line, text = feed.take()
            if not any(field.strip() for field in fields):
                continue
            if header is None:
                header = [field.strip() for field in fields]
                other = _other_separator(header)
                continue
            row_unreadable, row_warning = (
                (unreadable, None) if unreadable else (None, None) if bad_line else row_check(raw, text, encoding)
            )
            if row_unreadable is not None:  # the export's count, or the row's (fix87)
                yield _rejected(start, raw, row_unreadable)
            elif other:
                yield _rejected(
                    start,
                    raw,
                    f"the header {header[0]!r} is one field: the file looks separated by {other!r}, not by commas;"
                    " save it as comma-separated CSV",
                )
            elif bad_line:
                yield _rejected(start, raw, f"not valid {encoding}, the encoding of the rest of the file")
            elif len(raw) > settings.max_page_bytes:
                yield _rejected(
                    start, raw, f"row of {len(raw)} bytes is larger than max_page_bytes ({settings.max_page_bytes})"
                )
            elif (opened := runaway_quote(text)) is not None:
                left_open = start + opened
                yield _rejected(start, raw, unclosed_quote_reason(left_open, reader.line_num))
            elif len(fields) != len(header):
                reason = f"row has {len(fields)} fields but the header has {len(header)}"
                after = f" (the quote left open on line {left_open} may have shifted the rows after it)"
                yield _rejected(start, raw, reason + (after if left_open else ""))
            else:
                left_open = None  # a row of the header's shape: the reader is in step again
                row = dict(zip(header, fields, strict=True))
                checked = tuple(w for w in (warning, row_warning) if w)
                yield row_item(row, start, raw, settings.export_columns, version, encoding, checked)
