"""claims63 (issue 12, claims.rules.v90): a condition opened by "if" / "unless" is no claim of its own.

`units._splits` split an adverbial clause off whenever its subtree held its own attribution, and a condition whose own
verb is a verb of saying or thinking ("If anyone complained", "if you think about it", "if you believe the hype") has one: the
condition became a unit of its own, typed by itself (`default-event`, `verb-assessment`). A condition is put forward
as no fact; the labels that hold such a clause as a span of their own ("If someone complained", "If a May election is
called", "unless changes they want are agreed") type it as the clause it conditions (config/eval/README.md
"claims63"). Each sentence through the real parse."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("If anyone complained, the guards would often beat them.", "If anyone complained"),
        ('He added: "If someone complained, then we would investigate that."', "If someone complained"),
        ("Pretty scary implications, if you think about it.", "if you think about it"),
        ("Unless ministers say otherwise, the schools will open on Monday.", "Unless ministers say otherwise"),
        ("If you believe the hype, the new console will sell out by Christmas.", "If you believe the hype"),
        ("However even if you do find the online copies and read them, it won't make a difference.", "even if you do"),
    ],
    ids=["complained", "quoted-complained", "think-about", "unless-say", "believe", "even-if-present"],
)
def test_a_condition_with_a_verb_of_saying_is_part_of_the_claim_it_conditions(claims_of, body, words):
    claims, _ = claims_of(body)
    assert len(claims) == 1, [c.text for c in claims]
    assert words in claims[0].text


@pytest.mark.parametrize(
    ("body", "claim_type"),
    [
        ('He added: "If someone complained, then we would investigate that."', "prediction"),
        ("Unless ministers say otherwise, the schools will open on Monday.", "prediction"),
    ],
    ids=["quoted-complained", "unless-say"],
)
def test_the_joined_claim_takes_the_type_of_the_clause_conditioned(one, body, claim_type):
    claim = one(body)
    assert claim.claim_type == claim_type, (claim.type_rule, claim.type_cue)


def test_a_concession_with_its_own_speaker_still_splits(claims_of):
    """Not a condition: 'although' is one of `split_markers`, and the critics' complaint is a claim of its own."""
    claims, _ = claims_of("Although critics complained that the plan was rushed, the council approved it on Monday.")
    assert len(claims) == 2, [c.text for c in claims]


@pytest.mark.parametrize(
    "body",
    [
        "If you think you have the virus, don't go to the GP, stay indoors and get advice online.",
        'Tait received praise from Robinson, even if the coach admitted Cardiff was an "unforgiving place".',
    ],
    ids=["clause-of-its-own", "even-if"],
)
def test_a_condition_with_a_clause_of_its_own_or_a_concession_still_splits(claims_of, body):
    """Joined, the condition's own clause ('you have the virus') would type the claim (`reported-present` before the
    imperative); 'even if the coach admitted ...' is a concession told as fact, with a speaker of its own."""
    claims, _ = claims_of(body)
    assert len(claims) == 2, [c.text for c in claims]


def test_a_time_clause_with_a_verb_of_saying_is_unchanged(one):
    """'When' opens a clause told as fact; the sentence is one event, as on main."""
    claim = one("When prisoners complained, the guards beat them.")
    assert claim.claim_type == "event", (claim.type_rule, claim.type_cue)


@pytest.mark.xfail(
    strict=True,
    reason="review49's leftover: a past habit in a condition ('If anyone complained, the guards would often beat "
    "them') keeps the conditional's 'would' (`modal-conditional`); a condition's 'would' cannot be told from a "
    "habit's by the clause alone, and no label set holds such a habit (claims63 counted 0)",
)
def test_a_past_habit_in_a_condition_is_an_event(one):
    claim = one("If anyone complained, the guards would often beat them.")
    assert claim.claim_type == "event", (claim.type_rule, claim.type_cue)
