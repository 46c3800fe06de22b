"""review21b: claims29 (claims.rules.v32) on conflict sentences. Its two strict xfails fixed in claims.rules.v33
(xfix22), each with its near cases."""

from __future__ import annotations

import pytest


def test_since_with_a_present_perfect_of_its_own_explains(one):
    """review21b (fixed, claims.rules.v33): a 'since' clause whose own verb is a present perfect gives a reason
    (`own_present_perfect`); v32 typed it as a time on the main verb's perfect (default-event)."""
    assert one("Ukraine has been forced to retreat since it has run out of ammunition.").type_rule == "explanation"


@pytest.mark.parametrize(
    "body",
    [
        "Russia has fired thousands of missiles since the war began in February.",
        "The club has won four trophies since he has been in charge.",
        "The city has changed a great deal since she has lived there.",
        "Since the storm has hit, my phone has been ringing off the hook.",
    ],
)
def test_since_of_a_past_or_a_lasting_state_stays_a_time(one, body):
    """Near cases: a past in the 'since' clause, the present perfect of a lasting state ('since he has been in
    charge': `since_state_verbs`), or one on a main verb in the perfect progressive, tells from when."""
    assert one(body).type_rule != "explanation"


def test_a_because_inside_a_since_of_time_explains(one):
    """review21b (fixed, claims.rules.v33): the 'because' inside a 'since' of time explains (`explaining_marker`); v32
    skipped the whole 'since' clause."""
    body = "The strikes have continued since the talks failed because Moscow wants leverage."
    assert one(body).type_rule == "explanation"


def test_a_since_of_time_without_a_reason_inside_stays_a_time(one):
    """Near case: the 'since' of time alone gives no reason."""
    assert one("The strikes have continued since the talks failed in Geneva.").type_rule != "explanation"


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("Since the invasion began, Russia has fired thousands of missiles at Ukrainian cities.", "default-event"),
        ("It may be that Russia is running short of missiles.", "hedged-judgement"),
        ("This could be the start of a wider war.", "hedged-judgement"),
        ("There may be further attacks on the power grid.", "modal-possibility"),
        ("We did not want this war.", "default-event"),
        ("Analysts attributed the retreat to a shortage of shells.", "verb-assessment"),
    ],
)
def test_claims29_on_conflict_sentences(one, body, rule):
    """Probes of the session's type rules on conflict news, all as ANNOTATION.md has them (review21b)."""
    assert one(body).type_rule == rule
