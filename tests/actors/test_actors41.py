"""actors41 (issue 12, saved web pages that are not news): platforms, natural areas and oaths.

- `pagelines.used_thing` (with `_platform`): a platform the page sends its readers to, the object of an "on" of a
  verb of following (`platform_verbs`: "Follow us on Twitter", "Follow them on GitHub or Twitter") or a name before a
  noun of someone's presence that a pronoun owns (`account_nouns`: "subscribe to our YouTube channel"), is a service
  used, whose type rests on spaCy's label alone, when no mention of it acts. Near cases: a platform that acts
  elsewhere on the page ("Twitter said"), a name before such a noun that no pronoun owns ("the Sky channel"), an "on"
  of another verb ("He played on Saturday for Chelsea").
- `places.place_or_event_name`: a name spaCy labels a person that ends with a natural area's word (`area_name_endings`:
  "Calico Desert", "Kien Giang Biosphere Reserve") is a place. Near case: a body spaCy labels an organisation whose
  name ends with such a word ("The Federal Reserve said").
- `pagelines.exclamation`: a word of exclamation (`exclamation_words`) every mention of which is set off by commas or
  an exclamation mark ("Shit, run! No, sneak!", "give it to her, Jesus, I remember thinking") names no one. Near
  case: such a word inside a sentence ("The Da Vinci Code claims Jesus was not crucified")."""

from __future__ import annotations


def _texts(found):
    return {text for text, _, _ in found}


def test_a_platform_followed_on_is_no_actor(mentions):
    text = (
        "Kathy Pham spoke about her work at the summit last week. Follow them on GitHub or Twitter to keep up with "
        "their projects."
    )
    assert "Twitter" not in _texts(mentions(text))


def test_a_platform_of_our_channel_is_no_actor(mentions):
    text = (
        "The researchers built a model that reads scans in seconds. Don't forget to subscribe to our YouTube channel "
        "for more videos about machine learning."
    )
    assert "YouTube" not in _texts(mentions(text))


def test_near_case_a_platform_that_acts_stays(mentions):
    text = (
        "Twitter said on Monday that it had suspended thousands of accounts linked to the campaign. Follow us on "
        "Twitter for updates."
    )
    assert "Twitter" in _texts(mentions(text))


def test_near_case_an_on_of_another_verb_stays(mentions):
    text = "Mourinho said he was pleased. Drogba played on Saturday for Chelsea and scored twice against Fulham."
    assert "Chelsea" in _texts(mentions(text))


def test_a_desert_labelled_a_person_is_no_actor(mentions):
    text = "My mother used to drive the bus to Mojave Desert. But the bus stopped working a few years ago."
    assert not any("Mojave" in t for t in _texts(mentions(text)))


def test_a_biosphere_reserve_labelled_a_person_is_no_actor(mentions):
    text = (
        "Half of the island is within the confines of the national park and UNESCO World Heritage-designated Kien "
        "Giang Biosphere Reserve, one of the largest biosphere reserves in Southeast Asia."
    )
    assert not any("Kien Giang" in t for t in _texts(mentions(text)))


def test_near_case_a_body_ending_with_an_area_word_stays(mentions):
    text = "The Federal Reserve said it would raise interest rates next month, and the markets rose in New York."
    assert "Federal Reserve" in _texts(mentions(text))


def test_an_oath_set_off_is_no_actor(mentions):
    text = (
        "I am musing this, and examining some stones, when I realise I've lost him. Shit, run! No, sneak! No, there "
        "he is!"
    )
    assert "Shit" not in _texts(mentions(text))


def test_an_oath_between_commas_is_no_actor(mentions):
    text = (
        "She only wants to share her love with him, dammit, so wtf, give it to her, Jesus, I remember thinking: "
        "this woman is as lonely as I am."
    )
    assert "Jesus" not in _texts(mentions(text))


def test_near_case_a_name_of_an_oath_inside_a_sentence_stays(mentions):
    text = (
        "The Da Vinci Code claims Jesus was not crucified, a clergyman has said. The evidence gives a credible "
        "picture of Jesus, with all sorts of incidental details, he added."
    )
    assert "Jesus" in _texts(mentions(text))
