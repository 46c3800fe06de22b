"""review51 (fresh-eyes review of session 47's round 2, reading actors63's league leaders in `team_cue`): a team noun in
apposition to a name typed it a club whatever the noun, so a person's noun there made a person an organisation
("Stars: Tilda Swinton, Johnny Mills and ...", "Forwards: Nicolas Mas, ...", "its former owner Mihkail
Khodorkovsky", "Robinson, stand-in captain", "Indian screen legend Amitabh Bachchan"; m51: every such row wrong). Now
only the club's own noun (`side_nouns`: side, team, squad, club, ...) in apposition makes a name a club's. Each text
through the real parse (`typed` of tests/actors/conftest.py); the sentences are the runs' or written for the review."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Director: Derek Jarman · Stars: Tilda Swinton, Johnny Mills and Philip MacDonald", "Tilda Swinton"),
        (
            "France team to face Scotland. Forwards: Nicolas Mas, Sylvain Marconnet, Olivier Milloud, William Servat.",
            "Nicolas Mas",
        ),
    ],
    ids=["stars", "forwards"],
)
def test_a_persons_team_noun_in_apposition_leaves_a_person(typed, text, name):
    got = typed(text)
    assert got[name][0] == "person", got


def test_a_clubs_own_noun_in_apposition_still_makes_a_club(typed):
    """Near case: 'his club side, Gloucester': the side is the club (unchanged)."""
    got = typed("Vickery was injured as his club side, Gloucester, beat Bath 17-16 in the West country derby.")
    assert got["Gloucester"][0] == "organisation", got


def test_a_team_noun_after_a_name_still_makes_a_club(typed):
    """Near case: 'Chelsea striker Didier Drogba': the noun after the name (not an apposition) is read as before."""
    got = typed("Chelsea striker Didier Drogba scored twice against Blackburn on Saturday.")
    assert got["Chelsea"][0] == "organisation", got
    assert got["Didier Drogba"][0] == "person", got


@pytest.mark.xfail(
    strict=True,
    reason="review51's audit: a club named by its town alone in a headline-led sport report ('Blackburn have "
    "rejected a third bid from Rangers') is typed a person by spaCy's label; left to actors work",
)
def test_a_club_named_by_its_town_is_no_person(typed):
    got = typed("Blackburn have rejected a third bid from Rangers for Scotland captain Barry Ferguson.")
    assert got["Blackburn"][0] == "organisation", got
