"""user16: a scraper export saved by a spreadsheet in cp1252 lost exactly its rows with accents (each such row
"not valid UTF-8", the others read): a researcher lost the non-English names. The encoding is now chosen for the
whole file, and a file no line-by-line reading fits is rejected whole, never read as a subset."""

from __future__ import annotations

import codecs

from narrative_pipeline.sources import SourceSettings, read_source

SETTINGS = SourceSettings()

ROWS = [
    ("1", "Port reopens", "The port reopened on Tuesday, the harbour authority said.", "Ana Petrova"),
    ("2", "Mayor re-elected", "José Álvarez won a second term in Sevilla’s city hall.", "María Núñez"),
    ("3", "Strike ends", "Dock workers went back to work after a week.", "John Smith"),
    ("4", "Café closes", "The Zürich café “Odéon” shut its doors after 100 years.", "Zoë Müller"),
]


def _csv(rows: list[tuple[str, str, str, str]]) -> str:
    lines = ["id,title,text,author"] + [",".join(f'"{v}"' for v in row) for row in rows]
    return "\r\n".join(lines) + "\r\n"


def test_a_cp1252_csv_is_read_whole_with_its_accents(tmp_path):
    path = tmp_path / "scrape.csv"
    path.write_bytes(_csv(ROWS).encode("cp1252"))
    items = list(read_source(path, "scrape.csv", SETTINGS))
    assert [i.status for i in items] == ["ok"] * 4
    assert "José Álvarez won a second term in Sevilla’s city hall." in items[1].text
    assert items[3].authors == ["Zoë Müller"] and "“Odéon”" in items[3].text
    assert {i.encoding for i in items} == {"cp1252"}
    assert all("the export is not UTF-8: read as cp1252" in i.warnings for i in items)


def test_a_latin1_jsonl_is_read_whole(tmp_path):
    path = tmp_path / "scrape.jsonl"
    lines = [f'{{"id": {n}, "text": "{text}", "author": "{author}"}}' for n, _, text, author in ROWS[:3]]
    path.write_bytes("\n".join(lines).replace("’", "'").encode("latin-1"))
    items = list(read_source(path, "scrape.jsonl", SETTINGS))
    assert [i.status for i in items] == ["ok"] * 3
    assert items[1].authors == ["María Núñez"] and items[1].encoding == "iso-8859-1"


def test_a_utf8_export_is_read_as_before(tmp_path):
    path = tmp_path / "scrape.csv"
    path.write_bytes(codecs.BOM_UTF8 + _csv(ROWS).encode("utf-8"))
    items = list(read_source(path, "scrape.csv", SETTINGS))
    assert [i.status for i in items] == ["ok"] * 4
    assert {i.encoding for i in items} == {"utf-8"} and not any(i.warnings for i in items)


def test_a_utf8_export_with_a_stray_windows_apostrophe_keeps_every_row(tmp_path):
    path = tmp_path / "scrape.csv"
    data = _csv(ROWS).encode("utf-8").replace(b"after a week", b"after a week\x92s talks")
    path.write_bytes(data)
    items = list(read_source(path, "scrape.csv", SETTINGS))
    assert [i.status for i in items] == ["ok"] * 4
    assert "after a week’s talks" in items[2].text and "José Álvarez" in items[1].text
    assert {i.encoding for i in items} == {"utf-8+cp1252"}


def test_a_utf16_csv_is_rejected_whole_with_the_reason(tmp_path):
    # Excel's "Unicode text" export: UTF-16 with a byte-order mark; line by line it is no CSV at all.
    path = tmp_path / "scrape.csv"
    path.write_bytes(_csv(ROWS).encode("utf-16"))
    items = list(read_source(path, "scrape.csv", SETTINGS))
    assert len(items) == 1 and items[0].status == "rejected" and items[0].locator == ""
    assert "UTF-16" in items[0].reason and "save it as UTF-8" in items[0].reason


def test_a_text_column_of_html_markup_is_read_as_its_text(tmp_path):
    # user16: a CMS export's `content` column holds the article's HTML; its tags and entities were analysed as text
    path = tmp_path / "wordpress.jsonl"
    path.write_text(
        '{"title": "Port reopens", "content": "<p>The port reopened on Tuesday, officials said.</p>'
        '<p>Ships are back &amp; trade resumed.<br/>Fees fell.</p>"}\n'
        '{"title": "Blank", "content": "<p> </p>"}\n'
        '{"title": "Maths", "text": "The rule is x < 3 and y > 2, the teacher said."}\n',
        encoding="utf-8",
    )
    html, blank, plain = read_source(path, "wordpress.jsonl", SETTINGS)
    assert html.status == "ok"
    assert html.text == (
        "Port reopens\n\nThe port reopened on Tuesday, officials said.\n\nShips are back & trade resumed.\n\nFees fell."
    )
    assert "the text column held HTML markup: read as its text" in html.warnings
    assert blank.status == "rejected" and blank.reason.startswith("empty text")
    assert plain.text == "Maths\n\nThe rule is x < 3 and y > 2, the teacher said." and not plain.warnings


def test_a_csv_whose_lines_end_in_a_carriage_return_alone_is_read(tmp_path):
    # user16: Excel's "CSV (Macintosh)" ends lines with CR only; the file was rejected whole ("new-line character
    # seen in unquoted field")
    path = tmp_path / "mac.csv"
    path.write_bytes(b'id,title,text\r1,Port,"The port reopened.\rShips are back."\r2,Strike,Workers went on strike.\r')
    first, second = read_source(path, "mac.csv", SETTINGS)
    assert (first.status, first.locator, second.status, second.locator) == ("ok", "line:2", "ok", "line:4")
    assert (
        first.text == "Port\n\nThe port reopened.\nShips are back."
        and second.text == "Strike\n\nWorkers went on strike."
    )


def test_an_export_of_utf8_rows_and_more_cp1252_rows_keeps_both_right(tmp_path):
    # user16: two scrapes run together; read as cp1252 throughout, the UTF-8 rows became mojibake ("JosÃ©")
    path = tmp_path / "scrape.jsonl"
    utf8 = '{"text": "José Álvarez won in Sevilla."}\n'.encode()
    cp1252 = "".join(f'{{"text": "Zoë Müller’s café {n} reopened."}}\n' for n in range(5)).encode("cp1252")
    path.write_bytes(utf8 + cp1252)
    items = list(read_source(path, "scrape.jsonl", SETTINGS))
    assert [i.text for i in items] == ["José Álvarez won in Sevilla."] + [
        f"Zoë Müller’s café {n} reopened." for n in range(5)
    ]
    assert {i.encoding for i in items} == {"utf-8+cp1252"}
