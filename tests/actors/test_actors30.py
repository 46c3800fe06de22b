"""actors30 (issue 12, pages that are not news): a discovered name typed by spaCy's label alone is no actor when
every mention of it is on a line with no verb (a heading, a menu item, a table cell, a cited journal) or when it is
one capitalised word the tagger never takes for a proper noun; with the near cases they must not fire on (a name
in a sentence, a name with a cue, a company or a person named once, a band)."""

from __future__ import annotations

from types import SimpleNamespace

from narrative_pipeline.actors.pagelines import _common_word, label_only


def _names(mentions, text):
    return {t for t, _, method in mentions(text) if method == "ner-discovered"}


def test_a_heading_alone_is_no_actor(mentions):
    text = "Rail Replacement Services Travel Advice\n\nTrains will not run between the two stations on Sunday."
    assert "Rail Replacement Services Travel Advice" not in _names(mentions, text)


def test_a_cited_journal_on_its_own_line_is_no_actor(mentions):
    text = "Lorenz M, Wozel G. Hypersensitivity reactions to dapsone: a systematic review.\n\nActa Derm Venereol."
    assert not {"Acta Derm Venereol", "Acta Derm Venereol."} & _names(mentions, text)


def test_a_name_also_written_in_a_sentence_keeps_its_heading_mention(mentions):
    text = "Kostro Miller\n\nIf your gut is upset, Kostro Miller suggests taking gummies instead of a pill."
    found = [t for t, _, method in mentions(text) if t == "Kostro Miller"]
    assert len(found) == 2


def test_a_person_named_once_in_a_sentence_is_kept(mentions):
    text = "If your gut is upset, Kostro Miller suggests taking gummies instead of a pill."
    assert "Kostro Miller" in _names(mentions, text)


def test_a_company_named_once_in_a_sentence_is_kept(mentions):
    text = "You would create a Coinbase account and submit an order to buy the coin."
    assert "Coinbase" in {t for t, _, _ in mentions(text)}


def test_a_band_named_once_is_kept(mentions):
    text = "The rock band Franz Ferdinand played two songs at the festival."
    assert "Franz Ferdinand" in {t for t, _, _ in mentions(text)}


def test_a_capitalised_common_word_is_no_actor(mentions):
    text = "In the case of Rails, I have spent a ton of time on analysis. The rails of the old line were rusty."
    assert "Rails" not in _names(mentions, text)


def test_a_capitalised_word_never_written_in_lower_case_is_kept(mentions):
    text = "In the case of Rails, I have spent a ton of time on analysis. The old line was rusty."
    assert "Rails" in _names(mentions, text)


def test_prose_whose_verb_the_tagger_missed_keeps_its_names(mentions):
    text = (
        "The 28-year-old fractured the radius in his right forearm during Gloucester's 17-16 win over Bath on Saturday."
    )
    assert {"Gloucester", "Bath"} <= {t for t, _, _ in mentions(text)}


def test_the_sides_of_a_fixture_are_kept(mentions):
    text = "The draw was made on Sunday.\n\nEverton v Sunderland\n\nCardiff v Blackburn"
    found = {t for t, _, _ in mentions(text)}
    assert "Everton" in found
    assert "v Blackburn" not in found  # a fixture's "v" taken into a name: no list item, no actor


def test_a_team_sheet_is_kept(mentions):
    text = (
        "Liverpool beat Chelsea on Sunday.\n\nDudek, Finnan, Hyypia, Carragher, Riise, Luis Garcia (Nunez 73),"
        " Gerrard, Alonso, Kewell (Traore 85), Baros."
    )
    assert {"Carragher", "Riise", "Kewell", "Luis Garcia"} <= {t for t, _, _ in mentions(text)}


def test_a_surname_in_a_headline_written_in_prose_is_kept(parse, registry):
    from narrative_pipeline.actors import Linker, link_article

    article = parse("Holmes back on form in Birmingham\n\nKelly Holmes won the 1,000m race in Birmingham on Friday.")
    chosen = link_article(article, Linker.build(registry, 90.0))
    assert sum(article.text[c.start : c.end] == "Holmes" for c in chosen) == 1


def test_a_company_that_says_is_kept(mentions):
    text = "Tesco said its sales rose by 5% over the Christmas period."
    assert "Tesco" in {t for t, _, _ in mentions(text)}


def test_a_common_word_is_one_the_page_writes_in_lower_case_or_a_verb_that_is_no_subject():
    info = SimpleNamespace(lower_words=frozenset({"care"}))
    assert _common_word(SimpleNamespace(text="Care", lower="care", tag="NN"), info)
    assert _common_word(SimpleNamespace(text="Hounded", lower="hounded", tag="VBN", dep="advcl"), info)
    assert not _common_word(SimpleNamespace(text="Busted", lower="busted", tag="VBN", dep="nsubj"), info)  # it acts
    assert not _common_word(SimpleNamespace(text="Agerblad", lower="agerblad", tag="NN"), info)  # a surname
    assert not _common_word(SimpleNamespace(text="Coinbase", lower="coinbase", tag="NNP"), info)
    assert not _common_word(SimpleNamespace(text="CARE", lower="care", tag="NN"), info)  # capitals: an acronym


def test_a_surname_the_tagger_takes_for_a_common_noun_is_kept(mentions):
    text = "Gustav Lloyd Agerblad had a portrait tattooed on his arm. Agerblad said he was inspired by the design."
    assert sum(t == "Agerblad" for t, _, _ in mentions(text)) == 1


def test_a_hyphenated_person_in_a_table_is_kept(mentions):
    text = "| Scunthorpe | Holly Mumby-Croft | holly.mumbycroft.mp@parliament.uk |"
    assert "Holly Mumby-Croft" in {t for t, _, _ in mentions(text)}


def test_only_label_decisions_are_questioned():
    assert label_only("ner-label") and label_only("business-article")
    assert not label_only("title") and not label_only("person-noun") and not label_only("article-agreement")


def test_a_band_the_tagger_takes_for_a_verb_is_kept(mentions):
    text = "Pop band Busted are to take a break. However they said that Busted would reconvene in due course."
    assert sum(t == "Busted" for t, _, _ in mentions(text)) == 2


def test_a_word_the_tagger_takes_for_a_verb_is_no_actor(mentions):
    text = (
        "At the same time, US audiences were won over by his new thriller Hide and Seek. In Hide and Seek, De Niro"
        " plays a widower whose daughter has a creepy imaginary friend."
    )
    found = {t for t, _, _ in mentions(text)}
    assert "Seek" not in found
    assert "De Niro" in found
