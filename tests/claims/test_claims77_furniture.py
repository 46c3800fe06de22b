"""claims77: a web page's furniture is no claim (ANNOTATION: a claim is a proposition a reader could check, dispute or
attribute; fw77's, op76's, web36's, s9's and s14's labels give these `none`): a call to the reader to act on the page
or its site (`units.reader_call`), a figure's caption (`units.figure_caption`), a line of code (`units.code_line`)
and the note on its writer that closes a column (`discourse.writer_notes`). Their near cases stay claims: advice to
act in the world (an imperative prescription), a speaker's call, a sentence about a figure, prose with an equals
sign, a one-line claim paragraph, a person introduced inside the story."""

from __future__ import annotations

import pytest

PROSE = "The council met on Tuesday."


@pytest.mark.parametrize(
    "line",
    [
        "Learn more at MedCity News.",
        "Learn more about our programs",
        "Let us know down below in the comments or carry the discussion over to our Twitter or Facebook.",
        "Join our GaijinPot Study Facebook group to connect with fellow learners",
        "If you need the higher resolution pictures, please contact us beforehand.",
        "Please consider supporting the work of the Python Software Foundation.",
        "Check out our public reports and financials",
        # fix64: in place of "Sign up here." (the old rules dropped it already, as a fragment); the old rules kept this
        "Sign up for our newsletter to get the latest news.",
    ],
)
def test_a_call_to_the_reader_is_no_claim(claims_of, line):
    claims, _ = claims_of(f"{PROSE}\n\n{line}")
    assert [c.text for c in claims] == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        # advice to act in the world: an imperative prescription in a guide or an opinion piece
        "Contact your local nursery or garden center for treating the pest.",
        "Learn to spot the signs of a stroke before it is too late.",
        "Join the queue early if you want a ticket.",
        "Stop pretending that the market will fix this.",
        # a speaker's call, in quotation marks
        '"Join us in building a fairer country," Mr Brown said.',
        # the author's own account, not a call
        "We check out of the hotel at noon.",
    ],
)
def test_advice_and_a_speakers_call_stay_claims(claims_of, line):
    claims, _ = claims_of(f"{PROSE}\n\n{line}")
    assert len(claims) == 2, [c.text for c in claims]


@pytest.mark.parametrize(
    "line",
    # fix64: the second in place of "Table 2: Results of the survey by region." (the old rules dropped it already, as a
    # fragment); the old rules kept this one
    ["Figure 6: Changing Font Size of Axis Titles.", "Table 2: Comparing the death toll by region, 2011-2014."],
)
def test_a_caption_is_no_claim(claims_of, line):
    claims, _ = claims_of(f"{PROSE}\n\n{line}")
    assert [c.text for c in claims] == [PROSE]


def test_a_sentence_about_a_figure_stays_a_claim(claims_of):
    claims, _ = claims_of(f"{PROSE}\n\nFigure 2 shows that sales fell by a third in 2004.")
    assert len(claims) == 2, [c.text for c in claims]


@pytest.mark.parametrize(
    "line",
    [
        "# Clear the cache versions of the staticfiles finders and storage",
        "anchors = g.find_all('a')",
        "timeout = 600",
        "self.assertTrue(total and not failed, results.text)",
    ],
)
def test_a_line_of_code_is_no_claim(claims_of, line):
    claims, _ = claims_of(f"{PROSE}\n\n{line}")
    assert [c.text for c in claims] == [PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "The result = a loss of 3,000 jobs, the union said.",
        "Apple (NASDAQ: AAPL) shares rose 3% on Friday.",
    ],
)
def test_prose_with_code_marks_stays_a_claim(claims_of, line):
    claims, _ = claims_of(f"{PROSE}\n\n{line}")
    assert len(claims) == 2, [c.text for c in claims]


COLUMN = "Broadband is now a central part of daily life for millions of people.\n\nIt has changed how we shop."


@pytest.mark.parametrize(
    "note",
    [
        "Bill Thompson is a regular commentator on the BBC World Service programme Go Digital.",
        "Clark Boyd is technology correspondent for The World, a BBC World Service and WGBH-Boston co-production",
    ],
)
def test_a_columns_closing_note_on_its_writer_is_no_claim(claims_of, note):
    claims, _ = claims_of(f"{COLUMN}\n\n{note}")
    assert len(claims) == 2, [c.text for c in claims]


@pytest.mark.parametrize(
    "note",
    [
        # inside the story: more follows
        "Bill Thompson is a regular commentator on the BBC World Service programme Go Digital.\n\nHe lives in Cambridge.",
        # a titled name: a person the report is about
        "Mr Forsyth is the editor of the Evening Post.",
        # another role
        "Turkmenistan is the second-largest gas producer in the world.",
        # a one-line claim paragraph closing a report
        "Jane Smith was appointed editor of the paper in 2003.",
    ],
)
def test_a_closing_line_that_is_no_note_on_the_writer_stays_a_claim(claims_of, note):
    claims, _ = claims_of(f"{COLUMN}\n\n{note}")
    assert len(claims) > 2, [c.text for c in claims]
