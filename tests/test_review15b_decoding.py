"""review15b: `decoding.mostly_utf8` (user15) reads a real Latin-1 text as UTF-8 with stray bytes when an upper-case
accented letter stands right before a cp1252 punctuation mark: the pair is a valid two-byte UTF-8 character, and with
as few other non-ASCII characters it outweighs them (a strict xfail until user16: such a pair, a character of
another script glued to an ASCII letter, is no evidence of UTF-8). A valid UTF-8 file is never touched (strict UTF-8
comes first)."""

from __future__ import annotations

import pytest
from narrative_pipeline.decoding import decode_bytes


@pytest.mark.parametrize("text", ["«PERÚ» vence a Chile", "CAFÉ’s menu: café"])
def test_a_short_latin1_text_is_not_read_as_utf8_with_stray_bytes(text):
    assert decode_bytes(text.encode("cp1252"))[0] == text


@pytest.mark.parametrize("text", ["«PERÚ» y «ESPAÑA»", "MÜNCHEN“ – Größe"])
def test_latin1_texts_with_more_stray_bytes_than_pairs_are_read_right(text):
    assert decode_bytes(text.encode("cp1252"))[0] == text


def test_utf8_with_one_stray_windows_apostrophe_is_read_right():
    data = "Café owners say ".encode() + b"it\x92s" + " a crème brûlée boom".encode()
    assert decode_bytes(data) == ("Café owners say it’s a crème brûlée boom", "utf-8+cp1252")


def test_utf8_cyrillic_and_greek_with_a_stray_byte_keep_their_letters():
    # user16: the pairs above are no evidence of UTF-8 only when glued to an ASCII letter
    for text in ("Москва заявила, что переговоры продолжатся", "Η Αθήνα απάντησε στην πρόταση"):
        data = text.encode() + b" \x96 " + "ответ".encode()
        assert decode_bytes(data) == (text + " – ответ", "utf-8+cp1252")
