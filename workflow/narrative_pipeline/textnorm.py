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
4. remnants of stripped links, an opening bracket with whitespace before it and whitespace or
   the end of the text after it ("faster ( These"), are removed with the space before them; when a
   capitalised word follows, the position is recorded as a sentence break for the parser.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

DROPPED = frozenset("\u00ad\u200b\u2060\ufeff")
OPEN_BRACKETS = frozenset("([")
_RUNS = re.compile(r"\s+|\S+")

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


def _units(raw: str, offset: int) -> list[tuple[str, int, int]]:
    """Split into units (text, raw start, raw end); kind is given by text: ' ' space, '' dropped."""
    units: list[tuple[str, int, int]] = []
    append = units.append
    for match in _RUNS.finditer(raw):
        start, end = match.span()
        run = match.group()
        if run[0].isspace():
            append((" ", start + offset, end + offset))
            continue
        if run.isascii():
            for k, char in enumerate(run):
                append((char, start + k + offset, start + k + 1 + offset))
            continue
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
    return units


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
    whitespace but single spaces, nothing dropped, nothing to compose), no space at either end and no
    opening bracket after a space (a possible link remnant)."""
    return (
        raw.isascii()
        and raw.isprintable()
        and raw == raw.strip()
        and not any(breaker in raw for breaker in _IDENTITY_BREAKERS)
    )


def normalize_text(raw: str) -> str:
    """The normalized text of `raw` (what validation compares a row's `text` with)."""
    return raw if is_normal(raw) else normalize(raw).text
