"""fix63 (issue 12, review62 of actors82): a capital's minister; "the then prime minister"; a dated page's holder.

1. review62 4: `city_office_words` "transport" and "housing" as the compound of a role noun made a state's minister the
   city's ("Tehran's transport minister" -> no actor): only `city_office_compounds` (police, council, mayor) make a
   role noun the city's office; the bare city office words ("Khartoum's governor") still do.
"""

from __future__ import annotations

import pytest

# 1. a capital's possessive minister


@pytest.mark.parametrize(
    "text, capital, state",
    [
        ("Tehran's transport minister said flights would resume.", "Tehran", "state_irn"),
        ("Moscow's transport minister said the new line would open.", "Moscow", "state_rus"),
        ("Tehran's housing minister said prices would fall.", "Tehran", "state_irn"),
        ("Paris's housing minister announced new rent controls.", "Paris", "state_fra"),
        ("Washington's transport secretary announced new rules for airlines.", "Washington", "state_usa"),
    ],
)
def test_a_capitals_transport_or_housing_minister_is_the_states(linked, text, capital, state):
    assert (capital, state) in linked(text)


@pytest.mark.parametrize(
    "text, capital",
    [
        ("Khartoum's governor said the city would reopen schools.", "Khartoum"),
        ("London's most senior police officer has said terrorists could strike.", "London"),
        ("Kabul's police chief said the attack was carried out by the Taliban.", "Kabul"),
        ("Moscow's council leader resigned.", "Moscow"),
    ],
)
def test_a_capitals_police_council_or_bare_city_office_stays_the_citys(mentions, text, capital):
    assert not any(surface == capital for surface, _, _ in mentions(text))
