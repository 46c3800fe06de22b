"""review45's finding (a): a text file whose stray bytes outnumber its valid multi-byte UTF-8 characters is decoded
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


def test_a_plain_cp1252_or_latin1_text_has_no_decoding_warning(tmp_path):
    for data in ("The minister’s “reform” – on Monday.".encode("cp1252"), "Élections à Genève.".encode("latin-1")):
        item = _item(tmp_path, data)
        assert item.encoding in {"cp1252", "iso-8859-1"}
        assert not [w for w in item.warnings if "UTF-8" in w]
        assert utf8_characters_in(data) == 0


def test_utf8_with_a_few_stray_bytes_keeps_the_stray_byte_warning_only(tmp_path):
    data = "Zürich’s café – “closed”, ".encode() + b"it\x92s said."
    item = _item(tmp_path, data)
    assert item.encoding == "utf-8+cp1252"
    assert [w for w in item.warnings if "stray bytes among UTF-8" in w]
    assert not [w for w in item.warnings if "valid UTF-8 character" in w]
