"""fix64: review63's findings on claims77's page furniture (ANNOTATION: a prescription is what should or must be done;
a claim is a proposition a reader could check, dispute or attribute). A call to the reader is furniture only when it
points at the page or its site, or ends the sentence (`units.page_call`); a line of code needs a sign of code
(`units.code_line`); a caption has no finite verb after its mark (`units.figure_caption`); a writer's closing note says
nothing more and is not on the story's own subject (`discourse.writer_notes`). Every "stays" line here was dropped by
claims77's rules (claims.rules.v108) and kept by the rules before them."""

from __future__ import annotations

import pytest

PROSE = "The council met on Tuesday."


@pytest.mark.parametrize(
    "line",
    [
        # finding 1: calls to act in the world (prescriptions)
        "Join us in the fight against the closure of our hospital.",
        "Join us on Saturday at the town hall to protest against the cuts.",
        "Stay tuned to local radio for evacuation orders.",
        "Learn more about your rights as a tenant before you sign a lease.",
        "Check out the candidates' records before you vote.",
        "Consider donating blood this winter, when stocks run low.",
        "Tell us the truth about the war, Prime Minister.",
        # finding 2: prose that lost the space before a bracket
        "Inflation(CPI) rose to 9% in October.",
        "Covid(19) cases rose by 20% last week.",
        # finding 3: a rank, not a comment
        "# 1 seed Rafael Nadal lost in the first round on Monday.",
        # finding 8: prose after a caption's mark
        "Figure 3: the number of dead rose to 400 in March, the UN said.",
    ],
)
def test_a_call_to_act_in_the_world_and_prose_stay_claims(claims_of, line):
    claims, _ = claims_of(f"{PROSE}\n\n{line}")
    assert len(claims) >= 2, [c.text for c in claims]


@pytest.mark.parametrize(
    "line",
    [
        # finding 1's other side: the page or its makers in the call, or nothing after it
        "Stay tuned.",
        "Learn more.",
        "Join us on Facebook to get the latest updates.",
        "Tell us what you think in the comments.",
        "If it doesn't work and you believe it should be supported, let us know at Parallels Forum.",
        "Check out this video to see how it goes.",
        # findings 2 and 3's other side: code
        "filter(even, [1, 2, 3, 4, 5])",
        "print(result)",
        "# Clear the cache versions of the staticfiles finders and storage",
    ],
)
def test_a_call_on_the_page_and_code_are_no_claims(claims_of, line):
    claims, _ = claims_of(f"{PROSE}\n\n{line}")
    assert [c.text for c in claims] == [PROSE]


def test_an_attributed_prediction_in_a_closing_line_stays(claims_of):
    # finding 5: a second clause after the note
    claims, _ = claims_of(
        f"{PROSE}\n\nJohn Smith is a correspondent who has covered Libya since 2011, and he says the war will end."
    )
    assert any("the war will end" in c.text for c in claims), [c.text for c in claims]


def test_a_closing_line_with_a_relative_clause_stays(claims_of):
    # finding 5: a relative clause with its own event
    claims, _ = claims_of(
        "The newspaper cut a third of its staff this year.\n\nJane Doe is the editor who resigned in protest."
    )
    assert any("resigned in protest" in c.text for c in claims), [c.text for c in claims]


def test_a_closing_line_on_the_storys_own_subject_stays(claims_of):
    # finding 6: the person the report is on, named earlier
    claims, _ = claims_of(
        "Evan Gershkovich was detained in Yekaterinburg in March.\n\nRussia accuses him of spying, which he denies."
        "\n\nEvan Gershkovich is a reporter for the Wall Street Journal."
    )
    assert any(c.text.startswith("Evan Gershkovich is a reporter") for c in claims), [c.text for c in claims]


def test_a_columns_closing_note_is_still_no_claim(claims_of):
    # finding 6's other side: a column's writer is not named in its body
    claims, _ = claims_of(
        "Broadband is now a central part of daily life.\n\nIt has changed how we shop.\n\n"
        "John Smith is the BBC's Libya correspondent."
    )
    assert not any("John Smith" in c.text for c in claims), [c.text for c in claims]


@pytest.mark.xfail(strict=True, reason="finding 4, pre-existing: an '=' in prose splits the clause into a bad unit")
def test_prose_with_an_equals_sign_is_one_claim(claims_of):
    claims, _ = claims_of(f"{PROSE}\n\nGDP = 2.3 trillion dollars, the IMF said.")
    assert [c.text for c in claims][1:] == ["GDP = 2.3 trillion dollars, the IMF said."]


@pytest.mark.parametrize(
    "note",
    [
        # finding 7 (claims80): the note and a line on the same writer that says nothing more
        "Bill Thompson is a regular commentator on Go Digital. He blogs at billt.com.",
        "Jane Smith is a freelance journalist based in Leeds. She lives with her family in Harrogate.",
        "Clark Boyd is technology correspondent for The World. Boyd lives in Boston with his wife.",
    ],
)
def test_a_two_sentence_note_on_the_writer_is_no_claim(claims_of, note):
    claims, _ = claims_of(f"Broadband is now a central part of daily life.\n\nIt has changed how we shop.\n\n{note}")
    assert len(claims) == 2, [c.text for c in claims]


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        # a line that says something of the world: a claim of the writer's
        ("Bill Thompson is a regular commentator on Go Digital. He says the law must change.", "the law must change"),
        ("Bill Thompson is a regular commentator on Go Digital. He thinks broadband will fail.", "broadband will fail"),
        # a past event, another person, a second clause
        ("Jane Smith is a journalist. She was arrested in Minsk in 2021.", "arrested in Minsk"),
        ("Jane Smith is a journalist. Her husband runs a bakery in Leeds.", "runs a bakery"),
        ("Jane Smith is a journalist. She lives in Leeds and the city is growing fast.", "growing fast"),
        # more than the note and two lines: the story's paragraph
        (
            "Jane Smith is a journalist. She lives in Leeds. She writes on farming. She owns a small farm.",
            "owns a small farm",
        ),
    ],
)
def test_a_note_followed_by_a_line_that_says_more_stays(claims_of, note, kept):
    claims, _ = claims_of(f"Broadband is now a central part of daily life.\n\nIt has changed how we shop.\n\n{note}")
    assert any(kept in c.text for c in claims), [c.text for c in claims]


def test_a_columns_note_stays_no_claim_when_its_standfirst_names_the_writer(claims_of):
    # the BBC's columns: the standfirst names the writer, the body speaks in the first person
    claims, _ = claims_of(
        "Bill Thompson thinks it is about time the law changed.\n\nI have argued this for years.\n\n"
        "Bill Thompson is a regular commentator on the BBC World Service programme Go Digital."
    )
    assert not any(c.text.startswith("Bill Thompson is") for c in claims), [c.text for c in claims]


def test_a_note_whose_relative_clause_is_on_another_noun_is_no_claim(claims_of):
    claims, _ = claims_of(
        "Broadband is now a central part of daily life.\n\nIt has changed how we shop.\n\n"
        "Simon Perry is the editor of the Digital Lifestyles website, which covers the impact of technology on media."
    )
    assert not any("Simon Perry" in c.text for c in claims), [c.text for c in claims]
