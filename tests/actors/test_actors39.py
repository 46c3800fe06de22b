"""actors39 (issue 12, saved web pages that are not news): two kinds of name made of common words are no actors when
only spaCy's label types them.

- `pagelines.common_words_org`: a name spaCy takes for an organisation's, of two words or more, every word of which the
  page also writes in lower case, whose last word names no kind of body ("General Information", "Log Data", "Data
  Scientists"), and no mention of which acts, names an actor's noun or opens with a name that acts alone.
- `pagelines.spelt_in_lower_case`: an acronym the page spells out in lower-case words ("liquid natural gas (LNG)",
  "TPM (trusted platform module)").

With the near cases they must not fire on: a body of common words that acts or whose last word is a body's, a
portfolio before a role noun, a name whose first word acts alone, an acronym spelt out in capitals."""

from __future__ import annotations

from narrative_pipeline.actors.pagelines import _lower_case_words, _spelt_by


def _texts(found):
    return {text for text, _, _ in found}


def test_spelt_by_reads_the_last_words_with_or_without_function_words():
    assert _spelt_by("fbs", ["developed", "filtered", "b", "-", "spline"])
    assert _spelt_by("aha", ["an", "alpha", "hydroxy", "acid"])
    assert _spelt_by("dtp", ["department", "of", "transport", "policy"])
    assert not _spelt_by("csr", ["reports", "of", "companies"])
    assert not _spelt_by("ab", ["b"])  # one word spells no acronym


def test_lower_case_words_stop_at_a_capitalised_word():
    class T:
        def __init__(self, text):
            self.text = text

    words = _lower_case_words([T(w) for w in ["the", "Asian", "development", "-", "bank"]])
    assert words == ["development", "-", "bank"]


def test_an_acronym_spelt_out_in_lower_case_is_no_actor(mentions):
    text = (
        "The two firms signed a deal to supply liquid natural gas (LNG) to Europe. The new plant will ship 5 million "
        "tonnes of LNG a year from 2011, the companies said."
    )
    assert "LNG" not in _texts(mentions(text))


def test_an_acronym_spelt_out_in_brackets_after_it_is_no_actor(mentions):
    text = (
        "Most new computers carry a TPM (trusted platform module) chip. Eventually the TPM will be built into the "
        "main processor itself, engineers say."
    )
    assert "TPM" not in _texts(mentions(text))


def test_near_case_an_acronym_spelt_out_in_capitals_stays(mentions):
    text = (
        "Poverty has risen because of the tsunami, the Asian Development Bank (ADB) said. The ADB said it would lend "
        "more money to the region."
    )
    assert "ADB" in _texts(mentions(text))


def test_a_defined_term_of_common_words_taken_for_an_organisation_is_no_actor(mentions):
    text = (
        "We do not sell, trade, or otherwise transfer to outside parties your Personally Identifiable Information. "
        "Data that personally identifies you is personally identifiable information, and we keep such information safe."
    )
    assert "Personally Identifiable Information" not in _texts(mentions(text))


def test_a_plural_of_people_made_of_the_pages_words_is_no_actor(mentions):
    text = (
        "It is a common solution for (and is directly marketed to) Data Scientists, who run code in notebooks. Most "
        "data scientists never write a package, and the scientists who do use other tools."
    )
    assert "Data Scientists" not in _texts(mentions(text))


def test_near_case_a_body_of_common_words_with_a_bodys_head_word_stays(mentions):
    text = (
        "The Energy Saving Trust gave the school a grant. Saving energy is cheap, and the trust says energy bills "
        "will fall."
    )
    found = _texts(mentions(text))
    assert "Energy Saving Trust" in found, found


def test_near_case_a_portfolio_before_a_role_noun_stays(mentions):
    text = (
        "Paid leave should be in Labour's manifesto, the Trade and Industry Secretary said. Trade rose, and industry "
        "grew, in the quarter."
    )
    found = _texts(mentions(text))
    assert any("Trade and Industry" in t for t in found), found


def test_near_case_a_name_whose_first_word_acts_alone_stays(mentions):
    text = (
        "His universe spawned the new title of Marvel Comics. In its heyday, Marvel was selling 50 million copies a "
        "year. It was a marvel, and comics sold well."
    )
    found = _texts(mentions(text))
    assert "Marvel Comics" in found, found
