"""actors95 (session 64, issue 12): sport grounds in an article about sport, products listed as a firm's programs,
and a listed product name taken for a firm. Every sentence is made up."""

from __future__ import annotations

import pytest
from narrative_pipeline.actors import link_article


@pytest.fixture
def found(parse, linker):
    """found(text) -> [(surface, actor_id, actor_type, type_rule)] of every mention."""

    def _found(text: str):
        article = parse(text)
        chosen = link_article(article, linker(90.0))
        return [(article.text[c.start : c.end], c.actor_id, c.actor_type, c.type_rule) for c in chosen]

    return _found


SPORT = "The coach named his squad for the match and the captain said the rugby season had been long. "


# sport grounds (review76's finding 9)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Wales face a tough game against Scotland at Murrayfield on Saturday.", "Murrayfield"),
        ("Portsmouth claimed a draw at Anfield, the striker said.", "Anfield"),
        ("England meet Italy at Twickenham on 12 March, the coach said.", "Twickenham"),
        ("The striker has been linked with a move away from Old Trafford all season.", "Old Trafford"),
    ],
)
def test_a_ground_in_an_article_about_sport_is_no_actor(found, text, name):
    rows = found("Match report\n\n" + SPORT + text)
    assert not any(r[0] == name for r in rows), rows


def test_a_grounds_name_outside_sport_keeps_its_firm(found):
    rows = found(
        "Gaming group sells tracks\n\nSix greyhound tracks have been put up for sale by gaming group Wembley. Shares "
        "in Wembley rose 5% as investors welcomed the deal, and Wembley said profits would rise."
    )
    assert any(r[0] == "Wembley" and r[2] == "company" for r in rows), rows


def test_a_club_in_an_article_about_sport_is_still_found(found):
    rows = found("Match report\n\n" + SPORT + "Liverpool beat Everton at Anfield, and Liverpool said they were happy.")
    assert any(r[0] == "Liverpool" for r in rows), rows


# listed firms (actors94's `listed-firm`): a firm's products listed as its programs; a listed product name


def test_products_listed_in_apposition_to_a_product_noun_are_no_firms(found):
    rows = found(
        "Software giant Microsoft has unveiled a new scheme. Microsoft's two previous programs, Passport and "
        "Hailstorm, aimed to protect users but were criticised. Passport provides a single log-in for websites."
    )
    assert not any(r[0] == "Passport" and r[3] == "listed-firm" for r in rows), rows


def test_a_listed_product_name_is_no_listed_firm(found):
    rows = found(
        "Online music firm Napster has cut its prices. Apple's music store uses a different format for songs than "
        "Napster, Musicmatch, RealPlayer and others, analysts said."
    )
    assert not any(r[0] == "RealPlayer" and r[3] == "listed-firm" for r in rows), rows


def test_firms_listed_in_apposition_to_a_firm_noun_are_still_firms(found):
    rows = found(
        "Mobile phone firm Vodafone now has 14m customers. Cellnet and Vodafone were the only operators until 1993, "
        "a spokesman said."
    )
    assert any(r[0] == "Cellnet" and r[2] == "company" for r in rows), rows


# persons after "<work noun> maker" (fix94's 8 persons typed a company)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Documentary maker Michael Cockerell was given access to the leader for his film.", "Michael Cockerell"),
        ("The festival was due to screen Dutch film-maker Theo van Gogh's film last night.", "Theo van Gogh"),
        ("Leading British computer games maker Peter Molyneux has been made an OBE.", "Peter Molyneux"),
    ],
)
def test_a_person_who_makes_works_is_a_person(found, text, name):
    rows = found("Honours list\n\n" + text)
    assert any(r[0] == name and r[2] == "person" for r in rows), rows


def test_a_firm_that_makes_things_after_maker_stays_a_firm(found):
    rows = found(
        "Car recall\n\nThe recall follows a faulty diesel pump supplied by parts maker Robert Bosch, the carmaker said. "
        "Shares in the firm fell."
    )
    assert not any(r[0] == "Robert Bosch" and r[2] == "person" for r in rows), rows


# a registry surname that is the given name of a person the page names in full ('"Howard Flight is ineligible')


def test_a_given_name_before_the_surname_of_a_person_named_in_full_is_not_the_registry_person(found):
    rows = found(
        "Tory row\n\nSacked MP Howard Flight's local association has insisted he will not be its candidate. Mr Flight "
        'landed in trouble over remarks on tax. The agent said on Tuesday: "Howard Flight is ineligible to stand as a '
        'Conservative Party candidate."'
    )
    assert not any(r[1] == "michael_howard" for r in rows), rows


# a firm spaCy labels a person after "the", in apposition to a firm's noun (review76's finding 11)


def test_a_name_after_the_in_apposition_to_a_firm_noun_is_the_firm(found):
    rows = found(
        "Bank results\n\nIn November, Barclays, which owns former building society the Woolwich, forecast that "
        "profits would rise. Shares in Barclays rose 2%."
    )
    assert any(r[0] == "Woolwich" and r[2] == "company" for r in rows), rows


# a firm's name ending with a product's noun ("BridgeHead Software")


@pytest.mark.parametrize(
    "text,name",
    [
        (
            "Microsoft said it would buy anti-virus software maker Sybari Software to improve its security.",
            "Sybari Software",
        ),
        (
            "The system is a joint venture between security firm Tenami and storage specialists BridgeHead Software.",
            "BridgeHead Software",
        ),
    ],
)
def test_a_firms_name_ending_with_a_product_noun_after_a_firm_noun_is_found(found, text, name):
    rows = found("Tech news\n\n" + text)
    assert any(r[0] == name for r in rows), rows


def test_a_products_name_ending_with_a_product_noun_is_still_no_actor(found):
    rows = found("Tech news\n\nThe firm's new Zentra Media Software was released on Monday, the company said.")
    assert not any(r[0].endswith("Software") for r in rows), rows


# bands spaCy labels persons


ARTS = "The singer won an award for the album, and the band played the festival on tour with the star. "


@pytest.mark.parametrize(
    "text,name",
    [
        ("Pop singer Joss Stone and rock band Keane won two awards.", "Keane"),
        ("Cult British group Portishead have revealed they are writing their third album.", "Portishead"),
        ("With their debut, Franz Ferdinand have achieved what most rock bands crave.", "Franz Ferdinand"),
    ],
)
def test_a_band_spacy_labels_a_person_is_a_group(found, text, name):
    rows = found("Music awards\n\n" + ARTS + text)
    hits = [r for r in rows if r[0] == name]
    assert hits and all(r[2] == "group" for r in hits), rows


def test_a_singer_beside_a_band_stays_a_person(found):
    rows = found("Music awards\n\n" + ARTS + "Pop singer Joss Stone and rock band Keane won two awards.")
    assert any(r[0] == "Joss Stone" and r[2] == "person" for r in rows), rows


def test_a_person_subject_of_a_singular_verb_stays_a_person(found):
    rows = found("Music awards\n\n" + ARTS + "With her debut, Joss Stone has achieved what most singers crave.")
    assert any(r[0] == "Joss Stone" and r[2] == "person" for r in rows), rows


# a person's noun with modifiers for the one person introduced with it (`noun-of-person`)


def _descriptor(rows, word):
    return [r for r in rows if word in r[0].lower() and r[3] == "noun-of-person"]


def test_a_persons_noun_with_the_intros_modifier_is_that_person(found):
    rows = found(
        "Actor's role\n\nLate film star Mario Brandt is said to have turned down his role in the film. The actor's "
        "friend told a magazine that Brandt's assistant suggested he read the novel. His friend told the magazine that "
        "the assistant realised the film star had warmed to the idea of the role."
    )
    hits = _descriptor(rows, "star")
    assert hits and hits[0][1] == "disc.mario_brandt", rows


def test_a_persons_noun_with_another_persons_word_is_no_descriptor(found):
    rows = found(
        "India to deport actress\n\nIndia has ordered the deportation of Iranian-born model and actress Nadia Kahn to "
        "Norway after saying she was working illegally. Kahn has had roles in music videos over the past two years. "
        "The new actress told media she was being driven straight to the airport."
    )
    assert not _descriptor(rows, "actress"), rows


def test_a_ground_before_a_clubs_noun_is_left_to_the_club_rules(found):
    rows = found(
        "Match report\n\n" + SPORT + 'United won 2-0 at Old Trafford. "It was a fantastic game," said the Old '
        "Trafford boss."
    )
    grounds = [r for r in rows if r[0] == "Old Trafford"]
    assert len(grounds) == 1, rows


def test_a_plural_noun_before_a_name_is_no_bands_noun(found):
    rows = found(
        "Singer's home burgled\n\n" + ARTS + "Singer Ozzy Osbourne tackled the burglar. They took two handmade "
        "wedding bands Ozzy gave her when they renewed their vows."
    )
    assert not any(r[0] == "Ozzy" and r[2] == "group" for r in rows), rows


def test_a_headline_surname_of_a_registry_person_named_in_full_stays_his(found):
    rows = found(
        "Blair rejects advice calls\n\nTony Blair has rejected calls for the publication of the advice. A member of "
        "Cherie Blair's chambers says the minister warned Tony Blair in March."
    )
    assert rows[0][0] == "Blair" and rows[0][1] == "tony_blair", rows


def test_a_body_surname_of_two_persons_is_not_the_registry_person_by_its_registry_name(found):
    rows = found(
        "Cook leaves band\n\nThe DJ Norman Cook has left the band. Cook said he would record alone, his manager said."
    )
    assert not any(r[0] == "Cook" and r[1] == "robin_cook" for r in rows), rows
