"""desc26 (issue 12, descriptors on news nobody tuned the rules to): "the former mayor", "the former vice president",
"the former New York mayor" is the person the article is about so far when the article gives nobody that office as a
title (`former-office`; web news of US politics names Joe Biden or Michael Bloomberg without the office they held).
With the near cases it must not fire on. Every sentence is made up."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import Linker, link_article
from narrative_pipeline.actors.discovery import discovered_id

HARWOOD = (
    "Billionaire Michael Harwood has poured money into the race for months. Harwood says he will spend whatever it "
    "takes to win the nomination."
)


def test_the_former_vice_president_is_the_person_just_named(described):
    text = "The stakes are high for Joe Biden in South Carolina. The former vice president had a large lead there."
    assert described(text).get("former vice president") == ("joe_biden", "former-office")


def test_the_former_mayor_of_a_place_is_the_person_the_article_is_about(described):
    text = HARWOOD + " The former New York mayor has not debated since 2009."
    assert described(text).get("former New York mayor") == ("disc.michael_harwood", "former-office")


def test_the_subject_acting_on_the_former_mayor_is_not_him(described):
    text = HARWOOD + " Governor Tom Alvarez mocked the former mayor on Friday."
    assert described(text).get("former mayor") == ("disc.michael_harwood", "former-office")


def test_an_office_someone_holds_as_a_title_is_not_read_so(described):
    text = "Mayor Eric Dawson met Michael Harwood on Monday. Harwood said he was pleased. The former mayor left early."
    assert described(text).get("former mayor", (None, None))[1] != "former-office"


def test_the_office_without_former_is_left_to_role_title(described):
    text = HARWOOD + " The mayor has not debated since 2009."
    assert described(text).get("mayor", (None, None))[1] != "former-office"


def test_the_former_mayor_beside_a_name_is_that_name(described):
    text = HARWOOD + " The former mayor, Rudy Castellano, said he would back him."
    assert described(text).get("former mayor", (None, None))[1] != "former-office"


def test_an_office_of_a_body_is_not_read_so(described):
    text = HARWOOD + " The former Labour minister said he would back him."
    assert described(text).get("former Labour minister", (None, None))[1] != "former-office"


def test_a_person_named_long_before_is_not_taken(described):
    text = (
        HARWOOD + " Turnout was low. The weather was bad. Polls closed early. Results came late. "
        "The former mayor conceded."
    )
    assert described(text).get("former mayor", (None, None))[1] != "former-office"


def test_a_registry_holder_of_the_office_is_not_the_former_one(described):
    text = (
        "Tony Blair has set out Labour's plans for a third term. Blair said the economy was strong. "
        "The former prime minister said he had been wrong."
    )
    assert described(text).get("former prime minister", (None, None))[1] != "former-office"


@pytest.mark.xfail(
    strict=True,
    reason="desc26: 'defeat to Taylor Dent' types the tennis player an organisation (spaCy's ORG label), so "
    "'went down to the American' has no person to refer to (descriptors-dev23, hewitt-falls-to-dent); not fixed",
)
def test_a_player_beaten_in_a_match_is_a_person(parse, registry):
    article = parse(
        "Hewitt falls to Dent\n\nLleyton Hewitt suffered a shock defeat to Taylor Dent in the quarter-finals of the "
        "Australian Hardcourt Championships in Adelaide on Friday."
    )
    chosen = link_article(article, Linker.build(registry, 90.0))
    assert {article.text[c.start : c.end]: c.actor_type for c in chosen}.get("Taylor Dent") == "person"


# kin-of-person: "his" on a kin noun joined by "and" to a person is that person, not the clause's subject

MEADOWS = (
    "Rep. Mark Meadows will retire. Lynda Bennett is friendly with Debbie Meadows, the congressman's wife. "
    "Bennett posted photos of herself with the congressman and his wife at local events."
)


def test_his_wife_after_and_is_the_wife_of_the_person_joined(described):
    assert described(MEADOWS).get("wife") == (discovered_id("Debbie Meadows"), "kin-of-person")
