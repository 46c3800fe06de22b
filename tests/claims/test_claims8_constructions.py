"""claims.rules.v14: constructions of news prose whose speaker the rules missed or invented
(made-up sentences; positive and negative cases for each)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        ("Shares fell sharply, with analysts saying that profits could halve this year.", "analysts"),
        ("The talks broke up, with officials warning that a strike was likely.", "officials"),
    ],
)
def test_a_gerund_on_the_object_of_with_is_that_objects_claim(one, body, claimer):
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", claimer)


@pytest.mark.parametrize(
    "body",
    ["The team won the cup with Smith scoring twice.", "He arrived at the hotel with his wife carrying the bags."],
)
def test_a_gerund_of_no_speech_on_the_object_of_with_reports_nothing(one, body):
    assert one(body).claimer_kind == "author"


@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        ("Costs rose sharply last year, according to findings published by the institute.", "findings"),
        ("The number of users has doubled, according to an analysis of the sales figures.", "analysis"),
    ],
)
def test_according_to_data_names_the_data(one, body, claimer):
    claim = one(body)
    assert (claim.claimer_kind, claim.certainty, claim.claimer_rule) == ("actor", "reported", "according-to")
    assert claim.claimer_text is not None and claimer in claim.claimer_text


def test_according_to_a_thing_that_is_no_source_reports_nothing(one):
    assert one("The ferry left according to the timetable.").claimer_kind == "author"


@pytest.mark.parametrize(
    "body",
    [
        "The broadcaster has been criticised for showing violent scenes before the watershed.",
        "The former chief executive is accused of hiding losses from investors.",
        "The coach was blamed for the defeat.",
    ],
)
def test_an_agentless_passive_speech_act_is_an_unnamed_report(one, body):
    claim = one(body)
    assert (claim.claimer_kind, claim.certainty, claim.claimer_rule) == ("unnamed", "reported", "impersonal-passive")
    assert claim.claim_type == "assessment"


@pytest.mark.parametrize(
    "body",
    [
        "The broadcaster was criticised by viewers for showing violent scenes.",  # the agent is the claimer
        "The soldier was condemned to death by a military court.",  # a sentence, not a speech act
        "The driver was sentenced to five years for the crash.",
    ],
)
def test_a_passive_with_an_agent_or_no_speech_act_is_no_unnamed_report(one, body):
    claim = one(body)
    assert claim.claimer_rule != "impersonal-passive"
    assert claim.claimer_kind != "unnamed"


def test_condemned_to_defeat_is_no_speech_act(one):
    claim = one("A late penalty from Jones condemned the visitors to a ninth game without a win.")
    assert (claim.claimer_kind, claim.claim_type) == ("author", "event")


def test_condemned_as_is_still_a_speech_act(one):
    claim = one("The minister condemned the attack as barbaric.")
    assert (claim.claimer_kind, claim.claim_type) == ("actor", "assessment")


def test_a_called_off_strike_is_an_event(one):
    assert one("The union called off the strike on Friday.").claim_type == "event"


@pytest.mark.parametrize(
    "body", ["The company would not comment on the talks.", "The minister would not say whether the deal had failed."]
)
def test_would_not_comment_is_a_refusal_not_a_prediction(one, body):
    claim = one(body)
    assert (claim.claimer_rule, claim.claim_type) == ("withheld-speech", "event")


def test_would_not_with_another_verb_is_still_conditional(one):
    assert one("Without the loan the company would not survive.").claim_type == "prediction"


@pytest.mark.parametrize(
    ("body", "claimer"),
    [
        ("The firm declined to comment but said talks were continuing.", "firm"),
        ("Officials would not confirm the figures, but said a deal was close.", "Officials"),
    ],
)
def test_what_is_said_after_a_refusal_is_the_refusers(claims_of, body, claimer):
    claims, _ = claims_of(body)
    assert any(c.claimer_kind == "actor" and c.claimer_text == claimer for c in claims), [
        (c.text, c.claimer_rule) for c in claims
    ]


def test_a_verb_joined_to_a_played_match_shares_no_speech(one):
    assert one("He did not play on Saturday and watched from the stands.").claimer_kind == "author"


@pytest.mark.parametrize(
    "body",
    ["The survey shows quite clearly that most people agree.", "The evidence suggests that the experts disagree."],
)
def test_a_that_clause_is_no_inverted_frame(one, body):
    claim = one(body)
    assert claim.claimer_rule != "inverted-reporting"
    assert "people" not in (claim.claimer_text or "") and "experts" not in (claim.claimer_text or "")


def test_a_frame_after_its_content_still_reports(one):
    claim = one("Talks on the deal had failed, the company's chief executive admitted.")
    assert (claim.claimer_kind, claim.certainty) == ("actor", "reported")


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("The union says the offer has failed, and members must now vote on a strike.", "members must now vote"),
        ("The minister said taxes had risen, but spending would be protected.", "spending would be protected"),
    ],
)
def test_a_modal_clause_coordinated_after_a_report_goes_on_with_it(claims_of, body, text):
    claims, _ = claims_of(body)
    claim = next(c for c in claims if text in c.text)
    assert (claim.claimer_kind, claim.certainty) == ("actor", "reported"), [(c.text, c.claimer_rule) for c in claims]


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("The minister outlined the plans and the Lib Dems will give details.", "Lib Dems"),
        ("The union rejected the offer, and members will vote on a strike.", "members will vote"),
    ],
)
def test_a_clause_coordinated_with_a_verb_that_reported_no_clause_is_not_reported(claims_of, body, text):
    claims, _ = claims_of(body)
    claim = next(c for c in claims if text in c.text)
    assert claim.claimer_kind == "author", [(c.text, c.claimer_rule) for c in claims]


def test_two_unlinked_claimers_of_one_sentence_stay_two_claims(claims_of):
    claims, _ = claims_of("Critics say the treaty goes too far, but advocates say it ensures the union works.")
    assert [c.claimer_text for c in claims] == ["Critics", "advocates"], [(c.text, c.claimer_rule) for c in claims]


def test_one_unlinked_claimer_twice_is_one_claim(claims_of):
    claims, _ = claims_of("He said prices would rise and he added that wages would fall.")
    assert len(claims) == 1


@pytest.mark.parametrize("noun", ["Advocates", "Proponents", "Sceptics"])
def test_advocates_and_sceptics_are_sources(one, noun):
    claim = one(f"{noun} argue that the scheme will save money.")
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", noun)


@pytest.mark.parametrize(
    "body",
    ["Three Appeal Court judges dismissed both appeals.", "The case against him was dismissed by a court in Texas."],
)
def test_a_dismissed_case_is_a_ruling_in_the_authors_voice(one, body):
    claim = one(body)
    assert (claim.claimer_kind, claim.certainty, claim.claim_type) == ("author", "asserted", "event")


def test_dismissing_claims_is_still_a_speech_act(one):
    claim = one("The minister dismissed the claims as nonsense.")
    assert (claim.claimer_kind, claim.claim_type) == ("actor", "assessment")
