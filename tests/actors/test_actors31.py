"""actors31 (issue 12, pages that are not news, second pass): a discovered name typed by spaCy's label alone is no
actor when the lexicon lists it as software, a programming language, a platform or a format, or when it is shaped
like a class of exceptions in code; a heading all of whose words the page also writes in lower case is no person's
full name. With the near cases they must not fire on: BBC tech news ("Microsoft said", "Google's chief", "Sun
Microsystems"), a name that only starts like a listed one ("Monty Python"), an MP in a table, a band, a person's
name whose words are not the page's common words."""

from __future__ import annotations

from types import SimpleNamespace

from narrative_pipeline.actors.lexicon import default_lexicon
from narrative_pipeline.actors.pagelines import full_person_name, software_only


def _names(mentions, text):
    return {t for t, _, method in mentions(text) if method == "ner-discovered"}


def _cand(name: str) -> SimpleNamespace:
    return SimpleNamespace(name=name)


# software_only: what it fires on


def test_a_programming_language_in_a_sentence_is_no_actor(mentions):
    text = "For example, Rust's Path type represents a filesystem path and hides the details of each platform."
    assert "Rust" not in {t for t, _, _ in mentions(text)}


def test_a_container_tool_in_a_sentence_is_no_actor(mentions):
    text = (
        "Docker, unlike the other tools here, is not a Python package, but it is critical for environment management."
    )
    found = {t for t, _, _ in mentions(text)}
    assert "Docker" not in found
    assert "Python" not in found


def test_a_browser_in_a_sentence_is_no_actor(mentions):
    text = "Today we are announcing Enhanced Safe Browsing protection in Chrome, a new option for users."
    assert "Chrome" not in {t for t, _, _ in mentions(text)}


def test_listed_software_and_exception_classes_are_found():
    lex = default_lexicon()
    names = [_cand(n) for n in ("Rust", "Beautiful Soup", "Docker Desktop", "ValueError", "AttributeError")]
    assert software_only(names, lex) == {"rust", "beautiful soup", "docker desktop", "valueerror", "attributeerror"}


# software_only: near cases it must not fire on


def test_a_name_that_only_starts_or_ends_like_listed_software_is_not_found():
    lex = default_lexicon()
    names = [_cand(n) for n in ("Monty Python", "Django Reinhardt", "Chrome Hearts", "Sun Microsystems", "Error")]
    assert software_only(names, lex) == set()


def test_companies_in_tech_news_are_not_found():
    lex = default_lexicon()
    names = [_cand(n) for n in ("Microsoft", "Google", "Apple", "Sun Microsystems", "Mozilla", "Skype", "Coinbase")]
    assert software_only(names, lex) == set()


def test_tech_news_companies_are_kept(mentions):
    text = (
        "Microsoft said it would release a patch on Tuesday. Google's chief executive Eric Schmidt said the firm"
        " would not follow. Sun Microsystems said it had no plans to change its Java licence."
    )
    found = {t for t, _, _ in mentions(text)}
    assert {"Microsoft", "Google", "Sun Microsystems"} <= found


# full_person_name: a heading of the page's own common words


def _listed(words: list[str], lower: set[str]) -> bool:
    toks = {i: SimpleNamespace(text=w, tag="NNP") for i, w in enumerate(words)}
    info = SimpleNamespace(toks=toks, lower_words=frozenset(lower), before=lambda t: None, after=lambda t: None)
    cand = SimpleNamespace(label="PERSON", name=" ".join(words), start_i=0, end_i=len(words) - 1)
    return full_person_name(cand, info)


def test_a_heading_of_the_pages_common_words_is_no_full_person_name():
    assert not _listed(["Good", "Soil"], {"good", "soil", "the"})
    assert not _listed(["Sunny", "Weather"], {"sunny", "weather"})


def test_a_person_listed_alone_is_a_full_person_name_unless_every_word_is_common_on_the_page():
    assert _listed(["Holly", "Mumby-Croft"], {"holly"})  # a first name that is a common word
    assert _listed(["Steven", "Tyler"], set())
    assert _listed(["Laura", "Green"], {"green"})  # a surname that is a common word


def test_a_heading_of_common_words_is_no_actor(mentions):
    text = (
        "Potted Bougainvillea – Good Soil and Drainage\n\nPlant it in good soil: the soil must drain well, and"
        " a pot with holes in it keeps the roots dry."
    )
    assert not {"Good Soil", "Soil"} & {t for t, _, _ in mentions(text)}


def test_a_person_in_a_table_of_mps_is_kept(mentions):
    text = "| Scunthorpe | Holly Mumby-Croft | holly.mumbycroft.mp@parliament.uk |"
    assert "Holly Mumby-Croft" in {t for t, _, _ in mentions(text)}


def test_a_person_listed_alone_whose_surname_is_a_common_word_is_kept(mentions):
    text = "Steven Tyler\n\nThe singer has a young voice that is still strong after all these years."
    assert "Steven Tyler" in {t for t, _, _ in mentions(text)}


def test_a_band_is_kept(mentions):
    text = "Fans of Heart, the rock band led by sisters Ann and Nancy Wilson, fall into one of two categories."
    assert "Nancy Wilson" in {t for t, _, _ in mentions(text)}
