"""claims68: a reporting verb of `reflexive_state_verbs` ("find") with a reflexive pronoun right after it tells the
subject's situation, no finding the subject puts forward ("the hosts soon found themselves a goal down", "Trump finds
himself mired in criminal cases"): the claim is the author's, or that of a frame of its own. main gave 12 rows of m56
(BBC and web) to the subject; the labels of the same shape (opinion23, the training label files) are the author's or a
later frame's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        "The hosts soon found themselves a goal down.",
        "Now former president Donald Trump finds himself mired in multiple criminal cases.",
        "England find themselves striving to avoid a third successive championship defeat.",
        "12% of those surveyed found themselves unable to swap at all.",
    ],
)
def test_finding_oneself_in_a_situation_is_the_authors(one, body):
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_rule) == ("author", "author-default")


def test_a_frame_of_its_own_still_gives_the_claimer(one):
    claim = one("Anglers could find themselves prosecuted under the plans, a committee of MPs has warned.")
    assert claim.claimer_kind == "actor"
    assert claim.claimer_text == "committee"


# what it leaves alone: "find" with a clause (a finding), another verb with a reflexive pronoun, a reflexive that is no
# word right after the verb
@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        ("The inquiry found that the stewards had acted lawfully.", "inquiry"),
        ("The judge found the stewards had acted lawfully.", "judge"),
    ],
)
def test_a_finding_with_a_clause_still_reports(one, body, claimer):
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_rule, claim.claimer_text) == ("actor", "reporting-verb", claimer)


def test_another_verb_with_a_reflexive_is_left_alone(claims_of):
    claims, _ = claims_of("The coach described himself as a realist.")
    assert [(c.claimer_kind, c.claimer_cue) for c in claims] == [("actor", "described")]


def test_a_quoted_finding_of_oneself_is_the_speakers(one):
    claim = one('"We found ourselves chasing the game," the coach said.')
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", "coach")
