"""review38: claims44's heading lines (`units.is_heading_line`) read on m38: a line whose next paragraph opens with a
small word is a sentence the page broke off, no heading (`discourse.goes_on`): the BBC's "Steven Gerrard's last-gasp
wonder-strike secured qualification for" / "against Olympiakos on Wednesday evening." lost its claim, as did four lines
of a web page that breaks its sentences ("A common problem Mercurial faced with making the code base dual Python 2/3
native" / "was dealing with standard library differences."). Near case: a heading before a paragraph that opens with a
capital, or with a name in small letters and other marks ("pip-tools is one easy way to do this."), is still none."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("Steven Gerrard's last-gasp wonder-strike secured qualification for", "against Olympiakos on Wednesday."),
        ("A common problem Mercurial faced with making the code base dual native", "was dealing with the library."),
    ],
)
def test_a_line_broken_off_a_sentence_stays_a_claim(claims_of, line, rest):
    claims, _ = claims_of(f"{line}\n\n{rest}")
    assert any(c.text.startswith(line.split()[0]) for c in claims), [c.text for c in claims]


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("Reproducible builds using pip-tools", "pip-tools is one easy way to do this."),
        ("Breaking Down Barriers", "The council met on Tuesday."),
    ],
)
def test_near_case_a_heading_before_a_capital_or_a_marked_name_is_no_claim(claims_of, line, rest):
    claims, _ = claims_of(f"{line}\n\n{rest}")
    assert not any(c.text.startswith(line.split()[0]) for c in claims), [c.text for c in claims]
