"""review22b (a review of desc22's and xfix22's rules): "his wife" or "Harlow's wife" is not the wife a sentence
introduced beside another man ("Tom Harlow met Ed Vance, who arrived with wife Mary Vance", `kin-of-person`), and
"The manager" is not the person the sentence before introduced as the referee (`introduced-person`). With the near
cases that must still link. Every sentence is made up."""

from __future__ import annotations

import pytest


def test_a_wife_introduced_beside_another_man_is_not_the_owners(described):
    text = (
        "Prime Minister Tom Harlow met President Ed Vance, who arrived with wife Mary Vance. "
        "Harlow's wife did not attend the dinner."
    )
    assert described(text).get("wife", ("", ""))[0] != "disc.mary_vance"


def test_a_wife_introduced_beside_two_men_is_neither_ones(described):
    text = "Tom Harlow and Ed Vance arrived at the dinner with wife Mary Vance. Later his wife spoke to reporters."
    assert described(text).get("wife", ("", ""))[0] != "disc.mary_vance"


def test_a_wife_introduced_beside_her_husband_alone_is_his(described):
    text = "Mr Tom Harlow arrived at the dinner with wife Mary Booth. Reporters said Harlow's wife looked tired."
    assert described(text).get("wife") == ("disc.mary_booth", "kin-of-person")


def test_the_manager_after_a_named_referee_is_not_the_referee(described):
    text = "Referee Olav Brenning sent off two players. The manager was furious."
    assert described(text).get("manager", ("", ""))[0] != "disc.olav_brenning"


def test_the_referee_after_a_named_referee_is_still_the_referee(described):
    text = "Referee Olav Brenning sent off two players in the first half. The referee was booed off the pitch."
    assert described(text).get("referee", ("", ""))[0] == "disc.olav_brenning"


def test_the_boss_after_a_named_manager_is_still_the_manager(described):
    text = "Manager Olav Brenning has signed a new deal with Port Rowan. The boss said he was delighted."
    assert described(text).get("boss", ("", ""))[0] == "disc.olav_brenning"


def test_the_judge_after_another_judge_is_neither(described):
    text = (
        "Judge Tom Hale dismissed the case. Another judge ruled the other way on Monday. "
        "The judge said the law was unclear."
    )
    assert described(text).get("judge", ("", ""))[0] != "disc.tom_hale"


def test_the_judge_with_no_other_judge_is_still_the_named_one(described):
    text = "Judge Tom Hale dismissed the case on Monday. The judge said the law was unclear."
    assert described(text).get("judge", ("", ""))[0] == "disc.tom_hale"


def _typed(parse, registry, text: str) -> list[tuple[str, str | None, str]]:
    from narrative_pipeline.actors import Linker, link_article

    article = parse("Headline\n\n" + text)
    chosen = link_article(article, Linker.build(registry, 90.0))
    return [(article.text[c.start : c.end], c.actor_type, c.type_rule) for c in chosen]


def test_a_landscape_name_that_says_is_no_government(parse, registry):
    text = "The Amazon rainforest lost a fifth of its trees. Amazon said its sales rose."
    assert ("Amazon", "government", "acting-place") not in _typed(parse, registry, text)


def test_a_region_name_that_asks_is_still_its_government(parse, registry):
    text = "Floods hit the province of Aceh. Aceh asked for more aid from Jakarta."
    assert ("Aceh", "government", "acting-place") in _typed(parse, registry, text)


@pytest.mark.xfail(
    strict=True,
    reason="kind-of-named takes 'The group' for the record label named most when the band the sentence before names "
    "is no mention and the parse tags it no proper noun, so _unlinked_name_since misses it (review22b found it, left)",
)
def test_the_group_after_a_band_the_parse_missed_is_not_the_label(described):
    text = "Record label EMI said sales fell. Coldplay sold two million albums. The group said it would tour."
    assert described(text).get("group", ("", ""))[0] != "disc.emi"
