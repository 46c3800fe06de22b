"""narr25 (narratives.rules.v31): two shapes of the statements audit (`config/eval/narratives-audit-narr25.jsonl`)
and review51's: a noun of a person's trade or position the tagger reads as a verb before the name it describes is no
action (`descriptor_nouns`: "actress and singer Sandra Pires", "England lock Danny Grewcock"), and who undergoes a
passive does the act a gerund after its from / for / of / with-phrase names ("has been banned from suing Parmalat",
"was punished for kicking Gregory Vignal"). Each text through the real upstream steps
(`narratives_support.statements_of`); sentences from m56-bbc rows, some shortened."""

from __future__ import annotations

import pytest
from narratives_support import agents_of, rows, statements_of


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The role is played by Austro-Australian actress and singer Sandra Pires.", "singer"),
        ("Wales coach Mike Ruddock says England lock Danny Grewcock needs to review his discipline.", "lock"),
        ("The Nevis star joins British Olympic relay gold medallists Jason Gardener and Mark Lewis-Francis.",
         "medallists"),
        ("Arsenal will also miss the Barcelona game. France defender Gallas and Ireland winger Duff are out.",
         "defender"),
    ],
)  # fmt: skip
def test_a_trade_noun_before_a_name_is_no_action(parse, registry, text, noun):
    found = statements_of(parse, registry, text)
    assert all(s.action_text != noun for s in found), rows(found)


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        # a verb of the list's word with an auxiliary of its own is still one
        ("Martina Navratilova will partner Nathalie Dechy in the doubles at Wimbledon.", "partner",
         "martina_navratilova"),
        # a verb that is no trade noun before a name is untouched
        ("Daniela Hantuchova defeated Michaella Krajicek in the opening match.", "defeated", "daniela_hantuchova"),
    ],
)  # fmt: skip
def test_a_verb_before_a_name_is_still_an_action(parse, registry, text, verb, actor):
    found = statements_of(parse, registry, text)
    assert any(actor in (a or "") for a in agents_of(found, verb)), rows(found)


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        ("Bank of America has been banned from suing Parmalat, the food group which went bust in 2003.", "suing",
         "bank_of_america"),
        ("Camara was punished for kicking Gregory Vignal.", "kicking", "camara"),
        ("Norfolk farmer Tony Martin was jailed for life for murdering 16-year-old burglar Fred Barras in 1999.",
         "murdering", "tony_martin"),
        ("Kenteris and Thanou had been charged with avoiding drugs tests in Tel Aviv, Chicago and Athens.",
         "avoiding", "thanou"),
    ],
)  # fmt: skip
def test_who_undergoes_a_passive_does_the_act_it_is_for(parse, registry, text, verb, actor):
    found = statements_of(parse, registry, text)
    assert any(actor in (a or "") for a in agents_of(found, verb)), rows(found)


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        # the by-phrase of the passive is not who did the act it is for (m56: the IAAF as the one who missed)
        ("The athletes have been suspended by the International Association of Athletics Federations for missing "
         "three tests.", "missing", "athletics"),
        # an active verb's frame still gives its object ("accused X of sending": X sends)
        ("Russia accused Georgia of sending weapons to the rebels.", "sending", "russia"),
    ],
)  # fmt: skip
def test_the_passives_by_phrase_or_the_active_subject_is_not_the_doer(parse, registry, text, verb, actor):
    found = statements_of(parse, registry, text)
    assert all(actor not in (a or "") for a in agents_of(found, verb)), rows(found)


@pytest.mark.xfail(strict=True, reason="the parser makes the IAAF a compound of 'investigate': no subject, no patient")
def test_the_one_asked_to_investigate_is_the_patient(parse, registry):
    text = "It was the International Olympic Committee who demanded the IAAF investigate the affair."
    found = [s for s in statements_of(parse, registry, text) if s.action_text == "demanded"]
    assert any("athletics" in (s.patient_actor_id or "") or "iaaf" in (s.patient_actor_id or "") for s in found)


@pytest.mark.xfail(strict=True, reason="'For X, Y and Z the past month has thrust them': the parser makes Kumar a "
                   "subject of the fronted list (BBC 1 row)")  # fmt: skip
def test_a_fronted_for_list_names_no_agent(parse, registry):
    text = ("For Andrea Arnold, who won the category, Ashvin Kumar and Gary McKendry the past month has thrust them "
            "from relative obscurity into the limelight.")  # fmt: skip
    found = statements_of(parse, registry, text)
    assert all("kumar" not in (a or "") for a in agents_of(found, "thrust")), rows(found)


@pytest.mark.parametrize(
    ("text", "action", "lemma", "actor"),
    [
        ("The Chorus, which Jugnot also co-produced, has drawn an audience of nearly nine million people.",
         "co-produced", "co-produce", "jugnot"),
        ("Calisto Tanzi said he would co-operate fully with prosecutors.", "co-operate", "co-operate", "tanzi"),
    ],
)  # fmt: skip
def test_a_hyphenated_verb_is_one_action(parse, registry, text, action, lemma, actor):
    found = [s for s in statements_of(parse, registry, text) if actor in (s.agent_actor_id or "")]
    assert [(s.action_text, s.action_lemma) for s in found] == [(action, lemma)], rows(found)


def test_a_verb_before_a_spaced_dash_keeps_its_own_span(parse, registry):
    text = "Sony will enter the market later this year - and Microsoft will follow."
    found = [s for s in statements_of(parse, registry, text) if s.action_text.startswith("enter")]
    assert [s.action_text for s in found] == ["enter"], rows(found)
