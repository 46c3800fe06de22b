"""actors14 (issue 12, actors.rules.v16): a surname spaCy finds no entity in is still the person the
article named in full (`linking.unfound_surnames`), so the descriptor rules count and see them."""

from __future__ import annotations

from narrative_pipeline.actors import Linker, link_article
from narrative_pipeline.actors.context import ArticleInfo
from narrative_pipeline.actors.linking import ends_a_longer_name

GREWCOCK = (
    "Wales coach Mike Ruddock says England lock Danny Grewcock needs to review his actions after he kicked"
    " Dwayne Peel. Trouble flared at a ruck in the first half of Wales' 11-9 win in Cardiff as Grewcock came"
    " recklessly over the top with his boot, leaving Peel bloodied. Grewcock was sin-binned with Wales captain"
    " Gareth Thomas for retaliation."
)


def test_a_surname_spacy_missed_is_the_person_named_in_full(mentions):
    found = [(t, a) for t, a, _ in mentions(GREWCOCK)]
    assert found.count(("Grewcock", "disc.danny_grewcock")) == 2


def test_a_recovered_subject_gives_his_team_its_team(described):
    text = (
        "Wales coach Mike Ruddock says England lock Danny Grewcock needs to review his actions. \"It's up to"
        ' the citing commissioner," said Ruddock. The referee said that Grewcock was attempting to step over'
        " the ruck. Ruddock also warned his Six Nations rivals that his team can make massive improvements."
    )
    assert described(text)["team"] == ("disc.wales_national_team", "team-of-person")


def test_a_surname_that_only_modifies_a_noun_is_left(mentions):
    text = (
        "Daniel Radcliffe will star again as Harry Potter. Filming starts in May. This is the first Potter film"
        " shot abroad."
    )
    assert not any(t == "Potter" for t, _, _ in mentions(text))


def test_a_capitalised_word_opening_a_sentence_is_no_surname_unless_a_proper_noun(mentions):
    text = "Singer Will Young has won an award. Young people voted for him in their thousands."
    assert not any(t == "Young" for t, _, _ in mentions(text)[1:])


def test_a_registry_acronym_of_another_organisation_named_in_full_is_that_organisation(linked):
    text = (
        "The head of Lloyd's urged Britain's financial watchdog, the Financial Services Authority (FSA), to act."
        " The FSA said it would consult the industry."
    )
    found = linked(text)
    assert ("FSA", "free_syrian_army") not in found
    assert ("FSA", "disc.financial_services_authority") in found


def test_a_registry_acronym_after_a_spelling_variant_of_its_own_name_stays(linked):
    text = (
        "In March the Office of National Statistics (ONS) reclassified spending. Mr Fallon asked whether the"
        " Treasury had leaned on the ONS."
    )
    assert ("ONS", "ons") in linked(text)


def test_an_organisation_with_another_first_word_is_no_spelling_variant(linked):
    text = "India's Central Bureau of Investigation has charged five bankers with fraud in Mumbai."
    assert ("Central Bureau of Investigation", "fbi") not in linked(text)


def test_a_surname_said_to_be_the_better_player_is_still_the_player(mentions):
    text = (
        "Conchita Martinez won her first title in almost five years with victory over Anna-Lena Groenefeld in the"
        " final of the tennis tournament. Martinez won the match in three sets and took the trophy."
        " Groenefeld was the more powerful player but could not match her opponent's accuracy."
    )
    assert ("Groenefeld", "disc.anna_lena_groenefeld") in {(t, a) for t, a, _ in mentions(text)}


def test_an_acronyms_plural_is_no_surname(mentions):
    text = (
        "Some 32 Labour MPs voted against the bill, Lib Dem MPs said. The announcements brought cheers from his"
        " own MPs on Tuesday."
    )
    assert not any(t == "MPs" and a is not None and m == "surname" for t, a, m in mentions(text))


def test_a_one_word_band_name_spacy_missed_is_the_band_named_elsewhere(parse, registry):
    text = (
        "Pop band Busted to take a break\n\nA statement from the band's record company Universal said frontman"
        " Charlie Simpson would work with his other band. However they said that Busted would reconvene in due"
        " course. Fans of Busted were upset."
    )
    article = parse(text)
    found = [(text[c.start : c.end], c.actor_id) for c in link_article(article, Linker.build(registry, 90.0))]
    assert found.count(("Busted", "disc.busted")) == 3  # the headline's and the last sentence's too
    assert ("band", "disc.busted") in found


def test_the_last_word_of_a_longer_name_is_not_taken_alone(parse, lex):
    article = parse("Headline\n\nA senior adviser at the Forum for the Future said phones were thrown away.")
    info = ArticleInfo.build(article, lex)
    future = next(t for t in info.toks.values() if t.text == "Future")
    assert ends_a_longer_name(future, info)
    adviser = parse("Headline\n\nCreditors of Parmalat will vote on the plan.")
    info = ArticleInfo.build(adviser, lex)
    assert not ends_a_longer_name(next(t for t in info.toks.values() if t.text == "Parmalat"), info)


def test_the_speaker_over_an_age_is_not_who_it_means(described):
    text = (
        "Paula Radcliffe will run the New York marathon in November. Radcliffe pulled out of the Olympic race in"
        " August. The question could hit Radcliffe hard after she failed to finish her last two races. Sports"
        " psychologist Hugh Richards says the 30-year-old must draw on her past achievements."
    )
    assert described(text)["30-year-old"][0] == "disc.paula_radcliffe"
