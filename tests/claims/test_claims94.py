"""claims94 (claims.rules.v129): a degree word ('strong', 'huge') on a noun of an amount, a change or a held view
('strong sales', 'strong opinions') sizes it; no `evaluative-word` assessment."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "The company reported strong revenue growth across all its major markets.",
        "Strong sales outside western Europe helped Renault boost its profits by more than 40% in 2004.",
        "The web portal has undergone remarkable change since it was set up in a campus trailer.",
        "Voters have strong opinions about the plan.",
        "The chain saw a huge increase in demand over Christmas.",
    ],
)
def test_a_degree_word_on_an_amount_or_a_view_is_no_verdict(one, body):
    claim = one(body)
    assert claim.type_rule != "evaluative-word", (claim.type_rule, claim.type_cue)
    assert claim.claim_type == "event", (claim.type_rule, claim.type_cue)


def test_a_quoted_view_sized_by_a_degree_word_is_not_typed_by_it(one):
    claim = one('"Everyone has strong opinions about this," he said.')
    assert claim.type_rule != "evaluative-word", (claim.type_rule, claim.type_cue)


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ('"We have a pretty strong legal case here," he added.', "strong"),
        ("Sir Nicholas was a strong defender of the Anglo-Irish Agreement.", "strong"),
        ("It was a huge mistake to sell the club.", "huge"),
        ("The firm made a terrible decision on growth.", "terrible"),
    ],
)
def test_a_degree_word_on_another_noun_still_judges(one, body, cue):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule, claim.type_cue) == ("assessment", "evaluative-word", cue)
