"""actors38 (issue 12, saved web pages that are not news): a thing used is no actor. A name one mention of which is
the direct object of a verb of use ("when you use the Application", "using Alpine") and none of which acts (no
subject of a verb, no speaker, not cited or spoken for, no person's surname) is a product, a tool or a service, whose
type rests on spaCy's label alone: `pagelines.used_thing`. With the near cases it must not fire on: a company that
acts elsewhere on the page, a person used by a team, a possessive before the object."""

from __future__ import annotations


def _texts(found):
    return {text for text, _, _ in found}


def test_a_privacy_policys_application_used_is_no_actor(mentions):
    text = (
        "This policy covers the information we gather when you use the Application. Personal Information is "
        "information you transmit or receive using the Application. Information on how others use the Application "
        "may be combined with information about your device."
    )
    assert "Application" not in _texts(mentions(text))


def test_a_tool_used_is_no_actor(mentions):
    text = (
        "The slim image is larger, eliminating the advantage of using Alpine in the first place. Unless you have "
        "specific deployment needs for Alpine, I would recommend the slim image."
    )
    assert "Alpine" not in _texts(mentions(text))


def test_a_thing_used_at_a_sentences_opening_is_no_actor(mentions):
    text = (
        'He described not being able to see as simply "an inconvenience". Using Braille for speeches, and briefed by '
        "his officials on tape, he rose through the ranks."
    )
    assert "Braille" not in _texts(mentions(text))


def test_near_case_a_company_used_that_acts_elsewhere_stays(mentions):
    text = "Most people use Google to find a shop. Google said on Monday that its profits had doubled in the quarter."
    assert "Google" in _texts(mentions(text))


def test_near_case_a_player_a_team_uses_stays(mentions):
    text = "Wales coach Mike Ruddock said the Dragons might use James Ireland at centre this weekend."
    assert "James Ireland" in _texts(mentions(text))


def test_near_case_a_possessive_before_the_object_stays(mentions):
    text = "Disney says it will produce its future DVDs using Sony's Blu-ray Disc technology from next year."
    assert "Sony" in _texts(mentions(text))


def test_near_case_a_firm_that_owns_or_is_named_a_firm_stays(mentions):
    text = (
        "Blinkx has faced competition from firms such as Google, Copernic and Apple. By way of comparison Google's "
        'search tool catalogues histories. "They might use Google to look up a company," he said.'
    )
    found = [t for t, _, _ in mentions(text)]
    assert found.count("Google") == 3, found


def test_near_case_a_player_under_a_headings_used_stays(mentions):
    text = (
        "Bolton: Jaaskelainen, Hunt (Fadiga 14), N'Gotty, Ben Haim, Candela, Giannakopoulos, Okocha (Vaz Te 77), "
        "Hierro (Campo 64), Speed, Gardner, Davies. Subs Not Used: Jaidi, Poole. Booked: Ben Haim, Hierro. Goals: "
        "Giannakopoulos 41. Att: 50,430 Ref: S Dunn"
    )
    assert "Jaidi" in _texts(mentions(text))
