"""review36: review35's and narr35's narratives rules read on the BBC corpus (config/eval/README.md "review36")."""

from __future__ import annotations

from narratives_support import agents_of


def test_a_pronoun_is_not_the_subjects_owner_when_the_clause_names_another_it_fits(statements):
    """BBC (Jackson trial): "Jackson's defence questioned Ms Kite's credibility, pointing that she worked for the
    singer's team": review35 let a pronoun stand for its governing clause's subject's owner (Jackson), though the
    clause names Ms Kite too, whom "she" means; the same with a by-agent ("Wayne Carlisle's cross was met by Scott
    and he blasted the ball home")."""
    found = statements(
        "Jackson's defence questioned Ms Kite's credibility, pointing that she worked for the singer's team for less "
        "than a week before being fired."
    )
    assert "disc.jackson" not in agents_of(found, "worked")
    found = statements("Wayne Carlisle's cross was met by Mr Scott and he blasted the ball home.")
    assert "disc.wayne_carlisle" not in agents_of(found, "blasted")


def test_near_case_the_subjects_owner_alone_is_the_pronouns(statements):
    found = statements("Rooney's big moment almost arrived as he raced clean through.")
    assert agents_of(found, "raced") == ["disc.rooney"]
    found = statements("Mr Blunkett's conduct is being looked at to establish whether he abused his position.")
    assert agents_of(found, "abused") == ["david_blunkett"]
