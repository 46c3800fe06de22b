"""Quotation marks: which tokens are quote marks, whether they open or close, what lies inside.

One model for every step that reads quotations:

- double quotes: curly “ ”, guillemets « », PTB-style `` opening and '' (straight, like ") ;
  a straight " or '' opens when no quotation is open and closes when one is, except that one
  standing before a word with a space before it opens again: a quoted paragraph that follows a
  quoted paragraph opens with a mark and the one before it never closed (`"... economically.
  "More people ..."`, where an archive lost the paragraph break), and one against the word before it
  with a space or the end after it closes a quotation whose opening mark the archive lost
  (`... from Europe." When he ...`): it opens nothing;
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


# every text that can be a mark (`SINGLE_CLOSING` too: inside an open quotation it is a quoted token only when
# no single one is open, which `scan` works out)
MARK_TEXTS = OPENING | CLOSING | STRAIGHT | {SINGLE_OPENING, SINGLE_CLOSING}


def scan(tokens: list[Tok], open_before: bool = False) -> QuoteScan:
    """Quote marks and quoted tokens, given whether a double quotation was open before.

    Tokens without any mark (most sentences) are answered without the walk: no marks, and every
    token inside when a double quotation was open before (the claims step scans about 40,000 token
    sequences a shard)."""
    if MARK_TEXTS.isdisjoint([tok.text for tok in tokens]):
        return QuoteScan({}, frozenset(tok.i for tok in tokens) if open_before else frozenset(), open_before)
    double, single = open_before, False
    marks: dict[int, Mark] = {}
    inside: set[int] = set()
    for k, tok in enumerate(tokens):
        text = tok.text
        if text in STRAIGHT:
            reopens = double and opens_a_word(tokens, k)
            orphan_close = not double and closes_a_word(tokens, k)
            marks[tok.i] = "close" if (double and not reopens) or orphan_close else "open"
            double = reopens or (not double and not orphan_close)
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


def opens_a_word(tokens: list[Tok], k: int) -> bool:
    """Whether the straight quote mark at position k stands before a word, with a space (or the
    start) before it and none after it: the shape of an opening mark."""
    before = k == 0 or tokens[k - 1].space_after
    return before and not tokens[k].space_after and k + 1 < len(tokens) and tokens[k + 1].text[:1].isalnum()


def closes_a_word(tokens: list[Tok], k: int) -> bool:
    """Whether the straight quote mark at position k stands right after a word or a full stop, with
    a space or nothing (the end of the tokens) after it: the shape of a closing mark."""
    if k == 0 or tokens[k - 1].space_after:
        return False
    return tokens[k].space_after or k + 1 == len(tokens)
