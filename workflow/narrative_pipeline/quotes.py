"""Quotation marks: which tokens are quote marks, whether they open or close, what lies inside.

One model for every step that reads quotations:

- double quotes: curly “ ”, guillemets « », PTB-style `` opening and '' (straight, like ") ;
  a straight " or '' opens when no quotation is open and closes when one is;
- single quotes: ‘ opens; ’ closes only a quotation that ‘ opened in the same scan, otherwise it
  is an apostrophe ("the ministers’ plan"); the straight ' is always an apostrophe;
- a double quotation may stay open across sentences and paragraphs (`open_before`/`open_after`);
  a single one ends with the scanned tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .parsed import Tok

OPENING = frozenset({"“", "«", "``"})
CLOSING = frozenset({"”", "»"})
STRAIGHT = frozenset({'"', "''"})
SINGLE_OPENING = "‘"
SINGLE_CLOSING = "’"  # also the apostrophe

Mark = Literal["open", "close"]


def can_open(tok: Tok) -> bool:
    """Whether the token can open a quotation (by its text alone)."""
    return tok.text in OPENING or tok.text in STRAIGHT or tok.text == SINGLE_OPENING


@dataclass(frozen=True)
class QuoteScan:
    """Quote marks of a token sequence and what they enclose."""

    marks: dict[int, Mark]  # token index -> whether the mark opens or closes a quotation
    inside: frozenset[int]  # indexes of tokens inside a quotation (the marks themselves excluded)
    open_after: bool  # a double quotation is still open after the last token

    @property
    def closes(self) -> bool:
        """Whether some mark closes a quotation."""
        return "close" in self.marks.values()


def scan(tokens: list[Tok], open_before: bool = False) -> QuoteScan:
    """Quote marks and quoted tokens, given whether a double quotation was open before."""
    double, single = open_before, False
    marks: dict[int, Mark] = {}
    inside: set[int] = set()
    for tok in tokens:
        text = tok.text
        if text in STRAIGHT:
            marks[tok.i] = "close" if double else "open"
            double = not double
        elif text in OPENING:
            marks[tok.i], double = "open", True
        elif text in CLOSING:
            marks[tok.i], double = "close", False
        elif text == SINGLE_OPENING:
            marks[tok.i], single = "open", True
        elif text == SINGLE_CLOSING and single:
            marks[tok.i], single = "close", False
        elif double or single:
            inside.add(tok.i)
    return QuoteScan(marks, frozenset(inside), double)
