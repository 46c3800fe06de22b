"""claims44: a line of a web page that is a paragraph of its own and names a topic without asserting it (a section
heading, a list's title, a standfirst's topic line) is no claim (`units.is_heading_line`; web36's and s24's labels
give such lines `none`); instructions, finite lines, sentences and list items stay claims. And 'let us' with an action of its
own is the imperative's call to act (`type.proposal`), not a frame ('Let us never forget that ...')."""

from __future__ import annotations

import pytest

PROSE = "The council met on Tuesday."


@pytest.mark.parametrize(
    "line",
    [
        "Breaking Down Barriers",
        "63 Fascinating Facts Every Kid Should Know",
        "Reproducible builds using pip-tools",
        "Predicting climate change",
        "How to care for hydrangeas in vases",
    ],
)
def test_a_heading_line_is_no_claim(claims_of, line):
    claims, _ = claims_of(f"{line}\n\n{PROSE}")
    assert [c.text for c in claims] == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        # an instruction without its full stop
        "Add the chopped onions and fry till light brown",
        # a finite clause
        "Freedom fighters replace colonial leaders",
        # a closing mark: a sentence
        "Predicting climate change is hard.",
        # a sentence broken off before a line of code: a comma after its opening phrase
        "Within the conda environment, simply running",
        # a list item
        "- Upgrading security at nuclear arms stores as a temporary measure",
    ],
)
def test_a_line_that_puts_something_forward_stays_a_claim(claims_of, line):
    claims, _ = claims_of(f"{line}\n\n{PROSE}")
    assert len(claims) == 2, [c.text for c in claims]


@pytest.mark.parametrize(
    "body",
    [
        "First, let's install the requirements.",
        # claims77: "Let us know how it went for you in the comment section of this article." is now a call to the
        # reader, no claim (test_claims77_furniture.py)
        "Let us try the new recipe this weekend.",
        "Let's not enter a race to the bottom.",
    ],
)
def test_let_us_with_an_action_is_an_imperative(claims_of, body):
    claims, _ = claims_of(body)
    assert (claims[-1].claim_type, claims[-1].type_rule) == ("prescription", "imperative")


@pytest.mark.parametrize(
    "body",
    [
        "Let us never forget that he was in government when unemployment rose.",
        "Let us be clear - such obsession is rare.",
        "He hasn't let us down.",
    ],
)
def test_let_us_framing_what_follows_is_no_imperative(claims_of, body):
    claims, _ = claims_of(body)
    assert all(c.type_rule != "imperative" for c in claims)
