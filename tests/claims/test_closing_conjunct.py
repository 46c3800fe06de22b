"""A reporting verb that closes the sentence after a comma, parsed as a conjunct of what it reports
('Road deaths have reached "alarming" levels, a panel of doctors and nurses has warned.': spaCy's
small model hangs "warned" on "reached" as `conj`) frames the clause before it, as when it is parsed
as the root (claims.rules.v14). The sentences are made up for the construction."""

from __future__ import annotations

import pytest
from narrative_pipeline.claims.verbs import closing_conjunct


def _warned(parse, body: str):
    article = parse(body)
    return next(t for s in article.sents for t in s.tokens if t.lower == "warned")


@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        ('Road deaths have reached "alarming" levels, a panel of doctors and nurses has warned.', "panel"),
        ('Bus fares have reached "absurd" levels, a panel of drivers and riders has warned.', "panel"),
    ],
)
def test_a_closing_reporting_conjunct_frames_the_whole_sentence(one, parse, body, claimer):
    verb = _warned(parse, body)
    assert verb.dep == "conj"  # the parse this rule is for
    assert closing_conjunct(verb)
    claim = one(body)
    assert (claim.claimer_kind, claim.certainty, claim.claimer_text) == ("actor", "reported", claimer)


@pytest.mark.parametrize(
    "body",
    [
        "Prices rose in March, and the minister warned.",  # joined by "and": two clauses
        "Prices rose in March, and the minister warned of worse to come.",  # and more after the verb
    ],
)
def test_a_conjunct_joined_by_and_or_followed_by_more_is_no_closing_frame(parse, body):
    verb = _warned(parse, body)
    assert verb.dep == "conj"
    assert not closing_conjunct(verb)


def test_the_clause_before_and_with_the_minister_stays_the_authors(claims_of):
    claims, _ = claims_of("Prices rose in March, and the minister warned.")
    assert claims[0].text == "Prices rose in March" and claims[0].claimer_kind == "author"
