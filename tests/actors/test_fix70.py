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
        ("The actor faces US sexual assault allegations.", "US"),  # the parser makes "US" an nmod
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


# Finding 6 a: a lead "X's prime minister has ... <Name> said" gave no one: `lead_titles` left out every phrase with an
# office modifier ("prime", "first") as it leaves out "former" / "deputy" ones; "prime minister" is the office itself.
LEAD = "{state}'s {office} has called for calm. {name} said the country must unite."


@pytest.mark.parametrize(
    ("state", "office", "name", "actor"),
    [
        ("Israel", "prime minister", "Ariel Sharon", "ariel_sharon"),
        ("Britain", "prime minister", "Tony Blair", "tony_blair"),
        ("India", "prime minister", "Manmohan Singh", "manmohan_singh"),
        ("Sri Lanka", "prime minister", "Mahinda Rajapakse", "disc.mahinda_rajapakse"),
        ("Ukraine", "prime minister", "Yulia Tymoshenko", "disc.yulia_tymoshenko"),
        ("Scotland", "first minister", "Jack McConnell", "jack_mcconnell"),
    ],
)
def test_a_leads_prime_minister_is_the_person_named_next(described, state, office, name, actor):
    assert described(LEAD.format(state=state, office=office, name=name)).get(office) == (actor, "role-title")


@pytest.mark.parametrize(
    ("office", "name"),
    [
        ("deputy prime minister", "Shimon Peres"),  # a role modifier still gives no phrase, as before
        ("former prime minister", "Shimon Peres"),
        ("prime minister", "Jack Straw"),  # another state's registry person answers the lead
        ("prime minister", "Human rights lawyer Shirin Ebadi"),  # introduced with another role
    ],
)
def test_a_lead_with_a_role_modifier_or_anothers_answer_gives_no_one(described, office, name):
    found = described(LEAD.format(state="Israel", office=office, name=name))
    assert not any(k.endswith("minister") for k in found)


def test_a_dated_leads_prime_minister_is_the_holder_not_a_reactor(described):
    from datetime import date

    text = LEAD.format(state="Israel", office="prime minister", name="Shimon Peres")
    assert described(text, published=date(2005, 3, 1))["prime minister"] == ("ariel_sharon", "dated-office")


# "Tánaiste" (Ireland's deputy prime minister) is a title: kept out of the name ("Tanaiste Leo Varadkar" was one
# discovered name) and a role noun that refers back to its holder, with or without its accent.
@pytest.mark.parametrize("title", ["Tanaiste", "Tánaiste"])
def test_tanaiste_is_a_title(described, mentions, title):
    text = (
        f"Last night {title} Leo Varadkar made a strong claim on RTE. The {title} said the plan was a circuit breaker."
    )
    assert (title + " Leo Varadkar") not in {t for t, _, _ in mentions(text)}
    assert ("Leo Varadkar", "leo_varadkar") in {(t, a) for t, a, _ in mentions(text)}
    assert described(text)[title] == ("leo_varadkar", "role-title")


# Finding 5 (actors87's known cost): a given-name name every mention of which is a part played or a work (or a
# modifier of a noun) keeps the type the page's other evidence gave it; a person's own mentions still make a person.
@pytest.mark.parametrize(
    "text",
    [
        "Clive Owen's nomination has led a bookmaker to shorten his odds of becoming the next James Bond. \"Clive Owen's"
        ' nomination has sparked a betting frenzy from James Bond fans," said William Hill spokesman Rupert Adams.',
        "He starred as James Bond in five films. James Bond fans loved him.",
        "The character James Bond was created by Ian Fleming. James Bond fans loved him.",
    ],
)
def test_a_part_played_is_no_person_by_its_given_name(typed, text):
    kind, rule = typed(text)["James Bond"]
    assert rule != "person-evidence" and kind != "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The late John Peel was honoured. John Peel fans gathered.", "John Peel"),  # "late" is no recasting word
        ("Artists who have decorated the Tate tree in previous years include Tracey Emin in 2002.", "Tracey Emin"),
        ("Mr Calder is the man behind acts including Britney Spears.", "Britney Spears"),
        ("The scandal hit Britney Spears hard. Britney Spears fans were upset.", "Britney Spears"),  # "hit" a verb
    ],
)
def test_a_persons_own_mentions_still_make_a_person(typed, text, name):
    assert typed(text)[name] == ("person", "person-evidence")
