"""review8: wrong outputs of claims.rules.v14 on made-up sentences (strict xfail: each passes once fixed), and the
v15 and v21 fixes of them (plain tests)."""

from __future__ import annotations

import pytest


def test_a_passive_speech_act_with_its_agent_after_the_object_is_the_agents(one):
    # review8's strict xfail until claims.rules.v21 (claims14): the agent hung on the object noun is found
    claim = one("The striker was praised for his goal by the manager.")
    assert claim.claimer_kind == "actor" and "manager" in (claim.claimer_text or "")


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("The striker was praised for his goal by the manager.", "actor"),  # the agent, though misplaced (v21)
        ("The club was praised for its work by fans.", "actor"),
        ("The firm was criticised for cutting jobs by 10%.", "unnamed"),  # an amount is no agent
        ("The minister was accused of lying to parliament.", "unnamed"),
    ],
)
def test_a_by_phrase_on_the_speech_acts_object_is_an_agent_unless_an_amount(one, body, kind):
    assert one(body).claimer_kind == kind


def test_nobody_blamed_is_the_authors_event(one):
    claim = one("Nobody has been blamed for the accident.")
    assert claim.claimer_kind == "author"


def test_the_speaker_who_cites_figures_is_the_claimer(one):
    claim = one("According to the figures, unemployment fell by 20,000, the work and pensions secretary said.")
    assert "secretary" in (claim.claimer_text or "")


def test_a_reply_after_an_event_does_not_report_the_event(claims_of):
    # review8's strict xfail until claims.rules.v21 (claims14): `reply_verbs` after an unquoted clause
    claims, _ = claims_of("Mr Howard spoke first, Mr Kennedy replied.")
    assert claims[0].claimer_kind == "author"


def test_quoted_as_saying_by_a_paper_stays_the_speakers(one):
    claim = one('"We need better transparency," he was quoted as saying by the Financial Times.')
    assert claim.claimer_text != "the Financial Times"


def test_described_as_a_noun_by_someone_is_theirs(one):
    claim = one('The singer was described as a "consummate professional" by his friend Michael Pointon.')
    assert claim.claimer_kind == "actor" and "Pointon" in (claim.claimer_text or "")


@pytest.mark.parametrize(
    "body",
    ['"We will not back down," Mr Kennedy replied.', "Mr Kennedy replied that the party would not back down."],
)
def test_a_reply_with_its_words_still_reports_them(one, body):
    claim = one(body)
    assert claim.claimer_kind == "actor" and "Kennedy" in (claim.claimer_text or "")
