"""claims36: a habitual past "would" (a fronted past time) and "'d read" with a clause of its own."""

from __future__ import annotations

import pytest


def modal_of(parse, lex, body: str) -> str:
    article = parse(body)
    (tok,) = [t for t in article.tokens if t.tag == "MD"]
    return lex.modal_form(tok)


@pytest.mark.parametrize(
    "body",
    [
        "In the past, fans would be left debating the try for days.",
        "Back then you'd hear the song at every party.",
        "In those days we would walk to school.",
        "Whenever a minister got up to speak, they would jeer.",
    ],
)
def test_a_fronted_past_time_makes_would_habitual(parse, lex, body):
    assert modal_of(parse, lex, body) == "used to"


@pytest.mark.parametrize(
    "body",
    [
        "I would say in the past deals have been done too cheaply.",  # after the modal: a hedged frame
        "In the past when I was a top seed I would have played him in the quarters.",  # a counterfactual
        "Then the industry would be forced to abandon its case.",  # 'then' of a consequence
        "Whenever a minister gets up to speak, they would jeer.",  # not in the past tense
        "He said the plan would be reviewed when the new rules came in.",  # a future in the past
        "We'd put one in every room.",
        "He would read the report tomorrow.",
    ],
)
def test_would_stays_would(parse, lex, body):
    assert modal_of(parse, lex, body) == "would"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("He'd read that there were fires in the Amazon.", "had"),
        ("She'd read the book twice.", "would"),  # no clause of its own: the base form's reading stands
    ],
)
def test_read_after_a_contraction(parse, lex, body, kind):
    assert modal_of(parse, lex, body) == kind


@pytest.mark.parametrize(
    ("body", "claim_type"),
    [
        ("In the past, sports fans would be left debating the validity of the try.", "event"),
        ("Back then he would sing it at birthdays.", "event"),
        ("He said the fans would be left debating the validity of the try.", "prediction"),
        ("Then he would sing it at birthdays.", "prediction"),
    ],
)
def test_claim_types(one, body, claim_type):
    assert one(body).claim_type == claim_type
