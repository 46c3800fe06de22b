"""claims21 (claims.rules.v27): attribution in politics prose, each fix with its other side (BBC sentences)."""

from __future__ import annotations

import pytest

BEYNON = (
    'Rhian Beynon of the JCWI said the new rules were "not proportionate" and "discriminatory".\n\n'
    '"These rules mean in some cases the Home Secretary is going to be a marriage registrar of last resort. '
    '"We are currently taking a legal opinion on this."'
)


# a quotation of whole sentences with no frame of its own belongs to the last speaker, as a one-sentence one does
def test_a_quotation_over_whole_sentences_is_the_last_speakers(claims_of):
    claims, _ = claims_of(BEYNON)
    assert [(c.claimer_kind, c.claimer_text, c.certainty) for c in claims[1:]] == [
        ("actor", "Rhian Beynon of the JCWI", "reported"),
        ("actor", "Rhian Beynon of the JCWI", "reported"),
    ]
    assert claims[2].claimer_rule == "quote-of-last-speaker"


def test_a_quotation_over_whole_sentences_in_the_speakers_paragraph(claims_of):
    body = (
        "Mr Cook told the Today programme it was not fair to blame the public. "
        '"They are turned off by the way we do politics in Britain. There is a message there for politicians."'
    )
    claims, _ = claims_of(body)
    assert [(c.claimer_kind, c.claimer_text) for c in claims[1:]] == [("actor", "Mr Cook"), ("actor", "Mr Cook")]


def test_a_quotation_far_from_the_last_speaker_stays_the_authors(claims_of):
    body = (
        "Mr Cook told the Today programme it was not fair to blame the public.\n\n"
        "Turnout fell to 59% at the last general election.\n\n"
        '"They are turned off by the way we do politics in Britain. There is a message there for politicians."'
    )
    claims, _ = claims_of(body)
    assert [c.claimer_kind for c in claims[2:]] == ["author", "author"]


def test_a_quotation_that_does_not_close_the_sentence_is_no_whole_quotation(claims_of):
    body = (
        "Mr Cook told the Today programme it was not fair to blame the public. "
        '"They are turned off by politics. There is a message there" for every party, the report found in March.'
    )
    claims, _ = claims_of(body)
    assert claims[-1].claimer_rule != "quote-of-last-speaker"


# the subject of a verb of saying that reports something is its source whatever it names (`saying_verbs`)
def test_a_share_of_those_polled_who_said_something_is_the_claimer(one):
    claim = one("Three-quarters said Mr Blunkett was right to go to court for the right to see Mrs Quinn's son.")
    assert (claim.claimer_kind, claim.claimer_text, claim.certainty) == ("actor", "Three-quarters", "reported")


def test_a_document_that_says_something_is_the_claimer(one):
    body = (
        "Householders who injure or even kill intruders are unlikely to be prosecuted - providing they were acting "
        '"honestly and instinctively", new guidelines say.'
    )
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_text, claim.certainty) == ("actor", "new guidelines", "hedged")


def test_it_said_is_a_source_with_no_group_named_before(claims_of):
    body = (
        "Thursday's report was drawn up by two committees. It said that, with the growth of postal voting, there was "
        "a strong case to tighten up fraud protection."
    )
    claims, _ = claims_of(body)
    assert (claims[1].claimer_kind, claims[1].claimer_text, claims[1].claimer_rule) == ("actor", "It", "reporting-verb")


def test_adding_to_something_says_nothing(one):
    claim = one("The latest triumph adds to the three Grammys and four American MTV awards the band has won this year.")
    assert claim.claimer_kind == "author"


def test_a_name_after_the_verb_and_a_comma_is_the_speaker_not_the_subject(one):
    body = (
        "The problem they face, said Shailendra Jain, head of MMS firm Adamind, is educating people in how to send the "
        "multimedia messages using their phones."
    )
    assert one(body).claimer_text != "problem"


def test_a_gerund_of_saying_does_not_make_the_main_subject_a_source(one):
    body = (
        'It joined the lawsuit in December 2001 alleging "massive insider trading" and fraud, claiming it had lost '
        "$145m on its investments in the company."
    )
    assert one(body).claimer_kind == "author"


# "express concern / disappointment / doubt ...", "voice concern": a stance put forward by the subject (speech_phrases)
def test_expressing_misgivings_is_the_subjects_claim(one):
    body = (
        'The Conservatives have expressed "serious misgivings" about government plans for keeping UK and foreign '
        "terror suspects under house arrest."
    )
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_text, claim.certainty) == ("actor", "Conservatives", "reported")


def test_expressing_a_countrys_sympathy_is_a_gesture(one):
    body = "He formally expressed Scotland's sympathy for the victims of the Indian Ocean tidal wave."
    assert one(body).claimer_kind == "author"


# "describe X as Y" puts a judgement forward (as_speech_acts), wherever the parser hangs the 'as'
def test_describing_something_as_something_is_the_subjects_claim(one):
    claim = one("She also described the US legal code as an outdated grandfather clock.")
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", "She")


def test_describing_with_an_as_hung_low_still_judges(one):
    claim = one('Mr Blunkett himself described not being able to see as simply "an inconvenience".')
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", "Mr Blunkett")


def test_describing_how_something_happened_reports_it(one):
    body = (
        "The home secretary described how it affected his friends and personal life, but said he was a great "
        "believer in personal responsibility."
    )
    assert one(body).claimer_kind == "actor"


def test_hailing_a_taxi_as_it_passed_says_nothing(one):
    assert one("He hailed a taxi as it passed.").claimer_kind == "author"


# an agentless passive of telling, warning, confirming, suggesting, announcing or agreeing reports with no named source
# (impersonal_report_verbs); the hearer told is no source
@pytest.mark.parametrize(
    "body",
    [
        "The Labour Party will hold its 2006 autumn conference in Manchester and not Blackpool, it has been confirmed.",
        "It has been suggested the government will take steps of some sort to meet firms' concerns on this score.",
        'Male MPs pretended to juggle imaginary breasts and jeered "melons" as women made Commons speeches, '
        "researchers from Birkbeck College were told.",
        "Net users are being told to avoid a scam website that claims to collect cash on behalf of tsunami victims.",
    ],
)
def test_an_agentless_passive_of_telling_is_unnamed(one, body):
    claim = one(body)
    assert (claim.claimer_kind, claim.certainty, claim.claimer_rule) == ("unnamed", "reported", "impersonal-passive")


@pytest.mark.parametrize(
    "body",
    [
        "He was told to leave the ground by police.",  # the agent the parser hung on the infinitive
        "The deal was confirmed on Monday.",  # nothing put forward but the act
        "The plan was announced in March.",
    ],
)
def test_a_passive_of_telling_with_an_agent_or_no_content_is_not_unnamed(one, body):
    assert one(body).claimer_kind != "unnamed"


def test_a_hearer_warned_to_do_something_keeps_the_directive(one):
    claim = one("Users are warned never to open attachment from unsolicited e-mails or from people they do not know.")
    assert (claim.claim_type, claim.claimer_kind, claim.certainty) == ("prescription", "unnamed", "reported")


@pytest.mark.parametrize(
    "body",
    [
        "Just be warned that the family might not see you much at Christmas.",  # an imperative: no passive subject
        "When it was first announced some pundits thought the Mini was designed as a sort of stealth media centre.",
        "Harry Potter has topped Amazon's book chart less than 24 hours after its release date - 16 July - was "
        "announced.",  # the subject is what was announced: no content before it
        'Mr Brown said it was "winning support every day" and said a programme had been agreed to draw up more '
        "details in time for the G8 summit in July.",  # inside what a verb of saying reports
    ],
)
def test_a_passive_of_telling_that_frames_nothing_is_not_unnamed(claims_of, body):
    claims, _ = claims_of(body)
    assert all(c.claimer_rule != "impersonal-passive" for c in claims)


# a list item belongs to whoever introduced the list in the sentence right before it, not to a speaker met earlier
def test_a_list_after_an_unattributed_lead_in_is_the_authors(claims_of):
    body = (
        "But Mr Howard said the plans would not affect asylum applicants' claims. The proposals include:\n\n"
        "- People coming to the UK from outside the EU for more than six months will have to undergo a health check."
    )
    claims, _ = claims_of(body)
    assert (claims[-1].claimer_kind, claims[-1].certainty) == ("author", "asserted")


def test_a_list_introduced_by_its_speaker_is_the_speakers(claims_of):
    body = "The minister said the bill would bring in three changes.\n\n- Councils will have to publish their accounts."
    claims, _ = claims_of(body)
    assert (claims[-1].claimer_kind, claims[-1].claimer_rule) == ("actor", "list-continuation")


def test_a_quotation_in_a_list_item_is_still_the_last_speakers(claims_of):
    body = (
        'Blackburn boss Mark Hughes said: "We fully expect to progress."\n\n'
        '- "We were comfortable in the first game and never under pressure."'
    )
    claims, _ = claims_of(body)
    assert claims[-1].claimer_kind == "actor"
