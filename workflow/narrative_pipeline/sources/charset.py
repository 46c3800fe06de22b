"""Decode a web page's bytes: a BOM first, then the declared charset, with a fallback when it is wrong.

The declared charset is the HTTP `Content-Type` one (WARC records) or else the page's own
`<meta charset>` / `<meta http-equiv="Content-Type">`. Labels are mapped as browsers map them
(WHATWG: `iso-8859-1` and `ascii` mean windows-1252). A declaration is wrong when the bytes do not
decode with it, or when a single-byte declaration meets bytes that are valid multi-byte UTF-8
(the usual mojibake: `Ã©` for `é`); then UTF-8, then a detected encoding is used, with a warning.
Undeclared or wrongly declared bytes are read as UTF-8 (a few stray bytes among many UTF-8
characters as cp1252: `utf-8+cp1252`), else as a Western single-byte page
(windows-1252, as browsers default to, when that gives mostly Latin letters, as plain texts are
read), else in the encoding charset-normalizer detects. A cp1252 or cp1250 reading, or a detector's guess for a
Latin-script page, gives way to whichever of the two fits words better (`decoding.cleaner_reading`; the page's
`<html lang>` decides a tie; fix87).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..decoding import MIXED_UTF8, MIXED_UTF8_WARNING, cleaner_reading, mostly_utf8, western_text

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# WHATWG encoding labels that differ from Python's codec of the same name.
_WHATWG = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gbk",
    "x-gbk": "gbk",
    "shift-jis": "shift_jis",
    "x-sjis": "shift_jis",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
}
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_:.+-]+)""", re.IGNORECASE)
_SNIFF_BYTES = 4096


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...]
    guessed: bool = False  # no charset declared (or the declared one failed) and not UTF-8: `decoding.guess_check`


def codec_for(label: str | None) -> str | None:
    """Python codec name for a charset label, or None when the label is unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    key = _WHATWG.get(key, key)
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset label of a `Content-Type` header value, if it has one."""
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a `<meta>` element within its first 4 KiB."""
    match = _META.search(data[:_SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def _is_single_byte(codec: str) -> bool:
    return codecs.lookup(codec).name not in {"utf-8", "utf-16", "utf-32"} and "utf" not in codec


def _utf8_multibyte(data: bytes) -> bool:
    """True when the bytes are valid UTF-8 and hold non-ASCII characters (so not accidental)."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# Code pages a detector may guess for short Western text, where cp1252 (WHATWG's default for an
# undeclared page) is the better reading: DOS and Mac pages, and the Western ones themselves.
_WESTERN_GUESSES = frozenset({"cp437", "cp850", "cp852", "cp858", "cp1252", "iso8859-1", "iso8859-15", "mac-roman"})


def _detected(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    return codec_for(best.encoding) if best is not None else None


# Languages whose pages the HTML Standard's table of default encodings reads as Central European (windows-1250 or
# ISO-8859-2, whose letters cp1250 has): an undeclared page whose `lang` names one of them takes cp1250 over cp1252
# when the two readings fit words equally well (`decoding.cleaner_reading`); any other language cp1252, the table's
# default for "all other locales" (fix87).
CENTRAL_EUROPEAN_LANGUAGES = frozenset({"cs", "hr", "hu", "pl", "sk", "sl"})
_LANG = re.compile(rb"""<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,3})\b""", re.IGNORECASE)


def language_codepage(data: bytes) -> str | None:
    """The single-byte code page the language a page declares (`<html lang>` within its first 4 KiB) is written in
    when no charset is named: cp1250 for a Central European one, cp1252 for any other; None when it declares none."""
    match = _LANG.search(data[:_SNIFF_BYTES])
    if match is None:
        return None
    return "cp1250" if match.group(1).decode("ascii").lower() in CENTRAL_EUROPEAN_LANGUAGES else "cp1252"


def _fallback(data: bytes) -> tuple[str, str]:
    """An undeclared page that is not UTF-8: the detector's code page when it names one of another
    script or region (cp1250 for Polish, cp1251 for Russian), else cp1252 when that reads as mostly
    Latin letters (detectors guess cp852 and the like for short Western pages), else the guess. A cp1252 or cp1250
    reading gives way to the other when that fits words better (`decoding.cleaner_reading`, the page's language
    deciding a tie)."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = mostly_utf8(data)
    if mixed is not None:
        return mixed, MIXED_UTF8
    prefer = language_codepage(data)
    western = western_text(data)
    codec = _detected(data)
    if codec is not None and codecs.lookup(codec).name not in _WESTERN_GUESSES:
        try:
            detected = data.decode(codec)
        except UnicodeDecodeError:
            pass
        else:  # a Latin-script page (its Western reading mostly ASCII letters): the guess against cp1252 and cp1250
            return (detected, codec) if western is None else cleaner_reading(data, detected, codec, prefer)
    if western is not None:
        return cleaner_reading(data, *western, prefer)
    if codec is not None:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
    return data.decode("cp1252", errors="replace"), "cp1252"


def decode_page(data: bytes, http_charset: str | None = None) -> Decoded:
    """Decode page bytes (see the module docstring); never raises."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(codec), codec, ())
            except UnicodeDecodeError:
                break  # a BOM then invalid bytes: fall through to the declared charset
    warnings: list[str] = []
    for source, label in (("HTTP header", http_charset), ("<meta> element", meta_charset(data))):
        if not label:
            continue
        codec = codec_for(label)
        if codec is None:
            warnings.append(f"charset {label!r} declared in the {source} is unknown")
            continue
        if _is_single_byte(codec) and _utf8_multibyte(data):
            warnings.append(f"charset {label!r} declared in the {source} is wrong (the bytes are UTF-8): read as utf-8")
            return Decoded(data.decode("utf-8"), "utf-8", tuple(warnings))
        try:
            return Decoded(data.decode(codec), codec, tuple(warnings))
        except UnicodeDecodeError as exc:
            text, used = _fallback(data)
            warnings.append(f"charset {label!r} declared in the {source} is wrong ({exc.reason}): read as {used}")
            return Decoded(text, used, tuple(warnings), _is_guess(used))
    text, used = _fallback(data)
    if used == MIXED_UTF8:  # the warnings an export's and a plain text's reading get (fix81, review71 13)
        warnings.append(f"the page is {MIXED_UTF8_WARNING}")
    elif used != "utf-8":
        warnings.append(f"the page is not UTF-8 and declares no charset: read as {used}, a guess")
    return Decoded(text, used, tuple(warnings), _is_guess(used))


def _is_guess(used: str) -> bool:
    """Whether `_fallback`'s reading is a guess: not UTF-8, whole or with a few stray bytes."""
    return used not in {"utf-8", MIXED_UTF8}
