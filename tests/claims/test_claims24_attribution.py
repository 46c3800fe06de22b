"""claims24 (claims.rules.v28): review17e's findings on claimers in politics and conflict prose, each fix with its other
side (the fixed xfails themselves are plain tests in test_review17e_findings.py)."""

from __future__ import annotations

import pytest


# "says it all" puts nothing forward for its subject; "said it was all over" still reports
@pytest.mark.parametrize("body", ["His face said it all.", "The result says it all about the state of the party."])
def test_says_it_all_is_no_saying(one, body):
    assert one(body).claimer_kind == "author"


def test_said_it_was_all_over_still_reports(one):
    claim = one("He said it was all over.")
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", "He")


# "time" names no source
def test_time_will_tell_names_no_source(one):
    assert one("Only time will tell if the ceasefire can hold.").claimer_kind == "author"


# a "that" clause the parser hangs as a relative clause on the object of the verb's preposition is what is said; a true
# relative clause ("a message that was read out") is not
def test_said_in_a_statement_that_is_the_speakers(one):
    claim = one(
        "The army's spokesman, Brig Gen Ahmed Hassan, said in a statement that the troops had killed five militants."
    )
    assert claim.claimer_kind == "actor"


def test_a_true_relative_clause_on_the_message_is_not_the_content(claims_of):
    claims, _ = claims_of("The minister spoke in a speech that lasted an hour.")
    assert [c.claimer_kind for c in claims] == ["author"]


def test_a_that_clause_under_another_preposition_is_not_the_content(claims_of):
    # bbc business/us-seeks-new-280bn-smoker: the main clause is not what the companies denied
    claims, _ = claims_of(
        "Despite denying for decades that smoking could be linked to illness, the companies have modified their "
        "stances in recent years."
    )
    assert all(c.certainty != "hedged" for c in claims)


# "in what X called Y" is a modifier of the main clause, which stays the author's
@pytest.mark.parametrize(
    "body",
    [
        "In what officials called a terrorist attack, a bomb exploded in the market.",
        "In what he described as a turning point, the party voted to leave the coalition.",
    ],
)
def test_in_what_x_called_leaves_the_main_clause_the_authors(claims_of, body):
    claims, _ = claims_of(body)
    assert [c.claimer_kind for c in claims] == ["author"]


# bbc entertainment/stallone-evicted-from-big and business/call-centre-users-lose-pa
@pytest.mark.parametrize(
    "body",
    [
        'Feminist icon Germaine Greer quit the show earlier in the week over what she called "bullying" tactics used '
        "by the programme's producers.",
        'In what Dimension Data calls an "alarming development", the average induction time for a call centre worker '
        "fell last year from 36 to just 24 days.",
    ],
)
def test_what_x_called_in_the_corpus_is_the_authors(claims_of, body):
    claims, _ = claims_of(body)
    assert [c.claimer_kind for c in claims] == ["author"]


def test_what_x_calls_as_the_predicate_is_xs(one):
    # bbc tech/web-radio-takes-spanish-r: Millan's word is what the sentence puts forward
    claim = one('The genre is in what Millan calls its "infant stage".')
    assert (claim.claimer_kind, claim.claimer_text) == ("actor", "Millan")


def test_what_x_said_as_a_subject_still_reports(one):
    claim = one("He said what the country needed was a new start.")
    assert claim.claimer_kind == "actor"


# a verb of saying with no subject of its own, joined to "played down" (an act of speech that frames nothing by itself),
# shares its subject (bbc tech/smartphones-suffer-skulls, sport/hewitt-falls-to-dent; before: the author's)
@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "A statement by Symbian played down the significance of the malicious program and said few people would "
            "fall victim to it.",
            "statement",
        ),
        (
            "Hewitt played down his defeat and insisted he is focused solely on the Australian Open, which starts on "
            "17 January.",
            "Hewitt",
        ),
    ],
)
def test_said_after_playing_down_is_the_subjects(one, body, source):
    claim = one(body)
    assert (claim.claimer_kind, claim.claimer_text, claim.certainty) == ("actor", source, "reported")


def test_said_after_an_act_that_says_nothing_stays_the_authors(one):
    # bbc business/vw-considers-opening-indian-plant: the labels' author
    claim = one(
        "Volkswagen is considering building a car factory in India, but said it had yet to make a final decision."
    )
    assert claim.claimer_kind == "author"


# "May" the month, a person or a firm is no hedge (the labels: 0 of 11 such claims hedged; before, all hedged)
@pytest.mark.parametrize(
    ("body", "certainty"),
    [
        ("The mock votes will take place around 5 May.", "asserted"),
        ("Mutu, banned by the English FA, can resume playing next May.", "asserted"),
        ("May has struggled to compete against larger department store groups such as Federated.", "asserted"),
        (
            "Theresa May, shadow secretary for the family, told BBC Radio 4's Today programme that the government's "
            'plans were "inadequate".',
            "reported",
        ),
    ],
)
def test_may_as_a_name_is_no_hedge(one, body, certainty):
    assert one(body).certainty == certainty


def test_may_as_a_modal_still_hedges(one):
    assert one("The talks may collapse next May.").certainty == "hedged"


# "is understood to" hedges as "is believed to" does (the labels: 4 of 4); "it is understood that" still reports
@pytest.mark.parametrize(
    "body",
    [
        "A company of 100-120 UK troops is understood to have been put on standby.",
        "Several members are understood to have lined up to express their discontent at the meeting.",
    ],
)
def test_understood_to_hedges(one, body):
    claim = one(body)
    assert (claim.claimer_kind, claim.certainty) == ("unnamed", "hedged")


def test_it_is_understood_that_reports(one):
    claim = one("It is understood that Blackburn accepted a £5m offer for Ferguson from Everton at the weekend.")
    assert (claim.claimer_kind, claim.certainty) == ("unnamed", "reported")


# a fear that something may happen is hedged by its clause's "could" / "may" (bbc labels: 5 of 5); confidence is not
@pytest.mark.parametrize(
    "body",
    [
        "Critics are concerned that the directive could lead to a similar model happening in Europe.",
        "Shani Rhys James is worried that the Arts Council of Wales may be taken over by the Welsh Assembly Government.",
    ],
)
def test_a_fear_of_what_may_happen_is_hedged(one, body):
    claim = one(body)
    assert (claim.claimer_kind, claim.certainty) == ("actor", "hedged")


def test_confidence_in_what_could_happen_reports(one):
    claim = one("He is confident that the trial being run in Germany could be extended to other countries.")
    assert (claim.claimer_kind, claim.certainty) == ("actor", "reported")


# a quotation over several sentences closed by a frame: the frame's sentence was read as if no quotation were open
# before it, so its frame looked quoted and framed nothing; its own clauses and the sentences before went to the
# author (bbc politics/ban-on-hunting-comes-into-force, politics/pakistani-women-must-not-hide; before: the author's)
def test_a_frame_closing_a_quotation_opened_sentences_before_frames_it(claims_of):
    claims, _ = claims_of(
        '"We are not going away. We will keep these hounds going, we will keep this community going and in the end we '
        'will come back and hunt when hunting is legal again," hunt master, Captain Ian Farquhar, said.'
    )
    assert all(c.claimer_kind == "actor" for c in claims)
    assert claims[0].claimer_text == "hunt master, Captain Ian Farquhar"


def test_the_closing_sentences_own_clauses_are_the_speakers(claims_of):
    claims, _ = claims_of(
        "He was speaking to the BBC's Newsnight programme.\n\n"
        '"My wife is travelling around. She is very religious but she is very moderate," General Musharraf said.'
    )
    assert [(c.claimer_kind, c.certainty) for c in claims[1:]] == [("actor", "reported")] * (len(claims) - 1)
    assert "very moderate" in claims[-1].text or "very moderate" in claims[-2].text


def test_a_quotation_closed_with_no_frame_stays_as_before(claims_of):
    # the state of the open quotation changes nothing when no frame closes it
    claims, _ = claims_of(
        'Mr Cook said it was not fair to blame the public.\n\n"They are turned off by the way we do politics. '
        'There is a message there for politicians."'
    )
    assert [c.claimer_text for c in claims[1:]] == ["Mr Cook", "Mr Cook"]
