"""fix70 (session 56, review67 2, 6 a, 6 b, 5; actors.rules.v146).

Finding 2: fix66's `state_act_nouns` kept a state's name wherever an act noun stood in its compounds and in the
nouns' business senses ("a UK pilot scheme", "a US record deal", "a US licensing agreement"). The list is now read at
the compounds' end noun only, and the nouns business copy also says of a market (`state_bare_act_nouns`: deal,
agreement, allegation, pilot) only where the state's name is the end noun's one noun modifier."""

from __future__ import annotations

import pytest

STATE_RULE = "state-name-not-agency"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The firm is running a UK pilot scheme with 200 schools.", "UK"),
        ("The UK bomb disposal team was called.", "UK"),
        ("The band signed a US record deal last year.", "US"),
        ("The film secured a US distribution deal at Cannes.", "US"),
        ("The company reached a US licensing agreement with Sony.", "US"),
        ("The firm's US deal was signed.", "US"),
    ],
)
def test_an_act_noun_inside_the_compounds_or_in_a_business_sense_lets_the_state_go(verdicts, text, surface):
    assert (surface, STATE_RULE) in verdicts(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The group's UK mission statement promises fairness.", "UK"),  # "statement" is an agency noun at the end
        ("The actor faces US sexual assault allegations.", "US"),  # the parser makes "US" an nmod: the rule never reads it
    ],
)
@pytest.mark.xfail(strict=True, reason="kept before fix66 too (review67 2's other two inputs); not this rule's reach")
def test_review67s_other_two_inputs_still_keep_the_state(verdicts, text, surface):
    assert (surface, STATE_RULE) in verdicts(text)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Critics said the UK deal with Libya was a mistake.", "UK"),
        ("The new US deal with Iran was signed.", "US"),
        ("The plan includes UK pension reform.", "UK"),
        ("Congress debated US immigration reform.", "US"),
        ("The UK climate commitment was questioned.", "UK"),
        ("The US combat mission in Iraq ended.", "US"),
    ],
)
def test_a_states_act_at_the_end_of_its_compounds_keeps_the_state(verdicts, text, surface):
    assert all(rule != STATE_RULE for s, rule in verdicts(text) if s == surface)


# Finding 6 b: a registry person's one-word name between another given name and a body's word is a word of the
# body's name ("Thomas Cook Airlines" is no Robin Cook).
@pytest.mark.parametrize(
    ("text", "actor", "body"),
    [
        ("He flew with Thomas Cook Airlines to Spain.", "robin_cook", "Thomas Cook Airlines"),
        ("Thomas Cook Group said it would cut 2,500 jobs.", "robin_cook", "Thomas Cook Group"),
        ("The engineering firm David Brown Group was sold last year.", "gordon_brown", "David Brown Group"),
    ],
)
def test_a_surname_inside_another_given_names_body_links_no_one(mentions, text, actor, body):
    found = mentions(text)
    assert all(a != actor for _, a, _ in found)
    assert body in {t for t, _, _ in found}  # the body's own name is the mention


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Robin Cook said the war was illegal. Mr Cook resigned.", "robin_cook"),
        ("She works for the Gordon Brown Foundation.", "gordon_brown"),  # his own given name: left to other rules
    ],
)
def test_the_persons_own_names_still_link_him(mentions, text, actor):
    assert actor in {a for _, a, _ in mentions(text)}
