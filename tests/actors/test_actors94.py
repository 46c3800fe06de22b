"""actors94 (session 63, issue 12): brand-only firm names listed beside a firm ("Cellnet and Vodafone", "One2One (now
T-Mobile)"). Every sentence is made up."""

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


# brand-only firm names listed beside a firm


def test_a_brand_listed_beside_a_firm_is_a_firm_wherever_written(found):
    rows = found(
        "Mobile phone firm Vodafone now has 14m customers in the UK. Cellnet and Vodafone were the only mobile phone "
        "operators in the UK until 1993. Cellnet was forecasting half that number, a spokesman said."
    )
    cellnet = [r for r in rows if r[0] == "Cellnet"]
    assert len(cellnet) == 2 and all(r[2] == "company" and r[1] for r in cellnet), rows


def test_a_renamed_firm_takes_its_new_name_from_a_firm(found):
    rows = found(
        "Mobile phone firm Vodafone now has 14m customers. Cellnet and Vodafone were the only operators until 1993, "
        "when One2One (now T-Mobile) was launched. In January Cellnet (now O2) launched its service."
    )
    names = {r[0]: r[2] for r in rows}
    assert names.get("O2") == "company" and names.get("Cellnet") == "company", rows


def test_a_firm_with_a_digit_listed_beside_a_firm(found):
    rows = found(
        "The European Commission has written to mobile phone firm Vodafone about its charges. Vodafone and O2, "
        "Britain's other big mobile phone operator, were sent similar letters."
    )
    assert any(r[0] == "O2" and r[2] == "company" for r in rows), rows


def test_a_word_written_in_lower_case_is_no_listed_firm(found):
    rows = found(
        "Phone firm Vodafone and Sunset have agreed a deal. The sunset over the bay was red, a spokesman said."
    )
    assert not any(r[0] == "Sunset" and r[3] == "listed-firm" for r in rows), rows


def test_a_word_of_a_longer_name_is_no_listed_firm(found):
    rows = found(
        "Insurance firm Munich Re and Swiss Re, the world's two biggest reinsurers, have said losses will be small."
    )
    assert not any(r[0] == "Re" and r[3] == "listed-firm" for r in rows), rows


def test_a_listed_firm_modifying_a_noun_is_not_found_there(found):
    rows = found(
        "Mobile phone firm Vodafone now has 14m customers. Cellnet and Vodafone were the only operators until 1993. "
        "The first call was made across the Cellnet network."
    )
    assert sum(r[0] == "Cellnet" for r in rows) == 1, rows


def test_names_listed_as_a_things_modifiers_are_no_listed_firms(found):
    rows = found(
        "Security firm Cardcorp said the police shut down the Cardcorp and Shadowcrew websites used to trade stolen "
        "numbers."
    )
    assert not any(r[0] == "Shadowcrew" and r[3] == "listed-firm" for r in rows), rows


def test_a_bracketed_acronym_after_a_firm_is_no_listed_firm(found):
    rows = found("Shares of Sumitomo Mitsui Financial (SMFG) and Daiwa Securities jumped amid talk of a merger.")
    assert not any(r[0] == "SMFG" and r[3] == "listed-firm" for r in rows), rows


# a saint's name spaCy takes for a person's


def test_a_saints_name_owning_a_place_is_no_person(found):
    rows = found("The first call was made from St Katherine's dock to the firm's head office in Newbury.")
    assert not any(r[0].startswith("St ") and r[2] == "person" for r in rows), rows


def test_a_saints_name_outside_sport_is_a_place(found):
    rows = found("The seat of Holborn and St Pancras was held by Labour, the returning officer said on Friday.")
    assert not any(r[0] == "St Pancras" for r in rows), rows


def test_a_saints_name_that_acts_is_no_person(found):
    rows = found("St Helens have been strongly linked with a move for the Wales centre, their coach said.")
    assert not any(r[0] == "St Helens" and r[2] == "person" for r in rows), rows


# a registry person's surname that is another person's given name


def test_a_registry_surname_after_a_kin_noun_is_another_persons_given_name(found):
    rows = found(
        "Thieves stole jewellery worth £200,000 from the home of a businessman. His wife Sharon, who called the "
        "police, said her rings were taken. A watch Sharon said was one of only 10 made was also stolen."
    )
    assert not any(r[1] == "ariel_sharon" for r in rows), rows


def test_a_registry_surname_with_a_title_stays_the_registry_person(found):
    rows = found("Mr Sharon said his wife had not been told. The Israeli prime minister was in Jerusalem.")
    assert any(r[0] == "Sharon" and r[1] == "ariel_sharon" for r in rows), rows


def test_a_knights_given_name_is_not_the_registry_surname(found):
    rows = found(
        "The gap has hardly changed at all, said its chief executive, Sir Howard Newby. Sir Howard said the report "
        "showed deep divisions."
    )
    assert not any(r[1] == "michael_howard" for r in rows), rows


# a headline's surname spaCy labels a person and parses as a noun's modifier


@pytest.fixture
def headed(parse, linker):
    """headed(headline, body) -> [(surface, actor_id, actor_type, in_headline)] of every linked mention."""

    def _headed(headline: str, body: str):
        article = parse(f"{headline}\n\n{body}")
        chosen = link_article(article, linker(90.0))
        cut = len(headline)
        return [(article.text[c.start : c.end], c.actor_id, c.actor_type, c.start < cut) for c in chosen if c.actor_id]

    return _headed


@pytest.mark.parametrize(
    ("headline", "body", "surname"),
    [
        (
            "Galloway plea for hostage release",
            "The MP Gordon Galloway has called for the release of a British aid worker held in Iraq.",
            "Galloway",
        ),
        (
            "Collins appeals against drugs ban",
            "The sprinter Mary Collins has lodged an appeal against the two-year ban she was given in January.",
            "Collins",
        ),
        (
            "Houllier praises Benitez regime",
            "The former manager said that Rafael Benitez had changed the club for the better in a few months.",
            "Benitez",
        ),
    ],
)
def test_a_headline_surname_parsed_as_a_modifier_is_the_body_person(headed, headline, body, surname):
    found = headed(headline, body)
    assert any(t == surname and h and a and a.startswith("disc.") and ty == "person" for t, a, ty, h in found), found


def test_a_headline_modifier_no_body_person_names_is_no_person(headed):
    found = headed(
        "Yorkshire millionaire buys club",
        "A businessman from Leeds has bought the football club for £2m, its board said on Monday.",
    )
    assert not any(t == "Yorkshire" and ty == "person" for t, _, ty, _ in found), found
