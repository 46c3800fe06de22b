"""fix85 (session 60): review73's claims findings 1 and 8.

- 1: a speech act of blame or censure (`judging_speech_acts`) names its claimer when its active subject with an object
  is a definite noun phrase of any noun ("The legal action accuses ...", "its rival accused it of ..."), when its
  subject is "it" after an organisation named as a subject (`organisation_reporting_verbs`: "It blamed ..."), and
  when its passive's by-agent is any noun ("criticised by net users", "condemned by posterity");
- 8: "rap X for / over" is a rebuke in words (`speech_phrases`), an assessment as "criticised" is.
"""

from __future__ import annotations

import pytest


def _claim(claims_of, body: str, words: str):
    claims, _ = claims_of(body)
    hits = [c for c in claims if words in c.text]
    assert len(hits) == 1, [c.text for c in claims]
    return hits[0]


# 1. what changes (each fails on main's rules)


@pytest.mark.parametrize(
    ("body", "words", "claimer"),
    [
        (
            "The legal action accuses Mr Spector of murdering the actress at his LA home.",
            "legal action",
            "legal action",
        ),
        (
            "The firm lost the contract after its rival accused it of industrial espionage during a contract bid.",
            "its rival",
            "its rival",
        ),
        ("The ruling condemns the ministry for its handling of the case.", "ruling", "ruling"),
    ],
)
def test_a_definite_subject_of_blame_is_the_claimer(claims_of, body, words, claimer):
    c = _claim(claims_of, body, words)
    assert (c.claimer_kind, c.claimer_text, c.certainty) == ("actor", claimer, "reported"), c


def test_it_after_a_firm_blames_for_the_firm(claims_of):
    c = _claim(
        claims_of, "Sainsbury's reported a fall in profits. It blamed the poor results on sluggish decisions.", "It"
    )
    assert (c.claimer_kind, c.claimer_text) == ("actor", "It"), c


@pytest.mark.parametrize(
    ("body", "words", "claimer"),
    [
        ("The browser was launched in March. It was widely criticised by net users.", "net users", "net users"),
        ("Hobbes has been roundly condemned by posterity, and rightly so.", "posterity", "posterity"),
    ],
)
def test_the_by_agent_of_a_passive_of_blame_is_the_claimer(claims_of, body, words, claimer):
    c = _claim(claims_of, body, words)
    assert (c.claimer_kind, c.claimer_text, c.claimer_rule) == ("actor", claimer, "passive-agent"), c


# 1. what stays


@pytest.mark.parametrize(
    "body",
    [
        "The defeat condemned the club to a ninth successive game without a win.",  # a fate, not a judgement
        "A second-half goal from Andy Scott condemned Mansfield to another defeat.",
        "A hamstring injury denied Luscombe the opportunity to make a third start.",  # no act of blame
        "A spokesman praised the staff. The crash was blamed on the weather.",  # no agent: unnamed
    ],
)
def test_no_source_for_a_fate_an_indefinite_or_no_agent(claims_of, body):
    claims, _ = claims_of(body)
    last = claims[-1]
    assert last.claimer_kind != "actor", last


def test_a_source_subject_still_blames(claims_of):
    c = _claim(claims_of, "The report criticises the government for failing to act.", "report")
    assert (c.claimer_kind, c.claimer_text) == ("actor", "report"), c


# 8. "rap X for"


def test_rapped_for_is_a_rebuke_by_its_subject(claims_of):
    c = _claim(claims_of, "O'Leary has rapped skipper Olof Mellberg for his comments before the derby.", "rapped")
    assert (c.claimer_kind, c.claimer_text, c.claim_type) == ("actor", "O'Leary", "assessment"), c


def test_rap_music_is_no_rebuke(claims_of):
    c = _claim(claims_of, "West began rapping as a teenager at his Chicago school.", "rapping")
    assert (c.claimer_kind, c.claim_type) == ("author", "event"), c


# 4. a hedge passive in a relative clause of time is no claim of its own


@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        (
            'The lawyer added that he has proof the authorities "knew" Kenteris was in Germany at the time he was '
            "alleged to have missed a test in Chicago.",
            "lawyer",
        ),
        (
            "Mr Smith said the song will sell 300,000 copies by the time the new chart is announced on Sunday.",
            "Mr Smith",
        ),
    ],
)
def test_a_hedge_passive_of_time_stays_in_its_claim(claims_of, body, claimer):
    claims, _ = claims_of(body)
    assert len(claims) == 1, [c.text for c in claims]
    assert (claims[0].claimer_kind, claims[0].claimer_text) == ("actor", claimer), claims[0]


def test_a_contrast_with_while_still_splits(claims_of):
    claims, _ = claims_of(
        "Jamie Foxx is clear favourite in the best actor category, while Hilary Swank is tipped to win the best "
        "actress prize."
    )
    assert len(claims) == 2 and claims[1].text.startswith("while"), [c.text for c in claims]


def test_an_active_report_at_the_time_still_splits(claims_of):
    claims, _ = claims_of("The minister resigned at the time he said the plan would fail.")
    assert [c.claimer_text for c in claims] == [None, "he"], [c.text for c in claims]


# 2. a player's position the parser took for the verb before a name


def test_a_position_before_a_name_leaves_the_verb_to_the_name(claims_of):
    claims, _ = claims_of(
        "Ireland and Munster lock Paul O'Connell has dismissed media reports linking him to the captaincy of the "
        "Lions tour to New Zealand this summer."
    )
    assert [(c.claimer_kind, c.claimer_text, c.certainty) for c in claims] == [
        ("actor", "Ireland and Munster lock Paul O'Connell", "reported")  # claims90: the whole subject, repaired
    ], claims


def test_lock_as_a_verb_stays_an_event_of_the_author(claims_of):
    claims, _ = claims_of("Workers lock the gates at night and the guards say nothing.")
    assert claims[0].claimer_kind == "author", claims


def test_blame_inside_a_quotation_stays_the_speakers(claims_of):
    claims, _ = claims_of(
        'Archbishop Desmond Tutu said: "When the Soviets held people without trial the world quite rightly condemned '
        'that as unacceptable."'
    )
    assert all(c.claimer_text != "world" for c in claims), [(c.text, c.claimer_text) for c in claims]
