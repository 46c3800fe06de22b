"""fix66 (session 55, review65 1, 2): `state-name-not-agency` (actors85) dropped a state's name before a singular noun
of the state's people, arms or acts that neither `agency_nouns` nor `state_owned_nouns` held ("a US soldier", "US
airstrikes", "the US blockade", "US custody"); `state_act_nouns` keeps the state before one. Politics and conflict
sentences, the everyday shapes of news the corpora barely hold: each must keep the state. A verb the tagger made a
noun with the state as its compound ("Ukraine revisits state sell-offs") takes a direct object: the state is its
subject, kept too. Still dropped: "UK community representatives", "the UK think-tank Demos"."""

from __future__ import annotations

import pytest

RULE = "state-name-not-agency"

KEPT = [
    ("A US soldier was killed in Baghdad on Monday.", "US"),
    ("The US senator said the talks had failed.", "US"),
    ("US airstrikes killed twelve people in the town.", "US"),
    ("The US blockade of Cuba continues.", "US"),
    ("He said there would be no UK apology for the colonial past.", "UK"),
    ("The four Britons freed from US custody arrived home.", "US"),
    ("Gordon Brown set out UK goals for the G8 presidency.", "UK"),
    ("A US commander said the town had been secured.", "US"),
    ("A UK warship was sent to the Gulf.", "UK"),
    ("The US missile struck a house in the village.", "US"),
    ("A US drone was shot down over the border.", "US"),
    ("A US helicopter crashed near the airport.", "US"),
    ("The US siege of the city entered its second week.", "US"),
    ("Iraqi officials welcomed the US pullout from the city.", "US"),
    ("The US indictment accuses him of fraud.", "US"),
    ("Critics said the UK deal with Libya was a mistake.", "UK"),
    ("The US treaty was signed in Geneva.", "US"),
    ("US bombs fell on the town.", "US"),
    ("A US congressman called for an inquiry into the killings.", "US"),
    ("The US consul met the families of the victims.", "US"),
    ("Officials said UK borrowing would rise this year.", "UK"),
    ("Ukraine revisits state sell-offs", "Ukraine"),  # a headline's shape: the tagger makes "revisits" a noun
]


@pytest.mark.parametrize(("text", "surface"), KEPT)
def test_a_states_people_arms_and_acts_keep_the_state(verdicts, text, surface):
    assert all(rule != RULE for s, rule in verdicts(text) if s == surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("He met UK community representatives in Leeds.", "UK"),  # "representative" is left out of the list
        ("The UK think-tank Demos said so.", "UK"),  # "tanks" stays plural-only
        ("The book was written by a US historian who lived in Paris.", "US"),
    ],
)
def test_a_states_name_before_other_nouns_still_goes(verdicts, text, surface):
    assert (surface, RULE) in verdicts(text)
