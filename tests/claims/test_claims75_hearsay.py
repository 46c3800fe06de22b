"""claims75 (issue 12): a hearsay adverb ("allegedly", "reportedly", "supposedly") in a clause of why or when qualifies
that clause, not the claim: "UKIP have suspended a candidate for allegedly suggesting ..." is the author's assertion
(the labels' author / asserted, 5 of 5 such rows, 8 of 8 with claims64's modifiers; m62 gave 10 of 12 corpus rows to
no named source). And "is alleged to" hedges as "allegedly" does (the labels' hedged, 9 of 10 with "allegedly" on the
main verb): "allege" is a verb of belief of the impersonal passive now, no longer one of report
(config/eval/README.md, "claims75")."""

from __future__ import annotations

import pytest


def last(claims):
    return claims[-1]


@pytest.mark.parametrize(
    "body",
    [
        # s17 (labelled event, asserted, author); m62: reported, unnamed
        "Eurosceptic party UKIP have suspended a candidate for allegedly suggesting the criminally insane should be "
        "killed.",
        # s16 (labelled event, asserted, author); m62: reported, unnamed
        "Thanou and Kenteris still face a criminal trial later this year for allegedly avoiding the test.",
        # m62-bbc: an adverbial clause with a subordinator
        "Rap mogul Marion Knight has been arrested for violating his parole after he was allegedly found with "
        "marijuana.",
        # s16 (labelled event, asserted, author); m62: hedged by the adverb
        "Den's death came 16 years after he was supposedly shot in 1989.",
    ],
)
def test_a_hearsay_adverb_in_a_clause_of_why_or_when_is_the_authors(claims_of, body):
    c = last(claims_of(body)[0])
    assert (c.claimer_kind, c.certainty) == ("author", "asserted"), (c.text, c.claimer_rule, c.certainty_rule)


@pytest.mark.parametrize(
    ("body", "certainty"),
    [
        # s16 (labelled hedged, unnamed): the adverb on the main verb
        ("He also allegedly insulted four co-stars.", "hedged"),
        # a bare participle clause is no clause of why or when: the adverb still hedges
        ("Mr Yoran left his post abruptly, reportedly giving one day's notice.", "hedged"),
        # a relative clause: claims64's modifier, the author's as before
        (
            "In December 2002, it sued a former contractor who allegedly put drawings of its computer online.",
            "asserted",
        ),
        # "is said to" reports, "is accused of" reports (the labels' reported, 5 of 7): neither is a hedge
        ("The chairman is said to have left the country.", "reported"),
        ("Mr Ebbers, 63, is accused of being the mastermind behind an $11bn accounting fraud.", "reported"),
    ],
)
def test_a_hearsay_adverb_of_the_main_clause_and_other_passives_are_left_alone(claims_of, body, certainty):
    c = last(claims_of(body)[0])
    assert c.certainty == certainty, (c.text, c.certainty, c.certainty_rule, c.claimer_rule)


@pytest.mark.parametrize(
    "body",
    [
        # web73 (labelled hedged, unnamed); m61 / m62: reported
        "The accused is then alleged to have flung two stones at the police inspector.",
        # s9 (labelled hedged, unnamed)
        "Mr Houston is alleged to have said that the organs of the criminally insane should be made available.",
        "It is alleged that the firm hid the losses from its auditors.",
    ],
)
def test_is_alleged_to_hedges(claims_of, body):
    c = last(claims_of(body)[0])
    assert (c.claimer_kind, c.certainty) == ("unnamed", "hedged"), (c.text, c.claimer_rule, c.certainty_rule)
