"""desc23 (issue 12, descriptor recall on unseen news, `descriptors-dev23`): a company's kind noun after a trade noun
or a superlative ("the car giant", "the world's biggest car maker") is the one company the article named
(`kind-of-named`); an age right after a sentence that names one person as its subject is that person ("Holm has not
played there since 2001. But the 21-year-old", `salient-person`); "The Welshman" as a work's title is no player
(`sport-person`). With the near cases they must not fire on. Every sentence is made up."""

from __future__ import annotations

import pytest

# kind-of-named: a trade noun or a superlative before the kind noun


def test_a_trade_noun_before_the_kind_noun_is_the_one_company(described):
    text = (
        "US carmaker Vanta Motors is recalling 20,000 vans because of faulty brakes. Vanta Motors said no one was "
        "hurt. In addition, the car giant is calling back 5,000 buses."
    )
    assert described(text).get("giant") == ("disc.vanta_motors", "kind-of-named")


def test_the_worlds_biggest_car_maker_is_the_one_company(described):
    text = (
        "US carmaker Vanta Motors is recalling 20,000 vans. Vanta Motors said no one was hurt. "
        "The world's biggest car maker is grappling with losses in Europe."
    )
    assert described(text).get("maker") == ("disc.vanta_motors", "kind-of-named")


def test_a_trade_noun_with_two_companies_named_is_neither(described):
    text = (
        "US carmaker Vanta Motors is to pay Baltic Motors 1bn euros to end their alliance. Baltic Motors had sold "
        "Vanta Motors a stake in 2000. Vanta Motors had an option to buy the rest of the car maker."
    )
    assert "maker" not in described(text)


def test_a_parent_company_is_another_company(described):
    text = (
        "US carmaker Vanta Motors is recalling 20,000 vans. Vanta Motors said no one was hurt. "
        "The parent company said it would pay for the repairs."
    )
    assert "company" not in described(text)


# salient-person: an age after a sentence with one person as its subject


def test_an_age_after_a_sentence_naming_one_subject_is_that_person(described):
    text = (
        "Anna Berg has denied reports that she will miss the Nordic Open. Berg is still ranked 22nd in the world. "
        "Meanwhile, Lena Holm has pulled out of the tournament. Holm has not played there since 2001. "
        "But the 21-year-old would have needed a wild card."
    )
    assert described(text).get("21-year-old") == ("disc.lena_holm", "salient-person")


def test_an_age_after_a_sentence_with_a_man_is_not_the_named_subject(described):
    text = (
        "Anna Berg has opened a shop in Oslo. Police said Peter Lund was stabbed by a man outside the shop. "
        "The 45-year-old was taken to hospital."
    )
    assert described(text).get("45-year-old", (None, ""))[0] != "disc.peter_lund"


@pytest.mark.parametrize(
    "text",
    [
        "Defence Secretary Liam Fox visited the base on Tuesday. Sergeant John Smith shot the soldier during the raid. "
        "The 21-year-old was flown to hospital.",
        "Prosecutor Jane Doe spoke on Monday. Judge Mary Brown sentenced the protester to six years. "
        "The 23-year-old showed no emotion.",
        "Colonel Omar Saleh said the town was calm. Corporal James Lee killed the rebel commander. "
        "The 30-year-old had led the group for years.",
        "Minister Ali Reza spoke on Monday. Hassan Rouhani appointed his nephew as ambassador. "
        "The 28-year-old has no experience.",
    ],
)
def test_an_age_after_a_sentence_with_a_person_as_object_is_not_the_subject(described, text):
    """review23: the person the named subject acted on, by a singular noun, may be whom the age is of."""
    assert "-year-old" not in " ".join(described(text))


def test_an_age_after_a_sentence_with_two_persons_is_neither(described):
    text = (
        "Anna Berg has denied reports that she will miss the Nordic Open. Lena Holm beat Maria Falk in the final. "
        "The 21-year-old said she was delighted."
    )
    assert "21-year-old" not in described(text)


# sport-person: a title


def test_a_title_with_a_demonym_is_no_player(described):
    text = (
        "Wales beat Italy on Saturday. Ryan Moss scored twice for Wales. Moss later watched the gangster movie "
        "The Welshman with his team-mates."
    )
    assert "Welshman" not in described(text)


def test_a_quotation_opening_with_the_demonym_is_still_the_player(described):
    text = (
        'Wales beat Italy on Saturday. Ryan Moss scored twice for Wales. "The Welshman was superb," the '
        "Italy coach said."
    )
    assert described(text).get("Welshman") == ("disc.ryan_moss", "sport-person")


# kind-of-named: a watchdog


def test_the_watchdog_is_the_actor_introduced_as_one(described):
    text = "Media watchdog Ofcom has fined the broadcaster. The watchdog said it had received 200 complaints."
    assert described(text).get("watchdog") == ("ofcom", "kind-of-named")


def test_the_watchdog_is_no_actor_introduced_otherwise(described):
    text = "Ofcom has fined the broadcaster. The watchdog said it had received 200 complaints."
    assert "watchdog" not in described(text)


def test_an_age_in_a_sentence_that_lost_its_subject_is_nobody(described):
    text = (
        "Anna Berg won the long jump. Sale's Peter Lund climbed to 2.20m to claim the high jump title. "
        "could only clear 2.16m to finish fourth but the 27-year-old had already qualified."
    )
    assert "27-year-old" not in described(text)
