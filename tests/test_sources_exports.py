"""Scraper exports (JSON Lines, CSV): one item per row, located by line, bad rows rejected."""

from __future__ import annotations

import hashlib
import json

import pytest
from narrative_pipeline.sources import ExportColumns, SourceSettings, read_source
from narrative_pipeline.sources.dates import to_utc_iso

SETTINGS = SourceSettings()
ROW = {
    "id": 17,
    "url": "https://courier.example/a",
    "title": "Port reopens",
    "text": "The port reopened on Tuesday.\nShips are back.",
    "date": "2024-05-01T12:00:00+02:00",
    "source": "Velmora Courier",
    "authors": ["Ana Petrova", "Ivo Marin"],
}


def _jsonl(tmp_path) -> tuple[object, list[bytes]]:
    lines = [
        json.dumps(ROW).encode(),
        b'{"text": "broken',
        b"[1, 2, 3]",
        b"",
        json.dumps({"title": "No text here", "url": "https://x.example"}).encode(),
        json.dumps({"text": "   ", "title": "Blank"}).encode(),
        json.dumps(
            {"Body": "Headline first\n\nThen the body.", "Headline": "Headline first", "pubdate": "yesterday"}
        ).encode(),
        b'{"text": "caf\xe9"}',
    ]
    path = tmp_path / "export.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path, lines


def test_jsonl_rows(tmp_path):
    path, lines = _jsonl(tmp_path)
    items = list(read_source(path, "export.jsonl", SETTINGS))
    assert [i.locator for i in items] == ["line:1", "line:2", "line:3", "line:5", "line:6", "line:7", "line:8"]
    assert len(items) == sum(1 for line in lines if line.strip())  # every row accounted for
    good = items[0]
    assert good.status == "ok" and good.text == "Port reopens\n\nThe port reopened on Tuesday.\nShips are back."
    assert (good.url, good.outlet, good.source_id, good.line_number) == (
        "https://courier.example/a",
        "Velmora Courier",
        "17",
        1,
    )
    assert good.published_at == "2024-05-01T10:00:00Z" and good.authors == ["Ana Petrova", "Ivo Marin"]
    assert good.raw_sha256 == hashlib.sha256(lines[0] + b"\n").hexdigest()
    assert items[1].status == "rejected" and items[1].reason.startswith("not JSON")
    assert items[2].status == "rejected" and "not a JSON object" in items[2].reason
    assert items[3].status == "rejected" and items[3].reason.startswith("no text column")
    assert items[4].status == "rejected" and items[4].reason.startswith("empty text")
    other = items[5]
    assert other.status == "ok" and other.text == "Headline first\n\nThen the body." and other.title == "Headline first"
    assert other.published_at is None and any("yesterday" in w for w in other.warnings)
    # user16: the file's one non-UTF-8 row decides its encoding (Latin-1), so that row is read, not lost
    assert items[6].status == "ok" and items[6].text == "café" and items[6].encoding == "iso-8859-1"
    assert "the export is not UTF-8: read as iso-8859-1" in items[6].warnings


def _csv_bytes() -> bytes:
    return (
        b"id,title,body,url,date,site,byline\r\n"
        b"1,First story,Plain body of the first story.,https://a.example/1,2024-05-01,Courier,Ana Petrova\r\n"
        b'2,Second story,"A body with a quoted\r\nline break, and a ""quote"".",https://a.example/2,01 May 2024,Courier,\r\n'
        b"3,Short row,only three fields\r\n"
        b"4,Empty,,https://a.example/4,,Courier,\r\n"
        b"\r\n"
        b"5,Fifth,Last body.,https://a.example/5,2024-05-03 08:00,Courier,Ivo Marin; Ana Petrova\r\n"
    )


def test_csv_rows_with_quoted_line_breaks(tmp_path):
    path = tmp_path / "export.csv"
    path.write_bytes(_csv_bytes())
    items = list(read_source(path, "export.csv", SETTINGS))
    assert [(i.locator, i.status) for i in items] == [
        ("line:2", "ok"),
        ("line:3", "ok"),
        ("line:5", "rejected"),
        ("line:6", "rejected"),
        ("line:8", "ok"),
    ]
    first, quoted, short, empty, last = items
    assert first.text == "First story\n\nPlain body of the first story." and first.outlet == "Courier"
    assert quoted.text == 'Second story\n\nA body with a quoted\r\nline break, and a "quote".'
    assert quoted.raw_sha256 == hashlib.sha256(_csv_bytes().split(b"\r\n", 2)[2].split(b"3,Short")[0]).hexdigest()
    assert quoted.published_at == "2024-05-01" and quoted.authors == []
    assert "3 fields but the header has 7" in short.reason
    assert empty.reason == "empty text in column 'body'"
    assert last.published_at == "2024-05-03T08:00:00Z" and any("no time zone" in w for w in last.warnings)
    assert last.authors == ["Ivo Marin", "Ana Petrova"]


def test_csv_without_a_text_column_and_custom_columns(tmp_path):
    path = tmp_path / "stories.csv"
    path.write_bytes(b"story_id,story\nA1,The whole story is here.\nA2,\n")
    items = list(read_source(path, "stories.csv", SETTINGS))
    assert [i.status for i in items] == ["rejected", "rejected"]
    assert all(i.reason.startswith("no text column (looked for text, body, content, article)") for i in items)
    custom = SourceSettings(export_columns=ExportColumns(text=["story"], id=["story_id"]))
    ok, empty = read_source(path, "stories.csv", custom)
    assert ok.status == "ok" and ok.text == "The whole story is here." and ok.source_id == "A1"
    assert empty.status == "rejected"


def test_csv_unterminated_quote_is_rejected_not_raised(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_bytes(b'text,title\n"Good row",T\n"never closed,T\nmore\n')
    items = list(read_source(path, "broken.csv", SETTINGS))
    assert items[0].status == "ok"
    assert items[-1].status == "rejected" and items[-1].locator == "line:3"


def test_a_broken_json_line_names_the_error_once(tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_bytes(b'{"id": 2, "text": "a line broken\n')
    (item,) = read_source(path, "broken.jsonl", SETTINGS)
    assert item.status == "rejected" and item.reason == "not JSON: Invalid control character at column 33"


def test_a_csv_separated_by_semicolons_says_so(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(b"id;title;text\n1;Port;The port reopened, officials said.\n2;Strike;Workers struck.\n")
    items = list(read_source(path, "excel.csv", SETTINGS))
    assert [i.status for i in items] == ["rejected", "rejected"]
    assert all("separated by ';', not by commas" in i.reason for i in items)


def test_a_row_that_is_no_object_is_named_in_json_terms(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text('[1, 2]\n"a string"\n3.5\nnull\ntrue\n', encoding="utf-8")
    reasons = [item.reason for item in read_source(path, "odd.jsonl", SETTINGS)]
    assert reasons == [
        f"not a JSON object but a JSON {kind}" for kind in ("array", "string", "number", "null", "true/false")
    ]


def test_csv_date_cells_in_unix_time_and_compact_days_are_read(tmp_path):
    # Scrapers write Unix times and compact days into CSV cells as text; a JSON number was read as
    # Unix time but the same value in a CSV cell was left empty, and "20240501" became midnight UTC
    # with a "no time zone" warning instead of the day.
    path = tmp_path / "scrape.csv"
    path.write_text(
        "id,title,body,published\n"
        "1,Port reopens,The port reopened on Tuesday.,1714564800\n"
        "2,Ships are back,Ships are back in the port.,1714564800000\n"
        "3,Quay repaired,The quay was repaired.,20240501\n"
        "4,Harbour fee,The fee was cut.,12345\n",
        encoding="utf-8",
    )
    rows = list(read_source(path, "scrape.csv", SETTINGS))
    assert [r.published_at for r in rows] == ["2024-05-01T12:00:00Z", "2024-05-01T12:00:00Z", "2024-05-01", None]
    assert [bool(r.warnings) for r in rows] == [False, False, False, True]


@pytest.mark.parametrize("cell", ["0201234567", "9876543210", "0000000000", "0714564800000"])
def test_ten_digit_cells_that_are_no_unix_time_are_left_empty(cell):
    # review15b: a telephone number or an ID in a date cell became a day of the 1970s (a leading zero; a 10-digit
    # value too large for seconds read as milliseconds); 10 digits are seconds, 13 milliseconds, nothing else.
    published, warning = to_utc_iso(cell, "published date")
    assert published is None and warning is not None and "not a Unix time" in warning
    assert to_utc_iso("1714564800")[0] == to_utc_iso("1714564800000")[0] == "2024-05-01T12:00:00Z"
