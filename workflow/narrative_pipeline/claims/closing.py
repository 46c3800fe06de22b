"""Frames that close a sentence: a reporting verb after a comma at the sentence end ('..., the court
has ruled.') and a short clause after a closing quotation mark ('"...," X continues.')."""

from __future__ import annotations

from ..parsed import Tok
from ..quotes import QuoteScan
from ..syntax import subject_of
from .model import Unit

FRAME_DASHES = frozenset({",", "—", "–", "-"})


def final_frame_content(verb: Tok, unit: Unit) -> Tok | None:
    """'..., the court has ruled.': a reporting verb closing the sentence after a comma frames
    everything before it; returns the head of that content."""
    toks = unit.sent.tokens
    if any(t.i > verb.i and t.pos not in {"PUNCT", "SPACE"} for t in toks):
        return None
    subject = subject_of(verb)
    if subject is None:
        return None
    first_subject = min(t.i for t in subject.subtree())
    comma = next((t for t in toks if t.i == first_subject - 1), None)
    if comma is None or comma.text not in FRAME_DASHES:
        return None
    before = [c for c in verb.children if c.i < first_subject and c.pos not in {"PUNCT", "SPACE"}]
    return before[0] if before else None


def quote_frame_subject(unit: Unit, verb: Tok, quotes: QuoteScan) -> Tok | None:
    """'"...," X continues.': the subject of a verb within four tokens of the sentence end and
    at most five after a closing quote, both outside the quotation."""
    toks = unit.sent.tokens
    pos = next((k for k, t in enumerate(toks) if t is verb), None)
    if pos is None or verb.i in quotes.inside or len(toks) - pos > 4:
        return None
    closing = [t.i for t in toks[max(0, pos - 5) : pos] if quotes.marks.get(t.i) == "close"]
    if not quotes.inside or not closing:
        return None
    subject = subject_of(verb)
    # the speaker stands between the quotation and the verb, not before the quotation ('Her links to
    # the order, which means "Work of God", have provoked controversy')
    if subject is None or subject.i in quotes.inside or subject.i < closing[0]:
        return None
    return subject
