"""fix91 (session 62): review75's claim findings.

Finding 1: a clause split from its sentence keeps the whole sentence's tree, so a type rule reading the root's
coordinated verbs found the other clause's modal ("has been widely expected | and the firm will pay"): the type
rules take only a cue inside the claim's own clause (`claims.type.own_cue`).

Finding 3: an author's noun of praise ("genius", "joy") as what a copula says something is, or at the end of a chain of
prepositional phrases on the root ("peppered with moments of old-school genius"), is an assessment's cue
(`praise_nouns`); a result noun ("a 9-3 triumph") and a noun of a verb's object ("brings joy") are not.
"""

from __future__ import annotations

import pytest
from test_classify import article_of, lex  # noqa: F401  (fixtures)


def _claims(article_of, body: str):  # noqa: F811
    _, _, claims, _ = article_of(body)
    return claims


@pytest.mark.parametrize(
    ("body", "first"),
    [
        (
            "The move by Johnson & Johnson has been widely expected and the firm will pay $76 for each Guidant share.",
            "The move by Johnson & Johnson has been widely expected",
        ),
        (
            "Both Scotland and Italy have lost their opening two Six Nations games and this weekend's game could turn "
            "out to be a battle to avoid the wooden spoon.",
            "Both Scotland and Italy have lost their opening two Six Nations games",
        ),
    ],
)
def test_a_split_clause_takes_no_type_cue_from_its_sibling(article_of, body, first):  # noqa: F811
    claims = _claims(article_of, body)
    assert len(claims) >= 2  # the sentence is split
    (claim,) = [c for c in claims if c.text.startswith(first)]
    assert claim.type_cue_start is None or claim.start <= claim.type_cue_start < claim.end
    assert claim.type_rule not in {"modal-future", "modal-possibility", "explanation"}


@pytest.mark.parametrize(
    ("body", "rule"),
    [
        ("The firm said it will pay $76 for each Guidant share.", "modal-future"),
        ("Ministers say the scheme could cost billions.", "modal-possibility"),
    ],
)
def test_a_cue_of_the_claims_own_clause_still_types_it(article_of, body, rule):  # noqa: F811
    (claim,) = _claims(article_of, body)
    assert claim.type_rule == rule
    assert claim.start <= claim.type_cue_start < claim.end


@pytest.mark.parametrize(
    "body",
    [
        "The shoot-anything-that-moves gameplay is peppered with moments of old-school genius.",
        "Doling out justice is a joy thanks to ultra responsive controls.",
    ],
)
def test_an_authors_noun_of_praise_is_an_assessment(article_of, body):  # noqa: F811
    (claim,) = _claims(article_of, body)
    assert (claim.type_rule, claim.claim_type) == ("evaluative-word", "assessment")


@pytest.mark.parametrize(
    "body",
    [
        "The Kiwis shocked the rugby world with a 9-3 triumph in Wellington.",
        "Lampard's spot-kick was saved to the delight of the fans.",
        "The film was peppered with moments of genius, the critic said.",
    ],
)
def test_no_praise_in_a_result_noun_or_anothers_words(article_of, body):  # noqa: F811
    assert all(c.type_rule != "evaluative-word" for c in _claims(article_of, body))
