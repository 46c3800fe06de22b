"""claims89 (claims.rules.v121): a pronoun after a split-off report prefers a nearer named subject; acts of speech
before "and said" that no list had; "more to come" as a future; "director of rugby <Name>" kept whole."""

from __future__ import annotations

import pytest


def test_a_pronoun_after_a_split_off_report_takes_the_nearer_named_subject(claims_of):
    claims, _ = claims_of(
        "Russian Dmitriy Bogdanov won at the same Madrid venue last week and then claimed the European Championship "
        "race would be between himself, Dutchman Arnoud Okken and Antonio Reina of Spain but James McIlroy is unfazed. "
        'He admitted: "He looked quite good in his win and fair enough, everyone has the right to their own opinion."'
    )
    report = next(c for c in claims if c.text.startswith("then claimed"))
    assert report.claimer_actor_id == "disc.dmitriy_bogdanov"  # the split-off report stays its subject's
    admitted = next(c for c in claims if c.text.startswith("He admitted"))
    assert admitted.claimer_actor_id == "disc.james_mcilroy"


def test_a_pronoun_after_a_report_with_no_later_subject_stays_the_speakers(claims_of):
    claims, _ = claims_of(
        "Russian Dmitriy Bogdanov won at the same Madrid venue last week and then claimed the race would be his. "
        'He added: "I am in the best form of my life."'
    )
    added = next(c for c in claims if c.text.startswith("He added"))
    assert added.claimer_actor_id == "disc.dmitriy_bogdanov"


@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        (
            'Parry labelled the deal "an eye-opener" and admits Liverpool would be missing a trick not to explore the '
            "possibilities.",
            "disc.parry",
        ),
        (
            "During his speech Mr Allard took several swipes at the Playstation and said processors for consoles had "
            "to be made with developers in mind.",
            "disc.allard",
        ),
        (
            "In a statement released through her attorney, Jones repeated her innocence and vowed she would be "
            "cleared.",
            "disc.jones",
        ),
        (
            "Manchester United manager Sir Alex Ferguson sympathised with Tottenham and said the incident highlighted "
            "the need for video technology.",
            "disc.alex_ferguson",
        ),
    ],
)
def test_a_speech_act_before_a_report_keeps_one_unit_of_its_speaker(claims_of, body, claimer):
    claims, _ = claims_of(body)
    assert [c.text for c in claims] == [body]
    assert claims[0].claimer_kind == "actor"
    assert claims[0].claimer_actor_id == claimer


def test_a_deed_before_a_report_still_splits(claims_of):
    body = (
        "UK advertising giant WPP has posted larger-than-expected annual profits and predicted that it will outperform "
        "the market in 2005."
    )
    claims, _ = claims_of(body)
    assert [c.claimer_kind for c in claims] == ["author", "actor"]


@pytest.mark.parametrize(
    "body",
    [
        '"There\'s much more to come this series as we build towards the final next month," she said.',
        '"There is definitely more to come from him," the coach said.',
        '"I really think that the best is yet to come," she said.',
    ],
)
def test_what_is_still_to_come_is_a_prediction(one, body):
    claim = one(body)
    assert (claim.claim_type, claim.type_rule) == ("prediction", "bound-to-come")


@pytest.mark.parametrize(
    "body",
    [
        "Worse was to come for Dunne, who had been having a fine match.",  # the author's past: what came
        "We need more to come forward and help the authorities, the officer said.",  # a call, not a future
    ],
)
def test_no_future_from_a_past_or_another_verb(claims_of, body):
    claims, _ = claims_of(body)
    assert all(c.type_rule != "bound-to-come" for c in claims)


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        (
            "Bath director of rugby Jack Rowell, though, believes the side can win.",
            "Bath director of rugby Jack Rowell",
        ),
        (
            "Real Madrid director of sport Emilio Butragueno praised the team, saying it was the best in Spain.",
            "Real Madrid director of sport Emilio Butragueno",
        ),
    ],
)
def test_a_title_of_a_field_keeps_the_name_after_it(one, body, phrase):
    assert one(body).claimer_text == phrase


def test_the_wife_of_a_named_person_is_still_the_wife(one):
    claim = one("The wife of rugby star Jonny Wilkinson said the match had been hard.")
    assert claim.claimer_text != "Jonny Wilkinson"


def test_a_subject_inside_the_speakers_own_unit_is_not_the_nearer_one(claims_of):
    claims, _ = claims_of(
        "Portsmouth chairman Milan Mandaric said he was disappointed by the news. According to Mandaric, Harry Redknapp "
        "vowed he would not join their rivals when he left Portsmouth. \"I said to Harry 'I hope you don't go to "
        "Southampton', and he told me 'absolutely not',\" he said."
    )
    said = next(c for c in claims if c.text.startswith('"I said to Harry'))
    assert said.claimer_actor_id == "disc.milan_mandaric"  # Redknapp's vow is inside Mandaric's according-to unit


def test_a_report_inside_a_quotation_opened_a_sentence_before_is_not_split_off(claims_of):
    claims, _ = claims_of(
        'Wardle said the club had no offers. "We will not sell him cheaply. No-one has come to me and said I would '
        'like to buy Nicolas Anelka."'
    )
    assert not any(c.text.startswith("said I would like") for c in claims)
