"""review46: claims55's `made_claim` and `table_rows` and claims54's `inverted_condition` on political and conflict
reporting written for the review (config/eval/README, review46). Each sentence goes through the real parse; each
first test fails on main 7ab58db."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "No claim was made that the ministry had known of the attack.",
        "Claims were not made that the army had fired first.",
    ],
)
def test_a_claim_said_not_to_have_been_made_reports_nothing(claims_of, body):
    """A negated 'claims were made that ...' puts no clause forward: the sentence is the author's, not an unnamed
    report of the clause (on main: unnamed, reported, the clause's event)."""
    claims, _ = claims_of(body)
    assert all(c.claimer_kind != "unnamed" for c in claims), [(c.text, c.claimer_rule) for c in claims]


def test_an_unnegated_claim_made_in_the_passive_is_still_an_unnamed_report(claims_of):
    claims, _ = claims_of("Allegations were made that the militia had executed prisoners near the border.")
    assert [(c.claimer_kind, c.claimer_rule) for c in claims] == [("unnamed", "impersonal-passive")]


def test_a_table_header_the_parser_gives_a_subject_across_cells_is_no_claim(claims_of):
    """'| Region | Killed | Injured |': the parser makes 'Region' the subject of 'Killed', a word of another cell; a
    header of one-word cells states nothing (on main: an event, 'Killed' its cue)."""
    body = (
        "The United Nations published the following figures on Monday.\n\n"
        "| Region | Killed | Injured |\n\n"
        "| Donetsk | 1,204 | 3,310 |\n\n"
        "| Kharkiv | 845 | 2,001 |"
    )
    claims, _ = claims_of(body)
    assert [c.text for c in claims] == ["The United Nations published the following figures on Monday."]


def test_a_table_cell_that_is_a_sentence_still_makes_a_claim(claims_of):
    claims, _ = claims_of("The figures are below.\n\n| Kherson | Russian forces shelled the city centre |")
    assert len(claims) == 2, [c.text for c in claims]


def test_an_inverted_should_the_parser_makes_the_complement_of_said_is_no_prescription(claims_of):
    """'Should the offer be fully accepted, Mr Murray said he expected to pay ...' (BBC, takeover-offer-for-sunderland):
    the condition parsed as the complement of 'said' before it (on main: a prescription, 'Should' its cue)."""
    body = (
        "Should the offer be fully accepted, Mr Murray said he expected to pay a maximum of £1.53m for the remaining "
        "shares."
    )
    claims, _ = claims_of(body)
    assert all(c.claim_type != "prescription" for c in claims), [(c.text, c.type_rule) for c in claims]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Should the talks fail, the army will resume its offensive, the general said.", "prediction"),
        ("The opposition said the government should release political prisoners.", "prescription"),
        ("The UN said all sides should return to the negotiating table, which Moscow rejected.", "prescription"),
    ],
)
def test_other_shoulds_keep_their_types(claims_of, body, expected):
    claims, _ = claims_of(body)
    assert claims[0].claim_type == expected, [(c.text, c.claim_type, c.type_rule) for c in claims]


def test_a_denial_in_a_relative_clause_does_not_make_the_denier_the_claimer(claims_of):
    claims, _ = claims_of("Claims were made that the election was rigged, which the commission denied.")
    rigged = [c for c in claims if "rigged" in c.text]
    assert rigged and all(c.claimer_text != "commission" for c in rigged), [(c.text, c.claimer_text) for c in claims]


def test_a_participle_header_cell_is_no_claim(claims_of):
    claims, _ = claims_of("The figures are below.\n\n| Country | Troops deployed |")
    assert [c.text for c in claims] == ["The figures are below."]


def test_a_habitual_would_under_a_verb_of_inference_is_no_prediction(claims_of):
    claims, _ = claims_of("The testimony showed that guards would beat prisoners every night.")
    assert claims[0].claim_type != "prediction", (claims[0].claim_type, claims[0].type_rule)
