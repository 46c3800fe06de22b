"""fix72 (session 56, issue 12; review69 findings 2, 1, 5 and 4 on fix69).

2. fix69's exemptions gave a lead's office to its opponents: an opposition legislator ("Opposition MSP X"), "a former
   prime minister" (an office of the past is another person's) and the second role of "a lawyer by training and the
   opposition leader" (`players.Intro.another_role`).
1. A namesake named in full took the titled mention from the day's holder ("Flavio Bolsonaro ... President
   Bolsonaro"): the word right after an office's title goes to the dated holder (`dated_offices.give_titled_holders`).
"""

from __future__ import annotations

from datetime import date

import pytest
from narrative_pipeline.actors import link_article


@pytest.fixture
def linked_at(parse, linker):
    """linked_at(text, day) -> [(start offset, actor_id)] of a page published on `day`."""

    def _linked(text: str, day: date | None):
        article = parse(f"Headline\n\n{text}")
        return [(c.start, c.actor_id) for c in link_article(article, linker(90.0), day)]

    return _linked


# 2: an opponent of the lead's office holder takes no office


@pytest.mark.parametrize(
    ("text", "office", "reactor"),
    [
        ("Scotland's justice minister has defended plans for new prisons. Opposition MSP Kenny MacAskill said the "
         "plans were flawed.", "justice minister", "disc.kenny_macaskill"),
        ("Sri Lanka's president has called for calm. Ranil Wickremesinghe, a former prime minister, said the call "
         "came too late.", "president", "disc.ranil_wickremesinghe"),
        ("Sri Lanka's president has called for calm. Ranil Wickremesinghe, a lawyer by training and the opposition "
         "leader, said the call came too late.", "president", "disc.ranil_wickremesinghe"),
        ("Scotland's justice minister has defended plans for new prisons. Shadow MSP Kenny MacAskill said the plans "
         "were flawed.", "justice minister", "disc.kenny_macaskill"),
    ],
)  # fmt: skip
def test_an_opponent_of_the_leads_holder_takes_no_office(described, text, office, reactor):
    assert described(text).get(office, ("",))[0] != reactor


@pytest.mark.xfail(
    reason="a sect, not a party, before MP; the registry gives Iraq no governing parties (fix75 did the party)"
)
@pytest.mark.parametrize(
    "text",
    [
        "Iraq's interior minister has denied the claims. Sunni MP Adnan Pachachi said the claims were true.",
    ],
)
def test_another_partys_legislator_takes_no_office(described, text):
    got = described(text)
    assert all(a not in {"disc.annabel_goldie", "disc.adnan_pachachi"} for a, _ in got.values())


@pytest.mark.parametrize(
    ("text", "office", "holder"),
    [
        # (fix69's three restored holders are test_fix69's own cases, run there)
        ("Pakistan's president has pardoned the scientist. Pervez Musharraf, an army officer by profession, said the "
         "nation owed him.", "president", "pervez_musharraf"),
    ],
)  # fmt: skip
def test_fix69s_restored_holders_keep_the_office(described, text, office, holder):
    assert described(text).get(office) == (holder, "role-title")


# 1: the word right after an office's title is the day's holder, whatever namesake the page names


@pytest.mark.parametrize(
    ("text", "day", "holder"),
    [
        ("Flavio Bolsonaro is under investigation. President Bolsonaro has defended his son.", date(2020, 5, 1),
         "jair_bolsonaro"),
        ("Eduardo Bolsonaro, the president's son, spoke in Washington. President Bolsonaro praised him.",
         date(2020, 5, 1), "jair_bolsonaro"),
        ("Sophie Gregoire Trudeau has tested positive for coronavirus. Prime Minister Trudeau will work from home.",
         date(2020, 3, 13), "justin_trudeau"),
        ("Pierre Trudeau invoked the law in 1970. Prime Minister Trudeau said on Monday it was needed again.",
         date(2022, 2, 15), "justin_trudeau"),
        ("Australian Prime Minister Morrison met Mark Morrison, the singer, in Sydney.", date(2019, 7, 1),
         "scott_morrison"),
    ],
)  # fmt: skip
def test_the_titled_word_is_the_days_holder_beside_a_namesake(linked_at, text, day, holder):
    surname = holder.split("_")[-1].capitalize()
    title = "Prime Minister" if "Minister" in text else "President"
    at = text.index(f"{title} {surname}") + len(title) + 1 + len("Headline\n\n")
    assert (at, holder) in linked_at(text, day)


def test_the_namesake_keeps_his_full_name(linked_on):
    got = linked_on("Australian Prime Minister Morrison met Mark Morrison, the singer, in Sydney.", date(2019, 7, 1))
    assert ("Mark Morrison", "scott_morrison") not in got
    assert ("Morrison", "scott_morrison") in got


# 5: "Lula" is Brazil's president; "PM" is a title before a surname


@pytest.mark.parametrize("day", [date(2023, 5, 1), date(2019, 3, 20), None])
def test_lula_is_brazils_president(linked_on, day):
    got = linked_on("President Lula met Chinese leaders in Beijing. Lula said Brazil was back.", day)
    assert [a for s, a in got if s == "Lula"] == ["luiz_inacio_lula_da_silva"] * 2


def test_pm_before_a_surname_is_the_days_holder(linked_on):
    got = linked_on("PM Morrison said Australia would act.", date(2020, 5, 1))
    assert ("Morrison", "scott_morrison") in got


def test_pm_on_an_undated_page_is_no_holder(linked_on):
    assert ("Morrison", "scott_morrison") not in linked_on("PM Morrison said Australia would act.", None)


# 4: a holder's surname alias introduced with another trade is another person


@pytest.mark.parametrize(
    ("text", "surname", "holder"),
    [
        ("Mr Gillard, a plumber from Swindon, said the work was never finished.", "Gillard", "julia_gillard"),
        ("Iranian artist Abadi exhibited in Tehran.", "Abadi", "haider_al_abadi"),
        ("Peres, a striker from Santos, scored twice.", "Peres", "shimon_peres"),
    ],
)
def test_a_surname_introduced_with_a_trade_is_no_holder(linked_on, text, surname, holder):
    assert (surname, holder) not in linked_on(text, None)


@pytest.mark.parametrize(
    ("text", "surname", "holder"),
    [
        ("Ms Gillard, the prime minister, said the work was never finished.", "Gillard", "julia_gillard"),
        ("Julia Gillard met students. The students asked Ms Gillard, a former lawyer, about fees.", "Gillard",
         "julia_gillard"),
        ("Mr Modi met the envoy in Delhi.", "Modi", "narendra_modi"),
        ("Mr Rouhani, a former student in Glasgow, said the talks would go on.", "Rouhani", "hassan_rouhani"),
    ],
)  # fmt: skip
def test_a_surname_with_an_office_or_a_full_name_stays_the_holder(linked_on, text, surname, holder):
    assert (surname, holder) in linked_on(text, None)
