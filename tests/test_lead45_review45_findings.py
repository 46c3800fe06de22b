"""review45's findings on bad inputs. (a): a text file whose stray bytes outnumber its valid multi-byte UTF-8 characters is decoded
whole as a single-byte code page (`decoding.mostly_utf8`'s rule, kept), so each valid UTF-8 character becomes mojibake;
ingest now says so on the article's row instead of staying silent. A plain cp1252 or Latin-1 text, and UTF-8 with a
few stray bytes, keep their own warnings (none, and the stray-byte one)."""

from __future__ import annotations

from narrative_pipeline.decoding import utf8_characters_in
from narrative_pipeline.sources import read_source
from narrative_pipeline.sources.model import SourceSettings


def _item(tmp_path, data: bytes):
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    (item,) = read_source(path, "story.txt", SourceSettings())
    return item


def test_a_text_with_more_stray_bytes_than_utf8_characters_is_read_as_cp1252_with_a_warning(tmp_path):
    # one valid em dash among three Windows apostrophes: more strays than UTF-8 characters
    data = b"The minister\x92s plan \xe2\x80\x94 and the army\x92s \x93reply\x94 \x96 came on Monday."
    item = _item(tmp_path, data)
    assert item.status == "ok" and item.encoding == "cp1252"
    assert "\u00e2\u20ac\u201d" in item.text  # the em dash, read as three cp1252 characters
    assert [w for w in item.warnings if "1 valid UTF-8 character" in w]


def test_a_plain_cp1252_or_latin1_text_has_no_mojibake_warning(tmp_path):
    """(fix81, review71 13: it has the warning that its charset is a guess, as an export row has, and that alone.)"""
    for data in ("The minister’s “reform” – on Monday.".encode("cp1252"), "Élections à Genève.".encode("latin-1")):
        item = _item(tmp_path, data)
        assert item.encoding in {"cp1252", "iso-8859-1"}
        assert item.warnings == [
            f"the file is not UTF-8 and names no charset: read as {item.encoding}, a guess (check its accented letters)"
        ]
        assert utf8_characters_in(data) == 0


def test_utf8_with_a_few_stray_bytes_keeps_the_stray_byte_warning_only(tmp_path):
    data = "Zürich’s café – “closed”, ".encode() + b"it\x92s said."
    item = _item(tmp_path, data)
    assert item.encoding == "utf-8+cp1252"
    assert [w for w in item.warnings if "stray bytes among UTF-8" in w]
    assert not [w for w in item.warnings if "valid UTF-8 character" in w]


# review45's findings (b) and (c): a rejected page's or record's reason should say what a person can check.


def test_a_page_with_a_short_menu_and_a_script_counts_the_text_it_has(tmp_path):
    from narrative_pipeline.sources.html import extract_html

    html = (
        "<!DOCTYPE html><html><head><title>App</title></head><body><nav><a href='/'>Home</a> <a href='/n'>News</a>"
        "</nav><div id='root'></div><script>window.__STATE__ = {};</script></body></html>"
    )
    page = extract_html(html.encode(), SourceSettings())
    assert not page.ok and page.reason.startswith("JavaScript-only page: only 8 character(s) of text outside its 1")


def _cut_warc(tmp_path, cut_at) -> str:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from sources_fixtures import article_html, truncated_response, write_test_warc

    path = tmp_path / "crawl.warc"
    write_test_warc(path, False, article_html().encode())
    tail = truncated_response(False)
    with open(path, "ab") as handle:
        handle.write(tail[: cut_at(tail)])
    return list(read_source(path, path.name, SourceSettings()))[-1].reason


def test_a_warc_cut_inside_a_records_headers_says_so_not_warcios_attribute_error(tmp_path):
    reason = _cut_warc(tmp_path, lambda tail: 40)
    assert reason.startswith("truncated record (at byte ") and "the file ends inside the record's headers" in reason
    assert "NoneType" not in reason and "AttributeError" not in reason


def test_a_warc_cut_before_its_payload_says_so_not_zero_bytes_into_it(tmp_path):
    # the cut falls right after the HTTP headers: the record's payload has not begun
    reason = _cut_warc(tmp_path, lambda tail: tail.index(b"\r\n\r\n", tail.index(b"\r\n\r\n") + 4) + 4)
    size = (tmp_path / "crawl.warc").stat().st_size  # review57 3: where the file ends
    assert reason == f"truncated record: the file ends at byte {size} before any of its payload could be read"
