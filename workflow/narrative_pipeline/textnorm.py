"""Text normalization with an exact map back to the archived text.

`normalize(raw)` returns the normalized text and, for every character of it, the `[start, end)`
range of `raw` it came from. The rules are local, so normalizing any slice of `raw` that starts
and ends on kept characters gives the same text as slicing the normalized whole; validation relies
on this to re-derive every row's `text` from its offsets.

Rules, in order:
1. characters are grouped into clusters (a base and the marks that compose with it) and each
   cluster is put in Unicode NFC;
2. soft hyphens, zero-width spaces, word joiners and stray byte-order marks are dropped;
3. every run of whitespace (line breaks, tabs, no-break and other Unicode spaces) becomes one
   space; leading and trailing whitespace is removed;
4. a character reference left in the text ("Jos&#233;", "AT&amp;T", "&pound;5", "&nbsp;": numeric, or named by
   HTML5's list, with its semicolon) is the character it names, from the reference's whole range; one naming a
   space is a space, one naming a dropped or an invalid character is dropped (fix84);
5. an inverted question mark, written or as a reference ("&#191;", "&iquest;"), right after a letter is an
   apostrophe (’): a text saved through a code page that lacked "’" wrote that mark there, inside a word
   ("Blair¿s", "don¿t", the BBC corpus's "America&#191;s"; fix87) or at its end, a plural's possessive or a closing
   quote ("the students¿ union", "'all talk¿ he said"; fix89: "’" is both). Spanish "¿" opens a question after a
   space, a quote or a bracket, never right after a letter: it stays. This rule looks at the character before the
   mark, so a slice that starts on the mark itself (not on a word's edge) reads it "¿";
6. remnants of stripped links, an opening bracket with whitespace before it and whitespace or
   the end of the text after it ("faster ( These"), are removed with the space before them; when a
   capitalised word follows, the position is recorded as a sentence break for the parser;
7. a web page's footnote or edit marker glued to the word or the mark before it ("Hinton.[1]", "elected.[12][13]",
   "2010[3]", "References[edit]", "hut[src]") is dropped (fix92): spaCy's tokenizer kept it with the word or the
   period ("Hinton.[1" and "]"), so the name was missed and the sentence not cut, and split off as a token it was
   read as a noun ("[12][13] Smith" a name). A marker is a bracketed number of one to three digits, "edit" or "src",
   inside a run without whitespace but not at its start, and followed by the run's end, another marker or a
   closing mark (not ")" or another bracket: a code index, "argv[1])", "anchors[0]['href']", stays). The rule looks
   at the run around the marker alone.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from dataclasses import dataclass
from html.entities import html5

DROPPED = frozenset("\u00ad\u200b\u2060\ufeff")
OPEN_BRACKETS = frozenset("([")
LOST_APOSTROPHE = "\u00bf"
"""The inverted question mark a code page without "’" wrote for it inside a word or at its end (rule 5)."""
NORMAL_TEXTS_KEPT = 1024  # texts `normalize_text` keeps the normalized text of, the last ones asked (speed62)
_RUNS = re.compile(r"\s+|\S+")
REFERENCE = re.compile(r"&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});")
"""A character reference as HTML writes one: numeric (decimal or hexadecimal) or named, with its semicolon."""

# the marks a line of prose ends with (a heading, a menu item or a caption has none)
TERMINAL = tuple(".!?:;\"'”’»)")


@dataclass(frozen=True)
class Normalized:
    """Normalized text plus, per character, the raw range it came from (offsets included)."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    breaks: frozenset[int]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw `[start, end)` of the normalized characters `[start, end)` (end > start)."""
        return self.starts[start], self.ends[end - 1]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _joins(cluster: str, char: str) -> bool:
    """Whether `char` belongs to the cluster before it under NFC."""
    if unicodedata.combining(char):
        return True
    return _nfc(cluster + char) != _nfc(cluster) + _nfc(char)


def decode_reference(reference: str) -> str | None:
    """The text a character reference (`REFERENCE`) names, None for a name HTML5 does not know ("&foo;"). A numeric
    reference is read as HTML reads it (a code 128-159 is cp1252's character; an invalid one is U+FFFD or nothing)."""
    if reference[1] == "#":
        return html.unescape(reference)
    return html5.get(reference[1:])


def decode_references(text: str) -> str:
    """`text` with every character reference it holds decoded (`decode_reference`; unknown names left as written)."""
    if "&" not in text:
        return text
    return REFERENCE.sub(lambda m: decode_reference(m.group()) or ("" if m.group()[1] == "#" else m.group()), text)


def _reference_unit(reference: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The unit a character reference at raw `[start, end)` makes: the text it names in NFC, a space for a space, ''
    for a dropped or an invalid character; None for a name HTML5 does not know (its characters are read as text)."""
    decoded = decode_reference(reference)
    if decoded is None:
        return None
    if decoded.isspace():
        return (" ", start, end)
    if all(char in DROPPED for char in decoded):
        return ("", start, end)
    return (_nfc(decoded), start, end)


def _units(raw: str, offset: int) -> list[tuple[str, int, int]]:
    """Split into units (text, raw start, raw end); kind is given by text: ' ' space, '' dropped."""
    units: list[tuple[str, int, int]] = []
    for match in _RUNS.finditer(raw):
        start, end = match.span()
        if raw[start].isspace():
            units.append((" ", start + offset, end + offset))
        elif "[" in match.group() and FOOTNOTE.search(raw, start + 1, end) is not None:
            _marked_run_units(raw, start, end, offset, units)
        elif "&" in match.group():
            _referenced_run_units(raw, start, end, offset, units)
        else:
            _run_units(raw, start, end, offset, units)
    return _lost_apostrophes(units) if LOST_APOSTROPHE in raw or "&" in raw else units


_MARK = r"\[(?:[0-9]{1,3}|edit|src)\]"
FOOTNOTE = re.compile(rf"(?<=[^\s\[]){_MARK}(?=$|\s|{_MARK}|[.,;:!?|\"'\u201d\u2019])")
"""A footnote or edit marker glued to the word or the mark before it (rule 7)."""


def _lost_apostrophes(units: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """`units` with each "¿" unit right after a letter read as an apostrophe (’), its raw range kept (rule 5)."""
    out = list(units)
    for k in range(1, len(units)):
        if units[k][0] == LOST_APOSTROPHE and units[k - 1][0][-1:].isalpha():
            out[k] = ("\u2019", units[k][1], units[k][2])
    return out


def _referenced_run_units(raw: str, start: int, end: int, offset: int, units: list[tuple[str, int, int]]) -> None:
    """`_run_units` of a run that may hold character references: each one a unit of its own (`_reference_unit`)."""
    at = start
    for match in REFERENCE.finditer(raw, start, end):
        unit = _reference_unit(match.group(), match.start() + offset, match.end() + offset)
        if unit is None:
            continue
        if match.start() > at:
            _run_units(raw, at, match.start(), offset, units)
        units.append(unit)  # a space next to another is merged with it by `_collapse`
        at = match.end()
    if end > at:
        _run_units(raw, at, end, offset, units)


def _marked_run_units(raw: str, start: int, end: int, offset: int, units: list[tuple[str, int, int]]) -> None:
    """The units of a run without whitespace that holds footnote markers (rule 7): each marker one dropped unit, the
    text between them as any run's."""
    at = start
    for match in FOOTNOTE.finditer(raw, start + 1, end):
        if match.start() > at:
            _text_units(raw, at, match.start(), offset, units)
        units.append(("", match.start() + offset, match.end() + offset))
        at = match.end()
    if end > at:
        _text_units(raw, at, end, offset, units)


def _text_units(raw: str, start: int, end: int, offset: int, units: list[tuple[str, int, int]]) -> None:
    """The units of part of a run without whitespace, its character references read (rule 4)."""
    if "&" in raw[start:end]:
        _referenced_run_units(raw, start, end, offset, units)
    else:
        _run_units(raw, start, end, offset, units)


def _run_units(raw: str, start: int, end: int, offset: int, units: list[tuple[str, int, int]]) -> None:
    """The units of `raw[start:end]`, a run without whitespace, appended to `units`."""
    append = units.append
    run = raw[start:end]
    if run.isascii():
        for k, char in enumerate(run):
            append((char, start + k + offset, start + k + 1 + offset))
        return
    i = start
    while i < end:
        char = raw[i]
        if char in DROPPED:
            append(("", i + offset, i + 1 + offset))
            i += 1
            continue
        j = i + 1
        while j < end and not raw[j].isascii() and raw[j] not in DROPPED and _joins(raw[i:j], raw[j]):
            j += 1
        append((_nfc(raw[i:j]), i + offset, j + offset))
        i = j


def _collapse(units: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Merge whitespace runs (dropped characters are transparent) and strip the ends."""
    out: list[tuple[str, int, int]] = []
    for unit in units:
        text = unit[0]
        if text == "":
            continue
        if text == " ":
            if out and out[-1][0] == " ":
                out[-1] = (" ", out[-1][1], unit[2])
            else:
                out.append(unit)
            continue
        out.append(unit)
    while out and out[0][0] == " ":
        out.pop(0)
    while out and out[-1][0] == " ":
        out.pop()
    return out


def _drop_remnants(units: list[tuple[str, int, int]]) -> tuple[list[tuple[str, int, int]], set[int]]:
    """Remove lone opening brackets; return kept units and indexes (into kept) of sentence breaks."""
    kept: list[tuple[str, int, int]] = []
    breaks: set[int] = set()
    n = len(units)
    for k, unit in enumerate(units):
        if unit[0] in OPEN_BRACKETS:
            before_ok = k > 0 and units[k - 1][0] == " "
            after_ok = k == n - 1 or units[k + 1][0] == " "
            if before_ok and after_ok:
                if kept and kept[-1][0] == " ":
                    kept.pop()
                if k + 2 < n and units[k + 2][0][:1].isupper():
                    breaks.add(len(kept) + 1)
                continue
        kept.append(unit)
    return kept, breaks


def normalize(raw: str, offset: int = 0) -> Normalized:
    """Normalize `raw`; offsets in the result are `offset` plus positions in `raw`."""
    if is_normal(raw):  # most paragraphs: the same text, each character from itself (a third of the time)
        n = len(raw)
        return Normalized(raw, tuple(range(offset, offset + n)), tuple(range(offset + 1, offset + n + 1)), frozenset())
    return _normalized(raw, offset)


def _normalized(raw: str, offset: int) -> Normalized:
    """`normalize` by the rules, character by character."""
    units, breaks_at = _drop_remnants(_collapse(_units(raw, offset)))
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    break_positions: set[int] = set()
    position = 0
    for k, (text, start, end) in enumerate(units):
        if k in breaks_at:
            break_positions.add(position)
        texts.append(text)
        starts.extend([start] * len(text))
        ends.extend([end] * len(text))
        position += len(text)
    return Normalized("".join(texts), tuple(starts), tuple(ends), frozenset(break_positions))


_IDENTITY_BREAKERS = (" (", " [", "  ")


def is_normal(raw: str) -> bool:
    """Whether normalizing `raw` leaves it as it is, decided without normalizing: printable ASCII (no
    whitespace but single spaces, nothing dropped, nothing to compose), no space at either end, no
    opening bracket after a space (a possible link remnant), no character reference and no footnote marker."""
    return (
        raw.isascii()
        and ("&" not in raw or REFERENCE.search(raw) is None)
        and raw.isprintable()
        and raw == raw.strip()
        and not any(breaker in raw for breaker in _IDENTITY_BREAKERS)
        and ("[" not in raw or FOOTNOTE.search(raw) is None)
    )


def normalize_text(raw: str) -> str:
    """The normalized text of `raw` (what validation compares a row's `text` with)."""
    return raw if is_normal(raw) else _normal_text(raw)


@functools.lru_cache(maxsize=NORMAL_TEXTS_KEPT)
def _normal_text(raw: str) -> str:
    """`normalize(raw).text` of a text `is_normal` does not pass: the same units joined, without the offsets of every
    character `Normalized` keeps, and kept for the same span's text checked again (a mention's, its claim's, its
    statement's; speed62)."""
    units, _ = _drop_remnants(_collapse(_units(raw, 0)))
    return "".join(text for text, _, _ in units)
