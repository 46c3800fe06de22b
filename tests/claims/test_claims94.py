"""claims94, rebuilt by claims97 (claims.rules.v133): a degree word ('strong', 'huge') on a noun of an amount, a change
or a held view ('strong sales', 'strong opinions') sizes it, no `evaluative-word` assessment; a verb with its
preposition of a ground or source ('stems from', 'points to') with a common noun subject is an explanation under a
name of its own, `grounding-verb`, which the genre signal does not count as the author's judging voice."""

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


@pytest.mark.parametrize(
    "body",
    [
        "The rise in costs stems from a series of mistakes in the research.",
        "The figures point to a slowdown in the housing market.",
        "The QCA said the potential lay in the integrity of the whole diploma.",
        "The future of the console depends on the widespread adoption of the new processor.",
    ],
)
def test_a_ground_or_source_told_by_a_verb_and_its_preposition_is_an_explanation(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("assessment", "grounding-verb"), (claim.type_rule, claim.type_cue)


@pytest.mark.parametrize(
    "body",
    [
        "Mr Smith pointed to the figures in his speech on Monday.",
        "He depends on his family for money.",
        "Three executives pleaded guilty to fraud charges stemming from the investigation.",
        "The assault charge stemmed from April 2004.",
        "Ministers pointed to the fact that consumer spending had been depressed by the mild winter.",
    ],
)
def test_a_person_or_a_modifier_with_such_a_verb_is_no_explanation(one, body):
    claim = one(body)
    assert claim.type_rule != "grounding-verb" or claim.type_cue not in {
        "pointed",
        "depends",
        "stemming",
        "stemmed",
    }, claim


def test_a_ground_or_source_is_not_the_pages_judging_voice():
    """claims94's rule under `verb-assessment` raised one web guide's genre bucket (two 'the accuracy depends on ...'
    units) and the model turned ~16 of its plain author units to assessments: `grounding-verb` is no judging rule."""
    from narrative_pipeline.classify.genre import JUDGING_RULES

    assert "grounding-verb" not in JUDGING_RULES
