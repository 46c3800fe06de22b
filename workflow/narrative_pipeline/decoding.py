"""Decoding archived bytes into text: byte-order marks, UTF-8 (with a few stray cp1252 bytes: label
`utf-8+cp1252`), Western single-byte archives, and detection for everything else. Ingest decodes
with it and validation decodes again with it, so both see exactly the same text."""

from __future__ import annotations

import codecs
import hashlib
import unicodedata
from pathlib import Path

_BOMS: list[tuple[bytes, str, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
]
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "mac_roman", "cp850", "cp437", "ascii"}
_CONTROL_OK = set("\t\n\r\f\v\x1b")


class DecodeError(ValueError):
    """The bytes are not text this pipeline can read."""


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data:
        return True
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and chr(b) not in _CONTROL_OK)
    return controls > max(8, len(sample) // 100)


def _western(data: bytes) -> tuple[str, str]:
    """Decode a single-byte Western text: cp1252 when it uses 0x80-0x9F, else ISO-8859-1. The five bytes cp1252
    leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are read as the C1 controls they are in Latin-1, as WHATWG's
    windows-1252 reads them: of the two candidates, the cleaner one (fix84; it read the whole file as Latin-1 before,
    every "’", "“" and "€" of it a control character, for one stray byte)."""
    if any(0x80 <= b <= 0x9F for b in data):
        return _strays_as_single_bytes(data.decode("cp1252", errors="surrogateescape")), "cp1252"
    return data.decode("latin-1"), "iso-8859-1"


def western_text(data: bytes) -> tuple[str, str] | None:
    """The bytes as a Western single-byte text (cp1252 or ISO-8859-1) when that gives mostly Latin
    letters, else None: detectors guess other code pages (cp852, ...) for short Western texts."""
    western, label = _western(data)
    letters = [c for c in western if c.isalpha()]
    if letters and sum(1 for c in letters if not c.isascii()) <= 0.3 * len(letters):
        return western, label
    return None


# cp1252 (Western) and cp1250 (Central European) give the same characters for ASCII and most of 0x80-0xFF, and differ
# on 47 bytes: where one has a letter the other often has a symbol ("Wałęsa" in cp1250 reads "Wa³êsa" as cp1252; "£5m"
# in cp1252 reads "Ł5m" as cp1250; "każdy" reads "ka¿dy"). With no charset named, a detector guesses between them from
# a short text's few such bytes and a Western reading takes every Latin-looking text for cp1252: the reading whose
# characters fit words better is taken (`cleaner_reading`, fix87).
LATIN_READINGS = ("cp1252", "cp1250")
TIE_READING = "cp1252"
"""The reading a tie of letter for letter between `LATIN_READINGS` takes when the text declares no language
(`cleaner_reading`): the HTML Standard's default code page for an undeclared page in "all other locales" and the one
the pipeline's language, English, is written in; the differing letters of such a tie are Western names' in English
news ("São", "João", "Ångström") far more often than Romanian or Hungarian ones ("Săo", "ő"), and a text in those
languages is no English text to analyse."""
_CASED = frozenset({"Lu", "Ll", "Lt"})
# what never stands between two letters of a word: symbols, other numbers ("³", "½"), and the punctuation marks that
# are neither dashes, brackets, quotes nor apostrophes ("¿", "¡"); "’" (a final quote), "-", the middle dot of Catalan
# "l·l" and the modifier apostrophe "ʼ" may
_WORD_BREAKING = frozenset({"Sc", "Sk", "Sm", "So", "No", "Po"})
_IN_WORD = frozenset("\u00b7\u02bc")


def single_byte(data: bytes, codec: str) -> str:
    """`data` in a single-byte code page, each byte the code page leaves undefined read as the Latin-1 control
    character it is (as WHATWG reads windows-1252's five)."""
    text = data.decode(codec, errors="surrogateescape")
    return "".join(chr(ord(ch) - 0xDC00) if "\udc80" <= ch <= "\udcff" else ch for ch in text)


def _letter(ch: str) -> bool:
    """A cased letter (Latin, Greek, Cyrillic ...): not "ª", "º" or a modifier mark such as "ˇ"."""
    return unicodedata.category(ch) in _CASED


def word_fit(text: str) -> tuple[int, int]:
    """(misfits, word letters) of a reading's non-ASCII characters, its measure of how well they fit words:
    - a misfit is a character that is no text (`odd_characters`), a character that is not a letter between two
      letters ("Wa³êsa", "ka¿dy"), a letter that touches a digit and no letter ("Ł5m"), or a letter whose case
      breaks its word's (an upper-case letter after a lower-case one, "ŁódŸ"; a lower-case one before an upper-case
      one, "żQué" for Spanish "¿Qué");
    - a word letter is any other letter between two letters ("Łódź", "São"; not one at a word's end, where cp1252's
      superscripts stand: "40m³" is no better read "40mł").
    Characters the two readings share count the same in both, so only the bytes where they differ decide."""
    misfits = letters = 0
    last = len(text) - 1
    for i, ch in enumerate(text):
        if ch.isascii():
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i < last else " "
        if ch == "\ufffd" or (unicodedata.category(ch) in _NO_TEXT_CATEGORIES and ch not in _CONTROL_OK):
            misfits += 1
        elif ch in _IN_WORD:
            continue
        elif not _letter(ch):
            category = unicodedata.category(ch)
            if category[0] == "L":  # "ª", "ˇ", a Han or kana character glued to a Latin letter
                misfits += _letter(before) or _letter(after)
            elif category in _WORD_BREAKING:  # a symbol or a mark inside a word ("Wa³êsa", "ka¿dy")
                misfits += _letter(before) and _letter(after)
        elif not (_letter(before) or _letter(after)):
            misfits += before.isdigit() or after.isdigit()
        elif (ch.isupper() and before.islower()) or (ch.islower() and after.isupper()):
            misfits += 1
        else:
            letters += _letter(before) and _letter(after)
    return misfits, letters


def cleaner_reading(data: bytes, text: str, encoding: str, prefer: str | None = None) -> tuple[str, str]:
    """A guessed reading of a Latin-script text (`text` in `encoding`: cp1252, ISO-8859-1, cp1250 or a detector's
    guess) or one of `LATIN_READINGS`, whichever fits words best (`word_fit`: fewer misfits, then more word letters);
    among equally good ones `prefer` (the code page of the text's declared language, when it names one: a page's
    `lang`) or else `TIE_READING` (fix89; before, the reading given, so a detector's cp1250 guess for a short page
    kept "Săo" for "São"). Deterministic."""
    if data.isascii():
        return text, encoding
    given = "cp1252" if encoding == "iso-8859-1" else encoding

    def rank(reading: str, codec: str) -> tuple[int, int, bool]:
        misfits, letters = word_fit(reading)
        return misfits, -letters, codec != (prefer or TIE_READING)

    chosen, best = (text, encoding), rank(text, given)
    for codec in LATIN_READINGS:
        if codec != given and (ranked := rank(reading := single_byte(data, codec), codec)) < best:
            chosen, best = (reading, codec), ranked
    return chosen


MIXED_UTF8 = "utf-8+cp1252"
# What a reading as `MIXED_UTF8` is called in a row's warnings, after "the export is" / "the page is" / a text's own
MIXED_UTF8_WARNING = "not valid UTF-8 throughout: a few stray bytes among UTF-8 text were read as cp1252"


def mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray single-byte characters (a Windows apostrophe pasted into a UTF-8
    file), each stray byte read as cp1252 (Latin-1 where cp1252 has none), or None. Mostly: the
    bytes hold at least as many valid multi-byte UTF-8 characters (`_plausible` ones) as stray bytes; reading the
    whole file as Latin-1 instead would turn every one of those characters into mojibake ("â€™")."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    multibyte = sum(1 for i, ch in enumerate(text) if ord(ch) > 0x7F and _plausible(text, i))
    if not stray or multibyte < stray:
        return None
    return _strays_as_single_bytes(text)


def utf8_characters_in(data: bytes) -> int:
    """How many valid multi-byte UTF-8 characters (`_plausible` ones) bytes hold that were not read as UTF-8: a file
    with more stray bytes than these is decoded whole as a single-byte code page, so each of them became mojibake
    ("\u00e2\u20ac\u201d" for an em dash); ingest warns of it (review45)."""
    text = data.decode("utf-8", errors="surrogateescape")
    return sum(1 for i, ch in enumerate(text) if ord(ch) > 0x7F and _plausible(text, i))


def _plausible(text: str, i: int) -> bool:
    """Whether the non-ASCII character at i is evidence of UTF-8: not a stray byte, and not a two-byte
    character of another script (U+0250-U+07FF: IPA, Greek, Cyrillic, Hebrew, Arabic) glued to an ASCII
    letter. In Latin-1 text an upper-case accented letter before a cp1252 mark is such a pair: "PERÚ»"
    is "PER" + U+06BB, "CAFÉ’s" is "CAF" + U+0252 + "s" (review15b)."""
    ch = text[i]
    if "\udc80" <= ch <= "\udcff":
        return False
    if not 0x250 <= ord(ch) < 0x800:
        return True
    around = text[max(i - 1, 0) : i] + text[i + 1 : i + 2]
    return not any(c.isascii() and c.isalpha() for c in around)


def doubtful_utf8(text: str) -> bool:
    """Whether valid UTF-8 text holds non-ASCII characters and none of them is evidence of UTF-8 (`_plausible`): a
    cp1252 line that is valid UTF-8 by chance ("CAFÉ’s", bytes C9 92, reads "CAFɒs"; user17)."""
    found = [i for i, ch in enumerate(text) if ord(ch) > 0x7F]
    return bool(found) and not any(_plausible(text, i) for i in found)


def utf8_with_strays(data: bytes) -> str:
    """The bytes as UTF-8, each byte that is not part of a valid UTF-8 character read as cp1252 (Latin-1 where
    cp1252 has none): one line of a file `mostly_utf8` found to be UTF-8 with stray bytes. A line valid as UTF-8
    whose every non-ASCII character is `doubtful_utf8` is read as cp1252 throughout, as the file's other lines
    of single bytes are ("CAFÉ’s", not "CAFɒs"; user17)."""
    text = data.decode("utf-8", errors="surrogateescape")
    if doubtful_utf8(text):
        return _western(data)[0]
    return _strays_as_single_bytes(text)


def _strays_as_single_bytes(text: str) -> str:
    return "".join(_single_byte(ch) if "\udc80" <= ch <= "\udcff" else ch for ch in text)


def _single_byte(ch: str) -> str:
    raw = bytes([ord(ch) - 0xDC00])
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decoded text and the encoding used; a leading BOM is dropped. Raises DecodeError."""
    for bom, name, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(name), label
            except UnicodeDecodeError as exc:
                raise DecodeError(f"starts with a {label} byte-order mark but is not valid {label}: {exc}") from exc
    if _looks_binary(data):
        raise DecodeError("binary content (NUL or control bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = mostly_utf8(data)
    if mixed is not None:
        return mixed, MIXED_UTF8
    western = western_text(data)
    if western is not None:
        return cleaner_reading(data, *western)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("not valid UTF-8 and no other text encoding fits")
    encoding = best.encoding
    if encoding in _WESTERN:
        return cleaner_reading(data, *_western(data))
    return str(best), encoding


# A guessed reading (no charset named, no byte-order mark, not UTF-8) is checked where a check is possible (fix84): a
# character that is no character of any text (U+FFFD, a control character other than the layout ones, an unassigned
# or private-use code point) is what a wrong single-byte reading leaves (cp1252 lacks five of 0x80-0x9F, which
# Latin-1 then reads as controls; a detector's last resort reads bytes it cannot place as U+FFFD). Over this share of
# a text's characters (whitespace not counted) the text is rejected as unreadable; below it, named in a warning.
UNREADABLE_SHARE = 0.2
_NO_TEXT_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})


def odd_characters(text: str) -> int:
    """How many characters of `text` are no character of a text: U+FFFD, control characters but tab, line breaks,
    form feed and escape, unassigned, private-use and surrogate code points."""
    return sum(
        1
        for ch in text
        if ch == "\ufffd" or (unicodedata.category(ch) in _NO_TEXT_CATEGORIES and ch not in _CONTROL_OK)
    )


def guess_check(text: str, encoding: str, dropped: int = 0) -> tuple[str | None, str | None]:
    """What the check of a guessed reading finds: (the reason the text is rejected as unreadable, None) when more than
    `UNREADABLE_SHARE` of its characters are `odd_characters`, (None, a warning naming how many) when some are,
    (None, None) when none is. `dropped`: odd characters of the reading a reader left out of `text` (an HTML parser
    drops control characters), counted as the text's."""
    return guess_verdict(odd_characters(text) + dropped, visible_characters(text) + dropped, encoding)


def visible_characters(text: str) -> int:
    """How many characters of `text` are not whitespace (what `guess_check` counts a share of)."""
    return sum(1 for ch in text if ch not in " \t\n\r\f\v")


def guess_verdict(
    odd: int, total: int, encoding: str, unit: str = "file", whose: str = "its"
) -> tuple[str | None, str | None]:
    """`guess_check`'s finding from its counts: `odd` of `total` characters of a reading in the guessed `encoding`.
    `unit`: what names no charset ("file", "export"); `whose`: whose characters they are ("its", "the row's")."""
    if not odd:
        return None, None
    found = f"{odd} of {whose} {total} characters as control, replacement or unassigned characters"
    if odd > UNREADABLE_SHARE * total:
        return f"unreadable: the {unit} names no charset and the guess, {encoding}, reads {found}", None
    return None, f"read as {encoding}, a guess that reads {found} (bytes it does not read as text)"


def reread(input_dir: Path, source_path: str, sha256: str) -> tuple[str | None, str | None]:
    """The archived file's text decoded again, or why it cannot be: it left input_dir, is missing,
    changed since ingest (sha256), or no longer decodes."""
    path = Path(input_dir) / source_path
    try:
        path.resolve().relative_to(Path(input_dir).resolve())
    except (OSError, ValueError):
        return None, "source_path leaves input_dir"
    if path.is_symlink() or not path.is_file():
        return None, "archived file is missing"
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != sha256:
        return None, "archived file changed: its sha256 no longer matches"
    try:
        return decode_bytes(data)[0], None
    except DecodeError as exc:
        return None, f"archived file no longer decodes: {exc}"
