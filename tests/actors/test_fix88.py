"""fix88 (session 61, issue 12; review74's findings): a kind noun with an evaluative or an age modifier ("the ailing
company", "The 35-year-old airline") is the one firm of that kind named in the sentences before, as the bare noun is
(`kind-of-named`); "rival", "other", "new", "former", "another" still say another one. Every sentence is made up."""

from __future__ import annotations

import pytest

# finding 1: an evaluative or an age modifier before the kind noun


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "Car firm Vanta Motors said on Monday it had cut 300 jobs. The government is to help the ailing company "
            "out of its debts.",
            "company",
        ),
        (
            "State airline Freedonia Air said on Monday it had cut 300 jobs. The 35-year-old airline carries half of "
            "all visitors to the island.",
            "airline",
        ),
        (
            "Dairy firm Vanta Foods collapsed in 2003. Its founder has sued 80 banks to recover money for the "
            "bankrupt company.",
            "company",
        ),
        (
            "Shares in carmaker Vanta Motors fell 5% on Monday. Analysts said the struggling company needed a partner.",
            "company",
        ),
    ],
)
def test_an_evaluative_or_age_modifier_is_the_firm_named_before(described, text, noun):
    found = {k.split()[-1]: v for k, v in described(text).items()}
    assert found.get(noun, (None, ""))[1] == "kind-of-named"


@pytest.mark.parametrize(
    "text",
    [
        "Shares in carmaker Vanta Motors fell 5% on Monday. Analysts said the rival company needed a partner.",
        "Shares in carmaker Vanta Motors fell 5% on Monday. Analysts said the new company needed a partner.",
        "Shares in carmaker Vanta Motors fell 5% on Monday. Analysts said the former company needed a partner.",
    ],
)
def test_rival_new_former_still_say_another(described, text):
    assert not any(k.endswith("company") for k in described(text))


def test_an_evaluative_modifier_with_two_firms_named_is_neither(described):
    text = (
        "Car firm Vanta Motors is to buy a stake in car firm Baltic Motors, which lost money last year. "
        "Analysts said the ailing company needed the cash."
    )
    assert not any(k.endswith("company") for k in described(text))


def test_an_evaluative_modifier_far_from_the_firm_is_not_it(described):
    text = (
        "Shares in carmaker Vanta Motors fell 5% on Monday. Anna Berg said she was worried. Berg has worked there for years. "
        "She said she would stay. Her husband said the troubled company should close."
    )
    assert not any(k.endswith("company") for k in described(text))


# finding 2: a name right after a product noun ("cholesterol drug Crestor") is a product, no actor


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Shares in drugs firm Vanta Pharma fell 5% after another of its big sellers, cholesterol drug Zentor, "
            "faced safety concerns. Vanta Pharma said Zentor was safe.",
            "Zentor",
        ),
        (
            "Vanta Pharma had hoped to pitch its new pill against rival medicine Mirexa. But analysts said Mirexa "
            "was more effective.",
            "Mirexa",
        ),
    ],
)
def test_a_name_after_a_product_noun_is_no_actor(typed, text, name):
    assert name not in typed(text)


def test_a_firm_after_a_trade_noun_with_a_product_word_is_still_a_firm(typed):
    text = "Shares in drug maker Vanta Pharma fell 5% on Monday. Vanta Pharma said sales of its pills had slowed."
    assert typed(text).get("Vanta Pharma", (None, ""))[0] == "company"


# finding 6: an organisation's name spaCy began at a capitalised prefix ("[Anti-Doping Agency]") is given whole


def test_a_name_begun_at_a_prefix_takes_the_words_before_it(mentions):
    found = mentions("World Anti-Doping Agency chief Dick Pound said the tests were fair.")
    assert ("World Anti-Doping Agency", "disc.world_anti_doping_agency", "ner-discovered") in found


def test_a_lower_case_prefix_before_a_name_is_no_body(mentions):
    found = mentions("Post-Enron rules were tightened in the United States last year.")
    assert not any("Enron" in surface for surface, _, _ in found)


def test_a_product_noun_ending_the_headline_is_not_before_the_bodys_first_name(parse, linker):
    """The headline's last word and the body's first name are apart ("... hard line on drugs" / "Paula Radcliffe")."""
    from narrative_pipeline.actors import link_article

    article = parse("Berg eyes hard line on drugs\n\nAnna Berg has called for athletes found guilty to be banned.")
    chosen = link_article(article, linker(90.0))
    assert any(article.text[c.start : c.end] == "Anna Berg" and c.actor_type == "person" for c in chosen)
