"""fix95 (session 64, issue 12; claims.rules.v134): review76's claims findings.

Finding 1: a closing reporting frame after a quotation split into clauses ('"..., and ...," said Mikko Hypponen,
who heads F-Secure's anti-virus team.') is no claim of its own: a relative clause on the speaker that reports nothing,
and the names joined in the speaker's description, are the frame's description (`drafts.speaker_description`), so
the frame joins the quotation's last clause."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "body",
    [
        '"We have seen these hoaxes for several Christmases already, and personally I prefer traditional pen and paper '
        "cards,\" said Mikko Hypponen, who heads the firm's anti-virus team.",
        '"She got mad a little bit and I played some great tennis," said Mauresmo, who was runner-up to Kim Clijsters '
        "in last year's final.",
        '"It\'s a pretty good growth rate, but it may not be good enough to create enough jobs," said Robert Brusca, '
        "chief economist at Fact and Opinion Economics in New York.",
        '"As consoles get more powerful, the content gets more detailed and that means more cost," said Gary Dunn, '
        "development director at Codemasters, which develops games in house and also publishes titles.",
    ],
)
def test_a_closing_frame_with_its_speakers_description_is_no_claim(claims_of, body):
    claims, _ = claims_of(body)
    assert len(claims) >= 1
    assert not any(c.text.lstrip('"').lstrip().startswith("said") for c in claims), [c.text for c in claims]
    assert claims[-1].text.endswith(".")  # the frame joined the last clause
    assert all(c.claimer_kind == "actor" for c in claims)


def test_near_case_a_relative_clause_that_reports_is_no_description(claims_of):
    """'who added that ...' says something more: the frame keeps its own clause."""
    claims, _ = claims_of(
        '"Prices are rising fast and the economy is growing well," said Robert Brusca, who added that the bank would '
        "raise rates in the spring."
    )
    assert any("raise rates" in c.text and c.claim_type == "prediction" for c in claims), [c.text for c in claims]


# Finding 3: a relative clause whose reporting verb reports no clause, its object the noun it hangs on, is part of the
# main clause's claim (`verbs.reports_the_noun_only`), not a claim of its own.


@pytest.mark.parametrize(
    "body",
    [
        "The gross domestic product figure was ahead of the 3.1% the government estimated a month ago.",
        "He faces three charges of fraud, which he denies.",
        "The reforms he proposed in September were rejected by the committee.",
        "She was cleared of the charges he had once told Mr Blair about.",
    ],
)
def test_a_relative_clause_reporting_only_its_noun_is_no_claim(one, body):
    claim = one(body)
    assert claim.claimer_rule not in {"relative-reporting", "tail-frame"}


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("The system, which critics say is more transparent and competitive, was launched in May.", "critics say"),
        ("The move angered some senior Conservative members, who say the party needs him.", "who say"),
        ("The union rejected the offer, which the company says would save at least £300m.", "company says"),
    ],
)
def test_near_case_a_relative_clause_reporting_a_clause_is_a_claim(claims_of, body, content):
    claims, _ = claims_of(body)
    assert any(content in c.text and c.claimer_rule == "relative-reporting" for c in claims), [c.text for c in claims]


# Finding 4: "according to reports in / from <a source>" names whose reports they are (`phrasal.reports_of`).


@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        (
            "Stars Tom Cruise and Nicole Kidman are involved in the project, according to reports in the Hollywood "
            "Reporter trade newspaper.",
            "Hollywood Reporter",
        ),
        ("According to reports from Russian News Agency Interfax, the deal should go through next month.", "Interfax"),
    ],
)
def test_reports_of_a_named_source_are_its_claim(one, body, claimer):
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_rule) == ("actor", "according-to")
    assert claimer in claim.claimer_text


@pytest.mark.parametrize(
    "body",
    [
        "The firm plans to list its shares in Hong Kong, according to press reports in China.",
        "The new phone will be unveiled in May, according to reports.",
    ],
)
def test_near_case_reports_with_no_source_or_from_a_place_are_unnamed(one, body):
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_rule) == ("unnamed", "according-to-reports")


@pytest.mark.parametrize(
    "body",
    [
        "Critics say the powers - which President Chavez argues are needed to help the country's poorest citizens - "
        "trample all over private property rights.",
        "Pop star Christina Aguilera is to marry music executive Jordan Bratman, the singer's agent has confirmed.",
        'The decision follows a "tough meeting" where some senior Tories argued vociferously against the move.',
        'But when Lomu was asked whether he was taking a risk he replied: "As much as someone going down the road '
        'being hit by a bus."',
    ],
)
def test_near_case_a_misread_relative_still_splits(claims_of, body):
    """The parse's relative clause that is a closing frame, a report whose clause the parser hung elsewhere, or a
    relative adverb's clause is not read as reporting only its noun (`verbs.misread_relative`)."""
    claims, _ = claims_of(body)
    assert len(claims) >= 2, [c.text for c in claims]


def test_a_relative_clause_on_a_noun_that_is_no_source_is_no_tail_frame(one):
    claim = one(
        "Victims groups accused it of trying to escape its responsibilities by moving abroad, a charge the company "
        "denies."
    )
    assert claim.claimer_rule != "tail-frame"
