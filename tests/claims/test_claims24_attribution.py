"""claims24 (claims.rules.v28): review17e's findings on claimers in politics and conflict prose, each fix with its other
side (the fixed xfails themselves are plain tests in test_review17e_findings.py)."""

from __future__ import annotations

import pytest


# "says it all" puts nothing forward for its subject; "said it was all over" still reports
@pytest.mark.parametrize("body", ["His face said it all.", "The result says it all about the state of the party."])
def test_says_it_all_is_no_saying(one, body):
    assert one(body).claimer_kind == "author"


def test_said_it_was_all_over_still_reports(one):
    claim = one("He said it was all over.")
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", "He")


# "time" names no source
def test_time_will_tell_names_no_source(one):
    assert one("Only time will tell if the ceasefire can hold.").claimer_kind == "author"


# a passive of telling reports a clause with a subject of its own after it, "that" or not; an infinitive stays a
# directive to the hearer
@pytest.mark.parametrize(
    "body",
    ["Residents were told the water was unsafe to drink.", "Troops have been warned they could face attacks."],
)
def test_a_passive_of_telling_reports_a_clause_without_that(one, body):
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_rule) == ("unnamed", "impersonal-passive")


def test_a_passive_of_announcing_without_that_is_unchanged(one):
    # only the passives whose subject heard it (tell, warn, inform): 'It was announced the plant would close' is
    # claims21's expletive rule, 'The plans were announced they ...' no sentence
    claim = one("The minister was told to resign.")
    assert claim.claim_type == "prescription"


# a "that" clause the parser hangs as a relative clause on the object of the verb's preposition is what is said; a true
# relative clause ("a message that was read out") is not
def test_said_in_a_statement_that_is_the_speakers(one):
    claim = one(
        "The army's spokesman, Brig Gen Ahmed Hassan, said in a statement that the troops had killed five militants."
    )
    assert claim.claimer_kind == "actor"


def test_a_true_relative_clause_on_the_message_is_not_the_content(claims_of):
    claims, _ = claims_of("The minister spoke in a speech that lasted an hour.")
    assert [c.claimer_kind for c in claims] == ["author"]


# "in what X called Y" is a modifier of the main clause, which stays the author's
@pytest.mark.parametrize(
    "body",
    [
        "In what officials called a terrorist attack, a bomb exploded in the market.",
        "In what he described as a turning point, the party voted to leave the coalition.",
    ],
)
def test_in_what_x_called_leaves_the_main_clause_the_authors(claims_of, body):
    claims, _ = claims_of(body)
    assert [c.claimer_kind for c in claims] == ["author"]


def test_what_x_said_as_a_subject_still_reports(one):
    claim = one("He said what the country needed was a new start.")
    assert claim.claimer_kind == "actor"
