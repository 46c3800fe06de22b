"""review50 (fresh-eyes review of session 47's round 1): strict xfails of what actors62's `club_possessions` left or
made wrong, each text through the real parse (`typed` of tests/actors/conftest.py); written for the review.

- In sport news a sponsor's boss or chairman is no company cue any more ("Vodafone chairman Lord MacLaurin said the
  shirt deal had paid off": Vodafone typed an organisation, a company on e842a464). None of m49's 131 changed rows is
  a sponsor (all clubs or sport bodies), so the rule stays; a sponsor needs a cue of its own ("deal", "sponsor").
- "Villa boss David O'Leary" after "Aston Villa's Carlton Cole" (spaCy labels "Aston Villa" a person): "Villa" was a
  company of its own (disc.villa), now the surname of the person "Aston Villa" (m49 BBC cole-faces-lengthy-injury).
"""

from __future__ import annotations

import pytest

SPORT = (
    "The striker scored twice as the home side won the match 3-1 to go top of the league, and the keeper kept a "
    "clean sheet in the cup tie. "
)


@pytest.mark.xfail(strict=True, reason="review50: club_possessions takes a sponsor's chairman for a club's (actors62)")
def test_a_sponsors_chairman_in_sport_makes_a_company(typed):
    found = typed(SPORT + "Vodafone chairman Lord MacLaurin said the shirt deal had paid off.")
    assert found["Vodafone"][0] == "company", found


def test_a_clubs_last_word_is_no_surname_of_the_club_typed_a_person(typed):
    found = typed(
        "Aston Villa's Carlton Cole could be out for six weeks with a knee injury. The striker, who is on a "
        'season-long loan from Chelsea, picked up the knock in an England Under-21 match. "Carlton will be out of '
        "action for four to six weeks,\" said Villa boss David O'Leary."
    )
    assert found["Villa"][0] == "organisation", found
