"""actors85 (session 54, issue 12): a state's name (its alias or acronym) as the compound modifier of a common noun
that is none of the nouns a state acts through (`agency_nouns`) or makes, owes or runs (`state_owned_nouns`) names a
nationality, a market or a place, not the state (`nationality.state_name_not_agency`): "UK universities", "a US rock
band", "US box office takings". "UK troops", "US officials", "US law", "the US deficit", "UK quarantine list" keep
the state, and so does a name that acts, owns with "'s" or is paired with another."""

from __future__ import annotations

import pytest

RULE = "state-name-not-agency"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Experts are concerned that although UK universities have scaled back teaching, many halls are full.", "UK"),
        ("The book was written by a US historian who lived in Paris.", "US"),
        ("Mogul Wilson is backing a UK rap band from Manchester.", "UK"),
        ("The film's opening week US box office takings were $56m.", "US"),
        ("The gains tracked a surge in US gasoline futures to a record high.", "US"),
        ("UK mobile owners continue to break records with their text messages.", "UK"),
        ("Customers can make free calls to any UK landline in the evenings.", "UK"),
    ],
)
def test_a_states_name_before_a_noun_of_no_agency_is_no_actor(verdicts, text, surface):
    assert (surface, RULE) in verdicts(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("UK troops will stay in Basra until the elections.", "UK"),  # an agency noun
        ("US officials said the talks had failed.", "US"),
        ("The constitution will be incorporated into UK law if there is a yes vote.", "UK"),  # a state's law
        ("Asian states could soon stop funding the US deficit, he warned.", "US"),  # what the state owes
        ("Taxpayers may have to bail out the US agency that protects pension funds.", "US"),  # a body it runs
        ("He was led from the court room by US marshals.", "US"),
        ("Turkey and Poland were added to the UK quarantine list on Thursday.", "UK"),
        ("Blair says UK tsunami aid will soar.", "UK"),  # an agency noun at the end of the compounds
        ("As this is a live US investigation I have no further information.", "US"),
        ("US bankruptcy judge Letitia Clark issued an injunction.", "US"),  # a title before a name
        ("He says the US emphasis on an Axis of Evil is misplaced.", "US"),  # a stance of the state's
        ("These orders will again involve a UK opt-out of parts of the convention.", "UK"),  # a hyphened act
    ],
)
def test_a_states_name_before_a_body_or_an_act_of_the_state_keeps_the_state(verdicts, text, surface):
    assert all(rule != RULE for s, rule in verdicts(text) if s == surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The UK could see similar rates of transmission this winter.", "UK"),  # a subject: no modifier
        ("The deal lifted the UK's share of the market.", "UK"),  # a possessive
        ("The report praised China-UK tourism links.", "UK"),  # a pair of names
    ],
)
def test_a_states_name_that_is_no_compound_modifier_is_left_alone(verdicts, text, surface):
    assert all(rule != RULE for s, rule in verdicts(text) if s == surface)
