"""claims59 (issue 12, claims.rules.v79): a hedge in a concession does not hedge the claim it is granted against.

"..., although that may continue to irritate his chancellor", "..., though it may come from elsewhere": a clause on
the main verb opened by "although" or "though" (`concessive_markers`) grants a point against the claim; a "may" in it
qualifies that point (`certainty.concession`). Counted on every label set before it was written (silver, the extra
label files, the dev golds, s24; config/eval/README.md, "claims59"): the two units whose only hedge is in such a
clause are labelled unhedged (s9: reported, s24: asserted); none labelled hedged.
"""

from __future__ import annotations

import pytest


def certainty_at(claims_of, body, words):
    """The certainty of the unit whose text holds `words`."""
    c = next(c for c in claims_of(body)[0] if words in c.text)
    return c.certainty, c.certainty_rule, c.text


@pytest.mark.parametrize(
    ("body", "words", "expected"),
    [
        # s24, labelled asserted
        ("Oaxaca is mezcal's home base, though it may come from elsewhere.", "home base", "asserted"),
        # s9, labelled reported
        (
            "The 34-year-old Dutch midfielder is out of contract in the summer and, although his age may count against "
            "him, he feels he can play on for another season.",
            "play on",
            "reported",
        ),
        # s46 (claims-handcheck-s46), labelled asserted
        (
            'And there was an insistence on the importance of the party continuing to operate as "New" Labour - '
            "although that may continue to irritate his chancellor.",
            "insistence",
            "asserted",
        ),
        # made up
        ("The bank will open a new branch in the town, although the date may change.", "new branch", "asserted"),
    ],
)
def test_a_hedge_in_a_concession_does_not_hedge_the_claim(claims_of, body, words, expected):
    certainty, rule, text = certainty_at(claims_of, body, words)
    assert certainty == expected, (text, certainty, rule)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        # the main clause's own hedge still hedges
        ("Although the details are agreed, the deal may still collapse.", "collapse"),
        # a concession that is the unit itself keeps its hedge
        ("Prices rose in March, though analysts said they may fall again soon.", "fall again"),
        # a condition is no concession
        ("If the rules pass, the firm may leave the country.", "leave"),
        # 'though' as an adverb is no marker
        ("The voters, though, might know him better by his first name.", "know him"),
    ],
)
def test_other_hedges_still_hedge(claims_of, body, words):
    certainty, rule, text = certainty_at(claims_of, body, words)
    assert certainty == "hedged", (text, certainty, rule)
