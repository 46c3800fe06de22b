"""claims87 (claims.rules.v119): a hyphen inside a word ("long-running", "well-known") sets no clause off, so a
restrictive relative clause inside a subject that holds one stays in the subject's unit (claims85's comma guard
counted it as a dash)."""

from __future__ import annotations

import re

import pytest

from narrative_pipeline.claims.units import sets_off
from narrative_pipeline.parsed import Tok


@pytest.mark.parametrize(
    "body",
    [
        '"His divorce from Diana and the disappointment the country felt over the long-running row opened up a sense of '
        'disillusionment with the prince," said Ros Coward.',
        '"The issue that we think is the most well-known for this election is choice," he said.',
    ],
)
def test_a_hyphen_inside_a_word_keeps_the_subjects_relative_clause(claims_of, body):
    claims, _ = claims_of(body)
    assert [c.text for c in claims] == [body]


def _toks(text: str) -> list[Tok]:
    """Whitespace- and hyphen-split tokens of `text`, all hung on the first (a flat tree is all `sets_off` reads)."""
    toks: list[Tok] = []
    for match in re.finditer(r"[A-Za-z]+|[^\sA-Za-z]", text):
        at = len(toks)
        toks.append(Tok(at, match.start(), match.end(), match.group(), match.group().lower(), "X", "X", "dep", 0, "",
                        "O", False, 0, match.group().lower()))  # fmt: skip
    for tok in toks[1:]:
        tok.head = toks[0]
        toks[0].children.append(tok)
    toks[0].head = toks[0]
    return toks


@pytest.mark.parametrize(
    ("text", "sets"),
    [
        ("the long-running row", False),  # a hyphen inside a word
        ("the long - running row", True),  # a spaced dash
        ("the row -- over it", True),
        ("the row, over it", True),
        ("the row (over it", True),
    ],
)
def test_only_a_mark_between_words_sets_a_clause_off(text, sets):
    toks = _toks(text)
    marks = [t for t in toks if t.text in {"-", ",", "("}]
    assert any(sets_off(t) for t in marks) is sets
