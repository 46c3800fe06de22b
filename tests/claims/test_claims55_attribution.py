"""claims55: a claim made in an agentless passive ("Claims were made that ...") reports its that-clause with no
named source (issue 12; web55's kaieteurnewsonline unit). Each sentence goes through the real parse."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "Claims were made that Ramdehol was taking safety precautions and did not want the men close to him.",
        "Allegations have been levelled that the council ignored the warnings about the bridge.",
        "Suggestions were made that the minister had misled parliament.",
    ],
)
def test_a_claim_made_in_an_agentless_passive_is_an_unnamed_report(one, body):
    claim = one(body)
    assert (claim.claimer_kind, claim.certainty, claim.claimer_rule) == ("unnamed", "reported", "impersonal-passive")


@pytest.mark.parametrize(
    "body",
    [
        "The claim was made at the latest hearing in the bankruptcy court in Houston.",  # no clause of its own
        "Claims were made by the family that the police had ignored the warnings.",  # an agent: the family's
        "A decision was made that the school would close.",  # no claim noun: a decision, narrated
    ],
)
def test_near_cases_are_no_unnamed_report(claims_of, body):
    claims, _ = claims_of(body)
    assert all(c.claimer_kind != "unnamed" for c in claims), [(c.text, c.claimer_rule) for c in claims]


def test_a_table_row_of_names_and_addresses_is_no_claim(claims_of):
    """claims55: web50's `none` row of dailymail's list of MPs, and rows like it, were claims (124 on the page)."""
    body = (
        "Below is a list of Conservative MPs you can lobby with our letter.\n\n"
        "| Constituency | Member of Parliament | Email address |\n\n"
        "| Castle Point | Rebecca Harris | rebecca.harris.mp@parliament.uk |\n\n"
        "| Maidenhead | Theresa May | mayt@parliament.uk |\n\n"
        "| Aldershot | Leo Docherty | leo.docherty.mp@parliament.uk |"
    )
    claims, _ = claims_of(body)
    assert [c.text for c in claims] == ["Below is a list of Conservative MPs you can lobby with our letter."]


@pytest.mark.parametrize(
    "row",
    [
        "| 6:00 PM | Leaves town and returns to the trailer to do dishes. |",  # a cell that is a sentence
        "| 2019 | The company said profits rose |",  # a verb with its subject
        "| Regular | I'm eager to move out of the trailer... |",  # a line of dialogue closed by an ellipsis
        "| Card Buy | A fee will apply |",  # a subject and its verb, no full stop (thebalance.com's fee table)
    ],
)
def test_a_table_row_whose_cell_is_a_sentence_keeps_its_claim(claims_of, row):
    claims, _ = claims_of("The schedule is below.\n\n" + row)
    assert len(claims) == 2, [c.text for c in claims]
